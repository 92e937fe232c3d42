// Helpers for the Admin API tests: newsroom accounts made by the CLI (`toasoan user add`,
// `toasoan user token`) on a running server's data folder, and a small JSON client that
// keeps a session cookie and its CSRF token, or sends a Bearer token.
import assert from 'node:assert/strict';
import { startServer, toasoan } from './server.mjs';

export const kSeedSection = 'quan-uy-huyen-uy';

// The accounts most Admin API tests use: an administrator, and an editor and a reporter
// of the seed section.
export const kAdmin = { username: 'quantri', role: 'admin', password: 'mat-khau-quan-tri-1' };
export const kEditor = {
  username: 'bientap', role: 'editor', sections: [kSeedSection], password: 'mat-khau-bien-tap-1',
};
export const kReporter = {
  username: 'phongvien', role: 'reporter', sections: [kSeedSection], password: 'mat-khau-phong-vien-1',
};

// Serves the seed article with --no-audio and `extraArgs`, and adds `users`
// ([{username, role, sections: [slug], password}]) through the CLI.
export async function startAdminServer({ extraArgs = [], users = [] } = {}) {
  const srv = await startServer({ extraArgs: ['--no-audio', ...extraArgs] });
  try {
    for (const u of users) addUser(srv.data, u);
  } catch (e) {
    await srv.stop();
    throw e;
  }
  return srv;
}

export function addUser(data, { username, role, sections = [], password }) {
  const args = ['user', 'add', '--data', data, '--username', username, '--role', role];
  for (const s of sections) args.push('--section', s);
  const r = toasoan(args, { input: password + '\n' });
  if (r.status !== 0) throw new Error(`user add ${username} failed (${r.status}): ${r.stderr}`);
}

// A new API token of `username`, made by the CLI (the secret is printed once).
export function cliToken(data, username) {
  const r = toasoan(['user', 'token', '--data', data, '--username', username]);
  if (r.status !== 0) throw new Error(`user token ${username} failed: ${r.stderr}`);
  const m = r.stdout.match(/[A-Za-z0-9_-]{40,}/);
  if (!m) throw new Error(`no token in: ${r.stdout}`);
  return m[0];
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A new client of `baseUrl` signed in (asserted) as `username`, with that account's
// password from `users` ([{username, password}], as given to startAdminServer).
export async function signedInClient(baseUrl, users, username) {
  const user = users.find((u) => u.username === username);
  assert.ok(user, `no test account ${username}`);
  const c = new AdminClient(baseUrl);
  await c.signIn(username, user.password);
  return c;
}

// A JSON client of /api/v1/admin. `auth` is {bearer} or filled by signIn().
export class AdminClient {
  constructor(baseUrl, { bearer } = {}) {
    this.baseUrl = baseUrl;
    this.bearer = bearer;
    this.cookie = null;
    this.csrf = null;
    this.user = null;
  }

  // Signs in; asserts success unless `expect` is given. Returns the answer.
  async signIn(username, password, { expect = 200 } = {}) {
    const res = await this.call('POST', '/session', { username, password }, { csrf: false });
    assert.equal(res.status, expect, `sign-in of ${username}: ${JSON.stringify(res.body)}`);
    if (res.status === 200) {
      const setCookie = res.headers.get('set-cookie') ?? '';
      const m = setCookie.match(/toasoan_session=([^;]+)/);
      assert.ok(m, `a session cookie: ${setCookie}`);
      this.cookie = `toasoan_session=${m[1]}`;
      this.csrf = res.body.csrf_token;
      this.user = res.body.user;
    }
    return res;
  }

  // Sends `body` as JSON (a string is sent as is). Options: csrf (send the session's
  // token on unsafe methods, default true), csrfToken (send this one instead), headers.
  async call(method, path, body, { csrf = true, csrfToken, headers = {} } = {}) {
    const h = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.cookie) h.cookie = this.cookie;
    const unsafe = !['GET', 'HEAD'].includes(method);
    if (unsafe && csrfToken !== undefined) h['x-csrf-token'] = csrfToken;
    else if (unsafe && csrf && this.csrf) h['x-csrf-token'] = this.csrf;
    const res = await fetch(this.baseUrl + '/api/v1/admin' + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = { unparsed: text }; }
    assert.equal(res.headers.get('cache-control'), 'no-store', `${method} ${path} is never cacheable`);
    return { status: res.status, body: json, headers: res.headers };
  }

  // Like call(), asserting the status; returns the body.
  async ok(method, path, body, status = 200) {
    const res = await this.call(method, path, body);
    assert.equal(res.status, status, `${method} ${path}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

// Asserts an Admin API error answer: status, code, and a Vietnamese message.
export function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body?.error?.code, code, JSON.stringify(res.body));
  assert.ok(res.body.error.message.length > 5, 'a message');
  assert.match(res.body.error.message, /[àáảãạăâđèéêìíòóôơùúưỳýộệếềờớởợữựạảấầậắằặẹẽẻịọỏồổỗụủứừửỹỷỵ]/i,
    `a Vietnamese message: ${res.body.error.message}`);
}
