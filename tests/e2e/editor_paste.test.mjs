// The newsroom's rich-text editor in Chromium (static/js/editor.js, built from
// web/editor/ by scripts/build-editor.mjs): a reporter pastes Word-like HTML with
// decomposed (NFD) Vietnamese into a new article and saves it; the stored body is NFC,
// keeps paragraphs, bold, list and table, and has no style, class, span or <o:p>.
// Then autosave: typed text reaches the server without pressing "Lưu", and text typed
// while offline is kept on the machine and re-sent. No CSP violation on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import {
  startNewsroomServer, signIn, submit, collectErrors, kSection, watchedPage, assertNoViolations,
  pasteIntoEditor,
} from './newsroom_server.mjs';
import { root } from '../integration/server.mjs';

const reporter = { username: 'phongvien', role: 'reporter', sections: [kSection],
  password: 'mat-khau-phong-vien-2026', displayName: 'Trần Thị Thu' };

const nfd = (s) => s.normalize('NFD');
const kTitle = 'Quận Ô Môn khánh thành cầu mới';
const kPara1 = 'Sáng nay, quận Ô Môn khánh thành cầu Bà Bộ nối hai phường.';
const kBold = 'Tổng vốn đầu tư hơn 45 tỉ đồng';
const kPara2 = 'Người dân phấn khởi vì con đường đi học của trẻ em ngắn lại.';

// What Word puts on the clipboard, roughly: conditional comments, <o:p>, classes,
// mso- styles, font spans, a list as styled paragraphs, a table; the text in NFD.
const kWordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {mso-style-parent:""; font-family:"Times New Roman";} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head><body lang="VI" style="tab-interval:36.0pt"><!--StartFragment-->
<h1 style="mso-margin-top-alt:auto"><span style='font-family:"Arial",sans-serif'>${nfd('Cầu mới ở Ô Môn')}<o:p></o:p></span></h1>
<p class="MsoNormal" style="margin-bottom:6.0pt;line-height:150%"><span lang="VI" style='font-size:13.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:Calibri'>${nfd(kPara1)}<o:p></o:p></span></p>
<p class="MsoNormal"><b style="mso-bidi-font-weight:normal"><span style='font-size:13.0pt;mso-bidi-font-family:Arial'>${nfd(kBold)}</span></b><span style='font-size:13.0pt'>${nfd(', do thành phố cấp.')}<o:p>&nbsp;</o:p></span></p>
<p class="MsoListParagraphCxSpFirst" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span></span><![endif]><span style='font-size:13.0pt'>${nfd('Dài 120 mét')}<o:p></o:p></span></p>
<p class="MsoListParagraphCxSpLast" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span></span><![endif]><span style='font-size:13.0pt'>${nfd('Rộng 9 mét')}<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;mso-yfti-tbllook:1184">
<tr style="mso-yfti-irow:0"><td width="200" valign="top" style="width:150pt;border:solid windowtext 1.0pt"><p class="MsoNormal"><b><span style='font-size:12pt'>${nfd('Hạng mục')}<o:p></o:p></span></b></p></td>
<td width="200" valign="top" style="width:150pt"><p class="MsoNormal"><b><span>${nfd('Kinh phí')}<o:p></o:p></span></b></p></td></tr>
<tr><td style="width:150pt"><p class="MsoNormal"><span style='font-family:"Courier New"'>${nfd('Mặt cầu')}<o:p></o:p></span></p></td>
<td style="width:150pt"><p class="MsoNormal"><span>${nfd('30 tỉ đồng')}<o:p></o:p></span></p></td></tr>
</table>
<p class="MsoNormal"><span style='font-size:13.0pt;color:#222222'><font face="Tahoma">${nfd(kPara2)}</font><o:p></o:p></span></p>
<!--EndFragment--></body></html>`;

// Google Docs: the whole clipboard wrapped in a not-bold <b>, bold and italic as span styles.
const kDocsHtml = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1c2e3a-7fff-1234-abcd-0123456789ab"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;vertical-align:baseline;">${nfd('Phường Thới An')}</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> ${nfd('tổ chức')} </span><span style="font-size:11pt;font-style:italic;font-weight:400;">${nfd('ngày hội')}</span><span style="font-size:11pt;"> <a href="https://example.vn/tin" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;">${nfd('đại đoàn kết')}</span></a>.</span></p><br><h2 dir="ltr" style="margin-top:18pt"><span style="font-size:16pt;font-weight:400;">${nfd('Ý kiến người dân')}</span></h2><ul style="margin-top:0;"><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span>${nfd('Rất vui')}</span></p></li></ul><a href="javascript:alert(1)">x</a><img src="https://lh3.googleusercontent.com/abc.png" width="100"></b>`;

