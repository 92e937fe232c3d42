// A server with the seed article and newsroom accounts made by `toasoan user add`, and
// signing in through the newsroom's own sign-in page. Shared by the newsroom browser tests.
import assert from 'node:assert/strict';
import { startServer, toasoan } from '../integration/server.mjs';

export const kSection = 'quan-uy-huyen-uy';

// users: [{username, role, sections: [slug], password, displayName}]
export async function startNewsroomServer(users) {
  const srv = await startServer({ extraArgs: ['--no-audio'] });
  for (const u of users) {
    const args = ['user', 'add', '--data', srv.data, '--username', u.username, '--role', u.role];
    for (const s of u.sections ?? []) args.push('--section', s);
    if (u.displayName) args.push('--display-name', u.displayName);
    const r = toasoan(args, { input: u.password + '\n' });
    if (r.status !== 0) {
      await srv.stop();
      throw new Error(`user add ${u.username} failed: ${r.stderr}`);
    }
  }
  return srv;
}

// Opens the dashboard without a session (which sends the browser to the sign-in page),
// signs in there and lands on the dashboard.
export async function signIn(page, url, username, password) {
  await page.goto(url + '/toa-soan');
  assert.match(page.url(), /\/toa-soan\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/toa-soan'),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

// Clicks `locator` (a submit button) and returns the response of the page it leads to
// (after redirects).
export async function submit(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

// Errors a page reports (a script error, a CSP violation in the console).
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

// The article form's body as HTML source: the plain textarea, or, when the rich editor
// (static/js/editor.js) has taken its place, the editor's "Mã HTML" mode, whose textarea
// is what the form sends. Returns the textarea.
export async function bodySource(page) {
  const textarea = page.locator('textarea[name="body_html"]');
  const source = page.getByRole('button', { name: 'Mã HTML' });
  if (await textarea.isHidden() && await source.count()) {
    await source.click();
    await textarea.waitFor({ state: 'visible' });
  }
  return textarea;
}
