import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

test('re-importing the same file finds the article instead of copying it, and writes nothing', () => {
  const data = tempDataDir();
  const first = toasoan(['import', '--data', data, seedFile]);
  assert.equal(first.status, 0, first.stderr);
  const again = toasoan(['import', '--data', data, seedFile]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /^unchanged /);
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

// --- toasoan user ---------------------------------------------------------------------

// Rows of `sql` on a data folder's database, as JSON (python3 is a test package).
function querySql(data, sql) {
  const py = spawnSync('python3', ['-c', `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(json.dumps(db.execute(sys.argv[2]).fetchall()))
db.commit()
`, path.join(data, 'toasoan.db'), sql], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  return JSON.parse(py.stdout);
}

const kPassword = 'Mật khẩu đủ dài 2024';

test('user add creates an account from a password on stdin, never on the command line', () => {
  const data = tempDataDir();
  assert.equal(toasoan(['import', '--data', data, seedFile]).status, 0);
  const args = ['user', 'add', '--data', data, '--username', 'bien.tap', '--role', 'editor',
    '--section', 'quan-uy-huyen-uy', '--display-name', 'Trần Thị Biên'];
  assert.ok(!args.includes(kPassword));
  const r = toasoan(args, { input: kPassword + '\n' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /bien\.tap/);
  const [[username, display, role, hash]] =
    querySql(data, 'SELECT username, display_name, role, password_hash FROM users');
  assert.deepEqual([username, display, role], ['bien.tap', 'Trần Thị Biên', 'editor']);
  assert.match(hash, /^\$argon2id\$/);
  assert.ok(!hash.includes(kPassword));
  assert.deepEqual(querySql(data, `SELECT s.slug FROM user_sections u
    JOIN sections s ON s.id = u.section_id`), [['quan-uy-huyen-uy']]);
  assert.deepEqual(querySql(data, 'SELECT action, target, address FROM audit_log'),
    [['user.created', 'user:1', 'cli']]);
  // There is no way to give the password as an argument.
  const flag = toasoan(['user', 'add', '--data', data, '--username', 'khac', '--role', 'admin',
    '--password', kPassword], { input: kPassword + '\n' });
  assert.equal(flag.status, 2);
  assert.equal(querySql(data, 'SELECT COUNT(*) FROM users')[0][0], 1);
  assert.equal(toasoan(['user', 'add', '--help']).status, 0);
  rmSync(data, { recursive: true, force: true });
});

test('user add refuses a taken username, an unknown section and a short password', () => {
  const data = tempDataDir();
  assert.equal(toasoan(['import', '--data', data, seedFile]).status, 0);
  const add = (...extra) => toasoan(['user', 'add', '--data', data, ...extra],
    { input: kPassword + '\n' });
  assert.equal(add('--username', 'quan.tri', '--role', 'admin').status, 0);

  const dup = add('--username', 'quan.tri', '--role', 'reporter');
  assert.equal(dup.status, 1);
  assert.match(dup.stderr, /quan\.tri.*đã có người dùng/);
  assert.equal(dup.stderr.trim().split('\n').length, 1, dup.stderr);

  const unknown = add('--username', 'phong.vien', '--role', 'reporter',
    '--section', 'quan-uy-huyen-uy', '--section', 'khong-co-muc-nay');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /khong-co-muc-nay/);
  assert.equal(unknown.stderr.trim().split('\n').length, 1, unknown.stderr);

  const short = toasoan(['user', 'add', '--data', data, '--username', 'ngan', '--role', 'admin'],
    { input: 'ngan\n' });
  assert.equal(short.status, 2);
  assert.match(short.stderr, /Mật khẩu/);

  const badName = add('--username', 'Có Dấu', '--role', 'admin');
  assert.equal(badName.status, 2);

  assert.deepEqual(querySql(data, 'SELECT username FROM users'), [['quan.tri']]);
  assert.equal(querySql(data, 'SELECT COUNT(*) FROM user_sections')[0][0], 0);
  assert.equal(querySql(data, 'SELECT COUNT(*) FROM audit_log')[0][0], 1);
  rmSync(data, { recursive: true, force: true });
});

test('user token prints a 43-character secret once and stores only its digest', async () => {
  const { createHash } = await import('node:crypto');
  const data = tempDataDir();
  assert.equal(toasoan(['user', 'add', '--data', data, '--username', 'tich.hop', '--role',
    'admin'], { input: kPassword + '\n' }).status, 0);
  const r = toasoan(['user', 'token', '--data', data, '--username', 'tich.hop', '--name', 'CI']);
  assert.equal(r.status, 0, r.stderr);
  const secret = r.stdout.trim();
  assert.match(secret, /^[A-Za-z0-9_-]{43}$/);
  const digest = createHash('sha256').update(secret).digest('hex');
  assert.deepEqual(querySql(data, 'SELECT token_digest, name FROM api_tokens'), [[digest, 'CI']]);
  const again = toasoan(['user', 'token', '--data', data, '--username', 'tich.hop']);
  assert.notEqual(again.stdout.trim(), secret);
  const nobody = toasoan(['user', 'token', '--data', data, '--username', 'khong.ai']);
  assert.equal(nobody.status, 1);
  assert.match(nobody.stderr, /khong\.ai/);
  rmSync(data, { recursive: true, force: true });
});

test('user password sets a new hash from stdin and ends the account\'s sessions', () => {
  const data = tempDataDir();
  assert.equal(toasoan(['user', 'add', '--data', data, '--username', 'quan.tri', '--role',
    'admin'], { input: kPassword + '\n' }).status, 0);
  const [[before]] = querySql(data, 'SELECT password_hash FROM users');
  querySql(data, `INSERT INTO sessions (token_digest, user_id, csrf_token, created_at,
    last_seen_at, address) VALUES ('abc', 1, 'csrf', 1, 1, '127.0.0.1')`);
  const r = toasoan(['user', 'password', '--data', data, '--username', 'quan.tri'],
    { input: 'Một mật khẩu mới thật dài\n' });
  assert.equal(r.status, 0, r.stderr);
  const [[after]] = querySql(data, 'SELECT password_hash FROM users');
  assert.match(after, /^\$argon2id\$/);
  assert.notEqual(after, before);
  assert.equal(querySql(data, 'SELECT COUNT(*) FROM sessions')[0][0], 0);
  rmSync(data, { recursive: true, force: true });
});

test('check reports the seed\'s Ơ Môn, its repeated title and lead, and exits 1', () => {
  const r = toasoan(['check', seedFile]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  // FILE:LINE:COLUMN: rule: message (gợi ý: fix)
  for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+: [a-z-]+: /, l);
  assert.ok(lines.some((l) => /:15:86: name-spelling: .*“Ơ Môn”.*\(gợi ý: Ô Môn\)$/.test(l)), r.stdout);
  assert.ok(lines.some((l) => /:4:1: repeated-text: .*\(gợi ý: xoá\)$/.test(l)), 'repeated title');
  assert.ok(lines.some((l) => /:10:1: repeated-text: /.test(l)), 'repeated lead');
  assert.ok(!lines.some((l) => / spelling: /.test(l)), 'no dictionary false positive on the seed');
  assert.equal(lines.filter((l) => / name-spelling: /.test(l)).length, 1, 'no other name flagged');

  const data = tempDataDir();
  const clean = path.join(data, 'clean.html');
  writeFileSync(clean, '<p>Hòa bình cho Ô Môn.</p><p>Ô Môn đẹp.</p>');
  const ok = toasoan(['check', '--style', 'old', clean, path.join(data, 'missing.txt')]);
  assert.equal(ok.status, 1, 'a missing file makes it fail');
  assert.match(ok.stderr, /missing\.txt/);
  assert.equal(toasoan(['check', clean]).status, 0, toasoan(['check', clean]).stdout);
  assert.equal(toasoan(['check', '--style', 'sideways', clean]).status, 2);
  assert.equal(toasoan(['check']).status, 2);
  rmSync(data, { recursive: true, force: true });
});