let srv;
let browser;
before(async () => {
  assert.ok(existsSync(path.join(root, 'static/js/editor.js')),
    'static/js/editor.js is built (node scripts/build-editor.mjs, run by scripts/bootstrap)');
  srv = await startNewsroomServer([reporter]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

const bodyValue = (page) => page.locator('textarea[name="body_html"]').inputValue();

async function storedArticle(page, id) {
  const res = await page.request.get(`${srv.url}/api/v1/admin/articles/${id}`);
  assert.equal(res.status(), 200);
  return res.json();
}

function assertClean(html) {
  assert.equal(html, html.normalize('NFC'), 'every character precomposed (NFC)');
  for (const junk of ['style=', 'class=', '<span', '<font', 'o:p', 'mso-', 'Mso', '<!--', 'font-family', '<h1', 'colgroup']) {
    assert.ok(!html.includes(junk), `no ${junk} in ${html}`);
  }
}

test('pasting from Word keeps the structure, drops the styles, and saves NFC text', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const { page, errors } = await watchedPage(ctx);
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.goto(srv.url + '/toa-soan/bai-viet/moi');

  // The editor replaced the textarea, with a toolbar of real, labelled, 44 px buttons.
  await page.locator('.ed-content').waitFor();
  assert.equal(await page.locator('textarea[name="body_html"]').isVisible(), false);
  const toolbar = page.getByRole('group', { name: 'Định dạng nội dung' });
  for (const name of ['Đoạn văn thường', 'Đề mục (cấp 2)', 'Đề mục nhỏ (cấp 3)', 'Đậm (Ctrl+B)',
    'Nghiêng (Ctrl+I)', 'Danh sách gạch đầu dòng', 'Danh sách đánh số', 'Liên kết (Ctrl+K)',
    'Trích dẫn', 'Chèn bảng', 'Ảnh có chú thích và nguồn', 'Mã HTML']) {
    const btn = toolbar.getByRole('button', { name, exact: true });
    assert.equal(await btn.count(), 1, `button ${name}`);
    const box = await btn.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${name} is a 44 px touch target: ${JSON.stringify(box)}`);
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${name} fits a 360 px phone (the toolbar wraps)`);
  }

  await page.getByLabel('Tiêu đề', { exact: true }).fill(kTitle);
  await pasteIntoEditor(page, kWordHtml, nfd(kPara1));

  // What the form will send (the editor writes its HTML into the textarea).
  const typed = await bodyValue(page);
  assertClean(typed);
  assert.ok(typed.includes('<h2>Cầu mới ở Ô Môn</h2>'), typed);
  assert.ok(typed.includes(`<strong>${kBold}</strong>`), typed);
  assert.match(typed, /<ul><li><p>Dài 120 mét<\/p><\/li><li><p>Rộng 9 mét<\/p><\/li><\/ul>/);
  assert.ok(!typed.includes('·'), 'Word\'s bullet glyph is gone');

  // Saved with the form's own button.
  const res = await submit(page, page.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 200);
  const m = page.url().match(/\/toa-soan\/bai-viet\/(\d+)\?da-luu=1$/);
  assert.ok(m, `saved and redirected: ${page.url()}`);
  const id = m[1];

  const stored = await storedArticle(page, id);
  const body = stored.body_html;
  assertClean(body);
  for (const text of [kPara1, kBold, kPara2, 'Cầu mới ở Ô Môn', 'Dài 120 mét', 'Hạng mục', '30 tỉ đồng']) {
    assert.ok(body.includes(text), `stored body has "${text}" in NFC: ${body}`);
  }
  assert.ok(!body.includes(nfd('Ô Môn')), 'no decomposed text left');
  assert.ok((body.match(/<p>/g) ?? []).length >= 3, 'paragraphs kept');
  assert.match(body, new RegExp(`<(strong|b)>${kBold}</(strong|b)>`), 'the bold run kept');
  assert.match(body, /<table>[\s\S]*<tr>[\s\S]*Mặt cầu[\s\S]*30 tỉ đồng[\s\S]*<\/table>/, 'the table kept');
  assert.match(body, /<(ul)>[\s\S]*Rộng 9 mét[\s\S]*<\/ul>/, 'the Word list became a list');

  // The saved article opens in the editor again, its local copy gone.
  await page.locator('.ed-content').waitFor();
  assert.ok((await page.locator('.ed-content').innerText()).includes(kBold));
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('toasoan:nhap:')).length), 0);
  await assertNoViolations(page, errors);
  await ctx.close();
});

