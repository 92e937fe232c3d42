import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const json = async (p, status = 200) => {
  const res = await fetch(srv.url + p);
  assert.equal(res.status, status, p);
  assert.match(res.headers.get('content-type'), /application\/json/);
  return res.json();
};

test('GET /api/v1/sections lists the sections', async () => {
  const body = await json('/api/v1/sections');
  assert.deepEqual(body.items.map((s) => s.slug), ['quan-uy-huyen-uy']);
  assert.equal(body.items[0].name, 'QUẬN ỦY, HUYỆN ỦY');
});

test('GET /api/v1/articles pages published articles with the article shape', async () => {
  const body = await json('/api/v1/articles?section=quan-uy-huyen-uy&page=1');
  assert.equal(body.page, 1);
  assert.equal(body.pages, 1);
  assert.equal(body.items.length, 1);
  const a = body.items[0];
  assert.deepEqual(Object.keys(a).sort(), ['body_html', 'bylines', 'id', 'lead', 'photos', 'published_at',
    'section', 'status', 'title', 'updated_at', 'url'].sort());
  assert.deepEqual(a.bylines, ['Hoàng Dung', 'Cẩm Tú']);
  assert.equal(a.status, 'published');
  assert.equal(a.published_at, '2020-10-15T19:34:00Z');
  assert.equal(a.photos.length, 1);
  assert.equal(a.photos[0].credit, 'Thúy Loan, Truyền Thanh');
  assert.equal(a.photos[0].url, null, 'a photo from a text export awaits its file');
  assert.match(a.url, /^http:\/\/127\.0\.0\.1:\d+\/quan-uy-huyen-uy\/o-mon-thoi-lai-.*-\d+$/);
  assert.deepEqual(a.section, { id: a.section.id, slug: 'quan-uy-huyen-uy', name: 'QUẬN ỦY, HUYỆN ỦY' });
  const all = await json('/api/v1/articles');
  assert.equal(all.items.length, 1);
});

test('GET /api/v1/articles/{id} returns one article; unknown ids are 404 JSON', async () => {
  const list = await json('/api/v1/articles');
  const a = await json(`/api/v1/articles/${list.items[0].id}`);
  assert.equal(a.title, 'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng');
  assert.match(a.body_html, /^<p/);
  const missing = await json('/api/v1/articles/999999', 404);
  assert.equal(missing.error.code, 'not_found');
  await json('/api/v1/articles?section=khong-co', 404);
  await json('/api/v1/articles?page=-1', 400);
});
