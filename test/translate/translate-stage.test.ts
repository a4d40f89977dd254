// The translate stage end to end, against loopback servers speaking the
// LibreTranslate, DeepL and OpenAI chat protocols with scripted answers.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import type { Config } from '../../src/config.ts';
import { translationsFor } from '../../src/translate/queries.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { setSpelling } from '../../src/glossary/glossary.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import type { Answer, Scripted } from '../helpers/openai-server.ts';
import {
  chat, deeplEngine, fastProvider, koreanText, libreEngine, llmEngine, render, reviseArticle, seedArticle, segmentsOfRequest,
  seedMayorSpellings, startEngine, startSlowEngine, type Seeded,
} from './seed.ts';

let t: TestDb;
const engines: Scripted[] = [];
beforeEach(async () => {
  t = await createTestDb();
  await seedMayorSpellings(t.db);
});
afterEach(async () => {
  for (const e of engines.splice(0)) await e.server.close();
  await t.drop();
});

async function engine(answer: Answer): Promise<Scripted> {
  const e = await startEngine(answer);
  engines.push(e);
  return e;
}

type Provider = 'libretranslate' | 'deepl' | 'llm';

function newsroom(provider: Provider | undefined, url: string, overrides: Partial<Config> = {}) {
  const nr = testNewsroom(t.db, {
    editions: ['ko', 'en', 'ja'], translate: provider, translateUrl: url, translateKey: 'k-123',
    llmUrl: `${url}/v1`, llmModel: 'test-translator', ...overrides,
  });
  return { nr, translator: createTranslator(nr.config, fastProvider) ?? null };
}

async function run(x: ReturnType<typeof newsroom>) {
  return runTranslateStage(x.nr, { translator: x.translator });
}

async function rows(articleId: number) {
  return t.db.query<Record<string, any>>(
    `SELECT lang, version, state, error, attempts, provider, model, headline, lead, body, summary, alt_text, source_lang,
       next_attempt_at > now() AS waiting
     FROM translations WHERE article_id = $1 ORDER BY version, lang`, [articleId]);
}

async function articleRow(id: number) {
  const [a] = await t.db.query('SELECT state, current_version, published_version, published_at, updated_at, hold_reason FROM articles WHERE id = $1', [id]);
  return a;
}

/** The done translation of the version readers see, as an edition shows it. */
async function publishedTranslation(db: TestDb['db'], articleId: number, lang: string) {
  const [row] = await db.query<Record<string, any>>(
    `SELECT t.version, t.headline FROM articles a JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = $2
     WHERE a.id = $1 AND t.state = 'done'`, [articleId, lang]);
  return row;
}

/** The segment number the scripted engines write at the end of each answer: "… (3)." or "…（3）。". */
const segmentNo = (text: string) => Number(text.match(/[(（](\d+)[)）][.。]$/)?.[1]);

const makeDue = () => t.db.query(`UPDATE translations SET next_attempt_at = now() - interval '1 second' WHERE state = 'failed'`);

const engineFor: Record<Provider, () => Answer> = { libretranslate: () => libreEngine(), deepl: () => deeplEngine(), llm: () => llmEngine() };

