// One spelling per name per language: learned from the sources, applied by
// the writers, checked by the grounding check, editable.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { applyGlossary, glossaryFor, isVariant, learnNames, removeEntry, setSpelling } from '../../src/glossary/glossary.ts';
import { namesIn } from '../../src/text/names.ts';
import { checkGrounding } from '../../src/write/grounding.ts';
import { getArticle } from '../../src/write/queries.ts';
import { runWriteStage } from '../../src/write/write-stage.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

test('names are found in each language; variants are one letter or syllable apart inside the name', () => {
  assert.deepEqual(namesIn('Velorian President Anselm Korvath met Mayor Ines Calloway in Portmere. Talks went well.', 'en'),
    ['Anselm Korvath', 'Ines Calloway', 'Portmere'], 'a nationality and titles are not names; a full name is one');
  assert.deepEqual(namesIn('고이즈미 장관은 포트미어 시장과 만났다', 'ko'), ['고이즈미', '포트미어']);
  assert.deepEqual(namesIn('ポートミアで小泉大臣が会見した', 'ja'), ['ポートミア', '小泉']);
  assert.equal(isVariant('코이즈미', '고이즈미'), true);
  assert.equal(isVariant('Calloway', 'Caloway'), true);
  assert.equal(isVariant('Velorian', 'Veloria'), false, 'a letter added at the end is another word');
  assert.equal(isVariant('김민수', '김민주'), false, 'another given name is another person');
});

async function story(lang: string, title: string, body: string, at: string) {
  const [th] = await t.db.query<{ id: number }>(`INSERT INTO threads (title) VALUES ($1) RETURNING id`, [title]);
  const [s] = await t.db.query<{ id: number }>(
    `INSERT INTO stories (title, lang, thread_id, thread_position, report_count, first_seen_at, last_seen_at) VALUES ($1, $2, $3, 1, 1, $4, $4) RETURNING id`,
    [title, lang, th.id, at]);
  await t.db.query(
    `INSERT INTO reports (title, body, lang, published_at, content_hash, simhash, story_id, state) VALUES ($1, $2, $3, $4, $5, '0000000000000000', $6, 'clustered')`,
    [title, body, lang, at, `h${s.id}`, s.id]);
  return s.id;
}

test('the first spelling is learned; a later article whose source misspells the name is written with the glossary spelling', async () => {
  await story('ko', '고이즈미 장관, 항만 예산 발표', '고이즈미 장관은 20일 포트미어 항만 예산 3천억원을 발표했다. 고이즈미 장관은 내년 공사를 시작한다고 말했다.', '2026-11-20T01:00:00Z');
  const second = await story('ko', '코이즈미 장관 항만 방문', '코이즈미 장관은 22일 포트미어 항만을 방문해 공사 현장을 둘러봤다. 코이즈미 장관은 예산 집행을 점검했다.', '2026-11-22T01:00:00Z');
  const run = await runWriteStage(testNewsroom(t.db));
  assert.equal(run.counts.published, 2, JSON.stringify(run));
  const entries = await glossaryFor(t.db, 'ko');
  assert.ok(entries.some((e) => e.spelling === '고이즈미'));
  assert.ok(!entries.some((e) => e.spelling === '코이즈미'), 'the variant is not learned as a second name');
  const [a] = await t.db.query<{ id: number }>('SELECT id FROM articles WHERE story_id = $1', [second]);
  const v = (await getArticle(t.db, a.id))!.versions[0];
  const text = [v.headline, v.lead, ...v.body.map((p: { text: string }) => p.text)].join(' ');
  assert.ok(text.includes('고이즈미') && !text.includes('코이즈미'), text);
});

test('the grounding check flags a variant spelling and accepts the glossary spelling for it', async () => {
  await setSpelling(t.db, 'calloway', 'en', 'Calloway');
  const glossary = await glossaryFor(t.db, 'en');
  const reports = [{ id: 1, title: 'Bridge opens', body: 'Mayor Ines Caloway opened the bridge on Monday.', lang: 'en', publishedAt: new Date('2026-11-23T00:00:00Z'), outlet: null, url: null }];
  const base = { headline: 'Bridge opens', summary: 'The bridge opened.', section: 'transport' as const, entities: [], lang: 'en', imageBrief: { prompt: 'a bridge', alt: 'a bridge' }, writer: 'llm' as const, model: 'm', tokensIn: 1, tokensOut: 1 };
  const variant = checkGrounding({ ...base, lead: 'Mayor Ines Caloway opened the bridge on Monday.', body: [{ text: 'Mayor Ines Caloway opened the bridge.', citations: [1] }] }, reports, { glossary });
  assert.ok(variant.failures.some((f) => /spelled "Calloway" in the glossary/.test(f.message)), JSON.stringify(variant.failures));
  const fixed = applyGlossary('Mayor Ines Caloway opened the bridge on Monday.', glossary, 'en');
  assert.equal(fixed, 'Mayor Ines Calloway opened the bridge on Monday.');
  const ok = checkGrounding({ ...base, lead: fixed, body: [{ text: 'Mayor Ines Calloway opened the bridge.', citations: [1] }] }, reports, { glossary });
  assert.deepEqual(ok.failures, []);
});

test('editors set and remove entries; learning never overrides an editor', async () => {
  await learnNames(t.db, [{ text: 'Yesterday Calloway spoke.', outlet: 'A' }], 'en');
  await setSpelling(t.db, 'calloway', 'en', 'Callowey');
  await learnNames(t.db, [{ text: 'Yesterday Calloway spoke again.', outlet: 'B' }], 'en');
  const entries = await glossaryFor(t.db, 'en');
  assert.deepEqual(entries.map((e) => [e.spelling, e.origin]), [['Callowey', 'editor']]);
  assert.equal(await removeEntry(t.db, 'Calloway', 'en'), true);
  assert.equal(await removeEntry(t.db, 'Calloway', 'en'), false);
});
