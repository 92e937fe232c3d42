// Who may do what, through the Admin API: role × own/other section × every action. Each
// refusal must be a 403 that leaves the stored data as it was (an administrator's view of
// it before and after is compared); each allowed action must succeed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AdminClient, assertError, cliToken, startAdminServer } from './admin_client.mjs';

let srv;
let admin, editor, reporter;  // clients with Bearer tokens
const ids = {};  // section ids A and B; user ids

before(async () => {
  srv = await startAdminServer({ users: [{ username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-1' }] });
  admin = new AdminClient(srv.url, { bearer: cliToken(srv.data, 'quantri') });
  ids.A = (await admin.ok('POST', '/sections', { name: 'Phường A', slug: 'phuong-a' }, 201)).id;
  ids.B = (await admin.ok('POST', '/sections', { name: 'Phường B', slug: 'phuong-b' }, 201)).id;
  const makeUser = async (username, role) => {
    const u = await admin.ok('POST', '/users', { username, password: `mat-khau-${username}-1`, role, section_ids: [ids.A] }, 201);
    assert.deepEqual(u.section_ids, [ids.A]);
    const { token } = await admin.ok('POST', `/users/${u.id}/tokens`, { name: 'thử' }, 201);
    return { id: u.id, client: new AdminClient(srv.url, { bearer: token }) };
  };
  const e = await makeUser('bientap-a', 'editor');
  const r = await makeUser('phongvien-a', 'reporter');
  editor = e.client; ids.editor = e.id;
  reporter = r.client; ids.reporter = r.id;
  ids.admin = (await admin.ok('GET', '/session')).user.id;
});
after(async () => { await srv?.stop(); });

let serial = 0;
// A new article in `section` ('A' or 'B') written by `author`, brought to `status`.
async function fixture(author, section, status) {
  const a = await author.ok('POST', '/articles', {
    title: `Bài thử quyền số ${++serial}`,
    lead: 'Tin ngắn để thử quyền.',
    body_html: '<p>Nội dung thử.</p>',
    section_id: ids[section],
  }, 201);
  if (status === 'submitted') await author.ok('POST', `/articles/${a.id}/transitions`, { to: 'submitted' });
  if (status === 'published') await admin.ok('POST', `/articles/${a.id}/transitions`, { to: 'published' });
  return a.id;
}

// What an administrator sees of an article: the article and its revisions.
async function snapshot(id) {
  return {
    article: await admin.ok('GET', `/articles/${id}`),
    revisions: await admin.ok('GET', `/articles/${id}/revisions`),
  };
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
// Each action: the state its fixture must be in, the call, and the status it leads to.
const actions = {
  read: { from: 'draft', call: (c, id) => c.call('GET', `/articles/${id}`) },
  revisions: { from: 'draft', call: (c, id) => c.call('GET', `/articles/${id}/revisions`) },
  edit: { from: 'draft', call: (c, id) => c.call('PATCH', `/articles/${id}`, { title: 'Tiêu đề đã sửa' }) },
  submit: { from: 'draft', to: 'submitted', call: (c, id) => c.call('POST', `/articles/${id}/transitions`, { to: 'submitted' }) },
  return: { from: 'submitted', to: 'returned', call: (c, id) => c.call('POST', `/articles/${id}/transitions`, { to: 'returned', comment: 'Cần bổ sung số liệu.' }) },
  schedule: { from: 'submitted', to: 'scheduled', call: (c, id) => c.call('POST', `/articles/${id}/transitions`, { to: 'scheduled', at: inAnHour() }) },
  publish: { from: 'submitted', to: 'published', call: (c, id) => c.call('POST', `/articles/${id}/transitions`, { to: 'published' }) },
  unpublish: { from: 'published', to: 'unpublished', call: (c, id) => c.call('POST', `/articles/${id}/transitions`, { to: 'unpublished' }) },
  editSubmitted: { from: 'submitted', call: (c, id) => c.call('PATCH', `/articles/${id}`, { lead: 'Sửa sau khi gửi.' }) },
  moveToB: { from: 'draft', call: (c, id) => c.call('PATCH', `/articles/${id}`, { section_id: ids.B }) },
};

// The rules of the issue (domain/workflow.h), written out independently.
function allowed(role, fx, action) {
  const editorOrAdmin = role !== 'reporter';
  const inSection = role === 'admin' || fx.section === 'A';
  if (!inSection) return false;
  switch (action) {
    case 'read': case 'revisions': return editorOrAdmin || fx.own;
    case 'edit': case 'submit': return editorOrAdmin || fx.own;
    case 'editSubmitted': return editorOrAdmin;
    case 'moveToB': return role === 'admin';  // the target section must be the actor's too
    default: return editorOrAdmin;  // return, schedule, publish, unpublish
  }
}

async function runMatrix(role, client, fixtures) {
  const failures = [];
  let checked = 0;
  for (const fx of fixtures) {
    for (const [name, action] of Object.entries(actions)) {
      const id = await fixture(fx.author(), fx.section, action.from);
      const before = await snapshot(id);
      const res = await action.call(client, id);
      const should = allowed(role, fx, name);
      const where = `${role} ${name} on ${fx.label} (article ${id}, ${action.from})`;
      checked++;
      if (should) {
        if (res.status !== 200) failures.push(`${where}: expected 200, got ${res.status} ${JSON.stringify(res.body)}`);
        else if (action.to && res.body.status !== action.to) failures.push(`${where}: status ${res.body.status}, expected ${action.to}`);
      } else {
        if (res.status !== 403 || res.body?.error?.code !== 'forbidden') {
          failures.push(`${where}: expected 403, got ${res.status} ${JSON.stringify(res.body)}`);
        }
        const after = await snapshot(id);
        try { assert.deepEqual(after, before); } catch { failures.push(`${where}: data changed after a refusal`); }
      }
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${checked} cases wrong:\n${failures.join('\n')}`);
}

test('reporter of A: own drafts in A only; never returns, schedules, publishes or unpublishes', async () => {
  await runMatrix('reporter', reporter, [
    { label: 'own article in A', section: 'A', own: true, author: () => reporter },
    { label: "another's article in A", section: 'A', own: false, author: () => editor },
    { label: 'article in B', section: 'B', own: false, author: () => admin },
  ]);
});

test('editor of A: every article of A, nothing in B', async () => {
  await runMatrix('editor', editor, [
    { label: "a reporter's article in A", section: 'A', own: false, author: () => reporter },
    { label: 'article in B', section: 'B', own: false, author: () => admin },
  ]);
});

test('admin: everything everywhere', async () => {
  await runMatrix('admin', admin, [
    { label: "a reporter's article in A", section: 'A', own: false, author: () => reporter },
    { label: 'article in B', section: 'B', own: false, author: () => admin },
  ]);
});

test('listings hide what an account may not see; nobody writes into a section not theirs', async () => {
  const draftB = await fixture(admin, 'B', 'draft');
  const draftAOther = await fixture(editor, 'A', 'draft');
  const draftAOwn = await fixture(reporter, 'A', 'draft');
  const listIds = async (c, q = '') => (await c.ok('GET', `/articles${q}`)).items.map((a) => a.id);

  const reporterSees = await listIds(reporter);
  assert.ok(reporterSees.includes(draftAOwn));
  assert.ok(!reporterSees.includes(draftB), "a reporter of A does not list B's drafts");
  assert.ok(!reporterSees.includes(draftAOther), "nor others' drafts");
  const reporterInB = await reporter.call('GET', `/articles?section_id=${ids.B}`);
  assert.ok([200, 403].includes(reporterInB.status));
  if (reporterInB.status === 200) assert.deepEqual(reporterInB.body.items, []);
  const editorSees = await listIds(editor);
  assert.ok(editorSees.includes(draftAOwn) && editorSees.includes(draftAOther));
  assert.ok(!editorSees.includes(draftB));
  assert.ok((await listIds(admin, `?section_id=${ids.B}`)).includes(draftB));

  const countB = async () => (await admin.ok('GET', `/articles?section_id=${ids.B}`)).total;
  const before = await countB();
  for (const c of [reporter, editor]) {
    assertError(await c.call('POST', '/articles', { title: 'Viết lấn sang B', section_id: ids.B }), 403, 'forbidden');
    assertError(await c.call('POST', '/articles', { title: 'Viết lấn sang B', section_slug: 'phuong-b' }), 403, 'forbidden');
  }
  assert.equal(await countB(), before, 'nothing was created in B');
  await reporter.ok('POST', '/articles', { title: 'Bài của phóng viên trong A', section_slug: 'phuong-a' }, 201);
  await editor.ok('POST', '/articles', { title: 'Bài của biên tập viên trong A', section_id: ids.A }, 201);
  await admin.ok('POST', '/articles', { title: 'Bài của quản trị trong B', section_id: ids.B }, 201);
  assert.equal(await countB(), before + 1);
});

test('sections, accounts and the audit log are the administrator\'s alone', async () => {
  const sectionsBefore = await admin.ok('GET', '/sections');
  const usersBefore = await admin.ok('GET', '/users');
  for (const c of [reporter, editor]) {
    assertError(await c.call('POST', '/sections', { name: 'Phường C', slug: 'phuong-c' }), 403, 'forbidden');
    assertError(await c.call('PATCH', `/sections/${ids.A}`, { name: 'Đổi tên' }), 403, 'forbidden');
    assertError(await c.call('GET', '/users'), 403, 'forbidden');
    assertError(await c.call('POST', '/users', { username: 'ke-gian', password: 'mat-khau-ke-gian-1', role: 'admin' }), 403, 'forbidden');
    assertError(await c.call('PATCH', `/users/${ids.reporter}`, { role: 'admin' }), 403, 'forbidden');
    assertError(await c.call('PATCH', `/users/${ids.editor}`, { section_ids: [ids.A, ids.B] }), 403, 'forbidden');
    assertError(await c.call('PATCH', `/users/${ids.admin}`, { disabled: true }), 403, 'forbidden');
    assertError(await c.call('POST', `/users/${ids.admin}/tokens`, {}), 403, 'forbidden');
    assertError(await c.call('GET', '/audit'), 403, 'forbidden');
  }
  assert.deepEqual(await admin.ok('GET', '/sections'), sectionsBefore);
  assert.deepEqual(await admin.ok('GET', '/users'), usersBefore);
  // Anyone may make an API token for their own account.
  await reporter.ok('POST', `/users/${ids.reporter}/tokens`, { name: 'của tôi' }, 201);

  // The administrator may.
  const c = await admin.ok('POST', '/sections', { name: 'Phường C', slug: 'phuong-c' }, 201);
  const renamed = await admin.ok('PATCH', `/sections/${c.id}`, { name: 'Phường C mới' });
  assert.equal(renamed.name, 'Phường C mới');
  assert.equal(renamed.slug, 'phuong-c');
  const u = await admin.ok('POST', '/users', { username: 'phongvien-c', password: 'mat-khau-phong-vien-c', role: 'reporter', sections: ['phuong-c'] }, 201);
  assert.deepEqual(u.section_ids, [c.id]);
  const promoted = await admin.ok('PATCH', `/users/${u.id}`, { role: 'editor', section_ids: [c.id, ids.B] });
  assert.equal(promoted.role, 'editor');
  assert.deepEqual([...promoted.section_ids].sort(), [c.id, ids.B].sort());
  const audit = await admin.ok('GET', '/audit?action=user.');
  assert.ok(audit.items.some((e) => e.action === 'user.updated' && e.target === `user:${u.id}`), JSON.stringify(audit.items.slice(0, 3)));
  assert.ok((await admin.ok('GET', '/audit?action=section.')).items.some((e) => e.target === `section:${c.id}`));
  // Disabling an account locks it out at once, tokens included.
  const victim = await admin.ok('POST', `/users/${u.id}/tokens`, {}, 201);
  const victimClient = new AdminClient(srv.url, { bearer: victim.token });
  assert.equal((await victimClient.call('GET', '/session')).status, 200);
  await admin.ok('PATCH', `/users/${u.id}`, { disabled: true });
  assert.ok([401, 403].includes((await victimClient.call('GET', '/articles')).status));
});
