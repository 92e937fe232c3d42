// The client address behind a reverse proxy: with `serve --trusted-proxy 127.0.0.1` (the
// test plays nginx on the loopback) X-Forwarded-For names the client, so one guesser's
// wrong passwords lock out its own address and nobody else's, and the audit log and access
// log show the real client; without the flag the header is ignored, so a client cannot
// pick its address. The config file's trusted_proxies work the same; a bad value, there or
// on the command line, stops the server at start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AdminClient, assertError, cliToken, startAdminServer } from './admin_client.mjs';
import { startServer, toasoan, tempDataDir } from './server.mjs';

const editor = { username: 'bientapvien', role: 'editor', sections: ['quan-uy-huyen-uy'], password: 'mat-khau-bien-tap-1' };
const reporter = { username: 'phongvien', role: 'reporter', sections: ['quan-uy-huyen-uy'], password: 'mat-khau-phong-vien-1' };
const admin = { username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-1' };
const users = [editor, reporter, admin];

const attacker = '203.0.113.7';
const reader = '198.51.100.9';
// The address throttle refuses after 4 × 5 failures within the window.
const kAddressLimit = 20;

const signIn = (url, username, password, forwardedFor) => new AdminClient(url).call(
  'POST', '/session', { username, password },
  { headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } });

// Fails `kAddressLimit` sign-ins, each for another unknown name so that no account's own
// limit (5) is reached: only the address count can refuse the next attempt.
async function sprayFrom(url, forwardedFor, tag) {
  for (let i = 0; i < kAddressLimit; i++) {
    assertError(await signIn(url, `khongcoai${tag}${i}`, `doan-sai-${i}`, forwardedFor), 401, 'unauthenticated');
  }
}

async function failedSignInAddresses(srv, usernamePrefix) {
  const auditor = new AdminClient(srv.url, { bearer: cliToken(srv.data, admin.username) });
  const addresses = new Set();
  const first = await auditor.ok('GET', '/audit?action=sign_in_failed');
  for (let page = 1; page <= first.pages; page++) {
    const items = page === 1 ? first.items : (await auditor.ok('GET', `/audit?action=sign_in_failed&page=${page}`)).items;
    for (const e of items) if (e.username?.startsWith(usernamePrefix)) addresses.add(e.address);
  }
  return addresses;
}

let proxied;
let direct;
before(async () => {
  [proxied, direct] = await Promise.all([
    startAdminServer({ users, extraArgs: ['--trusted-proxy', '127.0.0.1'] }),
    startAdminServer({ users }),
  ]);
});
after(async () => {
  await proxied?.stop();
  await direct?.stop();
});

test('behind a trusted proxy one client\'s wrong passwords lock out its address only', async () => {
  await sprayFrom(proxied.url, attacker, 'a');
  // The guesser's address is refused, even for a real account with its real password.
  assertError(await signIn(proxied.url, editor.username, editor.password, attacker), 429, 'too_many');
  // A client that claims the guesser's address on the left gets its own: nginx appends the
  // address it saw, and the walk from the right stops there.
  const spoofed = await signIn(proxied.url, reporter.username, reporter.password, `${attacker}, ${reader}`);
  assert.equal(spoofed.status, 200, JSON.stringify(spoofed.body));
  // Another reader behind the same proxy signs in to another account.
  const ok = await signIn(proxied.url, editor.username, editor.password, reader);
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.match(ok.body.csrf_token, /^[A-Za-z0-9_-]{40,}$/);
  // The audit log has the forwarded address, not the proxy's.
  assert.deepEqual([...await failedSignInAddresses(proxied, 'khongcoaia')], [attacker]);
});

// Requests `marker` with `forwardedFor` and returns its access log line.
async function accessLogLine(srv, marker, forwardedFor) {
  const res = await fetch(srv.url + marker, { headers: { 'x-forwarded-for': forwardedFor } });
  await res.arrayBuffer();
  const log = path.join(srv.data, 'logs', 'access.log');
  // The log is flushed once a second.
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const line = readFileSync(log, 'utf8').split('\n').find((l) => l.includes(marker));
    if (line) return line;
  }
  assert.fail(`${marker} is not in the access log`);
}

test('behind a trusted proxy the access log shows the forwarded client', async () => {
  const line = await accessLogLine(proxied, `/tim-kiem?q=proxy-${Date.now()}`, `10.9.9.9, ${reader}`);
  assert.ok(line.startsWith(`${reader} - - [`), line);
  // Without the flag, the peer.
  const plain = await accessLogLine(direct, `/tim-kiem?q=direct-${Date.now()}`, reader);
  assert.ok(plain.startsWith('127.0.0.1 - - ['), plain);
});

test('trusted_proxies in the config file, and a bad one stops serve at start', async () => {
  const dir = tempDataDir();
  try {
    const config = path.join(dir, 'toasoan.json');
    writeFileSync(config, JSON.stringify({ trusted_proxies: ['10.0.0.0/8', '127.0.0.0/8, ::1'] }));
    const srv = await startServer({ files: [], extraArgs: ['--no-audio', '--config', config] });
    try {
      const line = await accessLogLine(srv, `/tim-kiem?q=config-${Date.now()}`, `${attacker}, 10.1.2.3`);
      assert.ok(line.startsWith(`${attacker} - - [`), line);
      // The operator sees at start which peers are believed.
      assert.match(srv.stdout(), /X-Forwarded-For when the peer is in: 10\.0\.0\.0\/8, 127\.0\.0\.0\/8, ::1\/128/);
    } finally {
      await srv.stop();
    }
    writeFileSync(config, JSON.stringify({ trusted_proxies: ['127.0.0.1', 'nginx'] }));
    const bad = toasoan(['serve', '--data', path.join(dir, 'data'), '--listen', '127.0.0.1:0',
      '--no-audio', '--config', config], { timeout: 20000 });
    assert.equal(bad.status, 2, `exit ${bad.status} ${bad.signal ?? ''}, stderr ${bad.stderr}`);
    assert.match(bad.stderr, /^toasoan: trusted_proxies in the config file: 'nginx' is not an IPv4 or IPv6 address/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without --trusted-proxy X-Forwarded-For is ignored: every request counts for the peer', async () => {
  await sprayFrom(direct.url, attacker, 'd');
  // The header names another client, but the peer (127.0.0.1) is what the throttle counts.
  assertError(await signIn(direct.url, editor.username, editor.password, reader), 429, 'too_many');
  assertError(await signIn(direct.url, reporter.username, reporter.password), 429, 'too_many');
  assert.deepEqual([...await failedSignInAddresses(direct, 'khongcoaid')], ['127.0.0.1']);
});

test('a bad --trusted-proxy stops serve at start with a clear message', () => {
  const data = tempDataDir();
  try {
    for (const [bad, named] of [['localhost', 'localhost'], ['10.0.0.0/33', '0 to 32'],
      ['10.1.0.0/8', 'the network is 10.0.0.0/8'], ['127.0.0.1,,::1', 'empty entry']]) {
      // A port of its own: were the value accepted, the server would start, and the
      // timeout would end it.
      const r = toasoan(['serve', '--data', data, '--listen', '127.0.0.1:0', '--no-audio',
        '--trusted-proxy', '::1', '--trusted-proxy', bad], { timeout: 20000 });
      assert.equal(r.status, 2, `${bad}: exit ${r.status} ${r.signal ?? ''}, stderr ${r.stderr}`);
      assert.match(r.stderr, /^toasoan: .*--trusted-proxy/, r.stderr);
      assert.ok(r.stderr.includes(named), r.stderr);
      assert.doesNotMatch(r.stdout, /serving/);
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
