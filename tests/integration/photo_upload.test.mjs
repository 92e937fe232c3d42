// The photo library against a real server: an upload becomes a library photo with its
// caption and credit from the file's XMP, responsive variants appear in the background,
// and a published article shows them through <picture>/srcset, light on a phone. Every
// bad upload is refused with its Vietnamese message and leaves no file and no row; a
// 200 MB upload is refused before its body is read; an anonymous upload is 401.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  assertError, kAdmin, kEditor, kReporter, kSeedSection, signedInClient, sleep, startAdminServer,
} from './admin_client.mjs';
import { root } from './server.mjs';

const users = [kAdmin, kEditor, kReporter];

let srv;
before(async () => { srv = await startAdminServer({ users }); });
after(async () => { await srv?.stop(); });

const signedIn = (username) => signedInClient(srv.url, users, username);

// A phone photo (1200 × 750, made once with libvips) with an XMP packet carrying its
// caption and credit, inserted as an APP1 segment after SOI.
const kCaption = 'Lễ ra quân dọn vệ sinh kênh rạch ở Ô Môn';
const kCreator = 'Thúy Loan';
const kCredit = 'Truyền Thanh Ô Môn';
function phoneJpeg() {
  const jpeg = readFileSync(path.join(root, 'tests/data/media/phone.jpg'));
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="${kCredit}">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${kCaption}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>${kCreator}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const payload = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(xmp, 'utf8')]);
  const header = Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

// A PNG of width × height, 1-bit grey, all black: a few KB that would decode to
// width × height bytes.
function bombPng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter 0, all zero
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

async function upload(client, bytes, { name = 'anh.jpg', csrf = true, signed = true } = {}) {
  const headers = { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) };
  if (signed && client.cookie) headers.cookie = client.cookie;
  if (csrf && client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await fetch(`${srv.url}/api/v1/admin/photos`, { method: 'POST', headers, body: bytes });
  const text = await res.text();
  let body = null;
  try { body = JSON.parse(text); } catch { body = { unparsed: text }; }
  return { status: res.status, body, headers: res.headers };
}

const photosDir = () => path.join(srv.data, 'media', 'photos');
const storedFiles = () => (existsSync(photosDir()) ? readdirSync(photosDir()).sort() : []);

// The candidate a browser takes from `srcset` for a slot `cssWidth` px wide at `dpr`.
function pick(srcset, cssWidth, dpr) {
  const cands = srcset.split(',').map((s) => s.trim().split(/\s+/))
    .map(([url, w]) => ({ url, w: parseInt(w, 10) })).sort((a, b) => a.w - b.w);
  return cands.find((c) => c.w >= cssWidth * dpr) ?? cands[cands.length - 1];
}

let good; // the uploaded photo, shared by the tests below (they run in order)

test('a reporter uploads a phone photo: caption and credit from its XMP, variants in the background', async () => {
  const reporter = await signedIn('phongvien');
  const bytes = phoneJpeg();
  const res = await upload(reporter, bytes, { name: 'Ảnh lễ ra quân.jpg' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.headers.get('cache-control'), 'no-store');
  good = res.body.photo;
  assert.equal(res.body.name, 'Ảnh lễ ra quân.jpg');
  assert.equal(good.caption, kCaption);
  assert.equal(good.credit, `${kCreator}, ${kCredit}`);
  assert.match(good.file, /^photos\/[0-9a-f]{32}\.jpg$/);
  assert.equal(good.width, 1200);
  assert.equal(good.height, 750);
  assert.equal(good.uploaded_by, reporter.user.id);
  assert.ok(existsSync(path.join(srv.data, 'media', good.file)), 'the stored file exists');
  // The stored file carries no metadata: the XMP is gone.
  assert.ok(!readFileSync(path.join(srv.data, 'media', good.file)).includes('ns.adobe.com/xap'));

  // The same photo again is the same asset.
  const again = await upload(reporter, bytes);
  assert.equal(again.status, 200);
  assert.equal(again.body.photo.id, good.id);

  // Variants appear.
  let photo;
  for (let i = 0; i < 100; i++) {
    photo = await reporter.ok('GET', `/photos/${good.id}`);
    if (photo.photo.variants_ready) break;
    await sleep(100);
  }
  good = photo.photo;
  assert.ok(good.variants_ready, 'variants made within 10 s');
  const kinds = good.variants.map((v) => `${v.mime_type} ${v.width}`);
  assert.deepEqual(kinds, ['image/webp 480', 'image/jpeg 480', 'image/webp 960', 'image/jpeg 960',
    'image/webp 1200', 'image/jpeg 1200']);
  for (const v of good.variants) {
    assert.ok(existsSync(path.join(srv.data, 'media', v.file)), v.file);
    const r = await fetch(srv.url + v.url);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), v.mime_type);
    assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await r.arrayBuffer()).byteLength, v.bytes);
  }
});