for (const provider of ['libretranslate', 'deepl', 'llm'] as const) {
  test(`${provider}: a published Korean article is translated into English and Japanese, citations kept, glossary names spelled`, async () => {
    const s = await seedArticle(t.db);
    const before = await articleRow(s.articleId);
    const api = await engine(engineFor[provider]());
    const report = await run(newsroom(provider, api.server.url));
    assert.equal(report.counts.translated, 2, JSON.stringify(report));
    assert.equal(report.counts.failed, undefined);

    const [en, ja] = await rows(s.articleId);
    for (const r of [en, ja]) {
      assert.equal(r.state, 'done');
      assert.equal(r.error, null);
      assert.equal(r.attempts, 1);
      assert.equal(r.source_lang, 'ko');
      assert.equal(r.provider, provider);
      assert.equal(r.model, provider === 'llm' ? 'test-translator' : null);
      assert.deepEqual(r.body.map((p: { citations: number[] }) => p.citations), s.citations, 'citations copied unchanged');
      assert.equal(r.body.length, koreanText.body.length);
      assert.ok(r.alt_text && r.alt_text.length > 10, 'the image alt is translated');
    }
    assert.equal(en.lang, 'en');
    assert.equal(ja.lang, 'ja');
    // each field got its own segment back: headline, lead, paragraphs, summary, alt text, in that order
    const n = 2 + koreanText.body.length + 2;
    for (const r of [en, ja]) {
      assert.deepEqual(
        [r.headline, r.lead, ...r.body.map((p: { text: string }) => p.text), r.summary, r.alt_text].map(segmentNo),
        Array.from({ length: n }, (_, i) => i + 1),
        `${r.lang}: fields mapped to the wrong segments`);
      assert.equal(segmentNo(r.summary), n - 1);
      assert.equal(segmentNo(r.alt_text), n);
    }
    assert.match(en.headline, /Korvath/);
    assert.match(en.lead, /Korvath/);
    assert.match(ja.headline, /コルヴァス/);
    assert.doesNotMatch(en.headline + en.lead + en.summary, /[가-힣]/, 'no Korean left in the English edition');
    assert.deepEqual(await articleRow(s.articleId), before, 'translating never touches the article');

    const shown = await publishedTranslation(t.db, s.articleId, 'en');
    assert.equal(shown?.headline, en.headline);
    assert.equal(await publishedTranslation(t.db, s.articleId, 'ko'), undefined, 'the original language has no translation');

    if (provider !== 'llm') {
      // the engine never saw the name, only its placeholder
      const sent = JSON.stringify(api.bodies);
      assert.doesNotMatch(sent, /코르바스/);
      assert.match(sent, /\[\[G1\]\]/);
    } else {
      const system = api.bodies[0].messages[0].content as string;
      assert.match(system, /코르바스 → Korvath/);
      assert.match(system, /never an instruction/);
    }
  });
}

test('a placeholder the engine spaced or widened still comes back as the glossary name', async () => {
  const s = await seedArticle(t.db);
  const api = await engine(libreEngine({ mangle: (tok) => (tok === '[[G1]]' ? '［［ Ｇ1 ］］' : tok) }));
  const report = await run(newsroom('libretranslate', api.server.url));
  assert.equal(report.counts.translated, 2, JSON.stringify(report.errors));
  const [en, ja] = await rows(s.articleId);
  assert.match(en.headline, /Mayor Korvath attends/);
  assert.match(ja.headline, /コルヴァス市長、/);
});

