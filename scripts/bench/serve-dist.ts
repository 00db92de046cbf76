/** Starts scripts/serve.ts on a free port for a benchmark and returns its base URL and a stop function. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serveScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../serve.ts');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function serveDist(dir: string): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [serveScript, '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
