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

// A new page of `ctx` that records CSP violations (window.__cspViolations) and, in
// `errors`, script and console errors; check both with assertNoViolations.
export async function watchedPage(ctx) {
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await ctx.newPage();
  return { page, errors: collectErrors(page) };
}

// Fails when a page of watchedPage saw a CSP violation or a script or console error.
export async function assertNoViolations(page, errors) {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
  assert.deepEqual(errors, [], 'no script error nor console error');
}

// Pastes `html` (and `text` as the plain-text flavour) into the rich editor
// (static/js/editor.js) as a clipboard paste event, after clicking into it.
export async function pasteIntoEditor(page, html, text = '') {
  await page.locator('.ed-content').click();
  await page.evaluate(({ html, text }) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.querySelector('.ed-content').dispatchEvent(ev);
  }, { html, text });
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
