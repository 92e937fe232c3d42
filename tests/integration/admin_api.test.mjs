// The JSON Admin API against a real server: sign-in and CSRF, the editorial workflow
// reaching the public pages at once, the server's own scheduling timer, revisions, API
// tokens, session expiry, sign-out and password change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdminClient, assertError, cliToken, kAdmin, kEditor, kReporter, kSeedSection, signedInClient, sleep,
  startAdminServer,
} from './admin_client.mjs';

const users = [kAdmin, kEditor, kReporter];
const pw = Object.fromEntries(users.map((u) => [u.username, u.password]));

let srv;
before(async () => { srv = await startAdminServer({ users }); });
after(async () => { await srv?.stop(); });

const signedIn = (username) => signedInClient(srv.url, users, username);

const publicPath = (article) => new URL(article.url).pathname;
const page = async (p) => {
  const res = await fetch(srv.url + p);
  return { status: res.status, text: await res.text() };
};

// An ISO 8601 time with the Vietnam offset, `ms` from now, on a whole second.
function vietnamTime(ms) {
  const t = Math.ceil((Date.now() + ms) / 1000) * 1000;
  return new Date(t + 7 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, '+07:00');
}

test('sign-in gives a CSRF token; unsafe calls without it or with a wrong one are 403 and change nothing', async () => {
  const admin = new AdminClient(srv.url);
  const res = await admin.signIn('quantri', pw.quantri);
  assert.match(res.body.csrf_token, /^[A-Za-z0-9_-]{40,}$/);
  assert.equal(res.body.user.username, 'quantri');
  assert.equal(res.body.user.role, 'admin');
  const cookie = res.headers.get('set-cookie');
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.doesNotMatch(cookie, /Secure/, 'the test site is plain http');

  const me = await admin.ok('GET', '/session');
  assert.equal(me.user.username, 'quantri');

  const sectionsBefore = await admin.ok('GET', '/sections');
  const articlesBefore = await admin.ok('GET', '/articles');
  const seed = articlesBefore.items[0];
  for (const csrfToken of [null, 'sai-ma-chong-gia-mao', admin.csrf.slice(0, -1) + (admin.csrf.endsWith('A') ? 'B' : 'A')]) {
    const opts = csrfToken === null ? { csrf: false } : { csrfToken };
    assertError(await admin.call('POST', '/sections', { name: 'Phường Mới', slug: 'phuong-moi' }, opts), 403, 'forbidden');
    assertError(await admin.call('PATCH', `/articles/${seed.id}`, { title: 'Tiêu đề bị giả mạo' }, opts), 403, 'forbidden');
    assertError(await admin.call('POST', `/articles/${seed.id}/transitions`, { to: 'unpublished' }, opts), 403, 'forbidden');
    assertError(await admin.call('DELETE', '/session', undefined, opts), 403, 'forbidden');
  }
  assert.deepEqual(await admin.ok('GET', '/sections'), sectionsBefore);
  const seedAfter = await admin.ok('GET', `/articles/${seed.id}`);
  assert.equal(seedAfter.title, seed.title);
  assert.equal(seedAfter.status, 'published');
  assert.equal((await page(publicPath(seed))).status, 200, 'still public');
  // The session survived the refused calls.
  assert.equal((await admin.ok('GET', '/session')).user.username, 'quantri');
});