test('an LLM that misspells a glossary name (Korvat) is rejected as a glossary violation; told why, it gets it right next time', async () => {
  const s = await seedArticle(t.db);
  let spelling = 'Korvat';
  const api = await engine((body, n) => llmEngine({ names: { en: spelling, ja: 'コルヴァス' } })(body, n));
  const x = newsroom('llm', api.server.url, { editions: ['ko', 'en'] });
  const first = await run(x);
  assert.equal(first.counts.failed, 1);
  let [en] = await rows(s.articleId);
  assert.equal(en.state, 'failed');
  assert.match(en.error, /glossary violation/);
  assert.match(en.error, /"코르바스" must be "Korvath" \(found "Korvat"\)/);
  assert.equal(en.headline, null, 'a failed row carries no text');
  assert.equal(await publishedTranslation(t.db, s.articleId, 'en'), undefined);

  spelling = 'Korvath';
  await makeDue();
  const second = await run(x);
  assert.equal(second.counts.translated, 1);
  [en] = await rows(s.articleId);
  assert.equal(en.state, 'done');
  assert.equal(en.attempts, 2);
  assert.match(api.bodies[1].messages[0].content, /rejected \(glossary violation/, 'the model is told what was wrong');
});

test('a provider that is down: a failed row with the error and a later attempt time; the article stays published and untouched', async () => {
  const s = await seedArticle(t.db);
  const before = await articleRow(s.articleId);
  const gone = await startEngine(libreEngine());
  const url = gone.server.url;
  await gone.server.close(); // connection refused from now on
  const report = await run(newsroom('libretranslate', url, { editions: ['ko', 'en'] }));
  assert.equal(report.counts.failed, 1);
  assert.match(report.errors[0].message, /LibreTranslate/);
  const [en] = await rows(s.articleId);
  assert.equal(en.state, 'failed');
  assert.equal(en.attempts, 1);
  assert.equal(en.waiting, true, 'next_attempt_at is in the future');
  assert.match(en.error, /LibreTranslate/);
  assert.deepEqual(await articleRow(s.articleId), before);
  assert.equal((await articleRow(s.articleId)).state, 'published');
  // what `newsroom articles show` lists for the editor
  const [status] = await translationsFor(t.db, s.articleId);
  assert.deepEqual([status.lang, status.version, status.state, status.provider, status.attempts], ['en', 1, 'failed', 'libretranslate', 1]);
  assert.match(status.error ?? '', /LibreTranslate: .*ECONNREFUSED/);
  assert.ok(status.next_attempt_at instanceof Date, 'a next attempt is planned');
});

test('an answer rejected the same way 8 times is given up until the article changes', async () => {
  const s = await seedArticle(t.db);
  // a deterministic engine that drops the placeholder and writes its own spelling, every time
  let broken = true;
  const api = await engine((body, n) => libreEngine({ mangle: (tok) => (broken ? 'Korvat' : tok) })(body, n));
  const x = newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] });
  await run(x);
  let [en] = await rows(s.articleId);
  assert.equal(en.attempts, 1);
  assert.match(en.error, /^rejected: glossary violation/);

  await t.db.query(`UPDATE translations SET attempts = 6`);
  await makeDue();
  await run(x);
  [en] = await rows(s.articleId);
  assert.equal(en.attempts, 7);
  assert.equal(en.waiting, true, 'the 7th rejection still waits for a next attempt');
  assert.doesNotMatch(en.error, /gave up/);

  await makeDue();
  await run(x);
  [en] = await rows(s.articleId);
  assert.equal(en.state, 'failed');
  assert.equal(en.attempts, 8);
  assert.equal(en.waiting, null, 'no next attempt');
  assert.match(en.error, /^rejected: glossary violation.*\(gave up after 8 attempts; tried again when the article changes\)$/);
  const [status] = await translationsFor(t.db, s.articleId);
  assert.equal(status.next_attempt_at, null);
  assert.equal(status.error, en.error);

  broken = false; // even a mended engine is not asked again for the same text
  const asked = api.bodies.length;
  assert.deepEqual((await run(x)).counts, {}, 'given up: not due');
  assert.equal(api.bodies.length, asked);

  const v2 = await reviseArticle(t.db, s, { ...koreanText, headline: '코르바스 시장, 대교 개통 첫날 교통량 발표' });
  assert.equal((await run(x)).counts.translated, 1, 'a new version is new work');
  assert.deepEqual((await rows(s.articleId)).map((r) => [r.version, r.state]), [[1, 'failed'], [v2, 'done']]);
});

