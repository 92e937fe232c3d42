#!/usr/bin/env node
// Copies the Be Vietnam Pro woff2 files that static/css/fonts.css names from
// node_modules/@fontsource/be-vietnam-pro/files into static/fonts/ (a built asset,
// gitignored). A file is copied only when it is missing or its bytes differ, so running
// this on every build is cheap and leaves timestamps (and HTTP caches) alone.
//
// Usage: node scripts/copy-fonts.mjs   (from anywhere; paths are relative to the repo)

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'node_modules', '@fontsource', 'be-vietnam-pro', 'files');
const to = join(root, 'static', 'fonts');

// Keep in step with static/css/fonts.css.
const subsets = ['vietnamese', 'latin', 'latin-ext'];
const faces = ['400-normal', '700-normal'];

function digest(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

if (!existsSync(from)) {
  console.error(`copy-fonts: ${from} is missing; run "npm ci" first.`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });

let copied = 0;
let missing = 0;
for (const subset of subsets) {
  for (const face of faces) {
    const name = `be-vietnam-pro-${subset}-${face}.woff2`;
    const src = join(from, name);
    const dst = join(to, name);
    if (!existsSync(src)) {
      console.error(`copy-fonts: ${name} is not in the package`);
      missing += 1;
      continue;
    }
    if (existsSync(dst) && digest(src) === digest(dst)) continue;
    // Copy then rename, so a server never serves a half-written font.
    const tmp = `${dst}.tmp-${process.pid}`;
    copyFileSync(src, tmp);
    renameSync(tmp, dst);
    copied += 1;
  }
}
console.log(`copy-fonts: ${copied} copied, ${subsets.length * faces.length - copied - missing} up to date`);
process.exit(missing === 0 ? 0 : 1);
