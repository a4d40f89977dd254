// The desk's sources, editions and operations pages in Chromium, with the
// runner's queue working beside the site: an admin signs in through the form,
// is refused a loopback feed by the address guard (the page says why), adds
// it where such addresses are allowed, imports an OPML file, polls a feed that
// answers 500 and sees the failure in its health, pauses, resumes and removes
// a source; an editor sees every edition's language and translation state
// (a provider that refuses, an earlier translation, the originals) and puts a
// failed one back in line; a write job whose model refuses dies for real, and
// the admin retries it from the operations page. axe-core finds no serious or
// critical violation on those pages and on an edition's text form in Korean, English and Japanese.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { deskJobs, sendOnlyQueue } from '../../src/cli/desk-jobs.ts';
import { addUser, setPassword, type Role } from '../../src/desk/accounts.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { listSources } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { Runner } from '../../src/runner/jobs.ts';
import type { JobQueue } from '../../src/runner/queue.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { launchChromium, serveOnLoopback } from '../helpers/browser.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';
import { startOpenAiServer, type Scripted } from '../helpers/openai-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = 'test-results/screenshots';
const password = 'a long enough passphrase';

let t: TestDb;
let browser: Browser;
let nr: Newsroom;
let runner: Runner;
let deskQueue: JobQueue;
let feeds: TestServer;
let engine: Scripted;
let model: Scripted;
let translatedId: number;
const servers: Array<{ close(): unknown }> = [];
/** the site as the tests configure it (loopback addresses allowed) */
let base: string;
/** the same site and database with the fetcher's address guard in force */
let guardedBase: string;
const signedIn: Partial<Record<Role, Awaited<ReturnType<BrowserContext['storageState']>>>> = {};

before(async () => {
  mkdirSync(shots, { recursive: true });
  t = await createTestDb();
  translatedId = await seedDemoSite(t.db);
  feeds = await startServer((req, res) => {
    if (req.url === '/broken.xml') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('the feed server is down');
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss([{ guid: `${req.url}-1`, title: 'Harbour reopens after the storm', link: 'http://127.0.0.1/harbour', description: 'The harbour reopened on Monday.' }]));
  });
  // a translation engine that supports none of the site's languages, and a model that does not exist
  engine = await startOpenAiServer((body) => ({ status: 400, json: { error: `${body.target} is not supported` } }));
  model = await startOpenAiServer(() => ({ status: 404, json: { error: { message: 'The model `desk-walk` does not exist' } } }));
  const config = testConfig({ translate: 'libretranslate', translateUrl: engine.server.url });
  nr = testNewsroom(t.db, { ...config, llmUrl: `${model.server.url}/v1`, llmModel: 'desk-walk', llmFallback: 'none' });
  // every translation is tried once (the stage's batch is smaller than the demo's)
  await runTranslateStage(nr, { limit: 1000 });
  // the runner works polls and writes (no sweep: it would poll the demo's sources); a failed job dies at once
  runner = new Runner(nr, { queues: ['poll', 'write'], retryLimit: 0, pollingIntervalSeconds: 0.5 });
  await runner.start();
  // the desk sends through a queue of its own, as under `serve`, so it still sends once the runner stops
  deskQueue = await sendOnlyQueue(nr);
  const jobs = deskJobs(nr, async () => deskQueue);
  const open = await serveOnLoopback(createSiteWithDesk(t.db, config, { jobs }).fetch);
  const guarded = await serveOnLoopback(createSiteWithDesk(t.db, { ...config, allowPrivateFetch: false }, { jobs }).fetch);
  servers.push(open.site, guarded.site);
  base = open.base;
  guardedBase = guarded.base;
  for (const role of ['admin', 'editor'] as const) {
    const { user } = await addUser(t.db, `${role}@example.org`, role);
    await setPassword(t.db, user.id, password);
  }
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  await runner?.stop();
  await deskQueue?.stop(5_000);
  await feeds?.close();
  await engine?.server.close();
  await model?.server.close();
  await t?.drop();
});

async function newPage(locale = 'en-US', role?: Role) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, storageState: role ? signedIn[role] : undefined });
  return context.newPage();
}

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
const row = (page: Page, name: string) => page.locator('tbody tr', { hasText: name });

/** Reload until the text appears (a worker in this process is doing the work); false if it never does. */
async function reloadUntil(page: Page, selector: string, pattern: RegExp, tries = 120): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (pattern.test(await text(page, selector))) return true;
    await new Promise((r) => setTimeout(r, 250));
    await page.reload();
  }
  return false;
}

