// Sitemaps and robots.txt, checked by a sitemap validator: xmllint against the sitemap
// protocol's XSDs (tests/data/siteindex.xsd, sitemap.xsd; the Google News extension
// through sitemap-news-check.xsd).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, seedFile, startServer } from './server.mjs';
import { writeArticleFiles } from './article_files.mjs';

const kSchemas = path.join(root, 'tests/data');
const kRecentTitle = 'Thới Lai ra quân làm giao thông nông thôn';

let srv;
let files;
let scratch;
// Published an hour ago: in the news sitemap and in this month's sitemap.
const recent = new Date(Date.now() - 3600 * 1000);
before(async () => {
  files = writeArticleFiles([{
    name: 'moi', section: 'QUẬN ỦY, HUYỆN ỦY', title: kRecentTitle, date: recent,
    lead: 'Huyện Thới Lai ra quân làm đường giao thông nông thôn.', body: ['Đoạn một.'],
  }]);
  srv = await startServer({ files: [seedFile, ...files] });
  scratch = mkdtempSync(path.join(tmpdir(), 'toasoan-sitemaps-'));
});
after(async () => {
  const { code } = await srv.stop();
  assert.equal(code, 0);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(path.dirname(files[0]), { recursive: true, force: true });
});

// Validates `xml` against `schema` (a file of tests/data) with xmllint; returns its output.
function xmllint(xml, schema) {
  const file = path.join(scratch, `s-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const args = ['--noout'];
  if (schema) args.push('--schema', path.join(kSchemas, schema));
  const r = spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, `xmllint ${schema ?? ''}: ${r.stderr}`);
  return r.stderr;
}

async function getXml(p) {
  const res = await fetch(srv.url + p);
  assert.equal(res.status, 200, p);
  assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8', p);
  return res.text();
}

const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

// YYYY-MM of `date` in Vietnam.
function vietnamMonth(date) {
  const v = new Date(date.getTime() + 7 * 3600 * 1000);
  return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
}

test('robots.txt lets crawlers in and names the sitemaps', async () => {
  const res = await fetch(srv.url + '/robots.txt');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  const text = await res.text();
  assert.match(text, /^User-agent: \*$/m);
  assert.match(text, /^Disallow: \/api\/$/m);
  assert.doesNotMatch(text, /^Disallow: \/$/m);
  const sitemaps = [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sitemaps, [`${srv.url}/sitemap.xml`, `${srv.url}/sitemap-news.xml`]);
  for (const url of sitemaps) assert.equal((await fetch(url)).status, 200, url);
});

test('the sitemap index and every sitemap in it are valid', async () => {
  const index = await getXml('/sitemap.xml');
  const out = xmllint(index, 'siteindex.xsd');
  assert.match(out, /validates/);
  const months = [vietnamMonth(recent), '2020-10'];
  assert.deepEqual(locs(index), [
    `${srv.url}/sitemap-pages.xml`, ...months.map((m) => `${srv.url}/sitemap-${m}.xml`)]);
  // Each monthly sitemap with the time its newest article changed.
  assert.match(index, new RegExp(
    `<loc>${srv.url}/sitemap-2020-10.xml</loc><lastmod>2020-10-16T02:34:00\\+07:00</lastmod>`));

  const pages = await getXml('/sitemap-pages.xml');
  xmllint(pages, 'sitemap.xsd');
  assert.deepEqual(locs(pages), [`${srv.url}/`, `${srv.url}/quan-uy-huyen-uy`]);

  const october = await getXml('/sitemap-2020-10.xml');
  xmllint(october, 'sitemap.xsd');
  const [seed] = locs(october);
  assert.equal(locs(october).length, 1);
  assert.match(seed, /\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+$/);
  assert.equal((await fetch(seed)).status, 200, 'the listed page exists');

  const thisMonth = await getXml(`/sitemap-${vietnamMonth(recent)}.xml`);
  xmllint(thisMonth, 'sitemap.xsd');
  assert.equal(locs(thisMonth).length, 1);
  assert.match(locs(thisMonth)[0], /\/quan-uy-huyen-uy\/thoi-lai-ra-quan-[a-z0-9-]+-\d+$/);

  // A month without articles has no sitemap.
  assert.equal((await fetch(srv.url + '/sitemap-2019-01.xml')).status, 404);
});

test('the Google News sitemap lists the last two days and is valid', async () => {
  const news = await getXml('/sitemap-news.xml');
  assert.match(xmllint(news, 'sitemap-news-check.xsd'), /validates/);
  assert.equal(locs(news).length, 1, 'the seed (2020) is too old for it');
  assert.match(news, /<news:publication><news:name>Cổng Thông tin điện tử Thành phố Phù Sa<\/news:name><news:language>vi<\/news:language><\/news:publication>/);
  assert.match(news, new RegExp(`<news:title>${kRecentTitle}</news:title>`));
  const date = news.match(/<news:publication_date>([^<]+)<\/news:publication_date>/)[1];
  assert.match(date, /\+07:00$/);
  // The update line has minutes: the same minute as `recent`.
  assert.equal(Math.floor(Date.parse(date) / 60000), Math.floor(recent.getTime() / 60000));
});

test('the checks would catch an invalid sitemap', () => {
  // The schemas are real: a lastmod that is not a W3C datetime and a news item without
  // its language fail.
  const bad = (xml, schema) => {
    const file = path.join(scratch, 'bad.xml');
    writeFileSync(file, xml);
    return spawnSync('xmllint', ['--noout', '--schema', path.join(kSchemas, schema), file]).status;
  };
  assert.notEqual(bad('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    '<url><loc>http://127.0.0.1/a</loc><lastmod>16/10/2020</lastmod></url></urlset>', 'sitemap.xsd'), 0);
  assert.notEqual(bad('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://127.0.0.1/a</loc>' +
    '<news:news><news:publication><news:name>x</news:name></news:publication>' +
    '<news:publication_date>2020-10-16</news:publication_date><news:title>t</news:title>' +
    '</news:news></url></urlset>', 'sitemap-news-check.xsd'), 0);
});
