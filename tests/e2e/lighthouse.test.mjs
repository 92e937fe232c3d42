// Lighthouse on the five page kinds (home, section, article, search, print): at least 95
// in performance, accessibility, best practices and SEO on Lighthouse's default profile
// (a throttled mobile: simulated slow 4G, 4× slower CPU, a Moto G Power screen), driving
// Debian's Chromium through chrome-launcher. The scores go to
// test-output/lighthouse-scores.json and a table on stdout; the README quotes them.
//
// One server, one browser, one page at a time: runs take ~20 s each and must not compete
// for the two cores (ctest runs this test alone, see CMakeLists.txt).
//
// Two pages are left out of the SEO bar, and only of it: the print view and the search
// page are "noindex" on purpose (the print view's canonical is the article page, the one
// to index; search results are endless near-copies of the listings, which search engines
// ask sites not to index), so Lighthouse's "is-crawlable" audit fails there by design.
// The test checks that each carries the noindex and that is-crawlable is its only SEO
// failure, so nothing else can hide behind the exception.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { root, startServer } from '../integration/server.mjs';
import { pageKinds, waitForListenLink } from './pages.mjs';

const kBar = 95;
// Performance is a timing, and a shared machine is noisy: the test waits for the machine
// to be mostly idle before each run, and a page below the bar on its first run is judged
// by the median of five (below). Measured with nothing else running, the article page
// (the heaviest) scores 98-100 in single runs since it lost its eager <audio> element and
// four of its eight font files; a page that drops below 95 again fails here.
const kCategories = ['performance', 'accessibility', 'best-practices', 'seo'];
const kKinds = ['home', 'section', 'article', 'search', 'print'];
// kind → {category: reason} for a bar that cannot apply to that page.
const kNoindex = 'noindex on purpose: Lighthouse\'s is-crawlable fails by design';
const kExempt = { print: { seo: kNoindex }, search: { seo: kNoindex } };
const kExemptAudits = { print: ['is-crawlable'], search: ['is-crawlable'] };
// Lighthouse's own advice on variance: judge the median of several runs. A page below
// the bar on its first run gets four more, and its median score per category counts.
const kRetries = 4;

let srv;
let chrome;
let kinds;
const results = {};
before(async () => {
  srv = await startServer();
  kinds = await pageKinds(srv.url);
  // The server makes the seed's listen-to-article audio in the background after start;
  // measure the article page as readers get it (with its play link), once that work is done
  // and no longer competes with the browser for the CPU.
  assert.ok(await waitForListenLink(srv.url, kinds.article), 'the seed article got its audio');
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  // A fresh browser's first Lighthouse run pays one-off costs (cold profile, caches and
  // compiled code) and scored whichever page came first 2-3 points lower than the runs
  // after it: one discarded run on the home page, so every page is measured warm.
  await run(srv.url + '/');
});
after(async () => {
  await chrome?.kill();
  await srv?.stop();
  // Whatever ran is recorded, even when a bar failed.
  const outDir = path.join(root, 'test-output');
  mkdirSync(outDir, { recursive: true });
  const record = {
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    chromium: results.chromium,
    profile: 'Lighthouse default: mobile, simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU)',
    date: new Date().toISOString(),
    pages: results.pages ?? {},
    skipped: kinds?.missing ?? {},
  };
  writeFileSync(path.join(outDir, 'lighthouse-scores.json'), JSON.stringify(record, null, 2) + '\n');
  const rows = Object.entries(record.pages).map(([kind, p]) =>
    `| ${kind.padEnd(8)} | ${kCategories.map((c) => String(p.scores[c]).padStart(c.length)).join(' | ')} | ${p.runs} |`);
  console.log([
    `Lighthouse ${record.lighthouse}, ${record.profile}`,
    `| page     | ${kCategories.join(' | ')} | runs |`,
    `| -------- | ${kCategories.map((c) => '-'.repeat(c.length)).join(' | ')} | ---- |`,
    ...rows,
    ...Object.entries(record.skipped).map(([k, why]) => `(${k} not measured: ${why})`),
  ].join('\n'));
});

