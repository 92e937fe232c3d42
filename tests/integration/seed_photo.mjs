// Gives the seed article's photo a real file, for tests of what pages do with photos
// (the importer leaves the seed's photo awaiting its upload, and the newsroom's upload
// does not exist yet).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A 1×1 PNG: the seed's photo gets it as its file, so the copy has a photo to inline.
export const kPixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64');

// Gives the seed article's photo a file (the importer leaves it awaiting one) straight in
// the database, before any page showing it is cached. python3 is a test package.
export function attachSeedPhoto(data, file, alt) {
  mkdirSync(path.dirname(path.join(data, 'media', file)), { recursive: true });
  writeFileSync(path.join(data, 'media', file), kPixelPng);
  const py = spawnSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n = db.execute("UPDATE photos SET file = ?, alt = ?", (sys.argv[2], sys.argv[3])).rowcount
db.commit()
print(n)
`, path.join(data, 'toasoan.db'), file, alt], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  assert.equal(py.stdout.trim(), '1', 'the seed has one photo');
}
