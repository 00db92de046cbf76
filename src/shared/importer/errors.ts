/** An input the importer refuses. The message names the file, what is wrong and the fix. */
export class ImportError extends Error {
  readonly file: string;
  constructor(file: string, problem: string, fix: string) {
    super(`${file}: ${problem}。${fix}`);
    this.name = 'ImportError';
    this.file = file;
  }
}
