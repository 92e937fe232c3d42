// Re-importing an export (`toasoan import`, same file name) against a running newsroom:
// it never changes the article's status, it leaves an article edited in the newsroom
// alone and says so per file (the rest of the batch still goes in, exit 1), and
// --force overwrites the edit deliberately, keeping the newsroom's text as a revision.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kAdmin, kEditor, signedInClient, startAdminServer } from './admin_client.mjs';
import { writeArticleFiles } from './article_files.mjs';
import { seedFile, toasoan } from './server.mjs';

const users = [kAdmin, kEditor];
let srv;
let dir;
let article;  // the seed article as the Admin API shows it
before(async () => {
  srv = await startAdminServer({ users });
  dir = mkdtempSync(path.join(tmpdir(), 'toasoan-reimport-'));
  const editor = await signedInClient(srv.url, users, kEditor.username);
  const list = await editor.ok('GET', '/articles');
  assert.equal(list.items.length, 1);
  article = await editor.ok('GET', `/articles/${list.items[0].id}`);
});
after(async () => {
  await srv?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// The seed export under its own name (its import key), with `from` replaced by `to`.
function seedVariant(from, to) {
  const file = path.join(dir, path.basename(seedFile));
  const text = readFileSync(seedFile, 'utf8');
  assert.ok(text.includes(from), from);
  writeFileSync(file, text.replaceAll(from, to));
  return file;
}

const importFiles = (...args) => toasoan(['import', '--data', srv.data, ...args]);

// The public answer for the article, following a slug change's redirect.
async function publicStatus(id) {
  const editor = await signedInClient(srv.url, users, kEditor.username);
  const a = await editor.ok('GET', `/articles/${id}`);
  const section = (await editor.ok('GET', '/sections')).items?.find((s) => s.id === a.section_id)
    ?? { slug: 'quan-uy-huyen-uy' };
  return (await fetch(`${srv.url}/${section.slug}/${a.slug}-${id}`)).status;
}

test('the same file again changes nothing', () => {
  const r = importFiles(seedFile);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^unchanged http:\/\/\S+-\d+$/m);
});

test('an article unpublished in the newsroom stays unpublished (410) after a re-import', async () => {
  const editor = await signedInClient(srv.url, users, kEditor.username);
  const moved = await editor.ok('POST', `/articles/${article.id}/transitions`, { to: 'unpublished' });
  assert.equal(moved.status, 'unpublished');
  assert.equal(await publicStatus(article.id), 410);

  const r = importFiles(seedVariant('Họp mặt kỷ niệm 90 năm', 'Gặp mặt kỷ niệm 90 năm'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^updated /m, 'an unpublish is no text edit: the text is updated');
  const after = await editor.ok('GET', `/articles/${article.id}`);
  assert.equal(after.status, 'unpublished');
  assert.match(after.title, /Gặp mặt kỷ niệm 90 năm/);
  assert.equal(await publicStatus(article.id), 410);
});

test('a newsroom edit is kept and the skip reported; the rest of the batch goes in', async () => {
  const editor = await signedInClient(srv.url, users, kEditor.username);
  const kLead = 'Sapo do biên tập viên viết lại trong tòa soạn.';
  await editor.ok('PATCH', `/articles/${article.id}`, { lead: kLead });

  const edited = seedVariant('Họp mặt kỷ niệm 90 năm', 'Họp mặt mừng 90 năm');
  const [other] = writeArticleFiles([{
    name: 'bai-moi', section: 'KINH TẾ', title: 'Khởi công cầu mới bắc qua sông Hậu',
    date: new Date(Date.UTC(2020, 9, 21, 1, 0)), lead: 'Cây cầu dài 1,2 km.', body: ['Đoạn.'],
  }]);
  try {
    const r = importFiles(edited, other);
    assert.equal(r.status, 1, 'a skipped file is a partial failure');
    assert.ok(r.stderr.includes(`${edited}: bỏ qua: bài viết đã được sửa trong tòa soạn`), r.stderr);
    assert.match(r.stderr, /--force/);
    assert.match(r.stdout, /^created http:\/\/\S+\/kinh-te\/khoi-cong-cau-moi-\S+$/m);
    assert.doesNotMatch(r.stdout, /o-mon-thoi-lai/, 'no line for the skipped file on stdout');
  } finally {
    rmSync(path.dirname(other), { recursive: true, force: true });
  }
  const kept = await editor.ok('GET', `/articles/${article.id}`);
  assert.equal(kept.lead, kLead);
  assert.match(kept.title, /Gặp mặt kỷ niệm 90 năm/, 'the skipped file changed nothing');
  assert.equal(kept.status, 'unpublished');
});

test('--force: the imported text wins, the newsroom edit is a revision, the status stays', async () => {
  const editor = await signedInClient(srv.url, users, kEditor.username);
  const before = await editor.ok('GET', `/articles/${article.id}`);
  const r = importFiles('--force', seedVariant('Họp mặt kỷ niệm 90 năm', 'Họp mặt mừng 90 năm'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^overwritten http:\/\/\S+-\d+$/m);
  assert.match(r.stderr, /ghi đè/);

  const now = await editor.ok('GET', `/articles/${article.id}`);
  assert.match(now.title, /Họp mặt mừng 90 năm/);
  assert.equal(now.lead, article.lead, 'the export\'s lead is back');
  assert.equal(now.status, 'unpublished');
  assert.equal(await publicStatus(article.id), 410);

  const revisions = (await editor.ok('GET', `/articles/${article.id}/revisions`)).items;
  const saved = revisions.filter((v) => v.note.includes('--force'));
  assert.equal(saved.length, 2, JSON.stringify(revisions));
  const previous = await editor.ok('GET', `/articles/${article.id}/revisions/${saved[0].id}`);
  assert.equal(previous.lead, before.lead, 'the newsroom\'s text is kept');
  assert.equal(previous.title, before.title);

  const admin = await signedInClient(srv.url, users, kAdmin.username);
  const audit = (await admin.ok('GET', '/audit?action=article.import_forced')).items;
  assert.deepEqual(audit.map((e) => e.target), [`article:${article.id}`]);

  // The article is the import's again: the next re-import updates it.
  const again = importFiles(seedVariant('Họp mặt kỷ niệm 90 năm', 'Họp mặt chào 90 năm'));
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /^updated /m);
});
