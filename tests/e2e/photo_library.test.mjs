// The photo library page in Chromium on a phone-sized screen: a reporter picks several
// files at once, each gets its own progress bar and outcome (a photo stored, an HTML file
// named .jpg refused with its message), the new photo is listed with the caption from its
// XMP, and its caption is edited in place. No CSP violation or script error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { startNewsroomServer, signIn, collectErrors, kSection } from './newsroom_server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const reporter = { username: 'phongvien', role: 'reporter', sections: [kSection],
  password: 'mat-khau-phong-vien-2026', displayName: 'Trần Thị Thu' };

let srv;
let browser;
before(async () => {
  srv = await startNewsroomServer([reporter]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

// tests/data/media/phone.jpg with an XMP caption (an APP1 segment after SOI).
function phoneWithCaption(caption) {
  const jpeg = readFileSync(path.join(root, 'tests/data/media/phone.jpg'));
  const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>' +
    `<rdf:li xml:lang="x-default">${caption}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
  const payload = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmp, 'utf8')]);
  const header = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

test('many files at once, a progress bar and an outcome each; captions edited in place', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.getByRole('link', { name: 'Thư viện ảnh' }).click();
  await page.waitForURL((u) => u.pathname === '/toa-soan/anh');
  assert.equal(await page.locator('h1').textContent(), 'Thư viện ảnh');

  await page.getByLabel(/Chọn một hoặc nhiều ảnh/).setInputFiles([
    { name: 'le-ra-quan.jpg', mimeType: 'image/jpeg', buffer: phoneWithCaption('Lễ ra quân ở Ô Môn') },
    { name: 'trang-web.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><html><body>không phải ảnh</body></html>') },
  ]);
  await page.getByRole('button', { name: 'Tải lên' }).click();
  const rows = page.locator('.pl-progress__item');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.pl-progress__item')].filter((li) =>
      li.classList.contains('pl-progress__item--done') || li.classList.contains('pl-progress__item--failed')).length === 2);
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.nth(0).locator('progress').count(), 1);
  assert.match(await rows.nth(0).textContent(), /le-ra-quan\.jpg.*Đã tải lên\./);
  const bar = rows.nth(0).locator('progress');
  assert.equal(await bar.evaluate((p) => p.value === p.max && p.max > 1000), true, 'the bar is full');
  assert.match(await rows.nth(1).textContent(), /trang-web\.jpg.*Tệp này là trang web \(HTML\), không phải ảnh\./);

  // The library lists the stored photo with the caption from its XMP; edit it in place.
  await page.goto(srv.url + '/toa-soan/anh');
  const item = page.locator('.pl-item');
  assert.equal(await item.count(), 1);
  const caption = item.getByLabel('Chú thích');
  assert.equal(await caption.inputValue(), 'Lễ ra quân ở Ô Môn');
  await caption.fill('Đoàn viên ra quân làm sạch kênh Xáng');
  await item.getByLabel('Tác giả ảnh').fill('Thúy Loan');
  await item.getByRole('button', { name: 'Lưu' }).click();
  await item.locator('.pl-edit__status', { hasText: 'Đã lưu.' }).waitFor();
  await page.goto(srv.url + '/toa-soan/anh?q=' + encodeURIComponent('kenh xang'));
  assert.equal(await page.locator('.pl-item').count(), 1);
  assert.equal(await page.locator('.pl-item').getByLabel('Tác giả ảnh').inputValue(), 'Thúy Loan');
  assert.deepEqual(errors.filter((e) => !/status of 422/.test(e)), []);
  await ctx.close();
});