test('the library is searchable by caption and credit, loosely; caption, credit and alt can be edited', async () => {
  const editor = await signedIn('bientap');
  const byCaption = await editor.ok('GET', '/photos?q=' + encodeURIComponent('kenh rach o mon'));
  assert.deepEqual(byCaption.items.map((p) => p.id), [good.id]);
  const byCredit = await editor.ok('GET', '/photos?q=' + encodeURIComponent('Thúy'));
  assert.deepEqual(byCredit.items.map((p) => p.id), [good.id]);
  const none = await editor.ok('GET', '/photos?q=' + encodeURIComponent('bão lụt'));
  assert.equal(none.total, 0);

  const patched = await editor.ok('PATCH', `/photos/${good.id}`, { alt: 'Đoàn viên vớt rác trên kênh', caption: 'Ra quân làm sạch kênh Xáng' });
  assert.equal(patched.photo.alt, 'Đoàn viên vớt rác trên kênh');
  assert.equal(patched.photo.caption, 'Ra quân làm sạch kênh Xáng');
  assert.equal(patched.photo.credit, good.credit, 'a field not sent is kept');
  assert.equal((await editor.ok('GET', '/photos?q=xang')).total, 1);
  assertError(await editor.call('PATCH', `/photos/${good.id}`, { caption: 'x' }, { csrf: false }), 403, 'forbidden');
  assertError(await editor.call('PATCH', '/photos/999999', { caption: 'x' }), 404, 'not_found');

  // The library page lists it, for a signed-in account only.
  const page = await fetch(`${srv.url}/toa-soan/anh?q=xang`, { headers: { cookie: editor.cookie } });
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /Thư viện ảnh/);
  assert.match(html, /Ra quân làm sạch kênh Xáng/);
  assert.match(html, /src="\/static\/js\/photo_library\.js"/);
  assert.doesNotMatch(html, /<script>|style="/, 'no inline script or style');
  const anonymous = await fetch(`${srv.url}/toa-soan/anh`, { redirect: 'manual' });
  assert.equal(anonymous.status, 303);
});

test('the upload and the text edit are in the audit log, once each, with who and which photo', async () => {
  const admin = await signedIn(kAdmin.username);
  const uploads = (await admin.ok('GET', '/audit?action=photo.uploaded')).items
    .filter((e) => e.target === `photo:${good.id}`);
  assert.equal(uploads.length, 1, `uploaded once, audited once: ${JSON.stringify(uploads)}`);
  assert.equal(uploads[0].username, kReporter.username);
  assert.ok(uploads[0].detail.includes(good.file), uploads[0].detail);
  assert.ok(!Number.isNaN(Date.parse(uploads[0].at)));
  const edits = (await admin.ok('GET', '/audit?action=photo.')).items
    .filter((e) => e.action === 'photo.updated' && e.target === `photo:${good.id}`);
  assert.equal(edits.length, 1, JSON.stringify(edits));
  assert.equal(edits[0].username, kEditor.username);
  assert.match(edits[0].detail, /caption: .* → Ra quân làm sạch kênh Xáng/);
  assert.match(edits[0].detail, /alt: .* → Đoàn viên vớt rác trên kênh/);
  assert.doesNotMatch(edits[0].detail, /credit:/, 'an unchanged field is not listed');
  // The audit page names them in Vietnamese and filters by them.
  const page = await fetch(`${srv.url}/toa-soan/nhat-ky?viec=photo.updated`, { headers: { cookie: admin.cookie } });
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<td>Sửa thông tin ảnh<\/td>/);
  assert.match(html, /<option value="photo\.updated" selected>/);
  assert.doesNotMatch(html, /<td>Tải ảnh lên<\/td>/, 'the filter keeps uploads out');
});

