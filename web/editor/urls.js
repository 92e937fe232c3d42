// Which URLs the editor accepts; the same rules as the server's html/url_policy.h, so
// that what the editor shows is what the sanitizer keeps.

const kMediaPrefix = '/media/';

// A photo of the site's library: "/media/" + ASCII letters, digits and "-._~/%", no "."
// or ".." segment, no query or fragment. An absolute URL on this site is accepted and
// returned site-relative. Returns the path, or null.
export function libraryImagePath(raw) {
  let s = String(raw ?? '').trim();
  if (!s) return null;
  if (/^https?:\/\//i.test(s)) {
    let u;
    try { u = new URL(s); } catch { return null; }
    if (typeof location === 'undefined' || u.origin !== location.origin) return null;
    if (u.search || u.hash) return null;
    s = u.pathname;
  }
  if (!s.startsWith(kMediaPrefix)) return null;
  const rest = s.slice(kMediaPrefix.length);
  if (!rest || !/^[A-Za-z0-9\-._~/%]+$/.test(rest)) return null;
  if (/%(2e|2f|5c)/i.test(rest)) return null;
  if (rest.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) return null;
  return s;
}

export function isLibraryImage(raw) {
  return libraryImagePath(raw) !== null;
}

// A link: http or https with a host and no user name, or mailto:. Returns the cleaned
// URL, or null.
export function safeLink(raw) {
  const s = String(raw ?? '').trim();
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(s)) return s;
  if (!/^https?:\/\//i.test(s)) return null;
  let u;
  try { u = new URL(s); } catch { return null; }
  if (!u.hostname || u.username || u.password || s.includes('\\')) return null;
  return u.href;
}
