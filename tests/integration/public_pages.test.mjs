import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { startServer } from './server.mjs';

let srv;
let articlePath;
before(async () => {
  srv = await startServer();
  const home = await (await fetch(srv.url + '/')).text();
  const m = home.match(/href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/);
  assert.ok(m, 'home links to the seed article');
  articlePath = m[1];
});
after(async () => {
  const { code } = await srv.stop();
  assert.equal(code, 0, 'graceful stop exits 0');
});

// The text a reader sees: block elements end a line, inline ones do not.
const visible = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<head>[\s\S]*?<\/head>/, '')
  .replace(/<\/?(p|h\d|div|li|figure|figcaption|header|footer|main|nav|section|article)\b[^>]*>/g, ' ')
  .replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

test('home page lists the seed article and its section', async () => {
  const res = await fetch(srv.url + '/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/html; charset=utf-8/);
  const html = await res.text();
  assert.match(html, /<html lang="vi"/);
  assert.match(html, /Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm/);
  assert.match(html, /href="\/quan-uy-huyen-uy"/);
  assert.match(html, /Cổng Thông tin điện tử Thành phố Phù Sa/);
});

test('article page reads like the seed, in order', async () => {
  const res = await fetch(srv.url + articlePath);
  assert.equal(res.status, 200);
  const html = await res.text();
  const text = visible(html);
  const order = [
    'QUẬN ỦY, HUYỆN ỦY',
    'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng',
    'Cập nhật lúc 02:34 ngày 16/10/2020',
    'Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt',
    'Thúy Loan, Truyền Thanh',
    'Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương',
    'Tại họp mặt, có 02 cán bộ quận Ô Môn',
    '* Tại buổi họp mặt ở huyện Thới Lai',
    'Phát biểu tại buổi họp mặt, đồng chí Nguyễn Văn Phong',
    'Dịp này, Ban Dân vận Trung ương',
    'Hoàng Dung, Cẩm Tú',
    'In bài viết',
  ];
  let at = -1;
  for (const piece of order) {
    const i = text.indexOf(piece, at + 1);
    assert.ok(i > at, `"${piece}" appears after the previous piece`);
    at = i;
  }
  assert.equal((html.match(/<h1[\s>]/g) || []).length, 1, 'one h1');
  assert.equal(text.split('Ngày truyền thống công tác Dân vận của Đảng (15/10/1930').length - 1, 1, 'lead once');
  assert.doesNotMatch(html, /Google Bookmarks/);
  assert.match(html, /zalo/i);
  assert.match(html, /facebook\.com\/sharer/);
  assert.match(html, /<meta property="og:type" content="article"/);
  assert.match(html, /<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/quan-uy-huyen-uy\//);
  assert.match(html, /"@type":\s*"NewsArticle"/);
});

test('security and caching headers on pages', async () => {
  const res = await fetch(srv.url + articlePath);
  await res.text();
  assert.match(res.headers.get('content-security-policy'), /script-src 'self'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(res.headers.get('etag'));
  assert.ok(res.headers.get('last-modified'));
  assert.ok(res.headers.get('date'));
});

test('conditional requests get 304', async () => {
  const first = await fetch(srv.url + articlePath, { headers: { 'accept-encoding': 'identity' } });
  await first.text();
  const etag = first.headers.get('etag');
  const byEtag = await fetch(srv.url + articlePath, { headers: { 'if-none-match': etag, 'accept-encoding': 'identity' } });
  assert.equal(byEtag.status, 304);
  assert.equal(await byEtag.text(), '');
  const byDate = await fetch(srv.url + articlePath, { headers: { 'if-modified-since': first.headers.get('last-modified') } });
  assert.equal(byDate.status, 304);
  const stale = await fetch(srv.url + articlePath, { headers: { 'if-none-match': '"0000"' } });
  assert.equal(stale.status, 200);
  await stale.text();
});

test('pages are served pre-compressed with gzip and brotli', async () => {
  const plain = await (await fetch(srv.url + articlePath, { headers: { 'accept-encoding': 'identity' } })).text();
  for (const [coding, decode] of [['gzip', zlib.gunzipSync], ['br', zlib.brotliDecompressSync]]) {
    const res = await new Promise((resolve, reject) => {
      import('node:http').then(({ default: http }) => {
        http.get(srv.url + articlePath, { headers: { 'accept-encoding': coding } }, (r) => {
          const chunks = [];
          r.on('data', (c) => chunks.push(c));
          r.on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    });
    assert.equal(res.headers['content-encoding'], coding);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.ok(res.body.length < Buffer.byteLength(plain) / 2, `${coding} is smaller`);
    assert.equal(decode(res.body).toString('utf8'), plain);
  }
});

test('HEAD answers the headers of GET without a body', async () => {
  const get = await fetch(srv.url + articlePath, { headers: { 'accept-encoding': 'identity' } });
  const body = await get.arrayBuffer();
  const head = await fetch(srv.url + articlePath, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
  assert.equal(head.status, 200);
  assert.equal(Number(head.headers.get('content-length')), body.byteLength);
});

test('outdated slug or section redirects to the canonical URL', async () => {
  const id = articlePath.match(/-(\d+)$/)[1];
  for (const wrong of [`/quan-uy-huyen-uy/old-title-${id}`, `/other-section/x-${id}`, `/quan-uy-huyen-uy/${id}`]) {
    const res = await fetch(srv.url + wrong, { redirect: 'manual' });
    assert.equal(res.status, 301, wrong);
    assert.equal(res.headers.get('location'), articlePath);
  }
  const print = await fetch(srv.url + `/x/y-${id}/in`, { redirect: 'manual' });
  assert.equal(print.status, 301);
  assert.equal(print.headers.get('location'), articlePath + '/in');
});

test('print view has no navigation and a print stylesheet', async () => {
  const res = await fetch(srv.url + articlePath + '/in');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /print\.css/);
  assert.doesNotMatch(html, /<nav[\s>]/);
  assert.match(visible(html), /Hoàng Dung, Cẩm Tú/);
});

test('section page lists newest first and 404s past the last page', async () => {
  const res = await fetch(srv.url + '/quan-uy-huyen-uy');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<h1[^>]*>[^<]*QUẬN ỦY, HUYỆN ỦY/);
  assert.ok(html.includes(articlePath));
  assert.equal((await fetch(srv.url + '/quan-uy-huyen-uy?page=2')).status, 404);
  assert.equal((await fetch(srv.url + '/quan-uy-huyen-uy?page=abc')).status, 404);
  assert.equal((await fetch(srv.url + '/quan-uy-huyen-uy?page=01')).status, 404, 'one spelling per page');
  assert.equal((await fetch(srv.url + '//quan-uy-huyen-uy')).status, 404, 'no empty segments');
  assert.equal((await fetch(srv.url + '/quan-uy-huyen-uy?page=1&fbclid=xyz')).status, 200);
});

test('unknown paths get the Vietnamese 404 page', async () => {
  for (const p of ['/khong-co-trang-nay', '/a/b/c/d', '/quan-uy-huyen-uy/khong-co-999999', '/static/../../etc/passwd']) {
    const res = await fetch(srv.url + p);
    assert.equal(res.status, 404, p);
    const html = await res.text();
    assert.match(html, /Không tìm thấy trang/, p);
  }
});

test('static files are served with a content type', async () => {
  const css = await fetch(srv.url + '/static/css/site.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type'), /text\/css/);
  const font = await fetch(srv.url + '/static/fonts/be-vietnam-pro-vietnamese-400-normal.woff2');
  assert.equal(font.status, 200);
  assert.equal(font.headers.get('content-type'), 'font/woff2');
});
