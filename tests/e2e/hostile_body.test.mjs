// An article body full of script is saved through the newsroom's form and published; the
// public page runs none of it in Chromium, and the stored body keeps none of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './browser.mjs';
import { startNewsroomServer, signIn, submit, collectErrors, bodySource, kSection } from './newsroom_server.mjs';

const editor = { username: 'bientap', role: 'editor', sections: [kSection],
  password: 'mat-khau-bien-tap-2026' };

// Each payload, if it ran, would set window.__pwned or open a dialog.
const kHostile = [
  '<p>Đoạn mở đầu an toàn.</p>',
  '<script>window.__pwned = "script"; alert("script")</script>',
  '<p><img src="/media/khong-co.jpg" onerror="window.__pwned=\'onerror\';alert(1)" alt="ảnh"></p>',
  '<img src=x onerror=alert(2)>',
  '<p><a href="javascript:window.__pwned=\'js-link\';alert(3)">Liên kết một</a></p>',
  '<p><a href=" JaVaScRiPt:alert(4)">Liên kết hai</a></p>',
  '<p><a href="jav&#x09;ascript:alert(5)">Liên kết ba</a></p>',
  '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<svg onload="window.__pwned=\'svg\';alert(6)"><circle r="4"></circle></svg>',
  '<style>body{display:none} .article__body{background:url(javascript:alert(7))}</style>',
  '<p onclick="alert(8)" onmouseover="window.__pwned=\'hover\'">Đoạn cuối vẫn còn nguyên.</p>',
].join('\n');
const kTitle = 'Bài thử nội dung độc hại';
const kForbidden = ['<script', 'onerror', 'javascript:', '<iframe', '<svg', 'onload', '<style',
  'onclick', 'onmouseover', 'alert('];

let srv;
let browser;
before(async () => {
  srv = await startNewsroomServer([editor]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

test('a hostile body is published through the newsroom and runs nothing', async () => {
  const ctx = await browser.newContext();
  const ep = await ctx.newPage();
  await signIn(ep, srv.url, editor.username, editor.password);
  await ep.goto(srv.url + '/toa-soan/bai-viet/moi');
  await ep.getByLabel('Tiêu đề').fill(kTitle);
  await ep.getByLabel('Sapo (đoạn dẫn)').fill('<b onmouseover="alert(9)">Sapo</b> có thẻ lạ.');
  // Typed as HTML source, so the server's sanitizer meets the payload as sent.
  await (await bodySource(ep)).fill(kHostile);
  const saved = await submit(ep, ep.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(saved.status(), 200);
  const id = ep.url().match(/\/toa-soan\/bai-viet\/(\d+)\?/)[1];
  // The newsroom's own form shows the cleaned body, not the payload.
  const editing = await ep.locator('textarea[name="body_html"]').inputValue();
  for (const bad of kForbidden) assert.ok(!editing.toLowerCase().includes(bad), `form keeps ${bad}`);
  await submit(ep, ep.getByRole('button', { name: 'Đăng ngay' }));
  assert.match(await ep.locator('.nr-state').innerText(), /Đã đăng/);
  const publicPath = await ep.getByRole('link', { name: 'Xem trên trang tin' }).getAttribute('href');

  // The stored body, as the content API gives it.
  const api = await fetch(`${srv.url}/api/v1/articles/${id}`);
  assert.equal(api.status, 200);
  const json = await api.json();
  const stored = `${json.title}\n${json.lead}\n${json.body_html}`.toLowerCase();
  for (const bad of kForbidden) assert.ok(!stored.includes(bad), `stored article keeps ${bad}`);
  assert.ok(json.body_html.includes('Đoạn mở đầu an toàn.'), 'safe text stays');
  assert.ok(json.body_html.includes('Đoạn cuối vẫn còn nguyên.'), 'safe text stays');

  // A reader's browser with a trap for dialogs and a flag the payloads would set.
  const reader = await browser.newContext();
  const page = await reader.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const errors = collectErrors(page);
  await page.addInitScript(() => { window.__pwned = undefined; });
  const res = await page.goto(srv.url + publicPath);
  assert.equal(res.status(), 200);
  assert.equal((await page.locator('h1').innerText()).trim(), kTitle);
  const body = page.locator('.article__body');
  await body.getByText('Đoạn cuối vẫn còn nguyên.').hover();
  for (const name of ['Liên kết một', 'Liên kết hai', 'Liên kết ba']) {
    const link = body.getByText(name);
    if (await link.count()) await link.first().click({ noWaitAfter: true }).catch(() => {});
  }
  await page.waitForTimeout(500);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(new URL(page.url()).pathname, publicPath, 'no link navigated away');
  const dom = await body.evaluate((el) => ({
    scripts: el.querySelectorAll('script, iframe, svg, style, object, embed').length,
    handlers: [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes])
      .filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)).length,
  }));
  assert.deepEqual(dom, { scripts: 0, handlers: 0 });
  assert.ok(await page.getByText('Đoạn cuối vẫn còn nguyên.').isVisible(), 'no <style> hid the page');
  // A missing photo's 404 is expected; a script error or a CSP refusal is not.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await Promise.all([ctx.close(), reader.close()]);
});