test('a published article shows the photo with srcset, width and height; light on a 360 px phone; og:image', async () => {
  const reporter = await signedIn('phongvien');
  const editor = await signedIn('bientap');
  const created = await reporter.ok('POST', '/articles', {
    title: 'Ô Môn ra quân làm sạch kênh rạch',
    lead: 'Hơn 300 đoàn viên tham gia.',
    body_html: '<p>Đoàn viên dọn rác dọc kênh.</p><p>Buổi ra quân kéo dài đến trưa.</p>',
    section_slug: kSeedSection,
    photos: [
      { file: good.file, caption: 'Đoàn viên ra quân', credit: good.credit, alt: 'Đoàn viên trên kênh', position: 0 },
      { file: good.file, caption: 'Kênh sau buổi ra quân', credit: good.credit, alt: 'Kênh sạch rác', position: 1 },
    ],
  }, 201);
  await reporter.ok('POST', `/articles/${created.id}/transitions`, { to: 'submitted' });
  const published = await editor.ok('POST', `/articles/${created.id}/transitions`, { to: 'published' });
  const res = await fetch(published.url);
  assert.equal(res.status, 200);
  const html = await res.text();

  const pictures = [...html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => m[1]);
  assert.equal(pictures.length, 2, html);
  for (const [i, pic] of pictures.entries()) {
    const source = pic.match(/<source type="image\/webp" srcset="([^"]+)" sizes="([^"]+)">/);
    assert.ok(source, `a WebP source: ${pic}`);
    const img = pic.match(/<img [^>]*>/)[0];
    assert.match(img, /srcset="[^"]*-480\.jpg 480w/);
    assert.match(img, / sizes="/);
    assert.match(img, / width="1200" height="750"/);
    if (i === 0) assert.doesNotMatch(img, /loading="lazy"/, 'the first photo loads at once');
    else assert.match(img, /loading="lazy"/);
  }

  // On a 360 px phone (2 device pixels per CSS pixel) the browser takes the WebP it
  // needs: each weighs less than half the stored original, and less than half the upload.
  const webpSrcset = pictures[0].match(/srcset="([^"]+)"/)[1].replaceAll('&#44;', ',');
  const chosen = pick(webpSrcset, 360, 2);
  assert.match(chosen.url, /-960\.webp$/);
  const variantBytes = (await (await fetch(srv.url + chosen.url)).arrayBuffer()).byteLength;
  const originalBytes = (await (await fetch(srv.url + good.url)).arrayBuffer()).byteLength;
  assert.equal(originalBytes, good.bytes);
  assert.ok(variantBytes * 2 < originalBytes, `${variantBytes} B on the phone vs ${originalBytes} B`);
  assert.ok(variantBytes * 2 < phoneJpeg().length);

  // The cover photo is og:image, as an absolute URL.
  const og = html.match(/<meta property="og:image" content="([^"]+)">/);
  assert.ok(og, 'og:image');
  assert.equal(og[1], new URL(good.url, srv.url).href);
});

