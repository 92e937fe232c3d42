// Issue 4, "Done when" 1, as a new user would: a reporter opens a new article, pastes
// Word-like HTML (mso styles, spans, NFD Vietnamese) into the editor, adds two phone
// photos with "Thêm ảnh" (one with caption and credit in its XMP, pre-filled; one typed),
// writes their alt texts, saves and submits; an editor publishes; once the library has
// made the variants, a reader on a 360 px phone (deviceScaleFactor 2) opens the public
// article: both photos are <picture>s with srcset, the image bytes the browser actually
// downloaded are under half the originals', the captions and credits show, and the
// stored body is NFC without styles. No CSP violation nor script error on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from './browser.mjs';
import {
  startNewsroomServer, signIn, submit, collectErrors, kSection, watchedPage, assertNoViolations,
  pasteIntoEditor,
} from './newsroom_server.mjs';
import { root } from '../integration/server.mjs';

const reporter = { username: 'phongvien', role: 'reporter', sections: [kSection],
  password: 'mat-khau-phong-vien-2026', displayName: 'Trần Thị Thu' };
const editor = { username: 'bientap', role: 'editor', sections: [kSection],
  password: 'mat-khau-bien-tap-2026', displayName: 'Lê Văn Biên' };

const nfd = (s) => s.normalize('NFD');
const kTitle = 'Ô Môn ra quân dọn kênh rạch';
const kPara1 = 'Sáng nay, hơn 500 đoàn viên quận Ô Môn ra quân dọn vệ sinh kênh rạch.';
const kBold = 'Hơn 20 tấn rác';
const kPara2 = 'Người dân ven kênh hưởng ứng, cùng góp công và góp xuồng.';
const kWordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {mso-style-parent:""; font-family:"Times New Roman";} --></style></head>
<body lang="VI"><!--StartFragment-->
<p class="MsoNormal" style="margin-bottom:6.0pt;line-height:150%"><span lang="VI" style='font-size:13.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:Calibri'>${nfd(kPara1)}<o:p></o:p></span></p>
<p class="MsoNormal"><b style="mso-bidi-font-weight:normal"><span style='font-size:13.0pt'>${nfd(kBold)}</span></b><span style='font-size:13.0pt'>${nfd(' được gom về bãi tập kết.')}<o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style='font-size:13.0pt;color:#222222'><font face="Tahoma">${nfd(kPara2)}</font><o:p></o:p></span></p>
<!--EndFragment--></body></html>`;

// Photo 1: the fixture phone photo with an XMP packet (caption and credit pre-filled).
const kCaption1 = 'Đoàn viên vớt rác trên kênh Bà Bộ';
const kCreator1 = 'Thúy Loan';
const kCredit1Source = 'Truyền Thanh Ô Môn';
function withXmp(jpeg) {
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="${kCredit1Source}">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${kCaption1}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>${kCreator1}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const payload = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmp, 'utf8')]);
  const header = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}
const photo1 = withXmp(readFileSync(path.join(root, 'tests/data/media/phone.jpg')));
// Photo 2: a different phone photo (phone.jpg mirrored, no metadata): caption and credit typed.
const photo2 = readFileSync(path.join(root, 'tests/data/media/phone_river.jpg'));
const kCaption2 = 'Xuồng chở rác về bến';
const kCredit2 = 'Minh Khoa';

let srv;
let browser;
before(async () => {
  srv = await startNewsroomServer([reporter, editor]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

test('a reporter adds two phone photos to a pasted article; a 360 px reader downloads under half their bytes', async (t) => {
  // --- The reporter, on a phone ------------------------------------------------------
  const rctx = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const { page, errors } = await watchedPage(rctx);
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.goto(srv.url + '/toa-soan/bai-viet/moi');
  await page.locator('.ed-content').waitFor();
  await page.getByLabel('Tiêu đề', { exact: true }).fill(kTitle);
  await page.getByLabel('Sapo (đoạn dẫn)').fill('Ngày chủ nhật xanh ở Ô Môn.');
  await pasteIntoEditor(page, kWordHtml);

  // "Thêm ảnh": a file picker for many images, not forced to the camera.
  const picker = page.getByLabel(/^Thêm ảnh/);
  assert.equal(await picker.getAttribute('accept'), 'image/*');
  assert.equal(await picker.getAttribute('multiple'), '');
  assert.equal(await picker.getAttribute('capture'), null);
  await picker.setInputFiles([
    { name: 'IMG_20261122_081530.jpg', mimeType: 'image/jpeg', buffer: photo1 },
    { name: 'IMG_20261122_082114.jpg', mimeType: 'image/jpeg', buffer: photo2 },
  ]);
  const rows = page.locator('.nr-photos__list .nr-photo');
  await rows.nth(1).waitFor({ timeout: 20_000 });
  assert.equal(await rows.count(), 2);
  assert.equal(await page.locator('.pl-progress__item--done').count(), 2, 'both uploads show as done');

  // Caption and credit of the first came from its XMP; the second's are typed. The
  // rows come in the order the uploads finished: find each by its pre-filled caption.
  const captions = await page.locator('input[name="photo_caption"]').evaluateAll((els) => els.map((e) => e.value));
  const xmpRow = captions.indexOf(kCaption1);
  assert.ok(xmpRow >= 0, `caption pre-filled from XMP: ${JSON.stringify(captions)}`);
  const typedRow = 1 - xmpRow;
  const n = (i) => i + 1;
  assert.equal(await page.getByLabel(`Nguồn ảnh ${n(xmpRow)}`, { exact: true }).inputValue(),
    `${kCreator1}, ${kCredit1Source}`);
  await page.getByLabel(`Chú thích ảnh ${n(typedRow)}`, { exact: true }).fill(kCaption2);
  await page.getByLabel(`Nguồn ảnh ${n(typedRow)}`, { exact: true }).fill(kCredit2);
  await page.getByLabel(new RegExp(`^Mô tả ảnh ${n(xmpRow)} `)).fill('Thanh niên đứng trên xuồng vớt rác');
  await page.getByLabel(new RegExp(`^Mô tả ảnh ${n(typedRow)} `)).fill('Chiếc xuồng đầy bao rác cập bến');
  // The typed photo goes before the third paragraph.
  await page.getByLabel(`Vị trí ảnh ${n(typedRow)}`).selectOption('2');

  let res = await submit(page, page.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 200);
  const m = page.url().match(/\/toa-soan\/bai-viet\/(\d+)\?da-luu=1$/);
  assert.ok(m, `saved: ${page.url()}`);
  const id = m[1];
  // The saved rows show again, with their places.
  assert.equal(await page.locator('.nr-photos__list .nr-photo').count(), 2);
  res = await submit(page, page.getByRole('button', { name: 'Gửi duyệt' }));
  assert.equal(res.status(), 200);
  await assertNoViolations(page, errors);

  // --- The editor publishes ----------------------------------------------------------
  const ectx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const epage = await ectx.newPage();
  await signIn(epage, srv.url, editor.username, editor.password);
  await epage.goto(`${srv.url}/toa-soan/bai-viet/${id}`);
  res = await submit(epage, epage.getByRole('button', { name: 'Đăng ngay' }));
  assert.equal(res.status(), 200);
  assert.match(epage.url(), /da-chuyen=published/);

  const stored = await (await epage.request.get(`${srv.url}/api/v1/admin/articles/${id}`)).json();
  assert.equal(stored.status, 'published');
  const body = stored.body_html;
  assert.equal(body, body.normalize('NFC'), 'stored body is NFC');
  for (const junk of ['style=', 'class=', '<span', '<font', 'o:p', 'mso-', 'Mso']) {
    assert.ok(!body.includes(junk), `no ${junk} in ${body}`);
  }
  for (const text of [kPara1, kBold, kPara2]) assert.ok(body.includes(text), `"${text}" in ${body}`);
  assert.equal(stored.photos.length, 2);
  const byCaption = Object.fromEntries(stored.photos.map((p) => [p.caption, p]));
  assert.equal(byCaption[kCaption1].credit, `${kCreator1}, ${kCredit1Source}`);
  assert.equal(byCaption[kCaption2].credit, kCredit2);
  assert.equal(byCaption[kCaption2].position, 2);

  // Wait for the library's variants of both photos.
  const files = stored.photos.map((p) => p.file);
  for (let i = 0; ; i++) {
    const list = await (await epage.request.get(`${srv.url}/api/v1/admin/photos`)).json();
    const mine = list.items.filter((a) => files.includes(a.file));
    if (mine.length === 2 && mine.every((a) => a.variants_ready && a.variants.length > 0)) break;
    assert.ok(i < 300, 'variants made within 30 s');
    await sleep(100);
  }

  // --- A reader on a 360 px phone (deviceScaleFactor 2) ------------------------------
  const reader = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const rpage = await reader.newPage();
  const readerErrors = collectErrors(rpage);
  const images = new Map(); // url → bytes
  rpage.on('response', async (r) => {
    if (r.request().resourceType() !== 'image') return;
    try { images.set(r.url(), (await r.body()).length); } catch { /* redirected or aborted */ }
  });
  res = await rpage.goto(stored.url.startsWith('http') ? stored.url.replace(/^https?:\/\/[^/]+/, srv.url) : srv.url + stored.url);
  assert.equal(res.status(), 200);
  // Scroll through the article so the lazy photo loads too, then let every image finish.
  for (let y = 0; y < 6000; y += 500) {
    await rpage.evaluate((yy) => window.scrollTo(0, yy), y);
    await sleep(50);
  }
  await rpage.waitForFunction(() => [...document.querySelectorAll('figure.photo img')].every((i) => i.complete && i.naturalWidth > 0));
  await rpage.waitForLoadState('networkidle');

  const pictures = await rpage.locator('figure.photo picture').evaluateAll((els) => els.map((p) => ({
    webp: p.querySelector('source[type="image/webp"]')?.getAttribute('srcset') ?? '',
    jpeg: p.querySelector('img')?.getAttribute('srcset') ?? '',
    current: p.querySelector('img').currentSrc,
    caption: p.closest('figure').querySelector('figcaption')?.textContent ?? '',
  })));
  assert.equal(pictures.length, 2, 'both photos are <picture>s');
  for (const p of pictures) {
    assert.match(p.webp, /\s480w/, `WebP srcset: ${p.webp}`);
    assert.match(p.jpeg, /\s480w/, `JPEG srcset: ${p.jpeg}`);
    assert.match(p.current, /\/media\/photos\/[0-9a-f]+-\d+\.(webp|jpg)$/, `a variant was chosen: ${p.current}`);
  }
  const figcaptions = pictures.map((p) => p.caption.replace(/\s+/g, ' ').trim());
  assert.ok(figcaptions.some((c) => c.includes(kCaption1) && c.includes(`Ảnh: ${kCreator1}, ${kCredit1Source}`)), JSON.stringify(figcaptions));
  assert.ok(figcaptions.some((c) => c.includes(kCaption2) && c.includes(`Ảnh: ${kCredit2}`)), JSON.stringify(figcaptions));

  const photoBytes = [...images].filter(([u]) => u.includes('/media/photos/'));
  assert.equal(photoBytes.length, 2, `one download per photo: ${JSON.stringify(photoBytes)}`);
  const downloaded = photoBytes.reduce((s, [, b]) => s + b, 0);
  const originals = photo1.length + photo2.length;
  t.diagnostic(`photo bytes downloaded at 360 px, DPR 2: ${downloaded} of ${originals} (${JSON.stringify(photoBytes)})`);
  assert.ok(downloaded < originals / 2,
    `the page's photos weigh ${downloaded} bytes, under half of the originals' ${originals}: ${JSON.stringify(photoBytes)}`);
  assert.deepEqual(readerErrors, []);
  await reader.close();
  await ectx.close();
  await rctx.close();
});
