// Cleans HTML pasted from Word, Google Docs and web pages before ProseMirror reads it:
// the structure stays (paragraphs, headings, lists, bold, italic, links, tables,
// photos of the site's library), everything else goes (styles, classes, ids, fonts,
// spans, Word's <o:p> and conditional comments, Google Docs' wrapper), and every text
// is normalised to NFC (decomposed and "tổ hợp" Vietnamese becomes precomposed).
// The server's sanitizer still checks whatever is saved; this only makes the editor
// show what will be kept.

import { isLibraryImage } from './urls.js';

// Elements dropped with their content.
const kDrop = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'NOSCRIPT', 'OBJECT', 'EMBED', 'META', 'LINK',
  'TITLE', 'HEAD', 'XML', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'AUDIO', 'VIDEO',
  'CANVAS', 'SVG', 'MATH', 'FORM', 'COLGROUP', 'COL',
]);

// Elements kept (with the attributes listed); every other element is unwrapped.
const kKeep = {
  P: [], H2: [], H3: [], BLOCKQUOTE: [], UL: [], OL: ['start'], LI: [],
  TABLE: [], THEAD: [], TBODY: [], TFOOT: [], TR: [], TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'], CAPTION: [], FIGURE: [], FIGCAPTION: [], IMG: ['src', 'alt'],
  A: ['href'], STRONG: [], B: [], EM: [], I: [], U: [], S: [], SUB: [], SUP: [], BR: [], HR: [],
};

// Renamed before the rest: the title is the page's h1, and the editor has two heading
// levels.
const kRename = { H1: 'H2', H4: 'H3', H5: 'H3', H6: 'H3', STRIKE: 'S', DEL: 'S', INS: 'U' };

// Block-like elements that are unwrapped but must still end the paragraph around them.
const kBlockish = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'PRE', 'ADDRESS',
  'DL', 'DT', 'DD', 'CENTER',
]);

export function nfc(text) {
  return typeof text === 'string' ? text.normalize('NFC') : text;
}

// The page's CSP refuses style attributes and <style> elements, and Chromium reports
// each one it meets even in an inert document; so before parsing, <style> elements and
// comments go, and style attributes are renamed (their bold and italic are still read).
const kStyleAttr = 'data-pasted-style';

function defuse(html) {
  return String(html)
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<[a-zA-Z][^>]*?\s)style(\s*=)/g, `$1${kStyleAttr}$2`);
}

function styleOf(el) {
  return (el.getAttribute(kStyleAttr) || '').toLowerCase();
}

