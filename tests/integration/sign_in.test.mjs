// Sign-in guessing through the Admin API: 1,000 wrong passwords at one account are
// throttled after 5 (fast: throttled attempts skip the password hash), an unknown user and
// a wrong password get the same answer, the owner gets in once the window has passed, and
// the audit log shows the attempts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, assertError, cliToken, sleep, startAdminServer } from './admin_client.mjs';

const owner = { username: 'chutaikhoan', role: 'editor', sections: ['quan-uy-huyen-uy'], password: 'mat-khau-that-cua-chu' };
const other = { username: 'nguoikhac', role: 'reporter', sections: ['quan-uy-huyen-uy'], password: 'mat-khau-nguoi-khac-1' };
const admin = { username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-1' };

let srv;
before(async () => { srv = await startAdminServer({ users: [owner, other, admin] }); });
after(async () => { await srv?.stop(); });

const signIn = (url, username, password) => new AdminClient(url).call('POST', '/session', { username, password });

test('an unknown user and a wrong password get the same answer', async () => {
  const unknown = await signIn(srv.url, 'khongcoai', 'mot-mat-khau-bat-ky');
  const wrong = await signIn(srv.url, other.username, 'mot-mat-khau-bat-ky');
  assertError(unknown, 401, 'unauthenticated');
  assert.equal(wrong.status, unknown.status);
  assert.deepEqual(wrong.body, unknown.body);
  assert.equal(wrong.headers.get('set-cookie'), null);
  assert.equal(unknown.headers.get('set-cookie'), null);
});

test('1,000 wrong passwords at one account: throttled after 5, quickly, with a Vietnamese message', async (t) => {
  const started = Date.now();
  const statuses = [];
  let throttled;
  for (let i = 0; i < 1000; i++) {
    const res = await signIn(srv.url, owner.username, `doan-sai-${i}-mat-khau`);
    statuses.push(res.status);
    if (res.status === 429 && !throttled) throttled = res;
  }
  const ms = Date.now() - started;
  assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
  const after5 = statuses.slice(5);
  assert.equal(after5.filter((s) => s === 429).length, 995, `every answer after the 5th is 429: ${[...new Set(after5)]}`);
  assertError(throttled, 429, 'too_many');
  const retryAfter = Number(throttled.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
  // Argon2id takes a good fraction of a second per attempt (more under the sanitizers):
  // 995 hashed attempts would take minutes.
  assert.ok(ms < 60000, `1,000 attempts took ${ms} ms`);
  t.diagnostic(`1,000 attempts in ${ms} ms`);

  // The real password does not get through the throttle either (no oracle for the guesser).
  assertError(await signIn(srv.url, owner.username, owner.password), 429, 'too_many');
  // Another account from the same address is not locked by it.
  assert.equal((await signIn(srv.url, other.username, other.password)).status, 200);

  const auditor = new AdminClient(srv.url, { bearer: cliToken(srv.data, admin.username) });
  const audit = await auditor.ok('GET', '/audit?action=sign_in_failed');
  const failed = audit.items.filter((e) => e.action === 'sign_in_failed' && e.username === owner.username);
  assert.ok(failed.length >= 5, `${failed.length} failed sign-ins of the owner audited`);
  assert.ok(failed.every((e) => e.address === '127.0.0.1'), 'with the address');
  let unknownAudited = false;
  for (let page = 1; page <= audit.pages && !unknownAudited; page++) {
    const items = (await auditor.ok('GET', `/audit?action=sign_in_failed&page=${page}`)).items;
    unknownAudited = items.some((e) => e.username === 'khongcoai');
  }
  assert.ok(unknownAudited, 'unknown names are audited as typed');
  const signIns = await auditor.ok('GET', '/audit?action=sign_in');
  assert.ok(signIns.items.some((e) => e.action === 'sign_in' && e.username === other.username));
});

test('the owner signs in once the --sign-in-window has passed', async () => {
  // A short window, yet longer than five Argon2id checks take here (each well under a
  // second, more under the sanitizers on a busy machine).
  const window = 10;
  const short = await startAdminServer({ extraArgs: ['--sign-in-window', String(window)], users: [owner] });
  try {
    let first;
    for (let i = 0; i < 5; i++) {
      assertError(await signIn(short.url, owner.username, `doan-sai-${i}`), 401, 'unauthenticated');
      first ??= Date.now();
    }
    assert.ok(Date.now() - first < (window - 1) * 1000, 'the five failures fell inside the window');
    assertError(await signIn(short.url, owner.username, 'doan-sai-nua'), 429, 'too_many');
    assertError(await signIn(short.url, owner.username, owner.password), 429, 'too_many');
    // Times are whole seconds: a second of slack past the window.
    await sleep(Math.max(0, first + (window + 1.2) * 1000 - Date.now()));
    const ok = await signIn(short.url, owner.username, owner.password);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.match(ok.body.csrf_token, /^[A-Za-z0-9_-]{40,}$/);
  } finally {
    await short.stop();
  }
});