test('an admin and an editor sign in through the form', async () => {
  for (const role of ['admin', 'editor'] as const) {
    const page = await newPage();
    await page.goto(`${base}/desk/sources`);
    assert.equal(new URL(page.url()).pathname, '/desk/sign-in');
    await page.getByLabel('Email').fill(`${role}@example.org`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.equal(new URL(page.url()).pathname, '/desk/sources', `${role} lands on the page asked for`);
    signedIn[role] = await page.context().storageState();
    await page.context().close();
  }
});

test('sources: the guard\'s refusal said plainly, add by URL, import OPML, poll a failing feed, pause, resume, remove', async () => {
  const page = await newPage('en-US', 'admin');
  const good = `${feeds.url}/wire.xml`;
  const broken = `${feeds.url}/broken.xml`;

  // where the guard is in force, a loopback address is refused and the page says why and what allows it
  await page.goto(`${guardedBase}/desk/sources`);
  await page.getByLabel('Feed address (URL)').fill(good);
  await page.getByLabel('Name', { exact: false }).fill('Loopback Wire');
  const refusal = page.waitForResponse((r) => r.url().endsWith('/desk/sources/add'));
  await page.getByRole('button', { name: 'Add the source' }).click();
  assert.equal((await refusal).status(), 422);
  const alert = await page.getByRole('alert').innerText();
  assert.ok(alert.startsWith(`Not added: the fetcher's address guard refuses ${good} (127.0.0.1 is a private, loopback or link-local address)`), alert);
  assert.match(alert, /NEWSROOM_ALLOW_PRIVATE_FETCH=1 allows such addresses/);
  assert.equal(await page.getByLabel('Feed address (URL)').inputValue(), good, 'the typed address is kept');
  // the address field is styled as the others are (it was left at the browser's small default)
  const [urlBox, nameBox] = [await page.getByLabel('Feed address (URL)').boundingBox(), await page.getByLabel('Name', { exact: false }).boundingBox()];
  assert.equal(urlBox?.height, nameBox?.height);
  assert.equal((await listSources(t.db)).filter((s) => s.url === good).length, 0);

  // where such addresses are allowed, the same feed and a broken one are added
  await page.goto(`${base}/desk/sources`);
  for (const [url, name] of [[good, 'Loopback Wire'], [broken, 'Broken Wire']]) {
    await page.getByLabel('Feed address (URL)').fill(url);
    await page.getByLabel('Name', { exact: false }).fill(name);
    await page.getByLabel('Language', { exact: false }).fill('en');
    await page.getByRole('button', { name: 'Add the source' }).click();
    assert.equal(await page.getByRole('status').innerText(), 'The source was added. It is polled at the next sweep.');
    assert.match(await text(page, `tbody tr:has-text("${name}")`), /Not polled yet/);
  }

  // an OPML file through the form
  const dir = mkdtempSync(join(tmpdir(), 'desk-opml-'));
  const opml = join(dir, 'partners.opml');
  writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>Partners</title></head><body>
    <outline text="Partner One" type="rss" xmlUrl="${feeds.url}/one.xml" language="ko"/>
    <outline text="Partner Two" type="rss" xmlUrl="${feeds.url}/two.xml"/></body></opml>`);
  await page.getByLabel('OPML file', { exact: false }).setInputFiles(opml);
  await page.getByRole('button', { name: 'Import' }).click();
  assert.equal(await page.getByRole('status').innerText(), '2 new sources (the file lists 2).');
  assert.equal(await row(page, 'Partner One').count(), 1);
  assert.equal(await row(page, 'Partner Two').count(), 1);

  // poll now: the runner fetches both; the broken one's health shows the failure, the other's its item
  for (const name of ['Broken Wire', 'Loopback Wire']) {
    await page.getByRole('button', { name: `Poll now: ${name}` }).click();
    assert.equal(await page.getByRole('status').innerText(), 'The source\'s poll is in the job queue.');
  }
  assert.ok(await reloadUntil(page, 'tbody tr:has-text("Broken Wire")', /Failed once/), 'the failed poll is in the health column');
  assert.match(await text(page, 'tbody tr:has-text("Broken Wire") td:nth-child(7)'), /^Failed once \(.+\): .*500/);
  assert.match(await text(page, 'tbody tr:has-text("Broken Wire") td:nth-child(3)'), /^Low: its claims alone are held for review/, 'a new source starts low');
  assert.ok(await reloadUntil(page, 'tbody tr:has-text("Loopback Wire")', /OK/), 'the good feed was polled');
  assert.equal(await text(page, 'tbody tr:has-text("Loopback Wire") td:nth-child(6)'), '1', 'one feed item');
  assert.ok(feeds.requests.includes('/broken.xml') && feeds.requests.includes('/wire.xml'));

  // pause and resume
  await page.getByRole('button', { name: 'Pause Partner Two' }).click();
  assert.equal(await page.getByRole('status').innerText(), 'The source is paused: it is not polled until it is resumed.');
  assert.match(await text(page, 'tbody tr:has-text("Partner Two") td:nth-child(2)'), /^Paused$/);
  assert.equal(await page.getByRole('button', { name: 'Poll now: Partner Two' }).count(), 0, 'a paused source is not polled now');
  assert.equal((await listSources(t.db)).find((s) => s.name === 'Partner Two')?.enabled, false);
  await page.getByRole('button', { name: 'Resume Partner Two' }).click();
  assert.equal(await page.getByRole('status').innerText(), 'The source is resumed: it is polled when it is due.');
  assert.match(await text(page, 'tbody tr:has-text("Partner Two") td:nth-child(2)'), /^Active/);
  assert.equal((await listSources(t.db)).find((s) => s.name === 'Partner Two')?.enabled, true);

  // remove, after the confirmation
  const before = (await listSources(t.db)).length;
  await page.getByRole('link', { name: 'Remove… Partner One' }).click();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Remove a source');
  assert.ok(await page.getByText('Remove the source “Partner One”?').isVisible());
  assert.equal((await listSources(t.db)).length, before, 'nothing is removed before the confirmation');
  await page.getByRole('button', { name: 'Remove it' }).click();
  assert.equal(await page.getByRole('status').innerText(), 'The source was removed.');
  assert.equal(await row(page, 'Partner One').count(), 0);
  assert.deepEqual((await listSources(t.db)).filter((s) => s.name === 'Partner One'), []);
  await page.screenshot({ path: `${shots}/desk-sources.png`, fullPage: true });
  await page.context().close();
});

test('editions: an editor sees each edition\'s language and translation state and retries a failed one', async () => {
  const [article] = await t.db.query<{ lang: string }>('SELECT lang FROM articles WHERE id = $1', [translatedId]);
  const page = await newPage('en-US', 'editor');
  await page.goto(`${base}/desk/editions`);
  assert.deepEqual(await page.locator('thead th').allInnerTexts(), ['Article', 'Edition ko', 'Edition en', 'Edition ja']);
  const cells = page.locator(`#article-${translatedId} td`);
  assert.match(await page.locator(`#article-${translatedId} th`).innerText(), new RegExp(`written in ${article.lang}`));
  // an editor's cell also links to that edition's text form (none for the original)
  assert.match(await cells.nth(0).innerText(), /^Translated \(test-mt\)\nEdit the ko text$/, 'the earlier translation into ko');
  assert.equal(await cells.nth(0).getByRole('link', { name: 'Edit the ko text' }).getAttribute('href'), `/desk/editions/${translatedId}/ko`);
  assert.equal(await cells.nth(1).innerText(), 'Original', 'the en edition shows the original');
  const ja = (await cells.nth(2).innerText()).replace(/\s+/g, ' ');
  assert.match(ja, /^Failed \(1 attempt\) LibreTranslate: ja is not supported \(HTTP 400\) next try .+ readers see the original \(en\) Retry Edit the ja text$/);

  const [failed] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM translations WHERE state = 'failed'`);
  assert.ok(failed.n > 1, 'the provider refused every translation it was asked');
  assert.match(await page.locator('main').innerText(), new RegExp(`${failed.n} failed translations\\.`));
  await page.getByRole('button', { name: `Retry the translation of article ${translatedId} into ja` }).click();
  assert.equal(await page.getByRole('status').innerText(), '1 failed translation is due again: the translate stage takes it at its next run.');
  const [due] = await t.db.query<{ due: boolean }>(`SELECT next_attempt_at <= now() AS due FROM translations WHERE article_id = $1 AND lang = 'ja'`, [translatedId]);
  assert.equal(due.due, true);
  assert.ok(await page.getByRole('button', { name: `Retry all ${failed.n} failed translations` }).isVisible());
  await page.screenshot({ path: `${shots}/desk-editions.png`, fullPage: true });
  await page.context().close();
});

let deadId: string;

test('operations: a write job whose model refuses dies, and the page shows it with its error', async () => {
  const [story] = await t.db.query<{ id: number }>(`SELECT id FROM stories WHERE state <> 'merged' ORDER BY id LIMIT 1`);
  await t.db.query('UPDATE stories SET needs_writing = true WHERE id = $1', [story.id]);
  await runner.queue.send('write', { storyId: story.id }, `write:${story.id}`);
  for (let i = 0; i < 400 && !(await runner.queue.deadJobs()).length; i++) await new Promise((r) => setTimeout(r, 50));
  const [dead] = await runner.queue.deadJobs();
  assert.ok(dead, 'the write job died');
  deadId = dead.id;
  assert.ok(model.bodies.length >= 1, 'the model was asked');

  // page views: one article read yesterday in three editions, another three weeks ago; other pages are not articles
  const [other] = await t.db.query<{ id: number }>(`SELECT id::int AS id FROM articles WHERE state = 'published' AND id <> $1 ORDER BY id LIMIT 1`, [translatedId]);
  const day = 86_400_000;
  const views: Array<[string, number]> = [
    [`/en/articles/${translatedId}`, day], [`/ko/articles/${translatedId}`, day], [`/ja/articles/${translatedId}`, day],
    [`/en/articles/${other.id}`, 20 * day], [`/ko/articles/${other.id}`, 20 * day],
    ['/en/', day], [`/en/articles/${translatedId}/feed.xml`, day], [`/en/search`, day]];
  for (const [path, ago] of views) {
    await t.db.query(`INSERT INTO analytics_events (at, path, edition, visitor_hash) VALUES ($1, $2, $3, 'v')`, [new Date(Date.now() - ago), path, path.split('/')[1]]);
  }

  const page = await newPage('en-US', 'admin');
  await page.goto(`${base}/desk/operations`);
  const mostRead = async (days: number) => Promise.all((await page.locator(`#table-read-${days} tbody tr`).all()).map(async (r) =>
    [await r.locator('a').getAttribute('href'), await r.locator('td').innerText()]));
  assert.deepEqual(await mostRead(7), [[`/desk/articles/${translatedId}`, '3']]);
  assert.deepEqual(await mostRead(30), [[`/desk/articles/${translatedId}`, '3'], [`/desk/articles/${other.id}`, '2']]);
  assert.equal(await page.getByText('No article page views counted in the last 7 days.').count(), 0);
  assert.equal(await page.locator('h2#dead').innerText(), 'Dead jobs (1)');
  const job = await text(page, `#job-${deadId}`);
  assert.match(job, new RegExp(`write \\{"storyId":${story.id}\\}`));
  assert.match(job, /does not exist/);
  const write = await text(page, 'h2#queues + p + table tbody tr:has(th:text-is("write"))');
  assert.match(write, /^write 0 0 0 0 1$/, 'the write queue: one failed');
  assert.match(await text(page, 'h2#runs + table'), /write failed/);
  // every label of the charts is inside its drawing (the last day's was cut off at the right edge, a long Korean headline at the left)
  const outside = await page.locator('svg.chart text').evaluateAll((texts) => texts
    .map((el) => ({ t: el.textContent, b: (el as SVGTextElement).getBBox(), box: (el as SVGTextElement).ownerSVGElement!.viewBox.baseVal }))
    .filter(({ b, box }) => b.x < box.x || b.x + b.width > box.x + box.width).map(({ t }) => t));
  assert.deepEqual(outside, []);
  await page.screenshot({ path: `${shots}/desk-operations.png`, fullPage: true });
  await page.context().close();
});

