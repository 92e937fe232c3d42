// The editorial workflow through the newsroom pages in Chromium: a reporter writes and
// submits, an editor returns it with a comment, the reporter fixes and resubmits, the
// editor publishes, and a reader (no cookie) finds it on the section page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './browser.mjs';
import { startNewsroomServer, signIn, submit, collectErrors, bodySource, kSection } from './newsroom_server.mjs';

const reporter = { username: 'phongvien', role: 'reporter', sections: [kSection],
  password: 'mat-khau-phong-vien-2026', displayName: 'Trần Thị Thu' };
const admin = { username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-2026' };
const editor = { username: 'bientap', role: 'editor', sections: [kSection],
  password: 'mat-khau-bien-tap-2026', displayName: 'Lê Văn Hùng' };

let srv;
let browser;
before(async () => {
  srv = await startNewsroomServer([reporter, editor, admin]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

const kTitle = 'Phường Tân An ra mắt mô hình “Dân vận khéo” về chỉnh trang đô thị';
const kLead = 'Sáng 20/11, Đảng ủy phường Tân An tổ chức ra mắt mô hình dân vận khéo.';
const kBody = '<p>Mô hình do Ban Dân vận phường phối hợp cùng Mặt trận Tổ quốc thực hiện.</p>';
const kFix = 'Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Bình, Bí thư Đảng ủy phường, ghi nhận kết quả.';
const kComment = 'Xin bổ sung tên và chức vụ người phát biểu.';

test('an article goes from the reporter to the editor, back, and out to readers', async () => {
  const rctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const ectx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const rp = await rctx.newPage();
  const ep = await ectx.newPage();
  const errorLists = [collectErrors(rp), collectErrors(ep)];

  // The reporter signs in; the newsroom page is never cached nor indexed.
  await signIn(rp, srv.url, reporter.username, reporter.password);
  const dash = await rp.request.get(srv.url + '/toa-soan');
  assert.equal(dash.status(), 200);
  assert.match(dash.headers()['cache-control'], /no-store/);
  assert.match(await dash.text(), /<meta name="robots" content="noindex">/);

  // A form with an empty title comes back with the other fields as typed and the message.
  await rp.goto(srv.url + '/toa-soan/bai-viet/moi');
  await rp.getByLabel('Sapo (đoạn dẫn)').fill(kLead);
  await rp.getByLabel('Tác giả (mỗi dòng một tên)').fill('Thu Trang\nMinh Khoa');
  await (await bodySource(rp)).fill(kBody);
  let res = await submit(rp, rp.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 422);
  assert.match(await rp.locator('.nr-error').innerText(), /tiêu đề/i);
  assert.equal(await rp.getByLabel('Tiêu đề').inputValue(), '');
  assert.equal(await rp.getByLabel('Sapo (đoạn dẫn)').inputValue(), kLead);
  assert.equal(await rp.getByLabel('Tác giả (mỗi dòng một tên)').inputValue(), 'Thu Trang\nMinh Khoa');
  assert.equal(await rp.locator('textarea[name="body_html"]').inputValue(), kBody);

  // Now with a title: saved, then submitted for review.
  await rp.getByLabel('Tiêu đề').fill(kTitle);
  res = await submit(rp, rp.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 200);
  const m = rp.url().match(/\/toa-soan\/bai-viet\/(\d+)\?da-luu=1$/);
  assert.ok(m, `saved and redirected: ${rp.url()}`);
  const id = m[1];
  assert.match(await rp.locator('.nr-notice').innerText(), /Đã lưu bài viết/);
  assert.equal(await rp.getByRole('button', { name: 'Đăng ngay' }).count(), 0, 'a reporter cannot publish');
  const overflow = await rp.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the article form is ${overflow}px wider than the phone`);
  await submit(rp, rp.getByRole('button', { name: 'Gửi duyệt' }));
  assert.match(await rp.locator('.nr-state').innerText(), /Chờ duyệt/);

  // Not public yet.
  const early = await fetch(`${srv.url}/api/v1/articles/${id}`);
  assert.notEqual(early.status, 200);

  // The editor finds it waiting for review and returns it with a comment.
  await signIn(ep, srv.url, editor.username, editor.password);
  const waiting = ep.locator('section', { has: ep.getByRole('heading', { name: 'Chờ duyệt' }) });
  await submit(ep, waiting.getByRole('link', { name: kTitle }));
  assert.equal(new URL(ep.url()).pathname, `/toa-soan/bai-viet/${id}`);
  await ep.getByLabel('Ý kiến khi trả lại').fill(kComment);
  await submit(ep, ep.getByRole('button', { name: 'Trả lại' }));
  assert.match(await ep.locator('.nr-state').innerText(), /Bị trả lại/);

  // The reporter sees the comment, fixes the article and submits it again.
  await rp.goto(`${srv.url}/toa-soan/bai-viet/${id}`);
  assert.match(await rp.locator('.nr-comment').innerText(), new RegExp(kComment));
  const body = await bodySource(rp);
  await body.fill((await body.inputValue()) + `<p>${kFix}</p>`);
  res = await submit(rp, rp.getByRole('button', { name: 'Lưu', exact: true }));
  assert.equal(res.status(), 200);
  await submit(rp, rp.getByRole('button', { name: 'Gửi duyệt' }));
  assert.match(await rp.locator('.nr-state').innerText(), /Chờ duyệt/);

  // The revisions show the fix as an insertion.
  await rp.goto(`${srv.url}/toa-soan/bai-viet/${id}/phien-ban`);
  const oldest = await rp.locator('#tu option').last().getAttribute('value');
  await rp.getByLabel('Từ phiên bản').selectOption(oldest);
  await submit(rp, rp.getByRole('button', { name: 'So sánh' }));
  const inserted = await rp.locator('.nr-compare ins').allInnerTexts();
  assert.ok(inserted.join(' ').includes('Nguyễn Văn Bình'), `diff shows the fix: ${inserted}`);
  assert.match(rp.url(), new RegExp(`/phien-ban\\?tu=${oldest}&den=\\d+$`));

  // The editor publishes.
  await ep.goto(`${srv.url}/toa-soan/bai-viet/${id}`);
  await submit(ep, ep.getByRole('button', { name: 'Đăng ngay' }));
  assert.match(await ep.locator('.nr-notice').innerText(), /Đã đăng/);
  assert.match(await ep.locator('.nr-state').innerText(), /Đã đăng/);

  // A reader without a cookie sees it on the section page and reads it.
  const reader = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await reader.newPage();
  errorLists.push(collectErrors(page));
  let link;
  for (let i = 0; i < 20; i++) {  // the page cache drops the section page within 200 ms
    await page.goto(`${srv.url}/${kSection}`);
    link = page.getByRole('link', { name: kTitle });
    if (await link.count()) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(await link.count() >= 1, 'the section page lists the article');
  await submit(page, link.first());
  assert.equal((await page.locator('h1').innerText()).trim(), kTitle);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes(kLead));
  assert.ok(text.includes(kFix), 'the fixed body is public');
  // The refused form's 422 is reported by Chromium as a failed load; nothing else may be.
  assert.deepEqual(errorLists.flat().filter((e) => !/status of 422/.test(e)), []);
  await Promise.all([rctx.close(), ectx.close(), reader.close()]);
});

test('newsroom pages need a session and a reporter gets 403 on an admin page', async () => {
  const res = await fetch(srv.url + '/toa-soan/bai-viet', { redirect: 'manual' });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location'), /^\/toa-soan\/dang-nhap\?tiep=/);

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page, srv.url, reporter.username, reporter.password);
  const admin = await page.goto(srv.url + '/toa-soan/tai-khoan');
  assert.equal(admin.status(), 403);
  assert.match(await page.locator('h1').textContent(), /Không được phép/);

  // A POST without the form's CSRF token changes nothing.
  const forged = await page.request.post(srv.url + '/toa-soan/bai-viet/moi', {
    form: { title: 'Giả mạo', section_id: '1', body_html: '<p>x</p>' }, maxRedirects: 0,
  });
  assert.equal(forged.status(), 403);
  const list = await page.goto(srv.url + '/toa-soan/bai-viet?q=' + encodeURIComponent('Giả mạo'));
  assert.equal(list.status(), 200);
  assert.equal(await page.getByRole('link', { name: 'Giả mạo' }).count(), 0);

  // Wrong password: the same message, the username kept.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/toa-soan\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(reporter.username);
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  const bad = await submit(page, page.getByRole('button', { name: 'Đăng nhập' }));
  assert.equal(bad.status(), 401);
  assert.match(await page.locator('.nr-error').innerText(), /Tên đăng nhập hoặc mật khẩu không đúng/);
  assert.equal(await page.getByLabel('Tên đăng nhập').inputValue(), reporter.username);
  await ctx.close();

  // Guessing is throttled with a message in Vietnamese; an unknown account is answered
  // like a wrong password until then.
  const guess = () => fetch(srv.url + '/toa-soan/dang-nhap', {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'khong.co.ai', password: 'doan-bua' }),
  });
  const statuses = [];
  let last = '';
  for (let i = 0; i < 6; i++) {
    const r = await guess();
    statuses.push(r.status);
    last = await r.text();
    if (i === 0) assert.match(last, /Tên đăng nhập hoặc mật khẩu không đúng/);
  }
  assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
  assert.equal(statuses[5], 429);
  assert.match(last, /role="alert"/);
  assert.match(last, /value="khong.co.ai"/);
});

test('an administrator manages accounts and sections and reads the audit log', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await ctx.newPage();
  await signIn(page, srv.url, admin.username, admin.password);

  // A new reporter account, made on the page.
  await page.goto(srv.url + '/toa-soan/tai-khoan');
  await page.getByLabel('Tên đăng nhập').fill('phongvien.moi');
  await page.getByLabel('Tên hiển thị').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Vai trò').selectOption('reporter');
  await page.getByLabel('QUẬN ỦY, HUYỆN ỦY').check();
  await page.getByLabel('Mật khẩu').fill('mat-khau-hoa-2026-dai');
  let res = await submit(page, page.getByRole('button', { name: 'Tạo tài khoản' }));
  assert.equal(res.status(), 200);
  assert.match(await page.locator('.nr-notice').innerText(), /Đã tạo tài khoản/);
  const row = page.getByRole('row', { name: /phongvien\.moi/ });
  assert.match(await row.innerText(), /Nguyễn Thị Hoa\s+Phóng viên\s+QUẬN ỦY, HUYỆN ỦY\s+Đang dùng/);

  // A section whose address the site keeps for itself comes back as typed, with why.
  await page.goto(srv.url + '/toa-soan/chuyen-muc');
  await page.getByLabel('Tên chuyên mục').fill('Tòa soạn riêng');
  await page.getByLabel(/Đường dẫn/).fill('toa-soan');
  await page.getByLabel('Thứ tự').fill('3');
  res = await submit(page, page.getByRole('button', { name: 'Tạo chuyên mục' }));
  assert.equal(res.status(), 422);
  assert.ok((await page.locator('.nr-error').innerText()).length > 0);
  assert.equal(await page.getByLabel('Tên chuyên mục').inputValue(), 'Tòa soạn riêng');
  assert.equal(await page.getByLabel('Thứ tự').inputValue(), '3');
  await page.getByLabel(/Đường dẫn/).fill('');
  await page.getByLabel('Tên chuyên mục').fill('Phường Tân An');
  res = await submit(page, page.getByRole('button', { name: 'Tạo chuyên mục' }));
  assert.equal(res.status(), 200);
  assert.ok(await page.getByRole('cell', { name: '/phuong-tan-an' }).count() === 1);

  // Disabled: the account cannot sign in any more.
  await page.goto(srv.url + '/toa-soan/tai-khoan');
  await submit(page, page.getByRole('link', { name: 'phongvien.moi' }));
  await page.getByLabel(/Khóa tài khoản/).check();
  res = await submit(page, page.getByRole('button', { name: 'Lưu' }));
  assert.equal(res.status(), 200);
  assert.ok(await page.getByLabel(/Khóa tài khoản/).isChecked());
  const tryCtx = await browser.newContext();
  const tryPage = await tryCtx.newPage();
  await tryPage.goto(srv.url + '/toa-soan/dang-nhap');
  await tryPage.getByLabel('Tên đăng nhập').fill('phongvien.moi');
  await tryPage.getByLabel('Mật khẩu').fill('mat-khau-hoa-2026-dai');
  res = await submit(tryPage, tryPage.getByRole('button', { name: 'Đăng nhập' }));
  assert.equal(res.status(), 401);
  await tryCtx.close();

  // The audit log shows that refused sign-in, filtered by action.
  await page.goto(srv.url + '/toa-soan/nhat-ky');
  await page.getByLabel('Việc').selectOption('sign_in_failed');
  await submit(page, page.getByRole('button', { name: 'Lọc' }));
  const entries = await page.locator('.nr-audit tbody tr').allInnerTexts();
  assert.ok(entries.some((e) => e.includes('phongvien.moi')), entries.join('\n'));
  assert.ok(entries.every((e) => e.includes('Đăng nhập sai')), entries.join('\n'));
  await ctx.close();
});