test('without a session or token every call is 401 JSON; bad bodies are 400 or 422', async () => {
  const anon = new AdminClient(srv.url);
  for (const [m, p] of [['GET', '/session'], ['GET', '/articles'], ['POST', '/articles'], ['GET', '/audit'], ['GET', '/users']]) {
    assertError(await anon.call(m, p, m === 'POST' ? {} : undefined), 401, 'unauthenticated');
  }
  const forged = new AdminClient(srv.url);
  forged.cookie = 'toasoan_session=khong-phai-phien-that';
  assertError(await forged.call('GET', '/session'), 401, 'unauthenticated');
  assertError(await new AdminClient(srv.url, { bearer: 'khong-phai-ma-that' }).call('GET', '/articles'), 401, 'unauthenticated');

  const editor = await signedIn('bientap');
  const bad = await editor.call('POST', '/articles', '{"title": "Thiếu ngoặc"');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'bad_request');
  assert.equal((await editor.call('POST', '/articles', { title: 42, section_slug: kSeedSection })).status, 400, 'wrong type');
  assert.equal((await editor.call('POST', '/articles', [1, 2])).status, 400, 'not an object');
  assertError(await editor.call('POST', '/articles', { title: 'Bài', section_slug: 'khong-co' }), 422, 'invalid_argument');
  assertError(await editor.call('GET', '/articles?status=khong-co'), 422, 'invalid_argument');
  assertError(await editor.call('GET', '/articles/99999'), 404, 'not_found');
  assertError(await editor.call('GET', '/khong-co-duong-nay'), 404, 'not_found');
  assertError(await editor.call('DELETE', '/articles/1/a/b'), 404, 'not_found');
  const draft = await editor.ok('POST', '/articles', { title: 'Bài nháp để thử', section_slug: kSeedSection }, 201);
  assertError(await editor.call('POST', `/articles/${draft.id}/transitions`, { to: 'bay-gio' }), 422, 'invalid_argument');
  assertError(await editor.call('POST', `/articles/${draft.id}/transitions`, { to: 'unpublished' }), 409, 'conflict');
  assertError(await editor.call('POST', `/articles/${draft.id}/transitions`, { to: 'scheduled', at: 'ngày mai' }), 422, 'invalid_argument');
  assertError(await editor.call('POST', `/articles/${draft.id}/transitions`, { to: 'scheduled', at: '2026-12-01T09:00:00' }), 422, 'invalid_argument');
  assert.equal((await editor.ok('GET', `/articles/${draft.id}`)).status, 'draft');
});

test('a reporter writes and submits, an editor publishes: the public pages show it at once; unpublished is 410 at once', async () => {
  const reporter = await signedIn('phongvien');
  const editor = await signedIn('bientap');
  // The public section page is cached before anything changes.
  const sectionBefore = await page(`/${kSeedSection}`);
  assert.equal(sectionBefore.status, 200);

  const created = await reporter.ok('POST', '/articles', {
    title: 'Phường An Bình ra quân dọn vệ sinh kênh rạch',
    lead: 'Sáng 20/11, hơn 200 đoàn viên tham gia.',
    body_html: '<p>Đoàn viên dọn rác dọc kênh.</p><script>alert(1)</script>',
    section_slug: kSeedSection,
    bylines: ['Minh Thư'],
  }, 201);
  assert.equal(created.status, 'draft');
  assert.equal(created.section.slug, kSeedSection);
  assert.equal(created.section_id, created.section.id);
  assert.equal(created.author_id, reporter.user.id);
  assert.deepEqual(created.bylines, ['Minh Thư']);
  assert.doesNotMatch(created.body_html, /script|alert/, 'sanitized');

  const patched = await reporter.ok('PATCH', `/articles/${created.id}`, {
    title: 'Phường An Bình ra quân làm sạch kênh rạch',
    section_id: created.section_id,
  });
  assert.equal(patched.title, 'Phường An Bình ra quân làm sạch kênh rạch');
  assert.equal(patched.lead, created.lead, 'fields not sent are kept');

  assert.equal((await page(publicPath(patched))).status, 404, 'a draft is not public');
  const submitted = await reporter.ok('POST', `/articles/${created.id}/transitions`, { to: 'submitted' });
  assert.equal(submitted.status, 'submitted');
  assertError(await reporter.call('POST', `/articles/${created.id}/transitions`, { to: 'published' }), 403, 'forbidden');

  const published = await editor.ok('POST', `/articles/${created.id}/transitions`, { to: 'published' });
  assert.equal(published.status, 'published');
  assert.ok(published.published_at);
  // At once: no waiting, no retry.
  const section = await page(`/${kSeedSection}`);
  assert.match(section.text, /Phường An Bình ra quân làm sạch kênh rạch/);
  const article = await page(publicPath(published));
  assert.equal(article.status, 200);
  assert.match(article.text, /Đoàn viên dọn rác dọc kênh/);
  assert.doesNotMatch(article.text, /alert\(1\)/);
  const api = await fetch(`${srv.url}/api/v1/articles/${created.id}`);
  assert.equal(api.status, 200);

  const unpublished = await editor.ok('POST', `/articles/${created.id}/transitions`, { to: 'unpublished', comment: 'Gỡ để kiểm tra lại số liệu' });
  assert.equal(unpublished.status, 'unpublished');
  assert.equal((await page(publicPath(published))).status, 410);
  assert.equal((await fetch(`${srv.url}/api/v1/articles/${created.id}`)).status, 410);
  assert.doesNotMatch((await page(`/${kSeedSection}`)).text, /Phường An Bình ra quân làm sạch kênh rạch/);

  const audit = await (await signedIn('quantri')).ok('GET', `/audit?action=article.`);
  const actions = audit.items.filter((e) => e.target === `article:${created.id}`).map((e) => e.action);
  for (const a of ['article.submitted', 'article.published', 'article.unpublished']) {
    assert.ok(actions.includes(a), `${a} audited: ${actions}`);
  }
});

