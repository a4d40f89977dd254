// The review walk in Chromium: an editor opens a held article whose number is
// wrong, fixes it in the editor (no JavaScript needed), sees the check pass,
// publishes, and the public page shows the new text and the editor's byline;
// axe-core finds no violations on the queue and the editor in ko, en and ja.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { type Browser, type Page } from 'playwright-core';
import { addUser } from '../../src/desk/accounts.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession, sessionCookie } from '../../src/desk/sessions.ts';
import { launchChromium, serveOnLoopback } from '../helpers/browser.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';
import { heldWithWrongNumber, type HeldArticle } from '../desk/held-article.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = '/tmp/desk-shots';

let t: TestDb;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveOnLoopback>>['site'];
let base: string;
let held: HeldArticle;
let cookie: string;

before(async () => {
  mkdirSync(shots, { recursive: true });
  t = await createTestDb();
  await seedDemoSite(t.db);
  held = await heldWithWrongNumber(t.db);
  const { user } = await addUser(t.db, 'editor@example.org', 'editor');
  cookie = (await openSession(t.db, user.id, new Date(), {})).cookie;
  ({ site, base } = await serveOnLoopback(createSiteWithDesk(t.db, testConfig()).fetch));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  site?.close();
  await t?.drop();
});

async function editorPage(locale = 'en-US', javaScriptEnabled = false) {
  // axe is injected as an inline script, which the desk's CSP (rightly) refuses: the test bypasses it
  const context = await browser.newContext({ javaScriptEnabled, locale, viewport: { width: 1200, height: 900 }, bypassCSP: javaScriptEnabled });
  await context.addCookies([{ name: sessionCookie, value: cookie, url: base }]);
  return context.newPage();
}

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

test('an editor fixes a held article\'s wrong number, sees the check pass, publishes, and readers see the new text and the byline', async () => {
  const page = await editorPage();
  await page.goto(`${base}/desk/review`);
  assert.equal(await page.locator('mark.claim', { hasText: held.wrong }).count() >= 1, true, 'the wrong number is marked');
  await page.screenshot({ path: `${shots}/review-queue.png`, fullPage: true });
  await page.click(`a[href="/desk/articles/${held.id}"] >> nth=0`);
  assert.equal(new URL(page.url()).pathname, `/desk/articles/${held.id}`);
  const p0 = page.locator('textarea[name="p0"]');
  await p0.fill((await p0.inputValue()).replace(held.wrong, held.right));
  await page.fill('input[name="byline"]', 'Dana Editor');
  await page.screenshot({ path: `${shots}/article-editor.png`, fullPage: true });
  await page.click('button:has-text("Save as a new version")');
  assert.ok(await page.getByText('The check found every number, date, quotation and name in the cited reports.').isVisible());
  await page.click('button:has-text("Publish version")');
  assert.match(page.url(), /done=publish/);
  await page.goto(`${base}/en/articles/${held.id}`);
  const body = await page.locator('article.story .body').innerText();
  assert.ok(body.includes(held.wrongText.replace(held.wrong, held.right).slice(0, 40)), 'the new text');
  assert.ok(!body.includes(held.wrongText.slice(0, 200)) || held.wrongText.replace(held.wrong, held.right) === held.wrongText, 'not the held text');
  assert.ok(await page.getByText('Revised by Dana Editor').isVisible(), 'the editor\'s byline');
  await page.context().close();
});

test('axe-core finds no violations on the queue and the editor in ko, en and ja', async () => {
  for (const locale of ['ko-KR', 'en-US', 'ja-JP']) {
    const page = await editorPage(locale, true);
    for (const path of ['/desk/review', `/desk/articles/${held.id}`]) {
      await page.goto(`${base}${path}`);
      assert.deepEqual(await axe(page), [], `${locale} ${path}`);
    }
    await page.context().close();
  }
});