// The share of CPU time the whole machine left idle over `ms` (from /proc/stat).
async function idleShare(ms) {
  const sample = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
  };
  const a = sample();
  await sleep(ms);
  const b = sample();
  return (b.idle - a.idle) / Math.max(1, b.total - a.total);
}

// Lighthouse judges the page from the CPU time its tasks took here, times four: on a
// machine busy with other work (a compiler on a shared box) the same page scores lower.
// Wait a little for the machine to be mostly idle (in CI, where ctest runs this test
// alone, it is at once); a machine that stays busy is said in the test's diagnostics.
async function waitForQuietMachine(t) {
  const deadline = Date.now() + 15_000;
  let idle = await idleShare(1000);
  while (idle < 0.7 && Date.now() < deadline) idle = await idleShare(2000);
  if (idle < 0.7) t.diagnostic(`the machine stayed busy (${Math.round(idle * 100)}% idle): scores may be low`);
}

async function run(url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, {
    extends: 'lighthouse:default',
    settings: {
      onlyCategories: kCategories,
      // Pictures of the page only: no audit scores them, and they cost seconds a run.
      skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot'],
    },
  });
  return result.lhr;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const kind of kKinds) {
  test(`Lighthouse: the ${kind} page scores at least ${kBar}`, async (t) => {
    const k = kinds.pages.find((p) => p.kind === kind);
    if (!k) {
      t.skip(`not measured: ${kinds.missing[kind]} (not built yet)`);
      return;
    }
    await waitForQuietMachine(t);
    const lhrs = [await run(srv.url + k.path)];
    const below = (lhr) => kCategories.some((c) => !kExempt[kind]?.[c] && lhr.categories[c].score * 100 < kBar);
    if (below(lhrs[0])) {
      for (let i = 0; i < kRetries; ++i) {
        await waitForQuietMachine(t);
        lhrs.push(await run(srv.url + k.path));
      }
    }
    results.chromium ??= lhrs[0].environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0];
    const scores = Object.fromEntries(kCategories.map((c) =>
      [c, median(lhrs.map((l) => Math.round(l.categories[c].score * 100)))]));
    // What each failing audit said, from the run closest to the median, for the message.
    const failing = (lhr) => kCategories.flatMap((c) => lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => `${c}/${r.id}: ${lhr.audits[r.id].score}${lhr.audits[r.id].displayValue ? ' ' + lhr.audits[r.id].displayValue : ''}`));
    const notes = failing(lhrs[lhrs.length - 1]);
    results.pages ??= {};
    results.pages[kind] = { path: k.path, scores, runs: lhrs.length, below_one: notes,
      ...(kExempt[kind] ? { exempt: kExempt[kind] } : {}) };
    for (const c of kCategories) {
      if (kExempt[kind]?.[c]) continue;
      assert.ok(scores[c] >= kBar, `${kind} ${c} ${scores[c]} < ${kBar}; audits below 1:\n  ${notes.join('\n  ')}`);
    }
    // An exempt category fails only by the audit named for it, on a page that says noindex.
    if (kExempt[kind]) {
      const html = await (await fetch(srv.url + k.path)).text();
      assert.match(html, /<meta name="robots" content="noindex">/, `${kind} is noindex`);
    }
    for (const c of Object.keys(kExempt[kind] ?? {})) {
      for (const lhr of lhrs) {
        const others = lhr.categories[c].auditRefs.filter((r) => r.weight > 0 &&
          !kExemptAudits[kind].includes(r.id) && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1);
        assert.deepEqual(others.map((r) => r.id), [], `${kind} ${c}: only ${kExemptAudits[kind]} may fail`);
      }
    }
  });
}