// The value of CSS property `name` in a style text, ignoring Word's "mso-…-name".
function cssValue(style, name) {
  const m = style.match(new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`));
  return m ? m[1].trim() : '';
}

function rename(el, tag) {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const a of Array.from(el.attributes)) out.setAttribute(a.name, a.value);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}

function unwrap(el) {
  const parent = el.parentNode;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

// Google Docs wraps the whole clipboard in <b style="font-weight:normal"
// id="docs-internal-guid-…">, and writes bold and italic as styles on spans; Word writes
// bold as font-weight on spans too at times. Turn those styles into elements before the
// styles go.
function stylesToElements(root) {
  for (const el of Array.from(root.querySelectorAll('b, strong'))) {
    const weight = cssValue(styleOf(el), 'font-weight');
    if (/^(normal|[1-4]00)\b/.test(weight) || (el.id || '').startsWith('docs-internal-guid')) {
      unwrap(el);
    }
  }
  for (const el of Array.from(root.querySelectorAll('span, font'))) {
    const style = styleOf(el);
    let wrapped = el;
    const wrap = (tag) => {
      const w = el.ownerDocument.createElement(tag);
      while (wrapped.firstChild) w.appendChild(wrapped.firstChild);
      wrapped.appendChild(w);
    };
    if (/^(bold|bolder|[6-9]00)\b/.test(cssValue(style, 'font-weight'))) wrap('strong');
    if (/^italic\b/.test(cssValue(style, 'font-style'))) wrap('em');
  }
}

// Word writes list items as paragraphs (style "mso-list:l0 level1 lfo1") whose bullet
// or number is a span styled "mso-list:Ignore". Make real lists of them.
function wordLists(root) {
  const items = Array.from(root.querySelectorAll('p')).filter((p) => /mso-list\s*:\s*l\d/.test(styleOf(p)));
  let list = null;
  let last = null;
  for (const p of items) {
    const marker = p.querySelector(`span[${kStyleAttr}*="mso-list"]`);
    const markerText = marker ? marker.textContent.trim() : '';
    const ordered = /^(\d+|[a-z]|[ivx]+)[.)]/i.test(markerText);
    if (marker && /mso-list\s*:\s*ignore/.test(styleOf(marker))) marker.remove();
    const adjacent = last !== null && last.nextElementSibling === p;
    if (!adjacent || list === null || (list.tagName === 'OL') !== ordered) {
      list = root.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const li = root.ownerDocument.createElement('li');
    while (p.firstChild) li.appendChild(p.firstChild);
    list.appendChild(li);
    // Keep `p` in place until the next item has checked adjacency, then drop it.
    if (last !== null && last.parentNode) last.remove();
    last = p;
  }
  if (last !== null && last.parentNode) last.remove();
  // An <!--[if !supportLists]--> marker that survived as plain span text is gone with
  // the span; Word also leaves "·" or "o" in a span with font-family Symbol: drop those.
  for (const span of Array.from(root.querySelectorAll('li > span:first-child'))) {
    if (/^[·o§•▪–-]\s*$/.test(span.textContent.replace(/\u00a0/g, ' ').trim() + ' ') && /symbol|wingdings|courier/i.test(styleOf(span))) {
      span.remove();
    }
  }
}

function cleanNode(node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      child.data = nfc(child.data);
      continue;
    }
    if (child.nodeType !== 1) {
      child.remove(); // comments (Word's conditional comments), processing instructions
      continue;
    }
    let el = child;
    const tag = el.tagName.toUpperCase();
    // Word's namespaced elements (<o:p>, <v:shape>, <w:…>) carry nothing to keep but text.
    if (tag.includes(':')) {
      // <o:p>&nbsp;</o:p> is Word's filler for an empty line.
      if (/^(V|W|M):/.test(tag) || !el.textContent.replace(/[\s\u00a0]/g, '')) { el.remove(); continue; }
      cleanNode(el);
      unwrap(el);
      continue;
    }
    if (kDrop.has(tag)) {
      el.remove();
      continue;
    }
    if (kRename[tag]) el = rename(el, kRename[tag]);
    const name = el.tagName.toUpperCase();
    const keep = kKeep[name];
    if (!keep) {
      cleanNode(el);
      if (kBlockish.has(name) && el.parentNode) {
        // An unwrapped block keeps its line: a <p> per run of inline content.
        wrapLooseInline(el);
      }
      unwrap(el);
      continue;
    }
    for (const a of Array.from(el.attributes)) {
      if (!keep.includes(a.name.toLowerCase())) el.removeAttribute(a.name);
    }
    if (name === 'IMG') {
      const src = el.getAttribute('src') || '';
      if (!isLibraryImage(src)) { el.remove(); continue; }
    }
    if (name === 'A') {
      const href = el.getAttribute('href') || '';
      if (!/^(https?:|mailto:)/i.test(href.trim())) { cleanNode(el); unwrap(el); continue; }
    }
    cleanNode(el);
  }
}

const kInlineTags = new Set(['A', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'BR', 'IMG', 'SPAN', 'FONT']);

function wrapLooseInline(el) {
  const doc = el.ownerDocument;
  let run = null;
  for (const child of Array.from(el.childNodes)) {
    const inline = child.nodeType === 3 || (child.nodeType === 1 && kInlineTags.has(child.tagName.toUpperCase()));
    if (inline) {
      if (child.nodeType === 3 && !child.data.trim() && run === null) continue;
      if (run === null) {
        run = doc.createElement('p');
        el.insertBefore(run, child);
      }
      run.appendChild(child);
    } else {
      run = null;
    }
  }
}

// The body of the pasted document, cleaned, as HTML. Uses an inert document: nothing in
// it runs, loads or is checked against the page's CSP.
export function cleanPastedHtml(html) {
  const doc = new DOMParser().parseFromString(defuse(html), 'text/html');
  const body = doc.body;
  stylesToElements(body);
  wordLists(body);
  cleanNode(body);
  // Paragraphs that only held Word's &nbsp; spacers.
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!p.textContent.replace(/[\s\u00a0]/g, '') && !p.querySelector('img, br')) p.remove();
  }
  return body.innerHTML.normalize('NFC');
}

export function cleanPastedText(text) {
  return nfc(text);
}
