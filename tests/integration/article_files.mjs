// Writes article text exports in the seed's format (see README, "toasoan import"), for
// tests that need more articles than the seed: other sections, other dates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// "Cập nhật lúc HH:MM ngày DD/MM/YYYY" for `date` in Vietnam time (UTC+7).
export function updateLine(date) {
  const v = new Date(date.getTime() + 7 * 3600 * 1000);
  const two = (n) => String(n).padStart(2, '0');
  return `Cập nhật lúc ${two(v.getUTCHours())}:${two(v.getUTCMinutes())} ngày ` +
    `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}

// Writes one export per article into a new temporary folder and returns their paths.
// Each article: {name, section, title, date (a Date), lead, body: [paragraphs], bylines}.
export function writeArticleFiles(articles) {
  const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-articles-'));
  return articles.map((a) => {
    const file = path.join(dir, `${a.name}.txt`);
    writeFileSync(file, [
      a.section, '', a.title, updateLine(a.date), '', a.lead, '', ...a.body.flatMap((p) => [p, '']),
      a.bylines ?? 'Phóng viên', '',
    ].join('\n'));
    return file;
  });
}
