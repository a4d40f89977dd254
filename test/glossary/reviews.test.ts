// Look-alike spellings that never met in one story wait for an editor, who
// joins them (one name, printed one way) or keeps them apart.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { glossaryFor, learnNames } from '../../src/glossary/glossary.ts';
import { joinNames, keepApart, nameReviews } from '../../src/glossary/reviews.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

/** A published Korean article of its own story, printing `text`. */
async function published(text: string): Promise<number> {
  const [s] = await t.db.query<{ id: number }>(`INSERT INTO stories (title, lang) VALUES ($1, 'ko') RETURNING id`, [text]);
  const [a] = await t.db.query<{ id: number }>(
    `INSERT INTO articles (story_id, lang, slug, section, state, current_version, published_version, published_at)
     VALUES ($1, 'ko', $2, 'politics', 'published', 1, NULL, now()) RETURNING id`, [s.id, `s-${s.id}`]);
  await t.db.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, writer) VALUES ($1, 1, $2, $2, '[]', $2, 'extractive')`, [a.id, text]);
  await t.db.query('UPDATE articles SET published_version = 1 WHERE id = $1', [a.id]);
  await t.db.query('UPDATE stories SET needs_writing = false WHERE id = $1', [s.id]);
  return s.id;
}

const needsWriting = async (story: number) =>
  (await t.db.query<{ needs_writing: boolean }>('SELECT needs_writing FROM stories WHERE id = $1', [story]))[0].needs_writing;

async function twoStories() {
  await learnNames(t.db, [{ text: '류민수 의원은 10일 국회에서 법안을 발의했다.', outlet: 'A' }], 'ko');
  await learnNames(t.db, [{ text: '유민수 감독은 11일 기자회견에서 은퇴를 발표했다.', outlet: 'B' }], 'ko');
  return { ryu: await published('류민수 의원은 법안을 발의했다.'), yu: await published('유민수 감독은 은퇴를 발표했다.') };
}

test('two spellings by the initial-sound rule in unrelated stories stay two names and wait for an editor', async () => {
  await twoStories();
  const spellings = (await glossaryFor(t.db, 'ko')).map((e) => e.spelling);
  assert.ok(spellings.includes('류민수') && spellings.includes('유민수'), `both kept: ${spellings}`);
  const reviews = await nameReviews(t.db, 'ko');
  assert.deepEqual(reviews.map((r) => [r.spelling, r.other, r.rule]), [['유민수', '류민수', 'ko-initial-sound']]);
  assert.deepEqual(await nameReviews(t.db, 'en'), []);
});

test('apart: the review is closed and nothing is rewritten', async () => {
  const s = await twoStories();
  assert.equal(await keepApart(t.db, 'ko', '류민수', '유민수'), true, 'either order closes it');
  assert.deepEqual(await nameReviews(t.db), []);
  assert.equal(await keepApart(t.db, 'ko', '류민수', '유민수'), false);
  assert.equal(await needsWriting(s.ryu), false);
  assert.equal(await needsWriting(s.yu), false);
});

test('join: one entity with the standard spelling, and the article printing the other is revised', async () => {
  const s = await twoStories();
  assert.equal(await joinNames(t.db, 'ko', '류민수', '유민수'), true);
  assert.deepEqual(await nameReviews(t.db), []);
  const entries = (await glossaryFor(t.db, 'ko')).filter((e) => e.spelling.endsWith('민수'));
  // South Korean standard spelling applies the initial-sound rule: 유, not 류
  assert.deepEqual(entries.map((e) => [e.spelling, e.origin]), [['유민수', 'standard']]);
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT count(DISTINCT entity_key)::int AS n FROM name_spellings WHERE lang = 'ko' AND spelling IN ('류민수', '유민수')`);
  assert.equal(n, 1);
  assert.equal(await needsWriting(s.ryu), true, 'the article printing 류민수 is written again');
  assert.equal(await needsWriting(s.yu), false);
  assert.equal(await joinNames(t.db, 'ko', '류민수', '유민수'), false, 'already one name');
});

test('same role beside the same other name: one person though the spellings never met in one story', async () => {
  await learnNames(t.db, [{ text: '류민수 의원은 10일 국회에서 박지영 의원과 함께 법안을 발의했다.', outlet: 'A' }], 'ko');
  await learnNames(t.db, [{ text: '유민수 의원은 11일 박지영 의원과 공동 기자회견을 열었다.', outlet: 'B' }], 'ko');
  const entries = (await glossaryFor(t.db, 'ko')).filter((e) => e.spelling.endsWith('민수'));
  assert.deepEqual(entries.map((e) => [e.spelling, e.origin]), [['유민수', 'standard']]);
  assert.deepEqual(await nameReviews(t.db), []);
});

test('the same role alone, or the same companion in another role, is not enough', async () => {
  await learnNames(t.db, [{ text: '류민수 의원은 10일 국회에서 박지영 의원과 함께 법안을 발의했다.', outlet: 'A' }], 'ko');
  await learnNames(t.db, [{ text: '유민수 의원은 11일 김도현 의원과 공동 기자회견을 열었다.', outlet: 'B' }], 'ko');
  await learnNames(t.db, [{ text: '류민호 감독은 12일 박지영 의원을 만났다.', outlet: 'A' }], 'ko');
  await learnNames(t.db, [{ text: '유민호 선수는 13일 박지영 의원과 사진을 찍었다.', outlet: 'B' }], 'ko');
  const spellings = (await glossaryFor(t.db, 'ko')).map((e) => e.spelling);
  for (const s of ['류민수', '유민수', '류민호', '유민호']) assert.ok(spellings.includes(s), `${s} kept apart: ${spellings}`);
  assert.deepEqual((await nameReviews(t.db)).map((r) => r.spelling).sort(), ['유민수', '유민호']);
});
