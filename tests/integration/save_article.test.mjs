// "Lưu bài viết": the article's saved copy, a self-contained HTML download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, root } from './server.mjs';
import { attachSeedPhoto, kPixelPng } from './seed_photo.mjs';

let srv;
let articlePath;
before(async () => {
  srv = await startServer();
  attachSeedPhoto(srv.data, '2020/10/trao-giay-khen.png', 'Bí thư Quận ủy Ô Môn trao giấy khen');
  const home = await (await fetch(srv.url + '/')).text();
  const m = home.match(/href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/);
  assert.ok(m, 'home links to the seed article');
  articlePath = m[1];
});
after(async () => {
  const { code } = await srv.stop();
  assert.equal(code, 0);
});

test('the article page offers "Lưu bài viết" as a download', async () => {
  const html = await (await fetch(srv.url + articlePath)).text();
  const link = html.match(/<a [^>]*href="([^"]+)"[^>]*>Lưu bài viết<\/a>/);
  assert.ok(link, 'a "Lưu bài viết" link');
  assert.equal(link[1], articlePath + '/luu');
  assert.match(link[0], /\sdownload[\s>]/);
});

test('the saved copy is one clean HTML file with the whole article', async () => {
  const res = await fetch(srv.url + articlePath + '/luu');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  const slug = articlePath.split('/')[2].replace(/-\d+$/, '');
  assert.equal(res.headers.get('content-disposition'),
    `attachment; filename="${slug}.html"; filename*=UTF-8''${slug}.html`);
  assert.ok(res.headers.get('etag'), 'cacheable: it has an ETag');

  const bytes = new Uint8Array(await res.arrayBuffer());
  // Valid UTF-8: a fatal decoder throws on any broken sequence.
  const html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  assert.equal(html.normalize('NFC'), html, 'NFC text');
  assert.ok(bytes.length < 100_000, `small: ${bytes.length} bytes`);

  assert.doesNotMatch(html, /<script/i, 'no script at all');
  assert.doesNotMatch(html, /<link[^>]+stylesheet/i, 'no external stylesheet');
  assert.doesNotMatch(html, /\/static\/|\/media\//, 'nothing to fetch from the site');
  assert.doesNotMatch(html, /@font-face|woff2/, 'no font files: the reader\'s own fonts');
  const style = html.match(/<style>([\s\S]*?)<\/style>/);
  assert.ok(style, 'the stylesheet is inlined');
  const printCss = readFileSync(path.join(root, 'static/css/print.css'), 'utf8');
  assert.equal(style[1], printCss, 'it is the print view\'s stylesheet');

  const order = [
    'Cổng Thông tin điện tử Thành phố Phù Sa',
    '<h1 class="article__title">Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng</h1>',
    'Cập nhật lúc 02:34 ngày 16/10/2020',
    '<p class="sapo">Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt',
    `<img class="photo__img" src="data:image/png;base64,${kPixelPng.toString('base64')}" alt="Bí thư Quận ủy Ô Môn trao giấy khen">`,
    'Ảnh: Thúy Loan, Truyền Thanh',
    'Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương',
    'Tại họp mặt, có 02 cán bộ quận Ô Môn',
    '* Tại buổi họp mặt ở huyện Thới Lai',
    'Phát biểu tại buổi họp mặt, đồng chí Nguyễn Văn Phong',
    'Dịp này, Ban Dân vận Trung ương',
    '<span class="byline">Hoàng Dung</span>, <span class="byline">Cẩm Tú</span>',
    `Địa chỉ bài viết: <a href="${srv.url}${articlePath}">`,
  ];
  let at = -1;
  for (const piece of order) {
    const i = html.indexOf(piece, at + 1);
    assert.ok(i > at, `"${piece.slice(0, 60)}" appears after the previous piece`);
    at = i;
  }
  assert.doesNotMatch(html, /Chia sẻ|Zalo|Facebook|Google/, 'no share buttons');
  assert.match(html, /<base href="http:\/\/127\.0\.0\.1:\d+\/">/, 'links resolve against the site');

  // Served from the page cache: the same ETag answers 304.
  const again = await fetch(srv.url + articlePath + '/luu',
    { headers: { 'if-none-match': res.headers.get('etag') } });
  assert.equal(again.status, 304);
});

test('an outdated address of the saved copy redirects to the right one', async () => {
  const id = articlePath.match(/-(\d+)$/)[1];
  const res = await fetch(`${srv.url}/quan-uy-huyen-uy/ten-cu-${id}/luu`, { redirect: 'manual' });
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), articlePath + '/luu');
  const missing = await fetch(`${srv.url}/quan-uy-huyen-uy/khong-co-999999/luu`);
  assert.equal(missing.status, 404);
});
