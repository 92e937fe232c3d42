// What pages show around the article: "Đọc nhiều" (views counted in memory, cached pages
// included, written every --views-interval seconds), "Bài liên quan", and today's date
// with its lunar date in the header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { seedFile, startServer } from './server.mjs';
import { writeArticleFiles } from './article_files.mjs';

let srv;
let files;
const paths = {};
before(async () => {
  files = writeArticleFiles([
    {
      // Older than the seed: on equal views it would come second.
      name: 'dan-van', section: 'QUẬN ỦY, HUYỆN ỦY', date: new Date(Date.UTC(2020, 9, 10, 2, 0)),
      title: 'Thới Lai nhân rộng mô hình Dân vận khéo',
      lead: 'Ban Dân vận Huyện ủy Thới Lai biểu dương các mô hình Dân vận khéo.',
      body: ['Đoạn một.'],
    },
    {
      name: 'kinh-te', section: 'KINH TẾ', date: new Date(Date.UTC(2020, 9, 12, 2, 0)),
      title: 'Giá lúa tăng nhẹ sau vụ thu hoạch', lead: 'Giá lúa tại các chợ tăng nhẹ.',
      body: ['Đoạn một.'],
    },
  ]);
  // Views written every second; the lists refresh every fifth write.
  srv = await startServer({ files: [seedFile, ...files], extraArgs: ['--views-interval', '1', '--no-audio'] });
  const home = await (await fetch(srv.url + '/')).text();
  for (const [key, re] of [['seed', /href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/],
    ['danVan', /href="(\/quan-uy-huyen-uy\/thoi-lai-nhan-rong-[a-z0-9-]+-\d+)"/],
    ['economy', /href="(\/kinh-te\/gia-lua-[a-z0-9-]+-\d+)"/]]) {
    const m = home.match(re);
    assert.ok(m, `home links to ${key}`);
    paths[key] = m[1];
  }
});
after(async () => {
  const { code } = await srv.stop();
  assert.equal(code, 0);
  rmSync(path.dirname(files[0]), { recursive: true, force: true });
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The "Đọc nhiều" block of a page: its two lists as arrays of hrefs.
function mostRead(html) {
  const block = html.match(/<section class="block most-read"[\s\S]*?<\/section>/);
  if (!block) return null;
  const list = (heading) => {
    const m = block[0].match(new RegExp(`${heading}</h3><ol class="most-read__list">([\\s\\S]*?)</ol>`));
    return m ? [...m[1].matchAll(/href="([^"]+)"/g)].map((x) => x[1]) : [];
  };
  return { day: list('Trong 24 giờ qua'), week: list('Trong 7 ngày qua') };
}

test('views of cached article pages are counted and reach "Đọc nhiều"', async () => {
  assert.equal(mostRead(await (await fetch(srv.url + '/')).text()), null, 'nothing read yet');

  // The first view renders and caches the page; the rest are served from the cache.
  const first = await fetch(srv.url + paths.danVan);
  await first.text();
  const rendered = first.headers.get('last-modified');
  await sleep(1100);
  for (let i = 0; i < 4; i++) {
    const res = await fetch(srv.url + paths.danVan);
    await res.text();
    assert.equal(res.headers.get('last-modified'), rendered, 'served from the cache');
  }
  // A revalidation is a view too; a crawler and a prefetch are not; nor is the print view.
  const revalidated = await fetch(srv.url + paths.seed);
  await revalidated.text();
  const notModified = await fetch(srv.url + paths.seed, {
    headers: { 'if-none-match': revalidated.headers.get('etag') } });
  assert.equal(notModified.status, 304);
  for (const headers of [{ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' },
    { 'sec-purpose': 'prefetch' }]) {
    for (let i = 0; i < 5; i++) await (await fetch(srv.url + paths.seed, { headers })).text();
  }
  for (let i = 0; i < 5; i++) await (await fetch(srv.url + paths.seed + '/in')).text();

  // Counts are written within a second and the lists refresh within five; the cached
  // home page is dropped when they change.
  let home;
  for (let i = 0; i < 100; i++) {
    home = mostRead(await (await fetch(srv.url + '/')).text());
    if (home?.day.length === 2) break;
    await sleep(200);
  }
  assert.deepEqual(home, { day: [paths.danVan, paths.seed], week: [paths.danVan, paths.seed] });

  const api = await (await fetch(srv.url + '/api/v1/most-read')).json();
  const views = (list) => list.map((x) => [x.url.replace(srv.url, ''), x.views]);
  assert.deepEqual(views(api.day), [[paths.danVan, 5], [paths.seed, 2]]);
  assert.deepEqual(views(api.week), views(api.day));
  assert.equal(api.day[0].title, 'Thới Lai nhân rộng mô hình Dân vận khéo');

  const article = mostRead(await (await fetch(srv.url + paths.economy)).text());
  assert.deepEqual(article.day, [paths.danVan, paths.seed]);
});

test('"Bài liên quan" lists articles sharing rare words, not the others', async () => {
  const html = await (await fetch(srv.url + paths.seed)).text();
  const block = html.match(/<section class="related"[\s\S]*?<\/section>/);
  assert.ok(block, 'the seed has related articles');
  assert.match(block[0], /<h2 class="related__title" id="bai-lien-quan">Bài liên quan<\/h2>/);
  const hrefs = [...block[0].matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, [paths.danVan], 'shares "Thới Lai", "Dân vận"; the rice prices do not');
  assert.ok(html.indexOf('</article>') < html.indexOf('id="bai-lien-quan"'), 'after the article');
});

test('the header shows today in Vietnam with its lunar date', async () => {
  const html = await (await fetch(srv.url + '/quan-uy-huyen-uy')).text();
  const m = html.match(/<p class="site-header__date"><time datetime="(\d{4}-\d{2}-\d{2})">(Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), (\d{2}\/\d{2}\/\d{4})<\/time> \((\d{1,2})\/(\d{1,2})( nhuận)? âm lịch\)<\/p>/);
  assert.ok(m, 'a date line in the header');
  // Today in UTC+7 (the request and the check may straddle midnight: either day).
  const day = (offsetMs) => {
    const v = new Date(Date.now() + 7 * 3600 * 1000 - offsetMs);
    const two = (n) => String(n).padStart(2, '0');
    return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  };
  assert.ok([day(0), day(60000)].includes(m[3]), `${m[3]} is today in Vietnam`);
  assert.equal(m[1], m[3].split('/').reverse().join('-'));
  assert.ok(Number(m[4]) >= 1 && Number(m[4]) <= 30);
  assert.ok(Number(m[5]) >= 1 && Number(m[5]) <= 12);
});