test('a scheduled article is published by the server itself within seconds', async () => {
  const editor = await signedIn('bientap');
  const a = await editor.ok('POST', '/articles', {
    title: 'Lịch tiếp công dân tháng 12',
    lead: 'Thường trực Quận ủy tiếp công dân định kỳ.',
    body_html: '<p>Lịch cụ thể như sau.</p>',
    section_slug: kSeedSection,
  }, 201);
  assertError(await editor.call('POST', `/articles/${a.id}/transitions`, { to: 'scheduled', at: Math.floor(Date.now() / 1000) - 60 }), 422, 'invalid_argument');
  const at = vietnamTime(3000);
  const scheduled = await editor.ok('POST', `/articles/${a.id}/transitions`, { to: 'scheduled', at });
  assert.equal(scheduled.status, 'scheduled');
  assert.equal(Date.parse(scheduled.scheduled_at), Date.parse(at), `${scheduled.scheduled_at} is ${at}`);
  assert.equal((await page(publicPath(scheduled))).status, 404, 'not public before its time');

  // Only the admin API is asked (no public page visit could trigger it).
  const started = Date.now();
  let status = 'scheduled';
  while (status !== 'published' && Date.now() - started < 12000) {
    await sleep(500);
    status = (await editor.ok('GET', `/articles/${a.id}`)).status;
  }
  assert.equal(status, 'published', 'published by the timer within ~10 s');
  assert.ok(Date.now() >= Date.parse(at) - 1000, 'not before its time');
  const article = await page(publicPath(scheduled));
  assert.equal(article.status, 200);
  assert.match(article.text, /Lịch tiếp công dân tháng 12/);
  assert.match((await page(`/${kSeedSection}`)).text, /Lịch tiếp công dân tháng 12/);
});

test('every save keeps a revision; compare gives word pieces; restore adds a revision', async () => {
  const editor = await signedIn('bientap');
  const a = await editor.ok('POST', '/articles', {
    title: 'Hội nghị sơ kết quý ba',
    lead: 'Quận ủy tổ chức hội nghị.',
    body_html: '<p>Một hai ba bốn năm.</p>',
    section_slug: kSeedSection,
  }, 201);
  await editor.ok('PATCH', `/articles/${a.id}`, { title: 'Hội nghị tổng kết quý ba', body_html: '<p>Một hai sáu bốn năm.</p>' });
  const list = await editor.ok('GET', `/articles/${a.id}/revisions`);
  assert.equal(list.items.length, 2, JSON.stringify(list));
  const ids = list.items.map((r) => r.id).sort((x, y) => x - y);
  const [first, second] = ids;
  const one = await editor.ok('GET', `/articles/${a.id}/revisions/${first}`);
  assert.equal(one.title, 'Hội nghị sơ kết quý ba');
  assert.match(one.body_html, /Một hai ba bốn năm/);

  const cmp = await editor.ok('GET', `/articles/${a.id}/revisions/compare?from=${first}&to=${second}`);
  const text = (pieces, kind) => pieces.filter((p) => p.kind === kind).map((p) => p.text.trim()).join('|');
  assert.equal(text(cmp.title, 'removed'), 'sơ');
  assert.equal(text(cmp.title, 'added'), 'tổng');
  assert.equal(text(cmp.body, 'removed'), 'ba');
  assert.equal(text(cmp.body, 'added'), 'sáu');
  assert.equal(cmp.title.filter((p) => p.kind !== 'added').map((p) => p.text).join(''), 'Hội nghị sơ kết quý ba');
  assert.ok(cmp.lead.every((p) => p.kind === 'same'));
  assertError(await editor.call('GET', `/articles/${a.id}/revisions/compare?from=${first}`), 400, 'bad_request');

  const restored = await editor.ok('POST', `/articles/${a.id}/revisions/${first}/restore`);
  assert.equal(restored.title, 'Hội nghị sơ kết quý ba');
  assert.match(restored.body_html, /Một hai ba bốn năm/);
  const after = await editor.ok('GET', `/articles/${a.id}/revisions`);
  assert.equal(after.items.length, 3);
  assertError(await editor.call('GET', `/articles/${a.id}/revisions/999999`), 404, 'not_found');
});

