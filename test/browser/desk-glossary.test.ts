// The desk's glossary and stories in Chromium, on Korean outlets run through
// the pipeline (no model): an editor signs in, sets an entry's spelling on
// /desk/glossary with the page's own button and, after the writer's pass, the
// published article prints it; decides a name review (유민수 / 류민수: one
// name) and the member's article prints the joined spelling; merges two
// stories on /desk/stories and the site shows one article (the other's
// address leads to it). axe-core finds no serious or critical violation on the
// name reviews page in Korean, English and Japanese. The writer's pass is run
// by the test, where a worker would run it under `serve`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addUser, setPassword } from '../../src/desk/accounts.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { nameReviews } from '../../src/glossary/reviews.ts';
import { launchChromium, serveOnLoopback } from '../helpers/browser.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { coachAndMember, KoreanFeeds, publishedTexts, runUntilWritten } from '../helpers/korean-names.ts';
import { testConfig } from '../helpers/newsroom.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = 'test-results/screenshots';
const password = 'a long enough passphrase';

let t: TestDb;
let feeds: KoreanFeeds;
let browser: Browser;
let base: string;
let site: { close(): unknown };
let editorState: Awaited<ReturnType<BrowserContext['storageState']>>;
/** article ids by what they report */
const article: Record<'harbour' | 'festival' | 'coach' | 'member', number> = { harbour: 0, festival: 0, coach: 0, member: 0 };

before(async () => {
  mkdirSync(shots, { recursive: true });
  t = await createTestDb();
  feeds = await KoreanFeeds.start();
  // 리설주 / 이설주 meet in one story (one name, printed 이설주 by the standard orthography); the coach and the member wait for an editor
  await feeds.publish(t.db, {
    ...coachAndMember,
    한빛일보: [
      ...coachAndMember.한빛일보,
      { guid: 'a1', name: '리설주', title: '여사', place: '부산', topic: '항만 확장', amount: 420, day: 3 },
      { guid: 'a2', name: '리설주', title: '여사', place: '제주', topic: '관광 축제', amount: 870, day: 9 },
    ],
    새벽뉴스: [...coachAndMember.새벽뉴스, { guid: 'b1', name: '이설주', title: '여사', place: '부산', topic: '항만 확장', amount: 420, day: 3, hour: 2 }],
  });
  for (const [id, text] of await publishedTexts(t.db)) {
    const key = text.includes('항만') ? 'harbour' : text.includes('관광') ? 'festival' : text.includes('감독') ? 'coach' : 'member';
    article[key] = id;
  }
  assert.ok(Object.values(article).every((id) => id > 0), JSON.stringify(article));
  ({ site, base } = await serveOnLoopback(createSiteWithDesk(t.db, testConfig()).fetch));
  const { user } = await addUser(t.db, 'editor@example.org', 'editor');
  await setPassword(t.db, user.id, password);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  site?.close();
  await feeds?.close();
  await t?.drop();
});

async function newPage(locale = 'en-US') {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, storageState: editorState });
  return context.newPage();
}

/** What the public article page prints: headline, lead and body (not the quoted sources). */
async function printed(page: Page, id: number) {
  await page.goto(`${base}/ko/articles/${id}`);
  return (await Promise.all(['main h1', 'main .lede', 'main .body'].map((s) => page.locator(s).innerText()))).join('\n');
}

test('an editor signs in through the form', async () => {
  const page = await newPage();
  await page.goto(`${base}/desk/glossary`);
  assert.equal(new URL(page.url()).pathname, '/desk/sign-in');
  await page.getByLabel('Email').fill('editor@example.org');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.equal(new URL(page.url()).pathname, '/desk/glossary');
  editorState = await page.context().storageState();
  await page.context().close();
});

