// RSS 2.0 and Atom feeds of the site and of each section, read by a real feed reader:
// Debian's python3-feedparser must parse every feed without its "bozo" flag (which it
// raises on any XML or feed error), and see the right entries, leads and cover photos.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, seedFile, toasoan } from './server.mjs';
import { attachSeedPhoto, kPixelPng } from './seed_photo.mjs';
import { writeArticleFiles } from './article_files.mjs';

const kSeedTitle =
  'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng';
const kSeedLead = 'Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống ' +
  'công tác Dân vận của Đảng (15/10/1930-15/10/2020).';
const kEconomyTitle = 'Giá lúa tăng nhẹ sau vụ thu hoạch';

let srv;
let files;
let scratch;
before(async () => {
  files = writeArticleFiles([{
    name: 'kinh-te-1', section: 'KINH TẾ', title: kEconomyTitle,
    date: new Date(Date.UTC(2020, 9, 20, 3, 0)),
    lead: 'Giá lúa tại các huyện tăng nhẹ, nông dân phấn khởi <sau> vụ mùa & chuẩn bị vụ mới.',
    body: ['Đoạn một.'], bylines: 'Minh Anh',
  }]);
  srv = await startServer({ files: [seedFile, ...files] });
  attachSeedPhoto(srv.data, '2020/10/trao-giay-khen.png', 'Bí thư Quận ủy Ô Môn trao giấy khen');
  scratch = mkdtempSync(path.join(tmpdir(), 'toasoan-feeds-'));
});
after(async () => {
  const { code } = await srv.stop();
  assert.equal(code, 0);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(path.dirname(files[0]), { recursive: true, force: true });
});

