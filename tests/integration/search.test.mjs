// Search: the page /tim-kiem and GET /api/v1/search, on the seed plus a small corpus of
// its own written here in the seed's export format.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, seedFile, toasoan } from './server.mjs';

// [file name, section, title, "HH:MM DD/MM/YYYY", lead, body paragraphs...]
const corpus = [
  ['o-mon-ca-dao', 'VĂN HÓA', 'Chữ Ơ Môn trong ca dao Nam Bộ', '08:00 01/03/2019',
    'Tiếng gọi Ơ Môn đi vào ca dao.', 'Người xưa gọi Ơ Môn khi qua sông.'],
  ['ban-hang', 'KINH TẾ', 'Chợ phiên cuối tuần', '08:00 02/03/2019',
    'Người dân bán hàng ở chợ phiên.', 'Phiên chợ đông vui.'],
  ['ban-doc', 'KINH TẾ', 'Thư bạn đọc', '09:00 02/03/2019',
    'Ý kiến bạn đọc về chợ phiên.', 'Xin cảm ơn bạn đọc.'],
  ['ban-chap-hanh', 'KINH TẾ', 'Ban chấp hành họp phiên thường kỳ', '10:00 02/03/2019',
    'Ban chấp hành họp phiên thường kỳ.', 'Nội dung cuộc họp.'],
  ['thoi-gian', 'KINH TẾ', 'Trả lại tài sản cho người đánh rơi', '11:00 02/03/2025',
    'Trong thời gian qua, nhiều người đã trả lại tài sản nhặt được.', 'Việc tốt được khen.'],
];

