// Reading comfort in Chromium: text size (A−, A, A+) kept in the browser and applied
// before the first paint, dark mode from the system with AA contrast, the skip link,
// visible focus, alt text on photos, and "Lưu bài viết" giving a copy that opens offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../integration/server.mjs';
import { attachSeedPhoto } from '../integration/seed_photo.mjs';
import { launchChromium } from './browser.mjs';

const kPhotoAlt = 'Bí thư Quận ủy Ô Môn trao giấy khen cho các tập thể';
const kTitle = 'Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng';

let srv;
let browser;
let articleUrl;
before(async () => {
  srv = await startServer();
  attachSeedPhoto(srv.data, '2020/10/trao-giay-khen.png', kPhotoAlt);
  const home = await (await fetch(srv.url + '/')).text();
  articleUrl = srv.url + home.match(/href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/)[1];
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

async function phone(options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

const bodyTextPx = (page) => page.locator('.article__body p').first()
  .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test('A+ and A− change the text size, and the page remembers it without a flash', async () => {
  const { context, page, errors } = await phone();
  await page.goto(articleUrl);
  const group = page.getByRole('group', { name: 'Cỡ chữ' });
  assert.ok(await group.isVisible(), 'the text-size buttons show where scripts run');
  const normal = await bodyTextPx(page);
  assert.equal(normal, 17);

  await group.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  await group.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  assert.equal(await bodyTextPx(page), normal * 1.25);
  assert.equal(await page.evaluate(() => localStorage.getItem('toasoan.textSize')), '2');

  // The size comes back on the next page before site.js could run: with site.js blocked,
  // only the small script in <head> can have applied it.
  await context.route('**/static/js/site.js', (route) => route.abort());
  await page.goto(srv.url + '/');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), '2');
  await page.goto(articleUrl);
  assert.equal(await bodyTextPx(page), normal * 1.25);
  // …and it runs before the first paint: a classic script in <head>, before any
  // stylesheet, neither deferred nor async (the parser waits for it).
  const early = await page.evaluate(() => {
    const s = document.querySelector('head script[src="/static/js/text-size.js"]');
    const css = document.querySelector('head link[rel="stylesheet"]');
    return s && !s.defer && !s.async &&
      Boolean(s.compareDocumentPosition(css) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(early, 'text-size.js is a blocking script ahead of the stylesheets');
  await context.unroute('**/static/js/site.js');

  await page.goto(articleUrl);
  await group.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  assert.equal(await bodyTextPx(page), normal);
  assert.equal(await page.evaluate(() => localStorage.getItem('toasoan.textSize')), null);
  const smaller = group.getByRole('button', { name: 'Chữ nhỏ hơn' });
  await smaller.click();
  assert.equal(await bodyTextPx(page), normal * 0.875);
  assert.equal(await smaller.getAttribute('aria-disabled'), 'true', 'the smallest size');
  // Playwright will not click a control marked disabled; a reader's click still lands.
  await smaller.dispatchEvent('click');  // nothing smaller
  assert.equal(await bodyTextPx(page), normal * 0.875);
  const larger = group.getByRole('button', { name: 'Chữ lớn hơn' });
  for (let i = 0; i < 4; ++i) await larger.click();
  assert.equal(await bodyTextPx(page), normal * 1.5, 'the largest size');
  assert.equal(await larger.getAttribute('aria-disabled'), 'true');
  assert.equal(await smaller.getAttribute('aria-disabled'), null);
  // Nothing sticks out sideways even at the largest size on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  assert.deepEqual(errors, []);
  await context.close();
});

// WCAG relative luminance and contrast ratio of two "rgb(r, g, b)" colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('dark mode follows the system and keeps AA contrast', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await phone({ colorScheme });
    await page.goto(articleUrl);
    const colours = await page.evaluate(() => {
      const c = (sel, prop = 'color') => getComputedStyle(document.querySelector(sel))[prop];
      return {
        bg: getComputedStyle(document.body).backgroundColor,
        text: c('.article__body p'),
        muted: c('.article__updated'),
        link: c('.article__section a'),
        button: c('.text-size__button'),
        share: c('.share__link--zalo'),
      };
    });
    const dark = contrast(colours.bg, 'rgb(0, 0, 0)') < contrast(colours.bg, 'rgb(255, 255, 255)');
    assert.equal(dark, colorScheme === 'dark', `${colorScheme}: background ${colours.bg}`);
    for (const [what, colour] of Object.entries(colours)) {
      if (what === 'bg') continue;
      const ratio = contrast(colour, colours.bg);
      assert.ok(ratio >= 4.5, `${colorScheme}: ${what} ${colour} on ${colours.bg} is ${ratio.toFixed(2)}:1`);
    }
    await context.close();
  }
});

test('the skip link comes first on Tab and Enter moves focus to the main content', async () => {
  const { context, page } = await phone();
  await page.goto(articleUrl);
  await page.keyboard.press('Tab');
  // It slides in (unless the reader asked for reduced motion).
  await page.waitForFunction(() => document.activeElement.getBoundingClientRect().top >= 0);
  const skip = await page.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    const s = getComputedStyle(a);
    return { text: a.textContent, href: a.getAttribute('href'), top: r.top, bottom: r.bottom,
      outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.equal(skip.text, 'Bỏ qua, đến nội dung chính');
  assert.equal(skip.href, '#noi-dung');
  assert.ok(skip.top >= 0 && skip.bottom <= 780, 'the focused skip link is on screen');
  assert.ok(skip.outline !== 'none' && skip.width >= 2, 'with a visible focus ring');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'noi-dung');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN');
  // The next Tab continues inside the main content, past the menu.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)));
  await context.close();
});

test('every link and button shows where the keyboard focus is', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await phone({ colorScheme });
    await page.goto(articleUrl);
    const seen = new Set();
    for (let i = 0; i < 60; ++i) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        const s = getComputedStyle(a);
        return { key: a.outerHTML.slice(0, 80), outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
          colour: s.outlineColor, bg: getComputedStyle(document.body).backgroundColor };
      });
      if (!f || seen.has(f.key)) break;  // wrapped around to the start
      seen.add(f.key);
      assert.ok(f.outline !== 'none' && f.width >= 2, `${colorScheme}: no focus ring on ${f.key}`);
    }
    assert.ok(seen.size >= 10, `${colorScheme}: tabbed through ${seen.size} controls`);
    await context.close();
  }
});