// Parses `xml` with feedparser and returns what it saw.
function feedparser(xml) {
  const file = path.join(scratch, `feed-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  // Debian's python3 (where python3-feedparser is installed), not another on the PATH.
  const py = spawnSync('/usr/bin/python3', ['-c', `
import html, json, sys, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": int(d.bozo),
  "error": str(d.get("bozo_exception", "")),
  "version": d.version,
  "title": d.feed.get("title"),
  "link": d.feed.get("link"),
  "language": d.feed.get("language"),
  "entries": [{
    "title": e.get("title"),
    "link": e.get("link"),
    "id": e.get("id"),
    # The text a reader sees: RSS descriptions are HTML, Atom's summary here is text.
    "summary": html.unescape(e.summary) if e.get("summary_detail", {}).get("type") == "text/html"
               else e.get("summary"),
    "authors": ", ".join(a.get("name", "") for a in e.get("authors", [])),
    "published": e.get("published_parsed") and list(e.published_parsed)[:6],
    "tags": [t.get("label") or t.get("term") for t in e.get("tags", [])],
    "enclosures": [{"href": x.get("href"), "type": x.get("type"), "length": x.get("length")}
                   for x in e.get("enclosures", [])],
  } for e in d.entries],
}))
`, file], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  return JSON.parse(py.stdout);
}

async function getFeed(p, type) {
  const res = await fetch(srv.url + p);
  assert.equal(res.status, 200, p);
  assert.equal(res.headers.get('content-type'), `${type}; charset=utf-8`, p);
  assert.ok(res.headers.get('etag'), `${p} is cached`);
  return res.text();
}

const kRss = 'application/rss+xml';
const kAtom = 'application/atom+xml';

test('the site feeds parse without errors and carry every article, newest first', async () => {
  for (const [p, type, version] of [['/rss.xml', kRss, 'rss20'], ['/atom.xml', kAtom, 'atom10']]) {
    const f = feedparser(await getFeed(p, type));
    assert.equal(f.bozo, 0, `${p}: ${f.error}`);
    assert.equal(f.version, version, p);
    assert.equal(f.title, 'Cổng Thông tin điện tử Thành phố Phù Sa', p);
    assert.equal(f.link, srv.url + '/', p);
    assert.deepEqual(f.entries.map((e) => e.title), [kEconomyTitle, kSeedTitle], p);
    const [economy, seed] = f.entries;
    assert.match(seed.link, /^http:\/\/127\.0\.0\.1:\d+\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+$/);
    assert.equal(seed.summary, kSeedLead, `${p}: the full lead`);
    // Escaped in the XML, plain text again for the reader.
    assert.equal(economy.summary,
      'Giá lúa tại các huyện tăng nhẹ, nông dân phấn khởi <sau> vụ mùa & chuẩn bị vụ mới.');
    assert.deepEqual(seed.published, [2020, 10, 15, 19, 34, 0], `${p}: 02:34 in Vietnam is 19:34 UTC`);
    assert.ok(seed.tags.includes('QUẬN ỦY, HUYỆN ỦY'), `${p}: the section as category`);
    assert.equal(seed.authors, 'Hoàng Dung, Cẩm Tú', `${p}: the bylines`);
    assert.match(seed.id, /^tag:127\.0\.0\.1,2020-10-16:bai-viet\/\d+$/);
  }
});

test('the cover photo is an enclosure with its type and length', async () => {
  for (const [p, type] of [['/rss.xml', kRss], ['/atom.xml', kAtom]]) {
    const f = feedparser(await getFeed(p, type));
    const seed = f.entries.find((e) => e.title === kSeedTitle);
    assert.deepEqual(seed.enclosures, [{
      href: srv.url + '/media/2020/10/trao-giay-khen.png', type: 'image/png',
      length: String(kPixelPng.length),
    }], p);
    // The file is really there, with that length.
    const photo = await fetch(seed.enclosures[0].href);
    assert.equal(photo.status, 200);
    assert.equal((await photo.arrayBuffer()).byteLength, kPixelPng.length);
    // An article whose photos have no file has no enclosure.
    assert.deepEqual(f.entries.find((e) => e.title === kEconomyTitle).enclosures, [], p);
  }
});

test('each section has its own feeds', async () => {
  for (const [slug, title, name] of [
    ['quan-uy-huyen-uy', kSeedTitle, 'QUẬN ỦY, HUYỆN ỦY'], ['kinh-te', kEconomyTitle, 'KINH TẾ']]) {
    for (const [p, type] of [[`/${slug}/rss.xml`, kRss], [`/${slug}/atom.xml`, kAtom]]) {
      const f = feedparser(await getFeed(p, type));
      assert.equal(f.bozo, 0, `${p}: ${f.error}`);
      assert.equal(f.title, `${name} - Cổng Thông tin điện tử Thành phố Phù Sa`);
      assert.equal(f.link, `${srv.url}/${slug}`);
      assert.deepEqual(f.entries.map((e) => e.title), [title], p);
    }
  }
  assert.equal((await fetch(srv.url + '/khong-co-chuyen-muc/rss.xml')).status, 404);
});

test('every page links its feeds from <head>', async () => {
  const home = await (await fetch(srv.url + '/')).text();
  const links = [...home.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">/g)]
    .map((m) => [m[1], m[3]]);
  assert.deepEqual(links, [[kRss, '/rss.xml'], [kAtom, '/atom.xml']]);
  const section = await (await fetch(srv.url + '/quan-uy-huyen-uy')).text();
  assert.match(section, /<link rel="alternate" type="application\/rss\+xml" title="QUẬN ỦY, HUYỆN ỦY - Cổng Thông tin điện tử Thành phố Phù Sa \(RSS\)" href="\/quan-uy-huyen-uy\/rss.xml">/);
  const article = section.match(/href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/)[1];
  const page = await (await fetch(srv.url + article)).text();
  assert.match(page, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/quan-uy-huyen-uy\/atom.xml">/);
  assert.match(page, /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/rss.xml">/);
  // The links lead to feeds.
  for (const href of ['/rss.xml', '/quan-uy-huyen-uy/atom.xml']) {
    assert.equal((await fetch(srv.url + href)).status, 200);
  }
});

test('a cached feed follows a newly published article', async () => {
  await getFeed('/rss.xml', kRss);  // cached now
  await getFeed('/kinh-te/atom.xml', kAtom);
  const [file] = writeArticleFiles([{
    name: 'kinh-te-2', section: 'KINH TẾ', title: 'Khởi công cầu mới bắc qua sông Hậu',
    date: new Date(Date.UTC(2020, 9, 21, 1, 0)), lead: 'Cây cầu dài 1,2 km.', body: ['Đoạn.'],
  }]);
  try {
    const imp = toasoan(['import', '--data', srv.data, file]);
    assert.equal(imp.status, 0, imp.stderr);
    let titles = [];
    for (let i = 0; i < 50; i++) {
      titles = feedparser(await getFeed('/kinh-te/atom.xml', kAtom)).entries.map((e) => e.title);
      if (titles.length === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(titles, ['Khởi công cầu mới bắc qua sông Hậu', kEconomyTitle]);
    const site = feedparser(await getFeed('/rss.xml', kRss));
    assert.equal(site.entries.length, 3);
    assert.equal(site.entries[0].title, 'Khởi công cầu mới bắc qua sông Hậu');
  } finally {
    rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