let srv;
let dir;
before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'toasoan-search-'));
  const files = corpus.map(([name, section, title, when, ...paragraphs]) => {
    const [time, date] = when.split(' ');
    const file = path.join(dir, `${name}.txt`);
    writeFileSync(file, [section, '', title, `Cập nhật lúc ${time} ngày ${date}`, '',
      ...paragraphs.flatMap((p) => [p, '']), 'Phóng viên Một'].join('\n'));
    return file;
  });
  srv = await startServer({ files: [seedFile, ...files] });
});
after(async () => {
  await srv?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api(q, extra = '', status = 200) {
  const res = await fetch(`${srv.url}/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(res.status, status, `${q}${extra}`);
  assert.match(res.headers.get('content-type'), /application\/json/);
  return res.json();
}

const titles = (body) => body.items.map((i) => i.title);
const seedTitle = 'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng';

test('the seed is found by every spelling a reader types', async () => {
  for (const q of ['Ô Môn', 'o mon', 'Ô MÔN', 'dan van kheo', '"công tác dân vận"', 'thuý loan',
    'Ô Môn'.normalize('NFD')]) {
    const body = await api(q);
    assert.ok(titles(body).includes(seedTitle), q);
    assert.equal(body.decoded, false, q);
  }
  const exact = await api('"công tác dân vận"');
  assert.deepEqual(titles(exact), [seedTitle]);
});

test('"Ơ Môn" finds the seed loosely, after the article that spells it so', async () => {
  const body = await api('Ơ Môn');
  assert.deepEqual(titles(body), ['Chữ Ơ Môn trong ca dao Nam Bộ', seedTitle]);
  const plain = await api('Ô Môn');
  assert.deepEqual(titles(plain), [seedTitle, 'Chữ Ơ Môn trong ca dao Nam Bộ']);
});

test('exact spelling ranks first, word by word; no marks means no penalty', async () => {
  // In one section: the seed, newer, has "Ban Dân vận" too.
  assert.deepEqual(titles(await api('bán', '&section=kinh-te')),
    ['Chợ phiên cuối tuần', 'Ban chấp hành họp phiên thường kỳ', 'Thư bạn đọc']);
  assert.deepEqual(titles(await api('ban', '&section=kinh-te')),
    ['Ban chấp hành họp phiên thường kỳ', 'Thư bạn đọc', 'Chợ phiên cuối tuần']);
  const all = titles(await api('bán'));
  assert.equal(all[0], 'Chợ phiên cuối tuần');
  assert.equal(all[1], seedTitle, 'then newest first among the loose matches');
});

test('adjacent words rank above scattered ones', async () => {
  const body = await api('thoi lai');
  assert.equal(body.items[0].title, seedTitle, 'Thới Lai beats the newer "thời gian … trả lại"');
  assert.ok(titles(body).includes('Trả lại tài sản cho người đánh rơi'));
});

test('each item has its fields and a snippet marking the original words', async () => {
  const body = await api('o mon');
  const item = body.items.find((i) => i.title === seedTitle);
  assert.deepEqual(Object.keys(item).sort(),
    ['id', 'published_at', 'section', 'snippet', 'title', 'title_html', 'url']);
  assert.match(item.url, /^http:\/\/127\.0\.0\.1:\d+\/quan-uy-huyen-uy\/o-mon-thoi-lai-.*-\d+$/);
  assert.equal(item.published_at, '2020-10-15T19:34:00Z');
  assert.deepEqual(item.section, { id: item.section.id, slug: 'quan-uy-huyen-uy', name: 'QUẬN ỦY, HUYỆN ỦY' });
  assert.match(item.snippet, /<mark>Ô<\/mark> <mark>Môn<\/mark>/);
  assert.match(item.title_html, /^<mark>Ô<\/mark> <mark>Môn<\/mark>, Thới Lai/);
  assert.equal(body.page, 1);
  assert.equal(body.has_more, false);
});

test('an ASCII query that finds nothing is read as Telex, then VNI, and says so', async () => {
  const telex = await api('daan vaanj kheos');
  assert.equal(telex.decoded, true);
  assert.equal(telex.searched_for, 'dân vận khéo');
  assert.deepEqual(titles(telex), [seedTitle]);
  const vni = await api('da6n va6n5 khe1o');
  assert.equal(vni.searched_for, 'dân vận khéo');
  assert.deepEqual(titles(vni), [seedTitle]);

  const res = await fetch(`${srv.url}/tim-kiem?q=daan+vaanj+kheos`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /Không có kết quả cho “daan vaanj kheos”\. Đã tìm với “<strong>dân vận khéo<\/strong>”/);
  assert.match(html, /<mark>Dân<\/mark> <mark>vận<\/mark> <mark>khéo<\/mark>/);
});

test('filters by section and date', async () => {
  const econ = await api('phiên', '&section=kinh-te');
  assert.equal(econ.items.length, 3);
  assert.ok(econ.items.every((i) => i.section.slug === 'kinh-te'));
  const none = await api('phiên', '&section=van-hoa');
  assert.equal(none.items.length, 0);
  assert.match(none.message, /^Không tìm thấy bài viết nào cho “phiên”/);
  const day = await api('phiên', '&from=2019-03-02&to=2019-03-02');
  assert.equal(day.items.length, 3);
  const later = await api('phiên', '&from=2019-03-03');
  assert.equal(later.items.length, 0);
  const viDate = await api('Ơ Môn', '&to=01/03/2019');
  assert.deepEqual(titles(viDate), ['Chữ Ơ Môn trong ca dao Nam Bộ']);
});

test('bad parameters are 400/404 in the API, a friendly page on the site', async () => {
  await api('', '', 400);
  await api('!!!', '', 400);
  await api('dân', '&page=0', 400);
  await api('dân', '&from=hôm-qua', 400);
  const unknown = await api('dân', '&section=khong-co', 404);
  assert.equal(unknown.error.code, 'not_found');
  const res = await fetch(`${srv.url}/tim-kiem?q=d%C3%A2n&from=h%C3%B4m-qua&page=abc`);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /Không đọc được ngày bạn nhập/);
});

test('nothing found: a Vietnamese message with suggestions', async () => {
  const res = await fetch(`${srv.url}/tim-kiem?q=xyzzy+quux&section=kinh-te`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /Không tìm thấy bài viết nào cho “xyzzy quux”\./);
  assert.match(html, /gõ không dấu/);
  assert.match(html, /href="\/tim-kiem\?q=xyzzy%20quux">tìm trong mọi chuyên mục và mọi ngày/);
});

test('any bytes get a page or an answer, never a 500, and are escaped', async () => {
  const hostile = ['%FF%FE%00', '%22%22%22', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'a%2A',
    'NEAR(a%20b)', '%5E', 'x'.repeat(5000), '%E1%BB'.repeat(300), encodeURIComponent('ô '.repeat(400)),
    encodeURIComponent('"Ô" OR title:môn AND -dân')];
  for (const q of hostile) {
    const page = await fetch(`${srv.url}/tim-kiem?q=${q}`);
    assert.equal(page.status, 200, q.slice(0, 40));
    const html = await page.text();
    assert.doesNotMatch(html, /<script>alert/);
    const res = await fetch(`${srv.url}/api/v1/search?q=${q}`);
    assert.ok(res.status === 200 || res.status === 400, `${q.slice(0, 40)}: ${res.status}`);
  }
  const long = await api('ô '.repeat(400));
  assert.equal(long.truncated, true);
  assert.ok(long.query.length <= 200);
});

test('search answers are not cached by the server or shared caches', async () => {
  for (const p of ['/tim-kiem?q=o+mon', '/api/v1/search?q=o+mon']) {
    const res = await fetch(srv.url + p);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control'), /private/);
    assert.equal(res.headers.get('etag'), null, p);
  }
});

test('every page has a labelled search box', async () => {
  const html = await (await fetch(`${srv.url}/`)).text();
  assert.match(html, /<form class="site-search" action="\/tim-kiem" method="get" role="search"/);
  assert.match(html, /<label class="visually-hidden" for="o-tim-kiem">Tìm kiếm<\/label>/);
  const empty = await (await fetch(`${srv.url}/tim-kiem`)).text();
  assert.match(empty, /Nhập từ khóa, có dấu hoặc không dấu/);
});

test('toasoan reindex rebuilds the index with a progress bar while the site serves', async () => {
  const run = toasoan(['reindex', '--data', srv.data]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /reindex \[#{30}\] 100% 6\/6/);
  assert.match(run.stderr, /indexed 6 published articles in [\d.]+ s/);
  assert.deepEqual(titles(await api('Ơ Môn')), ['Chữ Ơ Môn trong ca dao Nam Bộ', seedTitle]);
  const usage = toasoan(['reindex', '--bogus']);
  assert.equal(usage.status, 2);
});
