import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { toasoan, tempDataDir, seedFile, startServer } from './server.mjs';

test('--help on every subcommand exits 0', () => {
  for (const args of [['--help'], ['serve', '--help'], ['import', '--help'], ['migrate', '--help']]) {
    const r = toasoan(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /--data|Subcommands|SUBCOMMAND/i);
  }
});

test('usage errors exit 2 with one line', () => {
  for (const args of [[], ['nonsense'], ['serve', '--listen', 'nope'], ['import'], ['serve', '--bogus']]) {
    const r = toasoan(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('migrate creates the data folder', () => {
  const data = path.join(tempDataDir(), 'nested', 'data');
  const r = toasoan(['migrate', '--data', data]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /schema version \d+/);
  rmSync(path.dirname(path.dirname(data)), { recursive: true, force: true });
});

test('import reports a bad file, imports the rest, and exits 1', () => {
  const data = tempDataDir();
  const bad = path.join(data, 'bad.txt');
  writeFileSync(bad, 'not an article');
  const r = toasoan(['import', '--data', data, bad, seedFile, path.join(data, 'missing.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.txt/);
  assert.match(r.stderr, /missing\.txt/);
  assert.match(r.stdout, /^created http:\/\/\S+\/quan-uy-huyen-uy\/o-mon-thoi-lai-\S+-\d+$/m);
  rmSync(data, { recursive: true, force: true });
});

test('re-importing the same file updates the article instead of copying it', () => {
  const data = tempDataDir();
  const first = toasoan(['import', '--data', data, seedFile]);
  assert.equal(first.status, 0, first.stderr);
  const again = toasoan(['import', '--data', data, seedFile]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /^updated /);
  assert.equal(first.stdout.split(' ')[1], again.stdout.split(' ')[1], 'same URL');
  rmSync(data, { recursive: true, force: true });
});

test('an import into a running server reaches its cached pages', async () => {
  const srv = await startServer();
  try {
    const list = await (await fetch(srv.url + '/api/v1/articles')).json();
    const url = new URL(list.items[0].url).pathname;
    const before = await (await fetch(srv.url + url)).text();
    assert.match(before, /Ô Môn, Thới Lai: Họp mặt/);
    // The same file, corrected: a new title.
    const edited = path.join(srv.data, path.basename(seedFile));
    writeFileSync(edited, readFileSync(seedFile, 'utf8').replaceAll('Họp mặt kỷ niệm 90 năm', 'Gặp mặt kỷ niệm 90 năm'));
    const r = toasoan(['import', '--data', srv.data, edited]);
    assert.equal(r.status, 0, r.stderr);
    const newPath = new URL(r.stdout.trim().split(' ')[1]).pathname;
    let html = '';
    for (let i = 0; i < 50 && !html.includes('Gặp mặt kỷ niệm'); i++) {
      await new Promise((res) => setTimeout(res, 100));
      html = await (await fetch(srv.url + newPath)).text();
    }
    assert.match(html, /Gặp mặt kỷ niệm 90 năm/);
    const home = await (await fetch(srv.url + '/')).text();
    assert.match(home, /Gặp mặt kỷ niệm 90 năm/);
    const old = await fetch(srv.url + url, { redirect: 'manual' });
    assert.equal(old.status, 301, 'the old slug redirects');
  } finally {
    await srv.stop();
  }
});

test('SIGTERM lets a request in flight finish, then exits 0', async () => {
  const srv = await startServer();
  const net = await import('node:net');
  const sock = net.connect(srv.port, '127.0.0.1');
  await new Promise((r) => sock.on('connect', r));
  sock.write('GET / HTTP/1.1\r\nHost: a\r\n');
  await new Promise((r) => setTimeout(r, 100));
  srv.proc.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  let text = '';
  sock.on('data', (d) => { text += d; });
  const closed = new Promise((r) => sock.on('close', r));
  sock.write('\r\n');
  await closed;
  assert.match(text, /^HTTP\/1\.1 200 /);
  assert.match(text, /Connection: close/i);
  const { code } = await srv.stop();
  assert.equal(code, 0);
});
