// Listen to the article: the server makes the seed article's audio in the background,
// the page then shows the player, and Chromium loads and plays the MP3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { seedFile, startServer, toasoan } from '../integration/server.mjs';
import { launchChromium } from './browser.mjs';

let srv;
let browser;
before(async () => {
  srv = await startServer();
  // Lets play() start without a click, for this test only.
  browser = await launchChromium({ extraArgs: ['--autoplay-policy=no-user-gesture-required'] });
});
after(async () => {
  await browser?.close();
  await srv?.stop();
});

async function seedArticle(server) {
  const res = await fetch(server.url + '/api/v1/articles');
  const body = await res.json();
  assert.equal(body.items.length, 1);
  return { id: body.items[0].id, path: new URL(body.items[0].url).pathname };
}

// Polls the article page until it shows the player (the audio is made after start).
async function waitForPlayer(articlePath, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let html = '';
  while (Date.now() < deadline) {
    const res = await fetch(srv.url + articlePath);
    assert.equal(res.status, 200, 'the page serves while its audio is being made');
    html = await res.text();
    if (html.includes('data-listen')) return html;
    await sleep(500);
  }
  assert.fail(`no player on ${articlePath} after ${timeoutMs / 1000} s:\n${srv.stderr()}`);
}

// "PT3M41S" → 221.
function isoSeconds(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  assert.ok(m, `"${iso}" is an ISO duration`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

test('the seed article plays as Vietnamese speech in Chromium, with the date read in words', async () => {
  const { id, path: articlePath } = await seedArticle(srv);

  // The text the audio speaks: numbers, dates and times in words, UBND expanded.
  const printed = toasoan(['audio', '--data', srv.data, '--article', String(id), '--print-text']);
  assert.equal(printed.status, 0, printed.stderr);
  assert.ok(printed.stdout.includes('Cập nhật lúc hai giờ ba mươi tư phút ngày mười sáu tháng mười năm '
    + 'hai nghìn không trăm hai mươi'), printed.stdout);
  assert.ok(printed.stdout.includes('Chủ tịch Ủy ban nhân dân thành phố'));
  assert.ok(!printed.stdout.includes('16/10/2020'));
  assert.ok(!/[0-9]/.test(printed.stdout), 'no digit is left for the synthesiser to guess');

  await waitForPlayer(articlePath);

  const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(srv.url + articlePath);

  // The page carries a link to the MP3, no media element, until the reader presses it.
  const play = page.getByRole('link', { name: 'Phát bản đọc' });
  assert.ok(await play.isVisible(), 'the play link is visible');
  assert.ok(await page.getByText('Nghe bài viết').isVisible());
  const src = await play.getAttribute('href');
  assert.match(src, new RegExp(`^/media/audio/${id}-[0-9a-f]{16}\\.mp3$`));
  assert.equal(await page.locator('audio').count(), 0);
  // By keyboard: Enter on the link puts the player in its place, focused, on the same file.
  await play.focus();
  await page.keyboard.press('Enter');
  const player = page.locator('audio.listen__player');
  await player.waitFor();
  assert.ok(await player.isVisible(), 'the player is visible');
  assert.equal(await player.getAttribute('src'), src);
  assert.equal(await play.count(), 0, 'the link made way for the player');
  assert.ok(await player.evaluate((a) => a.controls && document.activeElement === a), 'controls, focused');
  assert.equal(await player.getAttribute('aria-labelledby'), 'nghe-bai-viet');
  assert.equal(page.url(), srv.url + articlePath, 'the reader stays on the article');
  const shown = isoSeconds(await page.locator('.listen__duration time').getAttribute('datetime'));

  // The file: MP3 frames served as audio/mpeg.
  const res = await fetch(srv.url + src);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'audio/mpeg');
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.ok(bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0, 'starts with an MP3 frame sync');

  const loaded = await page.evaluate(async () => {
    const a = document.querySelector('audio.listen__player');
    await new Promise((resolve, reject) => {
      if (a.readyState >= 2) return resolve();
      a.addEventListener('loadeddata', resolve, { once: true });
      a.addEventListener('error', () => reject(new Error(`media error ${a.error?.code}`)), { once: true });
    });
    return { duration: a.duration, readyState: a.readyState };
  });
  assert.ok(loaded.duration > 10, `duration ${loaded.duration} s`);
  assert.ok(loaded.readyState >= 2, `readyState ${loaded.readyState}`);
  assert.ok(Math.abs(loaded.duration - shown) < 2, `the page says ${shown} s, the file lasts ${loaded.duration} s`);

  const played = await page.evaluate(async () => {
    const a = document.querySelector('audio.listen__player');
    const start = a.currentTime;
    await a.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const now = a.currentTime;
    a.pause();
    return { start, now };
  });
  assert.ok(played.now > played.start + 0.5, `currentTime went from ${played.start} to ${played.now}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an edited article gets new audio and its old file is gone, from disk and cache', async () => {
  const { path: articlePath } = await seedArticle(srv);
  const before = /href="(\/media\/audio\/[^"]+)"/.exec(await waitForPlayer(articlePath))[1];
  assert.equal((await fetch(srv.url + before)).status, 200);  // now in the page cache too

  // Re-importing the export under its own name updates the article (its import key).
  const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-audio-'));
  try {
    const edited = path.join(dir, path.basename(seedFile));
    writeFileSync(edited, readFileSync(seedFile, 'utf8').replaceAll('kỷ niệm 90 năm', 'kỷ niệm 91 năm'));
    const imported = toasoan(['import', '--data', srv.data, edited]);
    assert.equal(imported.status, 0, imported.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const deadline = Date.now() + 60000;
  let after = before;
  while (after === before && Date.now() < deadline) {
    await sleep(500);
    after = /href="(\/media\/audio\/[^"]+)"/.exec(await waitForPlayer(articlePath))?.[1] ?? before;
  }
  assert.notEqual(after, before, 'the edit made a new file');
  assert.equal((await fetch(srv.url + after)).status, 200);
  // The file and its cached bytes are gone once the page points at the new one.
  for (let i = 0; i < 20 && (await fetch(srv.url + before)).status !== 404; ++i) await sleep(250);
  assert.equal((await fetch(srv.url + before)).status, 404);
});

test('without audio the article page serves, with no player', async () => {
  const quiet = await startServer({ extraArgs: ['--no-audio'] });
  try {
    const { path: articlePath } = await seedArticle(quiet);
    await sleep(1500);
    const res = await fetch(quiet.url + articlePath);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes('Họp mặt kỷ niệm 90 năm'));
    assert.ok(!html.includes('/media/audio/'));
    assert.ok(!html.includes('Nghe bài viết'));
  } finally {
    await quiet.stop();
  }
});
