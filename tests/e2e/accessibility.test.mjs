// Accessibility and valid HTML on every page kind: axe-core finds no WCAG 2.1 A/AA
// violation in light and in dark mode, and the Nu HTML Checker (vnu.jar on the machine's
// Java) reports no error. The saved copy ("Lưu bài viết") is checked too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, startServer } from '../integration/server.mjs';
import { attachSeedPhoto } from '../integration/seed_photo.mjs';
import { launchChromium } from './browser.mjs';
import { pageKinds, waitForListenLink } from './pages.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const kTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const kKinds = ['home', 'section', 'article', 'search', 'print'];

let srv;
let browser;
let kinds;
before(async () => {
  srv = await startServer();
  // A photo with a file, so its <img> and alt text are checked as well.
  attachSeedPhoto(srv.data, '2020/10/trao-giay-khen.png', 'Bí thư Quận ủy Ô Môn trao giấy khen');
  kinds = await pageKinds(srv.url);
  // The article page as readers get it: with its listen-to-article control.
  assert.ok(await waitForListenLink(srv.url, kinds.article), 'the seed article got its audio');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

// Runs axe in `page` (evaluated through the DevTools protocol, so the site's CSP, which
// allows no injected script, does not stop it) and returns its violations, readable.
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), kTags);
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\s+/g, ' ')).join('\n    ')}`);
}

for (const kind of kKinds) {
  test(`axe: no WCAG 2.1 AA violation on the ${kind} page, light and dark`, async (t) => {
    const k = kinds.pages.find((p) => p.kind === kind);
    if (!k) {
      t.skip(`not checked: ${kinds.missing[kind]} (not built yet)`);
      return;
    }
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, colorScheme });
      const page = await context.newPage();
      const res = await page.goto(srv.url + k.path);
      assert.equal(res.status(), 200);
      await page.evaluate(() => document.fonts.ready);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${kind} page, ${colorScheme} mode:\n  ${violations.join('\n  ')}`);
      if (kind === 'article') {
        // Once pressed, the play link is an audio player: checked in that state too.
        await page.getByRole('link', { name: 'Phát bản đọc' }).click();
        await page.locator('audio.listen__player').waitFor();
        const playing = await axeViolations(page);
        assert.deepEqual(playing, [], `article page with its player, ${colorScheme} mode:\n  ${playing.join('\n  ')}`);
      }
      await context.close();
    }
  });
}

test('axe: no WCAG 2.1 AA violation in the saved copy', async () => {
  const res = await fetch(srv.url + kinds.article + '/luu');
  assert.equal(res.status, 200);
  const html = await res.text();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.setContent(html);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `saved copy:\n  ${violations.join('\n  ')}`);
  await context.close();
});

test('Nu HTML Checker: no error on any page kind or the saved copy', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-vnu-'));
  try {
    const files = [];
    const targets = [...kinds.pages, { kind: 'saved-copy', path: kinds.article + '/luu' }];
    for (const k of targets) {
      const res = await fetch(srv.url + k.path);
      assert.equal(res.status, 200, k.path);
      const file = path.join(dir, `${k.kind}.html`);
      writeFileSync(file, await res.text());
      files.push(file);
    }
    for (const kind of Object.keys(kinds.missing)) t.diagnostic(`not checked: ${kinds.missing[kind]}`);
    // One Java start for all files; JSON on stderr, {"messages": [...]}.
    const vnu = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    assert.ok(vnu.stderr.trim().startsWith('{'), `vnu ran: ${vnu.error ?? ''} ${vnu.stderr.slice(0, 500)}`);
    const { messages } = JSON.parse(vnu.stderr);
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'}: ${m.message} [${(m.extract ?? '').trim()}]`);
    assert.deepEqual(errors, []);
    assert.equal(vnu.status, 0);
    assert.equal(files.length, targets.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
