/**
 * A small static file server for the built site, used by the end-to-end tests and benchmarks.
 * It serves dist/ the way nginx would (directory index, 404.html) and sends the strict
 * Content-Security-Policy the README recommends, so tests prove the site works under it.
 *   node scripts/serve.ts [--port 4399] [--dir dist]
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const { values } = parseArgs({ options: { port: { type: 'string', default: '4399' }, dir: { type: 'string', default: 'dist' } } });
const root = path.resolve(values.dir!);

// Long Chinese ?q= URLs (percent-encoded, 9 bytes a character) need more than Node's 16 KB default.
const server = createServer({ maxHeaderSize: 128 * 1024 }, async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) {
    res.writeHead(400).end();
    return;
  }
  let status = 200;
  try {
    const s = await stat(file);
    if (s.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
      await stat(file);
    }
  } catch {
    status = 404;
    file = path.join(root, '404.html');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Compress text as nginx's `gzip on` would; Pagefind's own files are already compressed.
  const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|application\/(json|wasm|xml)|image\/svg)/.test(type);
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});
server.listen(Number(values.port), '127.0.0.1', () => console.log(`serving ${root} on http://localhost:${values.port}/`));
