// A spelling no other source contradicts still gets its standard form where a
// rule writes it (a Japanese name's plain first stop), and a name that is a
// glossary spelling whole keeps its words.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { applyGlossary, glossaryFor, learnNames, standardFormOf, type GlossaryEntry } from '../../src/glossary/glossary.ts';
import { loadJapanese } from '../../src/text/japanese.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

test('standardFormOf: only a Japanese name loses its aspirated first stop; Korean and other foreign names stay', () => {
  assert.equal(standardFormOf('코바야시', true), '고바야시');
  assert.equal(standardFormOf('코바야시', false), '코바야시');
  assert.equal(standardFormOf('류민수', false), '류민수', 'a person\'s own 류 is theirs');
  assert.equal(standardFormOf('트럼프', false), '트럼프');
});

test('a Korean spelling of a Japanese name learned before the kanji name takes the standard spelling when the kanji name arrives', async () => {
  await loadJapanese();
  await learnNames(t.db, [{ text: '타카하시 지사는 10일 항만 계획을 발표했다.', outlet: 'A' }], 'ko');
  assert.ok((await glossaryFor(t.db, 'ko')).some((e) => e.spelling === '타카하시'));
  await learnNames(t.db, [{ text: '高橋知事は10日、港湾計画を発表した。', outlet: 'B' }], 'ja');
  const ko = await glossaryFor(t.db, 'ko');
  const entry = ko.find((e) => e.entity_key === '타카하시');
  assert.equal(entry?.spelling, '다카하시');
  assert.equal(entry?.origin, 'standard');
  assert.equal(applyGlossary('타카하시 지사는 말했다.', ko, 'ko'), '다카하시 지사는 말했다.');
});

test('a foreign name in katakana does not make a Korean spelling Japanese', async () => {
  await loadJapanese();
  await learnNames(t.db, [{ text: '트럼프 대통령은 10일 성명을 냈다.', outlet: 'A' }], 'ko');
  await learnNames(t.db, [{ text: 'トランプ大統領は10日、声明を出した。', outlet: 'B' }], 'ja');
  assert.equal((await glossaryFor(t.db, 'ko')).find((e) => e.entity_key === '트럼프')?.spelling, '트럼프');
});

test('applyGlossary: a name that is a glossary spelling whole keeps its words; another name\'s word is still respelled', () => {
  const entries: GlossaryEntry[] = [
    { entity_key: 'calloway', lang: 'en', spelling: 'Calloway', origin: 'learned' },
    { entity_key: 'idris halloway', lang: 'en', spelling: 'Idris Halloway', origin: 'editor' },
  ];
  assert.equal(applyGlossary('Author Idris Halloway spoke.', entries, 'en'), 'Author Idris Halloway spoke.');
  assert.equal(applyGlossary('Mayor Ines Caloway spoke.', entries, 'en'), 'Mayor Ines Calloway spoke.');
});

test('a foreign name one outlet writes solid is the spaced name another writes: learned as its spelling, printed spaced, supported in the check', async () => {
  await learnNames(t.db, [
    { text: '마리아 산토스 장관은 19일 기자회견에서 협정 서명을 발표했다.', outlet: 'A' },
    { text: '마리아산토스 장관은 이날 회견에서 "서명은 다음 달"이라고 말했다.', outlet: 'B' },
  ], 'ko');
  const ko = await glossaryFor(t.db, 'ko');
  const entry = ko.find((e) => e.spelling.replace(/\s/g, '') === '마리아산토스');
  assert.equal(entry?.spelling, '마리아 산토스', 'one entity, spaced as a foreign name is in standard spelling');
  const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(DISTINCT entity_key)::int AS n FROM name_spellings WHERE lang = 'ko' AND replace(spelling, ' ', '') = '마리아산토스'`);
  assert.equal(n, 1, 'both spellings filed under it');
  assert.equal(applyGlossary('마리아산토스 장관은 말했다.', ko, 'ko'), '마리아 산토스 장관은 말했다.');
  assert.equal(applyGlossary('마리아산토스는 말했다.', ko, 'ko'), '마리아 산토스는 말했다.', 'with a particle too');
  // a long compound before a title is no name of the glossary's
  assert.equal(applyGlossary('대한상공회의소 회장은 말했다.', ko, 'ko'), '대한상공회의소 회장은 말했다.');
});