test('503, then no call before the retry is due, then success once due; the backoff doubles and is capped', async () => {
  const s = await seedArticle(t.db);
  let healthy = false;
  const api = await engine((body, n) => (healthy ? libreEngine()(body, n) : { status: 503, json: { error: 'the engine is overloaded' } }));
  const x = newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] });

  await run(x);
  assert.equal(api.bodies.length, 1);
  let [en] = await rows(s.articleId);
  assert.equal(en.state, 'failed');
  assert.match(en.error, /the engine is overloaded \(HTTP 503\)/);
  const [{ wait1 }] = await t.db.query(`SELECT extract(epoch FROM next_attempt_at - updated_at)::int AS wait1 FROM translations`);
  assert.equal(wait1, 60);

  const idle = await run(x);
  assert.equal(api.bodies.length, 1, 'not due yet: the provider is not called');
  assert.deepEqual(idle.counts, {});

  await makeDue();
  await run(x);
  const [{ wait2, attempts }] = await t.db.query(`SELECT extract(epoch FROM next_attempt_at - updated_at)::int AS wait2, attempts FROM translations`);
  assert.equal(attempts, 2);
  assert.equal(wait2, 120, 'the second wait is twice the first');

  await t.db.query(`UPDATE translations SET attempts = 20, next_attempt_at = now() - interval '1 second'`);
  await run(x);
  const [{ wait3, error3 }] = await t.db.query(`SELECT extract(epoch FROM next_attempt_at - updated_at)::int AS wait3, error AS error3 FROM translations`);
  assert.equal(wait3, 6 * 3600, 'capped at six hours');
  assert.doesNotMatch(error3, /gave up/, 'a provider that is down is not the input\'s fault: never given up');

  healthy = true;
  await makeDue();
  const ok = await run(x);
  assert.equal(ok.counts.translated, 1);
  [en] = await rows(s.articleId);
  assert.equal(en.state, 'done');
  assert.equal(en.error, null);
  assert.equal(en.attempts, 22);
  assert.equal(en.waiting, null);
});

test('an engine that answers in the wrong language is rejected and retried; a correct answer later is accepted', async () => {
  const s = await seedArticle(t.db);
  let echo = true;
  // first DeepL sends the Korean back untranslated
  const api = await engine((body, n) => (echo
    ? { json: { translations: (body.text as string[]).map((text) => ({ detected_source_language: 'KO', text })) } }
    : deeplEngine()(body, n)));
  const x = newsroom('deepl', api.server.url, { editions: ['ko', 'en'] });
  await run(x);
  let [en] = await rows(s.articleId);
  assert.equal(en.state, 'failed');
  assert.match(en.error, /answered in ko, expected en/);

  echo = false;
  await makeDue();
  await run(x);
  [en] = await rows(s.articleId);
  assert.equal(en.state, 'done');
  assert.equal(en.attempts, 2);
});

test('an LLM that answers in Japanese when English was asked is rejected', async () => {
  const s = await seedArticle(t.db);
  const api = await engine(llmEngine({ forceLang: 'ja', names: { en: 'Korvath' } }));
  const report = await run(newsroom('llm', api.server.url, { editions: ['ko', 'en'] }));
  assert.equal(report.counts.failed, 1);
  const [en] = await rows(s.articleId);
  assert.match(en.error, /answered in ja, expected en/);
});

test('malformed answers are clear errors: not JSON, the wrong number of segments, the wrong shape', async () => {
  const cases: Array<[Provider, Answer, RegExp]> = [
    ['llm', () => ({ json: chat('Here is your translation: Korvath opened the bridge.') }), /not valid JSON/],
    ['llm', (body) => ({ json: chat({ translations: segmentsOfRequest(body).slice(0, 2).map((_, i) => render('en', ['Korvath'], i)) }) }), /returned 2 translations for 7 segments/],
    ['llm', () => ({ json: chat({ text: ['x'] }) }), /does not fit \{"translations": \[strings\]\}/],
    ['libretranslate', () => ({ json: { translatedText: 5 } }), /LibreTranslate's answer does not fit/],
    ['libretranslate', () => ({ status: 400, json: { error: 'ko is not supported' } }), /LibreTranslate: ko is not supported \(HTTP 400\)/],
    ['libretranslate', () => ({ raw: '<html>proxy error</html>' }), /not JSON/],
    ['deepl', () => ({ json: { translations: [{ text: render('en', [], 0) }] } }), /DeepL returned 1 translations for 7 segments/],
    ['deepl', () => ({ status: 456, json: { message: 'Quota exceeded' } }), /quota is used up.*HTTP 456/],
  ];
  for (const [provider, answer, expected] of cases) {
    const s = await seedArticle(t.db);
    const api = await engine(answer);
    const report = await run(newsroom(provider, api.server.url, { editions: ['ko', 'en'] }));
    assert.equal(report.counts.failed, 1, `${provider} ${expected}`);
    const [en] = await rows(s.articleId);
    assert.equal(en.state, 'failed');
    assert.match(en.error, expected);
    // done with this case: its row must not be picked up by the next one's run
    await t.db.query(`UPDATE articles SET state = 'held' WHERE id = $1`, [s.articleId]);
  }
});

test('the same article text again costs nothing: the answer comes from the cache', async () => {
  const a = await seedArticle(t.db);
  const api = await engine(libreEngine());
  const x = newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] });
  await run(x);
  assert.equal(api.bodies.length, 1);
  const b = await seedArticle(t.db); // an identical article of another story
  const again = await run(x);
  assert.equal(api.bodies.length, 1, 'the provider was not asked again');
  assert.equal(again.counts.translated, 1);
  assert.equal(again.counts.from_cache, 1);
  const [ta] = await rows(a.articleId);
  const [tb] = await rows(b.articleId);
  assert.equal(tb.state, 'done');
  assert.equal(tb.headline, ta.headline);
  assert.deepEqual(tb.body.map((p: { citations: number[] }) => p.citations), b.citations, 'citations are the article\'s own, not the cached one\'s');
});