test('pasting from Google Docs keeps bold, italic, heading, list and safe links only', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await watchedPage(ctx);
  // The library photo the test inserts (the upload comes with the photo library).
  await page.route('**/media/2026/11/cau-o-mon.jpg', (route) => route.fulfill({
    status: 200, contentType: 'image/png',
    body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  }));
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.goto(srv.url + '/toa-soan/bai-viet/moi');
  await pasteIntoEditor(page, kDocsHtml);
  const typed = await bodyValue(page);
  assertClean(typed);
  assert.ok(typed.includes('<strong>Phường Thới An</strong>'), typed);
  assert.ok(!/<strong>[^<]*tổ chức/.test(typed), 'the not-bold wrapper did not make everything bold');
  assert.ok(typed.includes('<em>ngày hội</em>'), typed);
  assert.ok(typed.includes('<a href="https://example.vn/tin">đại đoàn kết</a>'), typed);
  assert.ok(typed.includes('<h2>Ý kiến người dân</h2>'), typed);
  assert.ok(typed.includes('<li><p>Rất vui</p></li>'), typed);
  assert.ok(!typed.includes('javascript:'), 'no javascript: link');
  assert.ok(!typed.includes('googleusercontent'), 'no photo from outside the library');

  // Plain text in NFD is precomposed too.
  await page.locator('.ed-content').press('End');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.querySelector('.ed-content').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, nfd(' Thủ tướng về thăm Cồn Ấu'));
  assert.ok((await bodyValue(page)).includes('Thủ tướng về thăm Cồn Ấu'));

  // Keyboard shortcuts: Ctrl+B on new text.
  await page.locator('.ed-content').press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Chữ đậm gõ tay');
  assert.ok((await bodyValue(page)).includes('<strong>Chữ đậm gõ tay</strong>'));
  assert.equal(await page.getByRole('button', { name: 'Đậm (Ctrl+B)' }).getAttribute('aria-pressed'), 'true');

  // A link must be http(s) or mailto; a photo must come from the library, with a description.
  await page.getByRole('button', { name: 'Liên kết (Ctrl+K)' }).click();
  await page.getByLabel('Địa chỉ liên kết (http://, https:// hoặc mailto:)', { exact: true }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Gắn liên kết' }).click();
  assert.match(await page.locator('.ed-panel__error').first().innerText(), /http:\/\/, https:\/\/ hoặc mailto:/);
  await page.getByRole('button', { name: 'Hủy' }).first().click();
  await page.getByRole('button', { name: 'Ảnh có chú thích và nguồn' }).click();
  await page.getByLabel('Địa chỉ ảnh trong thư viện (/media/…)', { exact: true }).fill('https://evil.example/a.jpg');
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  assert.match(await page.getByRole('alert').filter({ hasText: 'thư viện ảnh' }).innerText(), /\/media\//);
  await page.getByLabel('Địa chỉ ảnh trong thư viện (/media/…)', { exact: true }).fill('/media/2026/11/cau-o-mon.jpg');
  await page.getByLabel('Mô tả ảnh cho người không xem được ảnh', { exact: true }).fill('Cầu Bà Bộ nhìn từ bờ sông');
  await page.getByLabel('Chú thích ảnh', { exact: true }).fill('Cầu mới ở Ô Môn.');
  await page.getByLabel('Nguồn ảnh (tác giả)', { exact: true }).fill('Minh Khoa');
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  assert.ok((await bodyValue(page)).includes(
    '<figure><img src="/media/2026/11/cau-o-mon.jpg" alt="Cầu Bà Bộ nhìn từ bờ sông"><figcaption>Cầu mới ở Ô Môn. Ảnh: Minh Khoa</figcaption></figure>'),
  await bodyValue(page));

  // A new article's text is kept on the machine before it is ever saved.
  await page.waitForFunction(() => localStorage.getItem('toasoan:nhap:moi')?.includes('Chữ đậm gõ tay'));
  await page.reload();
  await page.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  assert.ok((await bodyValue(page)).includes('<strong>Chữ đậm gõ tay</strong>'));
  await assertNoViolations(page, errors);
  await ctx.close();
});

