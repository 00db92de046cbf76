/** annotateDocx: see ./index.ts. */
import type { AnnotateFinding, AnnotateMeta } from './comments.ts';

/** The bytes are not a .docx this module can annotate; the message is Chinese, for the user. */
export class AnnotateError extends Error {}

export function annotateDocx(docxBytes: Uint8Array, findings: readonly AnnotateFinding[], meta: AnnotateMeta = {}): Uint8Array {
  void findings;
  void meta;
  throw new AnnotateError(`尚未实现（${docxBytes.length} 字节）`);
}