test('axe-core finds no serious or critical violation on sources, editions, an edition\'s text and operations in ko, en and ja', async (tc) => {
  const found: string[] = [];
  const pages = ['/desk/sources', '/desk/editions', `/desk/editions/${translatedId}/ko`, '/desk/operations'];
  for (const locale of ['ko-KR', 'en-US', 'ja-JP']) {
    const lang = locale.slice(0, 2);
    const page = await newPage(locale, 'admin');
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      assert.equal(new URL(page.url()).pathname, path);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      // axe's source goes in through the DevTools protocol, which the desk's CSP (no script) does not govern
      await page.evaluate(axeSource);
      const violations: Array<{ id: string; impact: string; help: string; targets: string }> = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ') }));
      });
      if (lang !== 'en') await page.screenshot({ path: `${shots}/desk-${path.split('/').slice(2).join('-')}-${lang}.png`, fullPage: true });
      for (const v of violations) {
        const line = `${lang} ${path}: ${v.impact} ${v.id}: ${v.help} (${v.targets})`;
        if (v.impact === 'serious' || v.impact === 'critical') found.push(line);
        else tc.diagnostic(line);
      }
    }
    await page.context().close();
  }
  assert.deepEqual(found, []);
});

test('operations: the admin retries the dead job and it is back in its queue', async () => {
  // with the runner stopped the retried job waits in its queue, where the page can show it
  await runner.stop();
  const page = await newPage('en-US', 'admin');
  await page.goto(`${base}/desk/operations`);
  await page.getByRole('button', { name: `Retry job ${deadId}` }).click();
  assert.equal(new URL(page.url()).searchParams.get('done'), 'retried');
  assert.equal(await page.getByRole('status').innerText(), '1 job is back in its queue.');
  assert.equal(await page.locator('h2#dead').innerText(), 'Dead jobs (0)');
  assert.match(await text(page, 'h2#queues + p + table tbody tr:has(th:text-is("write"))'), /^write 1 0 0 0 1$/, 'waiting again');
  const [story] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories WHERE needs_writing');
  assert.equal(story.n, 1, 'its story is due for writing again');
  await page.screenshot({ path: `${shots}/desk-operations-retried.png`, fullPage: true });
  await page.context().close();
});
