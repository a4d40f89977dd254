// Glossary names across languages: finding them, protecting them from a
// machine-translation engine with placeholders, putting them back, and
// telling a translation that spelled one wrong.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeViolations, glossaryPairs, glossaryViolations, occurrences, pairsIn, protectNames, restoreNames, type GlossaryPair,
} from '../../src/translate/glossary-terms.ts';
import { setSpelling } from '../../src/glossary/glossary.ts';
import { createTestDb } from '../helpers/db.ts';

const korvath: GlossaryPair = { key: '코르바스', source: '코르바스', target: 'Korvath' };
const portmere: GlossaryPair = { key: '포트미어', source: '포트미어', target: 'Portmere' };
const lee: GlossaryPair = { key: 'lee', source: 'Lee', target: '이' };

test('a name is found with particles attached in Korean, but not inside a longer word in English', () => {
  assert.deepEqual(occurrences('코르바스는 코르바스의 다리', '코르바스'), [0, 6]);
  assert.deepEqual(occurrences('Lee met Leeds fans; Mr. Lee', 'Lee'), [0, 24]);
  assert.deepEqual(pairsIn(['코르바스 시장'], [korvath, portmere]), [korvath]);
  // a one-syllable name is not the particle inside every other word
  assert.deepEqual(occurrences('이 씨가 말이 많았다', '이'), [0]);
  assert.deepEqual(protectNames('코르바스가 말이 많았다', [{ key: 'lee', source: '이', target: 'Lee' }]).slots, []);
});

test('protect, translate, restore: the engine sees placeholders, the reader the glossary name', () => {
  const p = protectNames('코르바스 시장은 포트미어에서 코르바스 재단을 언급했다.', [korvath, portmere]);
  assert.equal(p.text, '[[G1]] 시장은 [[G2]]에서 [[G1]] 재단을 언급했다.');
  assert.deepEqual(p.slots, ['Korvath', 'Portmere']);
  assert.equal(restoreNames('Mayor [[G1]] mentioned the [[G1]] foundation in [[G2]].', p.slots, 'en'), 'Mayor Korvath mentioned the Korvath foundation in Portmere.');
});

test('a placeholder survives what engines do to it: spaces inside, full-width forms, other brackets', () => {
  const slots = ['Korvath', 'Portmere'];
  for (const variant of ['[[G1]]', '[[ G1 ]]', '[ [G 1] ]', '［［Ｇ１］］', '［［ Ｇ1 ］］', '[[g1]]', '[G1]', '【G1】', '[[G-1]]']) {
    assert.equal(restoreNames(`Mayor ${variant} spoke.`, slots, 'en'), 'Mayor Korvath spoke.', variant);
  }
  // the brackets of the text itself stay
  assert.equal(restoreNames('(Mayor [[G1]])', slots, 'en'), '(Mayor Korvath)');
  assert.equal(restoreNames('([[G2]])', slots, 'en'), '(Portmere)');
});

test('spacing around a restored name follows the target language', () => {
  const ja = ['コルヴァス'];
  assert.equal(restoreNames('市長 [[G1]] は述べた', ja, 'ja'), '市長コルヴァスは述べた');
  assert.equal(restoreNames('市長［［Ｇ１］］ は', ja, 'ja'), '市長コルヴァスは');
  // Korean: the particle attaches and agrees with the name's last syllable
  assert.equal(restoreNames('[[G1]] 은 말했다', ['코르바스'], 'ko'), '코르바스는 말했다');
  assert.equal(restoreNames('[[G1]]가 말했다', ['포트미언'], 'ko'), '포트미언이 말했다');
  assert.equal(restoreNames('[[G1]]로 갔다', ['서울'], 'ko'), '서울로 갔다');
  assert.equal(restoreNames('[[G1]]로 갔다', ['부산항'], 'ko'), '부산항으로 갔다');
  assert.equal(restoreNames('[[G1]] 이 계획을', ['코르바스'], 'ko'), '코르바스 이 계획을', 'a spaced 이 may be the word "this": left alone');
  assert.equal(restoreNames('[[G1]]is', ['Korvath'], 'ko'), 'Korvathis', 'no particle rules for a Latin name');
});

test('a placeholder number never sent is an error; a text that already looks like one is not protected', () => {
  assert.throws(() => restoreNames('[[G3]] said', ['Korvath'], 'en'), /placeholder that was never sent: \[\[G3\]\]/);
  const p = protectNames('코르바스와 [[G1]] 회의', [korvath]);
  assert.deepEqual(p, { text: '코르바스와 [[G1]] 회의', slots: [] });
});

test('news text that only resembles a placeholder, such as (G7), is protected and comes back as written', () => {
  const p = protectNames('코르바스 시장은 주요 7개국(G7) 회의와 {G20} 회의에 참석했다.', [korvath]);
  assert.deepEqual(p.slots, ['Korvath']);
  assert.ok(p.text.startsWith('[[G1]] 시장은'));
  assert.equal(restoreNames('Mayor [[G1]] attended the Group of Seven (G7) and {G20} meetings.', p.slots, 'en'),
    'Mayor Korvath attended the Group of Seven (G7) and {G20} meetings.');
});

test('longer names win over names inside them', () => {
  const foundation: GlossaryPair = { key: '코르바스 재단', source: '코르바스 재단', target: 'Korvath Foundation' };
  const p = protectNames('코르바스 재단과 코르바스', [korvath, foundation]);
  assert.equal(p.text, '[[G1]]과 [[G2]]');
  assert.deepEqual(p.slots, ['Korvath Foundation', 'Korvath']);
});

test('glossaryViolations: a source name missing from the translation in its target spelling, with the misspelling found', () => {
  assert.deepEqual(glossaryViolations('코르바스 시장', 'Mayor Korvath', [korvath]), []);
  const v = glossaryViolations('코르바스 시장이 포트미어에서', 'Mayor Korvat in Portmere', [korvath, portmere]);
  assert.deepEqual(v, [{ ...korvath, found: 'Korvat' }]);
  assert.equal(describeViolations(v), '"코르바스" must be "Korvath" (found "Korvat")');
  // a name the source does not use is not required
  assert.deepEqual(glossaryViolations('포트미어 시장', 'The mayor of Portmere', [korvath, portmere]), []);
  // into Korean: a misspelling with a particle attached is still recognised
  const back: GlossaryPair = { key: '코르바스', source: 'Korvath', target: '코르바스' };
  assert.deepEqual(glossaryViolations('Korvath said', '코르바수는 말했다', [back]), [{ ...back, found: '코르바수' }]);
  // English target: "Korvathian" is not the name
  assert.equal(glossaryViolations('코르바스', 'Korvathian', [korvath]).length, 1);
  assert.deepEqual(glossaryViolations('Lee said', '이 씨는 말했다', [lee]), []);
});

test('glossaryPairs: entities spelled in both languages', async () => {
  const t = await createTestDb();
  try {
    await setSpelling(t.db, '코르바스', 'ko', '코르바스');
    await setSpelling(t.db, '코르바스', 'en', 'Korvath');
    await setSpelling(t.db, '포트미어', 'ko', '포트미어'); // no English spelling: no pair
    assert.deepEqual(await glossaryPairs(t.db, 'ko', 'en'), [korvath]);
    assert.deepEqual(await glossaryPairs(t.db, 'en', 'ko'), [{ key: '코르바스', source: 'Korvath', target: '코르바스' }]);
    assert.deepEqual(await glossaryPairs(t.db, 'ko', 'en-GB'), [korvath], 'edition tags reduce to the glossary\'s language');
  } finally {
    await t.drop();
  }
});
