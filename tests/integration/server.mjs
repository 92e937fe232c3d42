// Starts `toasoan serve` on a temporary data folder with the seed article imported, on a
// free port, and stops it gracefully. Shared by the integration and browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';

export const root = process.env.TOASOAN_SOURCE_DIR ?? path.resolve(import.meta.dirname, '../..');
export const bin = process.env.TOASOAN_BIN ?? path.join(root, 'build/debug/toasoan');
export const seedFile = path.join(root, 'demo/000_6755af18a3cea5e6.txt');

export function toasoan(args, options = {}) {
  return spawnSync(bin, args, { encoding: 'utf8', cwd: root, ...options });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function tempDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'toasoan-test-'));
}

// Imports `files` into a new data folder and serves it. Returns {url, port, data, proc, stop}.
export async function startServer({ files = [seedFile], extraArgs = [] } = {}) {
  const data = tempDataDir();
  if (files.length) {
    const imp = toasoan(['import', '--data', data, ...files]);
    if (imp.status !== 0) throw new Error(`import failed: ${imp.stderr}`);
  }
  const port = await freePort();
  const proc = spawn(bin, ['serve', '--data', data, '--listen', `127.0.0.1:${port}`,
    '--threads', '2', ...extraArgs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  let out = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 20000);
    proc.stdout.on('data', (d) => {
      out += d;
      if (out.includes('http://')) { clearTimeout(timer); resolve(); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${stderr}`)); });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url, port, data, proc, exited,
    stderr: () => stderr,
    stdout: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const result = await exited;
      rmSync(data, { recursive: true, force: true });
      return result;
    },
  };
}

// Sends raw bytes on a new connection and resolves with everything the server sent
// until it closed the connection or `timeoutMs` passed.
export function rawRequest(port, chunks, { timeoutMs = 5000 } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const started = Date.now();
    const done = (how) => { clearTimeout(timer); sock.destroy(); resolve({ text: data.toString('utf8'), how, ms: Date.now() - started }); };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    sock.on('data', (d) => { data = Buffer.concat([data, d]); });
    sock.on('end', () => done('end'));
    sock.on('error', () => done('error'));
    sock.on('connect', () => { for (const c of [].concat(chunks)) sock.write(c); });
  });
}