test('autosave sends typed text to the server, and text typed offline is kept and re-sent', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const { page, errors } = await watchedPage(ctx);
  await signIn(page, srv.url, reporter.username, reporter.password);
  await page.goto(srv.url + '/toa-soan/bai-viet/moi');
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài viết để thử tự động lưu');
  await pasteIntoEditor(page, '<p>Đoạn đầu tiên.</p>');
  await submit(page, page.getByRole('button', { name: 'Lưu', exact: true }));
  const id = page.url().match(/\/toa-soan\/bai-viet\/(\d+)/)[1];
  await page.locator('.ed-content').waitFor();

  // Typed, not saved with the button: the server has it within ~10 s.
  await page.locator('.ed-content p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Câu gõ thêm được tự lưu.');
  await page.locator('.ed-status').filter({ hasText: /^Đã lưu lúc \d{2}:\d{2}$/ }).waitFor({ timeout: 25_000 });
  let stored = await storedArticle(page, id);
  assert.ok(stored.body_html.includes('Đoạn đầu tiên. Câu gõ thêm được tự lưu.'), stored.body_html);

  // Offline: the status says so, the text stays on the machine, and goes up when back online.
  await ctx.setOffline(true);
  await page.keyboard.type(' Gõ khi mất mạng.');
  await page.getByText('Chưa lưu — đang thử lại').waitFor({ timeout: 25_000 });
  const kept = await page.evaluate((key) => localStorage.getItem(key), `toasoan:nhap:${id}`);
  assert.ok(kept && JSON.parse(kept).body.includes('Gõ khi mất mạng.'), 'kept in localStorage');
  await ctx.setOffline(false);
  await page.locator('.ed-status').filter({ hasText: /^Đã lưu lúc/ }).waitFor({ timeout: 25_000 });
  stored = await storedArticle(page, id);
  assert.ok(stored.body_html.includes('Gõ khi mất mạng.'), stored.body_html);

  // A tab closed while offline: the next visit offers the newer local copy back.
  await ctx.setOffline(true);
  await page.keyboard.type(' Viết rồi đóng thẻ.');
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Viết rồi đóng thẻ.'), `toasoan:nhap:${id}`);
  await page.close();
  await ctx.setOffline(false);
  const again = await ctx.newPage();
  const errors2 = collectErrors(again);
  await again.goto(`${srv.url}/toa-soan/bai-viet/${id}`);
  assert.ok(!(await bodyValue(again)).includes('Viết rồi đóng thẻ.'), 'not on the server yet');
  await again.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  assert.ok((await bodyValue(again)).includes('Viết rồi đóng thẻ.'));
  await again.locator('.ed-status').filter({ hasText: /^Đã lưu lúc/ }).waitFor({ timeout: 25_000 });
  stored = await storedArticle(again, id);
  assert.ok(stored.body_html.includes('Viết rồi đóng thẻ.'), stored.body_html);
  await assertNoViolations(again, errors2);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e)), []);
  await ctx.close();
});
