// The desk's editions page at the server level: each published article in
// each edition shows what readers get (original, translated, pending, or
// failed with the provider's error, the original shown instead); editors
// retry one or all failed translations (viewers get 403), which makes them
// due again and sends a translate job through the runner's queue.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { deskJobs, sendOnlyQueue } from '../../src/cli/desk-jobs.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import type { JobQueue } from '../../src/runner/queue.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';
import { publishedArticle } from './articles-fixture.ts';
import { deskGet, deskPost, staff } from '../helpers/desk-client.ts';

const translating = testConfig({ translate: 'libretranslate', translateUrl: 'http://127.0.0.1:9' });
let t: TestDb;
let queue: JobQueue | undefined;
let en: number;
let ko: number;

beforeEach(async () => {
  t = await createTestDb();
  en = await publishedArticle(t.db, 'en', 'Council passes the budget', new Date('2026-11-19T09:00:00Z'));
  ko = await publishedArticle(t.db, 'ko', '시의회 예산 통과', new Date('2026-11-20T09:00:00Z'));
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, state, error, attempts, next_attempt_at) VALUES
       ($1, 1, 'ko', '예산 통과', '리드', '[]', '요약', 'libretranslate', 'done', NULL, 1, NULL),
       ($1, 1, 'ja', '', '', '[]', '', 'libretranslate', 'failed', 'LibreTranslate answered 503: overloaded', 3, now() + interval '1 hour'),
       ($2, 1, 'en', '', '', '[]', '', 'libretranslate', 'failed', 'rejected: the answer is not in en (gave up after 8 attempts; tried again when the article changes)', 8, NULL)`,
    [en, ko]);
});
afterEach(async () => {
  await queue?.stop();
  queue = undefined;
  await t.drop();
});

const cell = (html: string, id: number, column: number) => {
  const row = new RegExp(`<tr id="article-${id}">([\\s\\S]*?)</tr>`).exec(html)![1];
  return [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)][column][1];
};
const due = async (id: number, lang: string) =>
  (await t.db.query<{ due: boolean | null }>('SELECT next_attempt_at <= now() AS due FROM translations WHERE article_id = $1 AND lang = $2', [id, lang]))[0].due;

test('each article in each edition: original, translated, failed with the provider\'s error and the original shown, pending', async () => {
  const app = createSiteWithDesk(t.db, translating);
  const viewer = await staff(t.db, 'viewer');
  const res = await deskGet(app, '/desk/editions', viewer);
  assert.equal(res.status, 200);
  const html = await res.text();
  // columns: ko, en, ja
  assert.match(cell(html, en, 0), /^Translated <span class="hint">\(libretranslate\)<\/span>$/);
  assert.equal(cell(html, en, 1), 'Original');
  const failed = cell(html, en, 2);
  assert.match(failed, /Failed \(3 attempts\)/);
  assert.ok(failed.includes('LibreTranslate answered 503: overloaded'));
  assert.match(failed, /next try /);
  assert.ok(failed.includes('readers see the original (en)'));
  assert.equal(cell(html, ko, 0), 'Original');
  assert.ok(cell(html, ko, 1).includes('given up until the article changes'));
  assert.match(cell(html, ko, 2), /^Pending<br\/><span class="hint">readers see the original \(ko\)<\/span>$/);
  assert.ok(html.includes('2 failed translations.'));
  assert.ok(!html.includes('action="/desk/editions/retry'), 'a viewer gets no retry buttons');
  // the failed-only view lists both; newest first
  const only = await (await deskGet(app, '/desk/editions?failed=1', viewer)).text();
  assert.ok(only.indexOf(`id="article-${ko}"`) < only.indexOf(`id="article-${en}"`));
  // no provider: every other edition shows the original, and the page says why
  const plain = await (await deskGet(createSiteWithDesk(t.db, testConfig()), '/desk/editions', viewer)).text();
  assert.ok(plain.includes('No translation provider is configured (NEWSROOM_TRANSLATE)'));
  assert.match(cell(plain, ko, 2), /^Not translated \(no provider\)/);
});

test('viewers cannot retry; an editor retries one, then all, and a translate job is sent', async () => {
  const nr = testNewsroom(t.db, { databaseUrl: t.env.DATABASE_URL });
  queue = await sendOnlyQueue(nr);
  const app = createSiteWithDesk(t.db, translating, { jobs: deskJobs(nr, async () => queue!) });
  const viewer = await staff(t.db, 'viewer');
  assert.equal((await deskPost(app, '/desk/editions/retry', viewer, { article: String(en), lang: 'ja' })).status, 403);
  assert.equal((await deskPost(app, '/desk/editions/retry-all', viewer)).status, 403);
  assert.equal(await due(en, 'ja'), false);

  const editor = await staff(t.db, 'editor');
  const page = await (await deskGet(app, '/desk/editions', editor)).text();
  assert.ok(page.includes('Retry all 2 failed translations'));
  const one = await deskPost(app, '/desk/editions/retry', editor, { article: String(en), lang: 'ja' });
  assert.equal(one.status, 303);
  assert.equal(one.headers.get('location'), '/desk/editions?done=retried&n=1');
  assert.equal(await due(en, 'ja'), true);
  assert.equal(await due(ko, 'en'), null, 'the other stays given up');
  const [row] = await auditPage(t.db, { limit: 1 });
  assert.equal(row.action, 'translation.retry');
  assert.equal(row.target_id, `${en}:ja`);
  const jobs = await queue.boss.findJobs('translate', { key: 'translate', queued: true });
  assert.equal(jobs.length, 1, 'a translate job waits');

  // a translation that is not failed, and a form that names no edition, change nothing
  assert.equal((await deskPost(app, '/desk/editions/retry', editor, { article: String(en), lang: 'ko' })).status, 404);
  assert.equal((await deskPost(app, '/desk/editions/retry', editor, { article: 'x', lang: 'ja' })).status, 400);
  assert.equal((await deskPost(app, '/desk/editions/retry', editor, { article: String(en), lang: 'fr' })).status, 400);

  const all = await deskPost(app, '/desk/editions/retry-all', editor);
  assert.equal(all.headers.get('location'), '/desk/editions?done=retried&n=2');
  assert.equal(await due(ko, 'en'), true, 'a given-up one is tried once more');
  assert.ok((await (await deskGet(app, '/desk/editions?done=retried&n=2', editor)).text()).includes('2 failed translations are due again'));
});
