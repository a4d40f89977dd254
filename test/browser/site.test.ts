// The site in a real browser (Debian's Chromium through playwright-core):
// front and article pages in Korean and English with screenshots kept as
// test artefacts, the cookie notice, the language switcher, pages without
// JavaScript, keyboard use, and axe-core's accessibility rules.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { type Browser, type Page } from 'playwright-core';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages } from '../../src/pipeline/stages.ts';
import { createApp } from '../../src/web/app.ts';
import { t as msg } from '../../src/web/i18n/i18n.ts';
import { launchChromium, serveOnLoopback } from '../helpers/browser.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = 'test-results/screenshots';

let t: TestDb;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveOnLoopback>>['site'];
let base: string;
let articleId: number;
let threadId: number;

before(async () => {
  mkdirSync(shots, { recursive: true });
  t = await createTestDb();
  const config = testConfig();
  await loadDemoIfEmpty(t.db);
  const nr = testNewsroom(t.db, config);
  await runAllStages(nr);
  // an article of a thread with several articles, so the page shows the story so far
  const [row] = await t.db.query<{ id: number; thread_id: number }>(
    `SELECT max(a.id)::int AS id, s.thread_id FROM articles a JOIN stories s ON s.id = a.story_id
     WHERE a.state = 'published' GROUP BY s.thread_id HAVING count(*) > 1 ORDER BY count(*) DESC, s.thread_id LIMIT 1`);
  articleId = row.id;
  threadId = row.thread_id;
  ({ site, base } = await serveOnLoopback(createApp(t.db, config).fetch));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  site?.close();
  await t?.drop();
});

/** A page that fails the test if it asks anything of any host but the site. */
async function openPage(opts: { javaScriptEnabled?: boolean; locale?: string; bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true, locale: opts.locale ?? 'en-US', viewport: { width: 1200, height: 900 }, bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  // the site's own content must never be something its Content-Security-Policy blocks
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) foreign.push(`blocked: ${m.text()}`);
  });
  return { page, context, foreign };
}

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

const analyticsRows = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics_events'))[0].n;

test('front and article pages in Korean and English render, with screenshots, asking no other host', async () => {
  for (const ed of ['ko', 'en']) {
    const { page, context, foreign } = await openPage();
    const front = await page.goto(`${base}/${ed}/`);
    assert.equal(front?.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), ed);
    assert.ok((await page.locator('main article.card').count()) >= 10);
    await page.screenshot({ path: `${shots}/front-${ed}.png`, fullPage: false });
    const article = await page.goto(`${base}/${ed}/articles/${articleId}`);
    assert.equal(article?.status(), 200);
    assert.ok((await page.locator('h1').innerText()).length > 5);
    assert.ok((await page.locator('.body p').count()) >= 1);
    assert.ok((await page.locator('.sources li').count()) >= 1);
    assert.match(await page.locator('.byline').innerText(), new RegExp(msg(ed, 'label.reportedByAi')));
    await page.screenshot({ path: `${shots}/article-${ed}.png`, fullPage: true });
    assert.deepEqual(foreign, [], 'no request leaves the site');
    await context.close();
  }
});

test('Decline: no analytics row and no analytics cookie after browsing', async () => {
  await t.db.query('DELETE FROM analytics_events');
  const { page, context } = await openPage();
  await page.goto(`${base}/en/`);
  assert.equal(await analyticsRows(), 0, 'nothing before an answer');
  await page.getByRole('button', { name: msg('en', 'cookie.decline') }).click();
  await page.waitForURL(`${base}/en/`);
  assert.equal(await page.getByRole('button', { name: msg('en', 'cookie.accept') }).count(), 0, 'the notice is gone');
  await page.goto(`${base}/en/articles/${articleId}`);
  await page.goto(`${base}/en/stories/${threadId}`);
  const cookies = await context.cookies();
  assert.deepEqual(cookies.map((c) => `${c.name}=${c.value}`), ['nr_consent=no']);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(await analyticsRows(), 0);
  await context.close();
});

test('Accept: page views are recorded, first-party only', async () => {
  await t.db.query('DELETE FROM analytics_events');
  const { page, context, foreign } = await openPage();
  await page.goto(`${base}/ko/`);
  await page.getByRole('button', { name: msg('ko', 'cookie.accept') }).click();
  await page.waitForURL(`${base}/ko/`);
  await page.goto(`${base}/ko/articles/${articleId}`);
  for (let i = 0; i < 20 && (await analyticsRows()) < 2; i++) await new Promise((r) => setTimeout(r, 50));
  const rows = await t.db.query<{ path: string; edition: string }>('SELECT path, edition FROM analytics_events');
  assert.deepEqual(rows.map((r) => r.path).sort(), [`/ko/articles/${articleId}`, '/ko/'].sort());
  assert.ok(rows.every((r) => r.edition === 'ko'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the language switcher keeps the reader on the same article', async () => {
  const { page, context } = await openPage();
  await page.goto(`${base}/ko/articles/${articleId}`);
  await page.locator('nav.editions a[lang="en"]').click();
  await page.waitForURL(`${base}/en/articles/${articleId}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.goto(`${base}/`);
  assert.equal(page.url(), `${base}/en/`, 'the choice is remembered');
  await context.close();
});

test('with JavaScript disabled every page still reads fully and the cookie notice still works', async () => {
  const { page, context } = await openPage({ javaScriptEnabled: false });
  await page.goto(`${base}/ja/articles/${articleId}`);
  assert.ok((await page.locator('.body p').count()) >= 1);
  assert.ok((await page.locator('.sources li').count()) >= 1);
  await page.getByRole('button', { name: msg('ja', 'cookie.decline') }).click();
  await page.waitForURL(`${base}/ja/articles/${articleId}`);
  assert.equal(await page.locator('.consent').count(), 0);
  await context.close();
});

test('keyboard: the skip link comes first and moves focus to the content; the search form is reachable', async () => {
  const { page, context } = await openPage();
  await page.goto(`${base}/en/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), msg('en', 'nav.skipToContent'));
  await page.keyboard.press('Enter');
  // following the link is asynchronous: wait for it rather than read the address at once
  await page.waitForURL(/#main$/);
  assert.ok(page.url().endsWith('#main'));
  await page.goto(`${base}/en/`);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'q')) break;
  }
  await page.keyboard.type('Portmere');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/search\?q=Portmere/);
  await context.close();
});

test('axe-core finds no violations on the front, article and story pages of every edition', async () => {
  // axe is injected as a script, which the site's policy rightly refuses
  const { page, context } = await openPage({ bypassCSP: true });
  const problems: string[] = [];
  for (const ed of ['ko', 'en', 'ja']) {
    for (const path of [`/${ed}/`, `/${ed}/articles/${articleId}`, `/${ed}/stories/${threadId}`]) {
      await page.goto(base + path);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