test('a revised article (new published version) is translated again; the earlier translation stays with its version', async () => {
  const s = await seedArticle(t.db);
  const api = await engine(libreEngine());
  const x = newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] });
  await run(x);
  const v2 = await reviseArticle(t.db, s, { ...koreanText, headline: '코르바스 시장, 대교 개통 첫날 교통량 발표' });
  const report = await run(x);
  assert.equal(report.counts.translated, 1);
  assert.equal(api.bodies.length, 2);
  const all = await translationsFor(t.db, s.articleId);
  assert.deepEqual(all.map((r) => [r.version, r.lang, r.state]), [[v2, 'en', 'done'], [1, 'en', 'done']]);
  assert.equal((await publishedTranslation(t.db, s.articleId, 'en'))?.version, v2);
  assert.deepEqual((await run(x)).counts, {}, 'nothing left to do');
});

test('DeepL requests carry the DeepL-Auth-Key header and DeepL language codes', async () => {
  const s = await seedArticle(t.db);
  const api = await engine(deeplEngine());
  const report = await run(newsroom('deepl', api.server.url, { editions: ['ko', 'en', 'pt', 'ja'] }));
  assert.equal(report.counts.translated, 3, JSON.stringify(report.errors));
  assert.deepEqual(api.server.requests, ['/v2/translate', '/v2/translate', '/v2/translate']);
  assert.ok(api.server.headers.every((h) => h.authorization === 'DeepL-Auth-Key k-123'));
  assert.deepEqual(api.bodies.map((b) => b.source_lang), ['KO', 'KO', 'KO']);
  assert.deepEqual(api.bodies.map((b) => b.target_lang).sort(), ['EN-US', 'JA', 'PT-PT']);
  assert.deepEqual((await rows(s.articleId)).map((r) => [r.lang, r.state]), [['en', 'done'], ['ja', 'done'], ['pt', 'done']]);
});

test('with no translator configured the stage does nothing and says so', async () => {
  const s = await seedArticle(t.db);
  const nr = testNewsroom(t.db, { editions: ['ko', 'en'] });
  const report = await runTranslateStage(nr);
  assert.deepEqual(report.counts, { not_configured: 1 });
  assert.deepEqual(await rows(s.articleId), []);
  const [runRow] = await t.db.query(`SELECT state, counts FROM pipeline_runs WHERE stage = 'translate'`);
  assert.equal(runRow.state, 'ok');
  assert.deepEqual(runRow.counts, { not_configured: 1 });
});

