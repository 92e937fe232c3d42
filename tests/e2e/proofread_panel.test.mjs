// The "Soát lỗi" panel beside the article editor (static/js/proofread.js) in Chromium:
// it lists the article's warnings in Vietnamese; "Bỏ qua" removes one for the article
// (still gone after a reload); "Sửa" puts the fix into the rich editor and the saved
// article has it. Without the rich editor the panel still lists the warnings. At 360 px
// the panel is below the editor, on a wide screen beside it. No CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import {
  startNewsroomServer, signIn, submit, kSection, watchedPage, assertNoViolations,
} from './newsroom_server.mjs';
import { AdminClient } from '../integration/admin_client.mjs';
import { root } from '../integration/server.mjs';

const reporter = { username: 'phongvien', role: 'reporter', sections: [kSection],
  password: 'mat-khau-phong-vien-2026', displayName: 'Trần Thị Thu' };

const kRepeated = 'Người dân phấn khởi đón cầu mới.';
const kBody = '<p>Quận ủy Ô Môn họp phiên thường kỳ.</p><p>Nhân dân quận Ô Môn phấn khởi.</p>' +
  '<p>Bí thư Quận ủy Ơ Môn phát biểu.</p><p>Đường về Ô Môn đã thông xe.</p>' +
  `<p>${kRepeated}</p><p>${kRepeated}</p>`;

let srv;
let browser;
let article;
before(async () => {
  assert.ok(existsSync(path.join(root, 'static/js/editor.js')),
    'static/js/editor.js is built (node scripts/build-editor.mjs, run by scripts/bootstrap)');
  srv = await startNewsroomServer([reporter]);
  browser = await launchChromium();
  const api = new AdminClient(srv.url);
  await api.signIn(reporter.username, reporter.password);
  article = await api.ok('POST', '/articles', {
    title: 'Ô Môn thông xe cầu mới', lead: 'Sapo của bài.', body_html: kBody, section_slug: kSection,
  }, 201);
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

const panel = (page) => page.locator('.nr-proofread');
const item = (page, rule) => panel(page).locator(`li[data-rule="${rule}"]`);

test('the panel lists the warnings; "Bỏ qua" dismisses one for good; "Sửa" fixes the text', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await watchedPage(ctx);
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.goto(`${srv.url}/toa-soan/bai-viet/${article.id}`);
  await page.locator('.ed-content').waitFor();

  await assert.doesNotReject(panel(page).getByRole('heading', { name: 'Soát lỗi' }).waitFor());
  const name = item(page, 'name-spelling');
  await name.waitFor();
  assert.equal(await name.count(), 1);
  assert.match(await name.innerText(), /Nội dung, đoạn 3/);
  assert.equal(await name.locator('.nr-proofread__found').innerText(), 'Ơ Môn');
  assert.equal(await name.locator('.nr-proofread__fix').innerText(), 'Ô Môn');
  const repeated = item(page, 'repeated-text');
  assert.equal(await repeated.count(), 1);
  assert.match(await repeated.locator('.nr-proofread__message').innerText(), /[ạảãắằẳẵặấầẩẫậđẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);

  // Beside the editor on a wide screen.
  const formBox = await page.locator('form.nr-article-form').boundingBox();
  const panelBox = await panel(page).boundingBox();
  assert.ok(panelBox.x >= formBox.x + formBox.width - 1, `panel beside the form: ${JSON.stringify({ formBox, panelBox })}`);

  // "Bỏ qua": gone at once, and after a reload.
  await repeated.getByRole('button', { name: /Bỏ qua/ }).click();
  await repeated.waitFor({ state: 'detached' });
  await page.reload();
  await item(page, 'name-spelling').waitFor();
  assert.equal(await item(page, 'repeated-text').count(), 0, 'still dismissed after a reload');

  // "Sửa": the fix goes into the editor and the form's body.
  await page.locator('.ed-content').waitFor();
  const recheck = page.waitForResponse((r) => r.url().endsWith('/api/v1/admin/proofread') &&
    r.request().method() === 'POST', { timeout: 15000 });
  await item(page, 'name-spelling').getByRole('button', { name: /^Sửa/ }).click();
  await item(page, 'name-spelling').waitFor({ state: 'detached' });
  assert.match(await page.locator('.ed-content').innerText(), /Bí thư Quận ủy Ô Môn phát biểu\./);
  assert.match(await page.locator('textarea[name="body_html"]').inputValue(), /Bí thư Quận ủy Ô Môn phát biểu\./);
  // The edited text is checked again a few seconds later: nothing more about the name,
  // and the dismissal holds for the unsaved text too.
  const again = await (await recheck).json();
  assert.equal(again.warnings.filter((w) => w.rule === 'name-spelling').length, 0, JSON.stringify(again));
  assert.equal(again.warnings.filter((w) => w.rule === 'repeated-text').length, 0, JSON.stringify(again));
  await page.waitForFunction(() => document.querySelector('[data-proofread-status]')?.dataset.state !== 'busy');
  assert.equal(await item(page, 'name-spelling').count(), 0);

  // Saving is never held back; the saved body has the fix.
  const res = await submit(page, page.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 200);
  const stored = await (await page.request.get(`${srv.url}/api/v1/admin/articles/${article.id}`)).json();
  assert.match(stored.body_html, /Bí thư Quận ủy Ô Môn phát biểu\./);
  assert.doesNotMatch(stored.body_html, /Ơ Môn/);
  await assertNoViolations(page, errors);
  await ctx.close();
});

test('without the rich editor the panel still lists the warnings, below the form at 360 px', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const { page, errors } = await watchedPage(ctx);
  await page.route('**/static/js/editor.js', (route) => route.abort());
  await signIn(page, srv.url, reporter.username, reporter.password);
  // A fresh warning to list: a title spelt with two spaces, typed into the form.
  await page.goto(`${srv.url}/toa-soan/bai-viet/${article.id}`);
  const status = page.locator('[data-proofread-status]');
  await page.waitForFunction(() => document.querySelector('[data-proofread-status]')?.dataset.state === 'clean' ||
    document.querySelector('[data-proofread-status]')?.dataset.state === 'warnings');
  await page.locator('#tieu-de').fill('Ô Môn thông  xe cầu mới');
  const space = item(page, 'double-space');
  await space.waitFor({ timeout: 10000 });
  assert.match(await space.innerText(), /Tiêu đề/);
  assert.match(await status.innerText(), /cảnh báo/);
  // Title fixes work without the editor.
  await space.getByRole('button', { name: /^Sửa/ }).click();
  assert.equal(await page.locator('#tieu-de').inputValue(), 'Ô Môn thông xe cầu mới');

  const formBox = await page.locator('form.nr-article-form').boundingBox();
  const panelBox = await panel(page).boundingBox();
  assert.ok(panelBox.y >= formBox.y + formBox.height - 1, `panel below the form: ${JSON.stringify({ formBox, panelBox })}`);
  assert.ok(panelBox.width <= 360, 'no sideways scrolling');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.ok(errors.every((e) => /editor\.js|ERR_FAILED/.test(e)), `only the blocked editor fails: ${errors}`);
  await ctx.close();
});
