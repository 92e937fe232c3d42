// Proofreading through the Admin API: the warnings of a stored article and of unsaved
// text, dismissing one for an article (kept in the database), who may do what, and
// that a warning never stops a save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, addUser, assertError, kSeedSection, startAdminServer } from './admin_client.mjs';

const users = [
  { username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-1' },
  { username: 'bientap', role: 'editor', sections: [kSeedSection], password: 'mat-khau-bien-tap-1' },
  { username: 'phongvien', role: 'reporter', sections: [kSeedSection], password: 'mat-khau-phong-vien-1' },
];
const pw = Object.fromEntries(users.map((u) => [u.username, u.password]));
const kOutsider = { username: 'phongvienkhac', role: 'reporter', sections: ['phuong-khac'], password: 'mat-khau-phong-vien-2' };
pw[kOutsider.username] = kOutsider.password;

// "Ô Môn" three times, "Ơ Môn" once, in the third paragraph.
const kBody = '<p>Quận ủy Ô Môn họp phiên thường kỳ.</p><p>Nhân dân quận Ô Môn phấn khởi.</p>' +
  '<p>Bí thư Quận ủy Ơ Môn phát biểu.</p><p>Đường về Ô Môn đã thông xe.</p>';

let srv;
let article;
before(async () => {
  srv = await startAdminServer({ users });
  const admin = await signedIn('quantri');
  await admin.ok('POST', '/sections', { name: 'Phường Khác', slug: 'phuong-khac' }, 201);
  addUser(srv.data, kOutsider);
  const reporter = await signedIn('phongvien');
  article = await reporter.ok('POST', '/articles', {
    title: 'Ô Môn ra quân dọn vệ sinh', lead: 'Sapo của bài.', body_html: kBody, section_slug: kSeedSection,
  }, 201);
});
after(async () => { await srv?.stop(); });

async function signedIn(username) {
  const c = new AdminClient(srv.url);
  await c.signIn(username, pw[username]);
  return c;
}

const nameWarnings = (body) => body.warnings.filter((w) => w.rule === 'name-spelling');

test('an article with Ô Môn 3× and Ơ Môn 1× has the name warning, with its place and fix', async () => {
  const reporter = await signedIn('phongvien');
  const body = await reporter.ok('GET', `/articles/${article.id}/proofread`);
  const names = nameWarnings(body);
  assert.equal(names.length, 1, JSON.stringify(body));
  const w = names[0];
  assert.equal(w.found, 'Ơ Môn');
  assert.equal(w.fix, 'Ô Môn');
  assert.equal(w.field, 'body');
  assert.equal(w.paragraph, 2);
  const line = 'Bí thư Quận ủy Ơ Môn phát biểu.';
  assert.equal(w.utf16_offset, line.indexOf('Ơ Môn'));
  assert.equal(w.utf16_length, 'Ơ Môn'.length);
  assert.equal(Buffer.from(line).subarray(w.offset, w.offset + w.length).toString(), 'Ơ Môn');
  assert.equal(w.key, 'name-spelling|body|2|Ơ Môn');
  assert.match(w.message, /Ô Môn/);
  for (const k of ['rule', 'field', 'paragraph', 'offset', 'length', 'utf16_offset', 'utf16_length', 'found', 'fix', 'message', 'key']) {
    assert.ok(k in w, `warning has ${k}`);
  }
});

test('unsaved text is proofread too, with the article\'s dismissals when it names one', async () => {
  const reporter = await signedIn('phongvien');
  const body = await reporter.ok('POST', '/proofread', { title: 'Hai  dấu cách', lead: '', body_html: kBody });
  assert.equal(nameWarnings(body).length, 1);
  const space = body.warnings.find((w) => w.rule === 'double-space');
  assert.ok(space, JSON.stringify(body));
  assert.equal(space.field, 'title');
  assert.equal(space.fix, ' ');
  assertError(await reporter.call('POST', '/proofread', { title: 12 }), 400, 'bad_request');
  assertError(await reporter.call('POST', '/proofread', { title: 'x' }, { csrf: false }), 403, 'forbidden');
  const anonymous = new AdminClient(srv.url);
  assertError(await anonymous.call('POST', '/proofread', { title: 'x' }), 401, 'unauthenticated');
});

test('a dismissed warning is gone, stays gone after a reload, and comes back when restored', async () => {
  const reporter = await signedIn('phongvien');
  const key = 'name-spelling|body|2|Ơ Môn';
  assertError(await reporter.call('POST', `/articles/${article.id}/proofread/dismissed`, { key }, { csrf: false }), 403, 'forbidden');
  assertError(await reporter.call('POST', `/articles/${article.id}/proofread/dismissed`, { key: 'khong-hop-le' }), 422, 'invalid_argument');
  assertError(await reporter.call('POST', `/articles/${article.id}/proofread/dismissed`, {}), 422, 'invalid_argument');
  const done = await reporter.ok('POST', `/articles/${article.id}/proofread/dismissed`, { key });
  assert.deepEqual(done, { key, dismissed: true });
  assert.equal(nameWarnings(await reporter.ok('GET', `/articles/${article.id}/proofread`)).length, 0);
  // Another session (a reload of the page, another editor) sees it dismissed too.
  const editor = await signedIn('bientap');
  assert.equal(nameWarnings(await editor.ok('GET', `/articles/${article.id}/proofread`)).length, 0);
  const unsaved = await editor.ok('POST', '/proofread', { title: article.title, lead: article.lead, body_html: kBody, article_id: article.id });
  assert.equal(nameWarnings(unsaved).length, 0);

  await editor.ok('DELETE', `/articles/${article.id}/proofread/dismissed`, { key });
  assert.equal(nameWarnings(await reporter.ok('GET', `/articles/${article.id}/proofread`)).length, 1);
  await reporter.ok('POST', `/articles/${article.id}/proofread/dismissed`, { key });
  assert.equal(nameWarnings(await reporter.ok('GET', `/articles/${article.id}/proofread`)).length, 0);
});

test('dismissals and their undo are in the audit log with who, the article and the rule', async () => {
  const admin = await signedIn('quantri');
  const entries = (await admin.ok('GET', '/audit?action=proofread.')).items
    .filter((e) => e.target === `article:${article.id}`);
  // The test above dismissed, restored and dismissed again (a repeated call changes
  // nothing and is not audited).
  assert.deepEqual(entries.map((e) => `${e.action} ${e.username}`), [
    'proofread.dismissed phongvien', 'proofread.restored bientap', 'proofread.dismissed phongvien',
  ]);
  for (const e of entries) {
    assert.equal(e.detail, 'rule: name-spelling; field: body; paragraph: 2; found: Ơ Môn');
    assert.ok(!Number.isNaN(Date.parse(e.at)));
  }
  const page = await fetch(`${srv.url}/toa-soan/nhat-ky?viec=proofread.dismissed`, { headers: { cookie: admin.cookie } });
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.equal(html.match(/<td>Bỏ qua cảnh báo soát lỗi<\/td>/g)?.length, 2, 'both dismissals, labelled');
  assert.doesNotMatch(html, /Hiện lại cảnh báo soát lỗi<\/td>/);
});

test('a reporter of another section gets 403 and dismisses nothing', async () => {
  const outsider = await signedIn(kOutsider.username);
  assertError(await outsider.call('GET', `/articles/${article.id}/proofread`), 403, 'forbidden');
  assertError(await outsider.call('POST', '/proofread', { title: 'x', article_id: article.id }), 403, 'forbidden');
  assertError(await outsider.call('DELETE', `/articles/${article.id}/proofread/dismissed`, { key: 'name-spelling|body|2|Ơ Môn' }), 403, 'forbidden');
  assertError(await outsider.call('GET', '/articles/999999/proofread'), 404, 'not_found');
});

test('saving is never blocked by warnings', async () => {
  const reporter = await signedIn('phongvien');
  const created = await reporter.ok('POST', '/articles', {
    title: 'Bài  có  cảnh  báo', lead: 'Sapo (chưa đóng ngoặc.', body_html: kBody + '<p>Một đoạn.</p><p>Một đoạn.</p>', section_slug: kSeedSection,
  }, 201);
  const warnings = (await reporter.ok('GET', `/articles/${created.id}/proofread`)).warnings;
  assert.ok(warnings.some((w) => w.rule === 'name-spelling'), JSON.stringify(warnings));
  assert.ok(warnings.some((w) => w.rule === 'repeated-text'), JSON.stringify(warnings));
  const updated = await reporter.ok('PATCH', `/articles/${created.id}`, { body_html: kBody + '<p>Ơ Môn lần nữa.</p>' });
  assert.match(updated.body_html, /Ơ Môn lần nữa/);
  const moved = await reporter.ok('POST', `/articles/${created.id}/transitions`, { to: 'submitted' });
  assert.equal(moved.status, 'submitted');
  const editor = await signedIn('bientap');
  const published = await editor.ok('POST', `/articles/${created.id}/transitions`, { to: 'published' });
  assert.equal(published.status, 'published');
});