test('a Bearer token from `toasoan user token` works without a CSRF token', async () => {
  const token = cliToken(srv.data, 'bientap');
  const client = new AdminClient(srv.url, { bearer: token });
  const me = await client.ok('GET', '/session');
  assert.equal(me.user.username, 'bientap');
  assert.equal(me.csrf_token, null);
  const a = await client.ok('POST', '/articles', { title: 'Bài gửi qua API', section_slug: kSeedSection }, 201);
  const b = await client.ok('PATCH', `/articles/${a.id}`, { lead: 'Tích hợp từ hệ thống khác.' });
  assert.equal(b.lead, 'Tích hợp từ hệ thống khác.');
  const published = await client.ok('POST', `/articles/${a.id}/transitions`, { to: 'published' });
  assert.equal((await page(publicPath(published))).status, 200);
  // A token made through the API works the same way.
  const admin = await signedIn('quantri');
  const made = await admin.ok('POST', `/users/${me.user.id}/tokens`, { name: 'tích hợp' }, 201);
  assert.equal((await new AdminClient(srv.url, { bearer: made.token }).ok('GET', '/session')).user.id, me.user.id);
});

test('sign-out ends the session at once', async () => {
  const editor = await signedIn('bientap');
  const cookie = editor.cookie;
  const res = await editor.call('DELETE', '/session');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('set-cookie'), /toasoan_session=;.*Max-Age=0/);
  const again = new AdminClient(srv.url);
  again.cookie = cookie;
  assertError(await again.call('GET', '/session'), 401, 'unauthenticated');
  assertError(await again.call('GET', '/articles'), 401, 'unauthenticated');
});

test('password change needs the current password; the old one stops working', async () => {
  const admin = await signedIn('quantri');
  const u = await admin.ok('POST', '/users', {
    username: 'doimatkhau', password: 'mat-khau-cu-12345', role: 'reporter', sections: [kSeedSection], display_name: 'Người Đổi Mật Khẩu',
  }, 201);
  assert.equal(u.display_name, 'Người Đổi Mật Khẩu');
  const c = new AdminClient(srv.url);
  await c.signIn('doimatkhau', 'mat-khau-cu-12345');
  const wrong = await c.call('PUT', '/password', { current: 'khong-dung-mat-khau', new: 'mat-khau-moi-67890' });
  assert.ok([401, 403, 422].includes(wrong.status), `wrong current password refused: ${wrong.status}`);
  assertError(await c.call('PUT', '/password', { current: 'mat-khau-cu-12345', new: 'ngan' }), 422, 'invalid_argument');
  assert.equal((await c.call('PUT', '/password', { current: 1, new: 2 })).status, 400);
  await c.ok('PUT', '/password', { current: 'mat-khau-cu-12345', new: 'mat-khau-moi-67890' });
  await new AdminClient(srv.url).signIn('doimatkhau', 'mat-khau-cu-12345', { expect: 401 });
  await new AdminClient(srv.url).signIn('doimatkhau', 'mat-khau-moi-67890');
});

test('sessions expire after --session-idle and --session-absolute', async () => {
  const admin = [{ username: 'quantri', role: 'admin', password: pw.quantri }];
  const [idleSrv, absSrv] = await Promise.all([
    startAdminServer({ extraArgs: ['--session-idle', '2'], users: admin }),
    startAdminServer({ extraArgs: ['--session-idle', '100', '--session-absolute', '3'], users: admin }),
  ]);
  // Times are kept in whole seconds, so each wait leaves a second of slack.
  const at = (started, ms) => sleep(Math.max(0, started + ms - Date.now()));
  try {
    // Idle: a session unused for 3 s is over.
    const idle = new AdminClient(idleSrv.url);
    await idle.signIn('quantri', pw.quantri);
    assert.equal((await idle.call('GET', '/session')).status, 200);
    await sleep(3200);
    assertError(await idle.call('GET', '/session'), 401, 'unauthenticated');
    assertError(await idle.call('POST', '/articles', { title: 'Sau khi hết hạn', section_slug: kSeedSection }), 401, 'unauthenticated');

    // Absolute: in use, but over 3 s after sign-in.
    const long = new AdminClient(absSrv.url);
    await long.signIn('quantri', pw.quantri);
    const started = Date.now();
    await at(started, 1000);
    assert.equal((await long.call('GET', '/session')).status, 200, 'before the absolute limit');
    await at(started, 4200);
    assertError(await long.call('GET', '/session'), 401, 'unauthenticated');
  } finally {
    await Promise.all([idleSrv.stop(), absSrv.stop()]);
  }
});
