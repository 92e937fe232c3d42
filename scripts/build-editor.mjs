#!/usr/bin/env node
// Bundles the newsroom's rich-text editor (web/editor/, TipTap from node_modules) with
// esbuild into static/js/editor.js (a built asset, gitignored, like static/fonts/).
// Nothing is fetched at run time: the bundle holds every module it uses. The file is
// replaced only when its bytes change, so running this on every bootstrap is cheap and
// leaves timestamps (and HTTP caches) alone. Without the bundle the article form is
// the plain HTML textarea.
//
// Usage: node scripts/build-editor.mjs   (from anywhere; paths are relative to the repo)

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'web', 'editor', 'main.js');
const out = join(root, 'static', 'js', 'editor.js');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('build-editor: esbuild is missing from node_modules; run "npm ci" first.');
  process.exit(1);
}

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [entry],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'error',
  banner: { js: '/* Tòa Soạn editor: built by scripts/build-editor.mjs from web/editor/ (TipTap, ProseMirror: MIT). */' },
});
const code = result.outputFiles[0].contents;

if (existsSync(out) && Buffer.compare(readFileSync(out), Buffer.from(code)) === 0) {
  console.log(`build-editor: ${out.slice(root.length + 1)} up to date`);
  process.exit(0);
}
mkdirSync(dirname(out), { recursive: true });
// Write then rename, so a server never serves a half-written bundle.
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, code);
renameSync(tmp, out);
console.log(`build-editor: ${out.slice(root.length + 1)} written (${code.length} bytes)`);
