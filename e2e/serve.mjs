// Minimal static server for dist/ on 127.0.0.1 (no dependencies), used by the browser
// tests and the benchmark. Usage: node e2e/serve.mjs <dir> <port> [/sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4173', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

// Large header limit: the tests open 100 KB query strings.
createServer({ maxHeaderSize: 512 * 1024 }, async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) { res.writeHead(404).end('not under ' + base); return; }
  path = path.slice(base.length - 1);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
