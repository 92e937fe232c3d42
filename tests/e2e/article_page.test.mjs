import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, root } from '../integration/server.mjs';
import { launchChromium } from './browser.mjs';

let srv;
let browser;
before(async () => {
  srv = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

test('a reader on a phone opens the seed article from the home page and reads it', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(srv.url + '/');
  await page.getByRole('link', { name: /Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm/ }).first().click();
  await page.waitForURL(/\/quan-uy-huyen-uy\/o-mon-thoi-lai-/);

  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1);
  assert.equal((await h1.innerText()).trim(),
    'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng');
  const text = await page.locator('body').innerText();
  const order = ['QUẬN ỦY, HUYỆN ỦY', 'Cập nhật lúc 02:34 ngày 16/10/2020',
    'Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt', 'Ảnh: Thúy Loan, Truyền Thanh',
    'Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương', '* Tại buổi họp mặt ở huyện Thới Lai',
    'Dịp này, Ban Dân vận Trung ương', 'Hoàng Dung, Cẩm Tú', 'In bài viết'];
  let at = -1;
  for (const piece of order) {
    const i = text.indexOf(piece, at + 1);
    assert.ok(i > at, `"${piece}" is visible after the previous piece`);
    at = i;
  }
  assert.equal(text.split('Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt').length - 1, 1, 'the lead once');
  assert.ok(!text.includes('Google Bookmarks'));
  assert.ok(await page.getByRole('link', { name: /Zalo/ }).count() >= 1);
  assert.ok(await page.getByRole('link', { name: /Facebook/ }).count() >= 1);

  // Comfortable at 360 px: nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  // The self-hosted font with Vietnamese glyphs is the one in use.
  await page.evaluate(() => document.fonts.ready);
  const fontOk = await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Ồ ợ ữ đ'));
  assert.ok(fontOk, 'Be Vietnam Pro is loaded');

  const outDir = path.join(root, 'test-output');
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: path.join(outDir, 'article-360.png'), fullPage: true });
  assert.deepEqual(errors, []);

  // Print view
  await page.getByRole('link', { name: /In bài viết/ }).click();
  await page.waitForURL(/\/in$/);
  assert.equal(await page.locator('nav').count(), 0);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'the print view prints to A4');
  await page.close();
});
