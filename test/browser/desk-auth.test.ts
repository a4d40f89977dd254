// The desk's sign-in in a real browser (Chromium through playwright-core):
// the first admin signs up on the setup page with the console's token, signs
// out, fails to sign in and is then throttled with the wait on the page; and
// axe-core finds no violations on the sign-in, home and account pages in
// Korean, English and Japanese, under the desk's own Content-Security-Policy.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { firstAdminToken } from '../../src/desk/first-admin.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { launchChromium, serveOnLoopback } from '../helpers/browser.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig } from '../helpers/newsroom.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = 'test-results/screenshots';
const email = 'chief@example.com';
const password = 'a long enough passphrase';

let t: TestDb;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveOnLoopback>>['site'];
let base: string;

before(async () => {
  mkdirSync(shots, { recursive: true });
  t = await createTestDb();
  ({ site, base } = await serveOnLoopback(createSiteWithDesk(t.db, testConfig()).fetch));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  site?.close();
  await t?.drop();
});

/** A page that records any request off the site and anything the CSP blocked. */
async function openPage(context?: BrowserContext, locale = 'en-US') {
  const ctx = context ?? (await browser.newContext({ locale, viewport: { width: 1200, height: 900 } }));
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) problems.push(r.url());
  });
  page.on('console', (m) => {
    if (!probing && /Content Security Policy/i.test(m.text())) problems.push(`blocked: ${m.text()}`);
  });
  return { page, context: ctx, problems };
}

let probing = false;

/** Is an inline script refused on this page (the CSP in force)? */
async function inlineScriptRefused(page: Page): Promise<boolean> {
  probing = true;
  try {
    await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
    return await page.evaluate(() => (window as any).__inline !== 1);
  } finally {
    probing = false;
  }
}

/**
 * axe-core's violations. Its source is evaluated through the DevTools
 * protocol (page.evaluate), which the page's CSP (script-src 'none') does not
 * govern; a <script> tag would be refused, (inlineScriptRefused).
 */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

let adminState: Awaited<ReturnType<BrowserContext['storageState']>>;

test('the first admin signs up on the setup page with the console\'s token', async () => {
  const token = (await firstAdminToken(t.db))!;
  const { page, context, problems } = await openPage();
  await page.goto(`${base}/desk`);
  assert.equal(new URL(page.url()).pathname, '/desk/sign-in');
  await page.getByRole('link', { name: 'Set your password' }).click();
  assert.equal(new URL(page.url()).pathname, '/desk/setup');
  await page.getByLabel('Setup token').fill(token);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('New password', { exact: false }).first().fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.screenshot({ path: `${shots}/desk-setup.png`, fullPage: true });
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  assert.equal(new URL(page.url()).pathname, '/desk');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Desk');
  assert.match(await page.textContent('main') ?? '', /Signed in as chief@example\.com \(admin\)/);
  await page.screenshot({ path: `${shots}/desk-home.png`, fullPage: true });
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'nr_desk')!;
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Lax');
  assert.equal(session.path, '/desk');
  adminState = await context.storageState();
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no violations on sign-in, home and account in ko, en and ja', async () => {
  const found: string[] = [];
  for (const locale of ['ko-KR', 'en-US', 'ja-JP']) {
    const lang = locale.slice(0, 2);
    const anonymous = await openPage(undefined, locale);
    await anonymous.page.goto(`${base}/desk/sign-in`);
    assert.equal(await anonymous.page.getAttribute('html', 'lang'), lang);
    assert.ok(await inlineScriptRefused(anonymous.page), 'the desk keeps the site\'s script-src \'none\'');
    for (const v of await axe(anonymous.page)) found.push(`${lang} sign-in: ${v}`);
    await anonymous.page.screenshot({ path: `${shots}/desk-sign-in-${lang}.png`, fullPage: true });
    found.push(...anonymous.problems);
    await anonymous.context.close();

    const context = await browser.newContext({ locale, viewport: { width: 1200, height: 900 }, storageState: adminState });
    const { page, problems } = await openPage(context);
    for (const path of ['/desk', '/desk/account', '/desk/users', '/desk/audit', '/desk/account/two-factor']) {
      await page.goto(`${base}${path}`);
      assert.equal(new URL(page.url()).pathname, path, `${lang} ${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      for (const v of await axe(page)) found.push(`${lang} ${path}: ${v}`);
    }
    await page.goto(`${base}/desk/account`);
    await page.screenshot({ path: `${shots}/desk-account-${lang}.png`, fullPage: true });
    found.push(...problems);
    await context.close();
  }
  assert.deepEqual(found, []);
});

test('sign-in fails, then is throttled with the wait on the page', async () => {
  const { page, context, problems } = await openPage();
  await page.goto(`${base}/desk/sign-in`);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong password ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match(await page.getByRole('alert').textContent() ?? '', /That email and password do not match an account\./);
  }
  assert.match(await page.getByRole('alert').textContent() ?? '', /Try again in 30 seconds\./, 'the fifth failure says the wait');
  // the right password now waits too
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/desk/sign-in') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.equal((await answer).status(), 429);
  assert.match(await page.getByRole('alert').textContent() ?? '', /^Too many failed tries\. Try again in [1-3]?[0-9] seconds\.$/);
  assert.equal(new URL(page.url()).pathname, '/desk/sign-in');
  assert.equal((await context.cookies()).filter((c) => c.name === 'nr_desk').length, 0);
  await page.screenshot({ path: `${shots}/desk-throttled.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