test('a library photo placed inside the body renders as <picture> with its variants, once they are made', async () => {
  const reporter = await signedIn('phongvien');
  const editor = await signedIn('bientap');
  // Another photo, so its variants are made after this test starts.
  const res = await upload(reporter, readFileSync(path.join(root, 'tests/data/media/phone_river.jpg')), { name: 'song.jpg' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const river = res.body.photo;
  const created = await reporter.ok('POST', '/articles', {
    title: 'Sông Ô Môn mùa nước nổi',
    lead: 'Nước lên, ghe xuồng tấp nập.',
    body_html: '<p>Nước đã lên.</p>',
    section_slug: kSeedSection,
  }, 201);
  const patched = await reporter.ok('PATCH', `/articles/${created.id}`, {
    body_html: `<p>Nước đã lên.</p><figure><img src="/media/${river.file}" alt="Ghe xuồng trên sông Ô Môn"><figcaption>Sông Ô Môn sáng sớm.</figcaption></figure>` +
      '<figure><img src="/media/photos/00000000000000000000000000000000.jpg" alt="Ảnh chưa có trong thư viện"><figcaption>Không rõ.</figcaption></figure><p>Hết.</p>',
  });
  assert.match(patched.body_html, new RegExp(`<img src="/media/${river.file}"`), 'the sanitizer keeps the figure');
  await reporter.ok('POST', `/articles/${created.id}/transitions`, { to: 'submitted' });
  const published = await editor.ok('POST', `/articles/${created.id}/transitions`, { to: 'published' });
  // Likely before the variants: the page is rendered and cached now.
  const early = await fetch(published.url);
  assert.equal(early.status, 200);
  await early.text();

  let photo;
  for (let i = 0; i < 100; i++) {
    photo = await reporter.ok('GET', `/photos/${river.id}`);
    if (photo.photo.variants_ready) break;
    await sleep(100);
  }
  assert.ok(photo.photo.variants_ready, 'variants made within 10 s');
  const variants = photo.photo.variants;
  assert.ok(variants.length > 0);

  // The cached page went with the variants ("media:FILE"): it now draws them.
  const page = await fetch(published.url);
  assert.equal(page.status, 200);
  const html = await page.text();
  const body = html.slice(html.indexOf('<div class="article__body">'));
  const figures = [...body.matchAll(/<figure>([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
  assert.equal(figures.length, 2, body);
  const pic = figures[0].match(/^<picture>([\s\S]*?)<\/picture><figcaption>Sông Ô Môn sáng sớm\.<\/figcaption>$/);
  assert.ok(pic, `the library figure is a <picture>: ${figures[0]}`);
  const source = pic[1].match(/<source type="image\/webp" srcset="([^"]+)" sizes="([^"]+)">/);
  assert.ok(source, `a WebP source: ${pic[1]}`);
  const img = pic[1].match(/<img [^>]*>/)[0];
  const jpegSrcset = img.match(/ srcset="([^"]+)"/)[1].replaceAll('&#44;', ',');
  const webpSrcset = source[1].replaceAll('&#44;', ',');
  for (const v of variants) {
    const set = v.mime_type === 'image/webp' ? webpSrcset : jpegSrcset;
    assert.ok(set.includes(`${v.url} ${v.width}w`), `${v.url} in ${set}`);
  }
  assert.match(img, / sizes="/);
  assert.match(img, new RegExp(` width="${river.width}" height="${river.height}"`));
  assert.match(img, /alt="Ghe xuồng trên sông Ô Môn"/);
  assert.doesNotMatch(img, /loading="lazy"/, 'the page\'s first image loads at once');
  // A file the library does not know stays a plain <img>.
  assert.equal(figures[1], '<img src="/media/photos/00000000000000000000000000000000.jpg" alt="Ảnh chưa có trong thư viện"><figcaption>Không rõ.</figcaption>');

  // The print view and the saved copy still serve.
  assert.equal((await fetch(published.url + '/in')).status, 200);
  const saved = await fetch(published.url + '/luu');
  assert.equal(saved.status, 200);
  assert.match(await saved.text(), /Sông Ô Môn sáng sớm\./);
});

test('every bad upload is refused with its message, leaving no file and no row', async () => {
  const reporter = await signedIn('phongvien');
  const filesBefore = storedFiles();
  const totalBefore = (await reporter.ok('GET', '/photos')).total;
  const jpeg = readFileSync(path.join(root, 'tests/data/media/phone.jpg'));
  const cases = [
    ['a truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), /bị hỏng hoặc không trọn vẹn/],
    ['HTML named .jpg', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), /trang web \(HTML\)/],
    ['an SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /SVG/],
    ['a 20,000 × 20,000 PNG of a few KB', bombPng(20000, 20000), /20000 × 20000|20\.000 × 20\.000|quá lớn/],
  ];
  for (const [what, bytes, message] of cases) {
    const res = await upload(reporter, bytes, { name: 'anh.jpg' });
    assertError(res, 422, 'invalid_argument');
    assert.match(res.body.error.message, message, `${what}: ${res.body.error.message}`);
  }
  assert.ok(bombPng(20000, 20000).length < 100 * 1024, 'the bomb is small');
  assert.deepEqual(storedFiles(), filesBefore, 'no file left behind');
  assert.ok(!readdirSync(photosDir()).some((f) => f.startsWith('.')), 'no temporary file');
  assert.equal((await reporter.ok('GET', '/photos')).total, totalBefore, 'no row');
});

test('a 200 MB upload is answered 413 before its body is read; the server carries on', async () => {
  const reporter = await signedIn('phongvien');
  const { port } = new URL(srv.url);
  const started = Date.now();
  const answer = await new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), '127.0.0.1');
    let data = '';
    sock.on('connect', () => {
      sock.write('POST /api/v1/admin/photos HTTP/1.1\r\nHost: x\r\n' +
        `Cookie: ${reporter.cookie}\r\nX-CSRF-Token: ${reporter.csrf}\r\n` +
        'Content-Type: image/jpeg\r\nContent-Length: 209715200\r\n\r\n');
      sock.write(Buffer.alloc(64 * 1024, 0xff));
    });
    sock.on('data', (d) => { data += d; });
    sock.on('error', () => resolve(data));
    sock.on('close', () => resolve(data));
    setTimeout(() => { sock.destroy(); reject(new Error(`no answer: ${data}`)); }, 10000);
  });
  assert.match(answer, /^HTTP\/1\.1 413 /);
  const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
  assert.equal(body.error.code, 'too_large');
  assert.match(body.error.message, /quá lớn.*25 MB/);
  assert.ok(Date.now() - started < 5000, 'answered at once');

  // Chunked, with no length to refuse it by: the same JSON answer once the body passes
  // the limit while it is read.
  const chunked = await new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), '127.0.0.1');
    let data = '';
    sock.on('connect', async () => {
      sock.write('POST /api/v1/admin/photos HTTP/1.1\r\nHost: x\r\n' +
        `Cookie: ${reporter.cookie}\r\nX-CSRF-Token: ${reporter.csrf}\r\n` +
        'Content-Type: image/jpeg\r\nTransfer-Encoding: chunked\r\n\r\n');
      const chunk = Buffer.alloc(1024 * 1024, 0xff);
      for (let i = 0; i < 40 && !data && !sock.destroyed; ++i) {
        sock.write(`${chunk.length.toString(16)}\r\n`);
        sock.write(chunk);
        sock.write('\r\n');
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    sock.on('data', (d) => { data += d; });
    sock.on('error', () => resolve(data));
    sock.on('close', () => resolve(data));
    setTimeout(() => { sock.destroy(); reject(new Error(`no answer: ${data}`)); }, 20000);
  });
  assert.match(chunked, /^HTTP\/1\.1 413 /);
  const chunkedBody = JSON.parse(chunked.slice(chunked.indexOf('\r\n\r\n') + 4));
  assert.equal(chunkedBody.error.code, 'too_large');
  assert.match(chunkedBody.error.message, /quá lớn.*25 MB/);

  // A body just over the 25 MiB limit but within the route's allowance is also 413.
  const over = await upload(reporter, Buffer.alloc(25 * 1024 * 1024 + 10, 0xff));
  assert.equal(over.status, 413);
  assert.equal(over.body.error.code, 'too_large');
  // Other routes keep the 1 MiB limit.
  const big = await reporter.call('PATCH', `/photos/${good.id}`, 'x'.repeat(2 * 1024 * 1024));
  assert.equal(big.status, 413);
  // The server is unharmed.
  assert.equal((await fetch(srv.url + '/')).status, 200);
});

test('uploads need a signed-in account and, for a session, its CSRF token', async () => {
  const reporter = await signedIn('phongvien');
  const anonymous = await upload(reporter, phoneJpeg(), { signed: false, csrf: false });
  assertError(anonymous, 401, 'unauthenticated');
  const noCsrf = await upload(reporter, phoneJpeg(), { csrf: false });
  assertError(noCsrf, 403, 'forbidden');
});