test('unpublished articles are not translated, and a run is bounded', async () => {
  const seeded: Seeded[] = [];
  for (let i = 0; i < 3; i++) seeded.push(await seedArticle(t.db, { ...koreanText, headline: `${koreanText.headline} ${i + 1}호` }));
  await t.db.query(`UPDATE articles SET state = 'needs-review' WHERE id = $1`, [seeded[0].articleId]);
  const api = await engine(libreEngine());
  const x = newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] });
  const spent = await runTranslateStage(x.nr, { translator: x.translator, budgetMs: -1 });
  assert.deepEqual(spent.counts, { deferred: 2 }, 'a run whose time is spent starts nothing more');
  assert.equal(api.bodies.length, 0);
  const first = await runTranslateStage(x.nr, { translator: x.translator, limit: 1 });
  assert.equal(first.counts.translated, 1);
  const second = await runTranslateStage(x.nr, { translator: x.translator, limit: 10 });
  assert.equal(second.counts.translated, 1);
  assert.deepEqual(await rows(seeded[0].articleId), [], 'an article waiting for review is not translated');
});

test('two workers at once never translate the same article-edition twice', async () => {
  for (let i = 0; i < 3; i++) await seedArticle(t.db, { ...koreanText, headline: `${koreanText.headline} ${i + 1}호` });
  const api = await startSlowEngine(libreEngine(), 40);
  engines.push(api);
  const a = newsroom('libretranslate', api.server.url);
  const b = newsroom('libretranslate', api.server.url);
  a.nr.worker = 'host-a:1';
  b.nr.worker = 'host-b:2';
  const [ra, rb] = await Promise.all([run(a), run(b)]);
  assert.equal((ra.counts.translated ?? 0) + (rb.counts.translated ?? 0), 6);
  assert.equal(api.bodies.length, 6, 'each of 3 articles × 2 editions asked for once');
  const [{ done, claims }] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM translations WHERE state = 'done' AND attempts = 1) AS done, (SELECT count(*)::int FROM translation_claims) AS claims`);
  assert.equal(done, 6);
  assert.equal(claims, 0, 'claims are released');
});

test("a translation prints the target edition's canonical spelling of a name it knows, by the rules that cannot make two people one", async () => {
  await setSpelling(t.db, 'zoë marchetti', 'en', 'Zoë Marchetti');
  await setSpelling(t.db, 'ines calloway', 'en', 'Ines Calloway');
  const s = await seedArticle(t.db);
  // the engine writes the council member without her diaeresis, and a one-letter look-alike of another person
  const api = await engine((body) => ({
    json: { translatedText: (body.q as string[]).map((q, i) => render('en', ['Zoe Marchetti', 'Ines Caloway', ...placeholdersOf(q)], i, q)) },
  }));
  const report = await run(newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] }));
  assert.equal(report.counts.translated, 1, JSON.stringify(report.errors));
  const [en] = await rows(s.articleId);
  assert.match(en.headline, /Zoë Marchetti/);
  assert.doesNotMatch(JSON.stringify(en), /Zoe Marchetti/, 'the variant is printed nowhere');
  assert.match(en.headline, /Ines Caloway/, 'a misspelling may be another person: not rewritten without its story');
  assert.match(en.headline, /Korvath/);

  // the editor changes the canonical spelling: the done translation prints the new one in place, no engine asked
  const asked = api.bodies.length;
  await setSpelling(t.db, 'zoë marchetti', 'en', 'Zoe Marchetti');
  const [respelled] = await rows(s.articleId);
  assert.match(respelled.headline, /Zoe Marchetti/);
  assert.doesNotMatch(JSON.stringify(respelled), /Zoë/);
  assert.deepEqual(respelled.body.map((p: { citations: number[] }) => p.citations), s.citations, 'citations untouched');
  assert.equal(api.bodies.length, asked);
  // and a revision's translation, answered from the cache, prints it too
  const v2 = await reviseArticle(t.db, s, { ...koreanText });
  assert.equal((await run(newsroom('libretranslate', api.server.url, { editions: ['ko', 'en'] }))).counts.translated, 1);
  const latest = (await rows(s.articleId)).find((r) => r.version === v2)!;
  assert.match(latest.headline, /Zoe Marchetti/);
});

const placeholdersOf = (text: string) => text.match(/\[\[G\d+\]\]/g) ?? [];
