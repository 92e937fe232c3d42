// Keeps what a reporter types: a copy in localStorage on every change (per article, and
// one for the new article), and for an existing article a PATCH to the Admin API every
// ~10 s while something changed, again when the browser is back online. A lost
// connection or a closed tab never loses text: on the next visit a local copy newer
// than the server's is offered back.

const kPrefix = 'toasoan:nhap:';
export const kIntervalMs = 10_000;

export function draftKey(articleId) {
  return kPrefix + (articleId ? String(articleId) : 'moi');
}

export function readDraft(key) {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw);
    return d && typeof d === 'object' && typeof d.body === 'string' ? d : null;
  } catch {
    return null;
  }
}

export function writeDraft(key, draft) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false; // storage full or disabled: the server copy is all there is
  }
}

export function removeDraft(key) {
  try { window.localStorage.removeItem(key); } catch { /* nothing kept */ }
}

export function sameContent(a, b) {
  return a.title === b.title && a.lead === b.lead && a.body === b.body;
}

const kClock = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh',
});
const kDate = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit', month: '2-digit', timeZone: 'Asia/Ho_Chi_Minh',
});

export function hhmm(ms) {
  return kClock.format(new Date(ms));
}

export function ddmm(ms) {
  return kDate.format(new Date(ms));
}

// Sends the content of `read()` to the server when it differs from what was last
// sent. `report(state, text)` shows the state: 'saved', 'saving', 'retry', 'refused'.
export class Autosaver {
  constructor({ articleId, csrfToken, read, report, onSaved }) {
    this.url = `/api/v1/admin/articles/${articleId}`;
    this.csrfToken = csrfToken;
    this.read = read;
    this.report = report;
    this.onSaved = onSaved;
    this.sent = read();
    this.inFlight = null;
    this.refused = null; // the content the server refused (4xx): not sent again as is
    this.timer = null;
  }

  start() {
    this.timer = window.setInterval(() => this.tick(), kIntervalMs);
    window.addEventListener('online', () => this.tick());
  }

  dirty() {
    return !sameContent(this.read(), this.sent);
  }

  async tick() {
    if (this.inFlight) return this.inFlight;
    const now = this.read();
    if (sameContent(now, this.sent)) return null;
    if (this.refused && sameContent(now, this.refused)) return null;
    this.inFlight = this.send(now).finally(() => { this.inFlight = null; });
    return this.inFlight;
  }

  async send(content) {
    this.report('saving', 'Đang lưu…');
    // "autosave": the server keeps no revision for it within 10 minutes of this user's last.
    const body = { lead: content.lead, body_html: content.body, autosave: true };
    // An empty title would be refused; the server keeps the one it has.
    if (content.title.trim()) body.title = content.title;
    let res;
    try {
      res = await fetch(this.url, {
        method: 'PATCH',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': this.csrfToken },
        body: JSON.stringify(body),
        // Lets a save started as the tab closes finish (browsers allow up to 64 KiB).
        keepalive: JSON.stringify(body).length < 60_000,
      });
    } catch {
      this.report('retry', 'Chưa lưu — đang thử lại');
      return false;
    }
    if (res.ok) {
      this.sent = content;
      this.refused = null;
      this.report('saved', `Đã lưu lúc ${hhmm(Date.now())}`);
      this.onSaved?.(content);
      return true;
    }
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      this.report('retry', 'Chưa lưu — đang thử lại');
      return false;
    }
    let message = '';
    try { message = (await res.json())?.error?.message ?? ''; } catch { /* not JSON */ }
    this.refused = content;
    this.report('refused', `Chưa lưu — ${message || 'máy chủ không nhận bản này'}`);
    return false;
  }
}
