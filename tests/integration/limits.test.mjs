import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, rawRequest } from './server.mjs';

let srv;
before(async () => { srv = await startServer({ extraArgs: ['--read-timeout', '2'] }); });
after(async () => { await srv.stop(); });

test('a 100 KB header gets 431', async () => {
  const big = 'x'.repeat(100 * 1024);
  const r = await rawRequest(srv.port, `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${big}\r\n\r\n`);
  assert.match(r.text, /^HTTP\/1\.1 431 /);
});

test('a 10 GB Content-Length gets 413 at once, before any body is sent', async () => {
  const r = await rawRequest(srv.port,
    'POST / HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 10737418240\r\n\r\n');
  assert.match(r.text, /^HTTP\/1\.1 413 /);
  assert.notEqual(r.how, 'timeout');
});

test('a malformed request gets 400', async () => {
  const r = await rawRequest(srv.port, 'GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n');
  assert.match(r.text, /^HTTP\/1\.1 400 /);
});

test('keep-alive and pipelined requests are answered in order', async () => {
  const req = (p) => `GET ${p} HTTP/1.1\r\nHost: a\r\nAccept-Encoding: identity\r\n\r\n`;
  const r = await rawRequest(srv.port, req('/') + req('/khong-co') + `GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
  const statuses = [...r.text.matchAll(/HTTP\/1\.1 (\d{3}) [A-Z]/g)].map((m) => m[1]);
  assert.deepEqual(statuses, ['200', '404', '200']);
  assert.equal(r.how, 'end', 'Connection: close closes');
});

test('HTTP/1.0 without keep-alive is closed after the answer', async () => {
  const r = await rawRequest(srv.port, 'GET / HTTP/1.0\r\n\r\n');
  assert.match(r.text, /^HTTP\/1\.1 200 /);
  assert.equal(r.how, 'end');
});

test('a slow client is dropped after the read timeout', async () => {
  // Sends half a request line and nothing more.
  const r = await rawRequest(srv.port, 'GET / HT', { timeoutMs: 8000 });
  assert.equal(r.how, 'end');
  assert.equal(r.text, '');
  assert.ok(r.ms >= 1000, `dropped after ${r.ms} ms`);
});

test('50 idle connections do not delay a new reader', async () => {
  const idle = [];
  for (let i = 0; i < 50; i++) {
    const s = net.connect(srv.port, '127.0.0.1');
    s.on('error', () => {});
    if (i % 2) s.write('GET / HTTP/1.1\r\nHost: a\r\n');  // half a header
    idle.push(s);
  }
  await new Promise((r) => setTimeout(r, 200));
  const res = await fetch(srv.url + '/', { signal: AbortSignal.timeout(5000) });
  assert.equal(res.status, 200);
  await res.text();
  for (const s of idle) s.destroy();
});

test('unsupported method on a page gets 405', async () => {
  const res = await fetch(srv.url + '/', { method: 'DELETE' });
  assert.equal(res.status, 405);
});