test('every picture has alt text; the photo has its own', async () => {
  const { context, page } = await phone();
  await page.goto(articleUrl);
  const imgs = await page.locator('img').evaluateAll((all) => all.map((i) => ({
    src: i.getAttribute('src'), alt: i.getAttribute('alt') })));
  assert.ok(imgs.length >= 2, 'the logo and the photo');
  for (const img of imgs) assert.notEqual(img.alt, null, `${img.src} has an alt attribute`);
  assert.deepEqual(imgs.find((i) => i.src.startsWith('/media/')),
    { src: '/media/2020/10/trao-giay-khen.png', alt: kPhotoAlt });
  await context.close();
});

test('"Lưu bài viết" downloads a copy that opens offline with its photo', async () => {
  const { context, page } = await phone({ acceptDownloads: true });
  await page.goto(articleUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lưu bài viết' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^o-mon-thoi-lai-hop-mat-ky-niem-90-nam-[a-z0-9-]+\.html$/);
  // Playwright keeps the download under a random name; a reader's copy ends in .html.
  const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-saved-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script/i);
  assert.ok(html.includes(kTitle));

  // Opened from disk with the network cut: everything it shows is inside the file.
  const offline = await browser.newContext({ offline: true });
  const copy = await offline.newPage();
  const requests = [];
  copy.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  await copy.goto(pathToFileURL(file).href);
  assert.equal((await copy.locator('h1').innerText()).trim(), kTitle);
  const photo = copy.getByRole('img', { name: kPhotoAlt });
  assert.equal(await photo.evaluate((i) => i.complete && i.naturalWidth), 1, 'the photo shows');
  assert.match(await copy.locator('body').innerText(), /Hoàng Dung, Cẩm Tú/);
  assert.deepEqual(requests, [], 'nothing fetched');
  await offline.close();
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});