test('axe-core finds no serious or critical violation on the name reviews page in ko, en and ja', async (tc) => {
  const found: string[] = [];
  for (const locale of ['ko-KR', 'en-US', 'ja-JP']) {
    const lang = locale.slice(0, 2);
    const page = await newPage(locale);
    await page.goto(`${base}/desk/glossary/reviews`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.locator('tbody tr').count(), 1, 'the pair waits');
    // axe's source goes in through the DevTools protocol, which the desk's CSP (no script) does not govern
    await page.evaluate(axeSource);
    const violations: Array<{ id: string; impact: string; help: string; targets: string }> = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ') }));
    });
    await page.screenshot({ path: `${shots}/desk-name-reviews-${lang}.png`, fullPage: true });
    for (const v of violations) {
      const line = `${lang}: ${v.impact} ${v.id}: ${v.help} (${v.targets})`;
      if (v.impact === 'serious' || v.impact === 'critical') found.push(line);
      else tc.diagnostic(line);
    }
    await page.context().close();
  }
  assert.deepEqual(found, []);
});

test('glossary: the editor sets an entry\'s spelling with its button, and the published article prints it', async () => {
  const before = await printed(await newPage(), article.harbour);
  assert.ok(before.includes('이설주') && !before.includes('리설주'), before);
  const page = await newPage();
  await page.goto(`${base}/desk/glossary?lang=ko`);
  await page.getByRole('button', { name: 'Use “리설주”' }).click();
  assert.match(new URL(page.url()).pathname, /^\/desk\/glossary\/changes\/\d+$/);
  assert.ok(await page.getByText('“이설주” is now spelled “리설주” in').isVisible());
  assert.equal(await page.locator(`tbody a[href="/desk/articles/${article.harbour}"]`).count(), 1, 'the article printing the old spelling is listed');
  await runUntilWritten(t.db);
  const after = await printed(page, article.harbour);
  assert.ok(after.includes('리설주') && !after.includes('이설주'), after);
  await page.context().close();
});

test('name review: the editor judges by the articles, says "one name", and the member\'s article prints the joined spelling', async () => {
  const page = await newPage();
  await page.goto(`${base}/desk/glossary`);
  await page.getByRole('link', { name: 'Name reviews: 1 pair waits for an editor' }).click();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Name reviews');
  const pair = page.locator('tbody tr');
  for (const id of [article.coach, article.member]) assert.equal(await pair.locator(`a[href="/desk/articles/${id}"]`).count(), 1, `article ${id} is shown`);
  const [r] = await nameReviews(t.db, 'ko');
  await page.getByRole('button', { name: `One name: ${r.spelling} and ${r.other}` }).click();
  assert.match(await page.getByRole('status').innerText(), /are one name now, printed “유민수”/);
  assert.equal(await page.locator('tbody tr').count(), 0);
  assert.ok(await page.getByText('No pair of spellings waits for an editor.').isVisible());
  await page.screenshot({ path: `${shots}/desk-name-reviews-decided.png`, fullPage: true });
  await runUntilWritten(t.db);
  const member = await printed(page, article.member);
  assert.ok(member.includes('유민수') && !member.includes('류민수'), member);
  await page.context().close();
});

test('stories: the editor merges two stories with the page\'s forms, and the site shows one', async () => {
  const [{ keep, gone }] = await t.db.query<{ keep: number; gone: number }>(
    'SELECT (SELECT story_id FROM articles WHERE id = $1)::int AS keep, (SELECT story_id FROM articles WHERE id = $2)::int AS gone', [article.harbour, article.festival]);
  const page = await newPage();
  await page.goto(`${base}/desk/stories/${keep}`);
  await page.getByLabel('Merge with story no.').fill(String(gone));
  await page.getByRole('button', { name: 'Merge…' }).click();
  assert.equal(new URL(page.url()).pathname, `/desk/stories/${keep}/merge`);
  await page.getByRole('button', { name: `Merge story ${gone} into story ${keep}` }).click();
  assert.equal(new URL(page.url()).pathname, `/desk/stories/${keep}`);
  assert.match(await page.getByRole('status').innerText(), /^Merged\./);
  await runUntilWritten(t.db);
  // the merged-away article's address leads to the survivor, and the front page links only the survivor
  await page.goto(`${base}/ko/articles/${article.festival}`);
  assert.equal(new URL(page.url()).pathname, `/ko/articles/${article.harbour}`);
  await page.goto(`${base}/ko/`);
  assert.ok(await page.locator(`main a[href="/ko/articles/${article.harbour}"]`).count() > 0);
  assert.equal(await page.locator(`main a[href="/ko/articles/${article.festival}"]`).count(), 0);
  await page.context().close();
});
