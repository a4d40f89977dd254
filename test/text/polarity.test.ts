// Negation, modality and speech cues per language (src/text/polarity.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCueWord, modalityDifference, polarityOf } from '../../src/text/polarity.ts';

test('negation is found in English, Korean and Japanese, and a double negation cancels', () => {
  for (const [s, lang] of [
    ['The council did not approve the plan.', 'en'], ['The mayor never signed it.', 'en'], ['Officials say there is no risk.', 'en'], ["The union won't strike.", 'en'],
    ['의회는 계획을 승인하지 않았다.', 'ko'], ['시장은 서명을 못 했다.', 'ko'], ['위험은 없다고 밝혔다.', 'ko'], ['그것은 사실이 아니다.', 'ko'],
    ['議会は計画を承認しなかった。', 'ja'], ['市長は署名せずに退席した。', 'ja'], ['危険はありません。', 'ja'], ['組合はストを行わない。', 'ja'],
  ] as const) assert.equal(polarityOf(s, lang).negated, true, s);
  for (const [s, lang] of [
    ['The council approved the plan.', 'en'], ['Talks were held in the capital.', 'en'],
    ['의회는 계획을 승인했다.', 'ko'], ['회의는 서울 안에서 열렸다.', 'ko'],
    ['議会は計画を承認した。', 'ja'], ['参加者は少ない。', 'ja'], ['まず、市長が述べた。', 'ja'],
  ] as const) assert.equal(polarityOf(s, lang).negated, false, s);
  assert.equal(polarityOf('The plan is not without risk.', 'en').negated, false, 'two cues: not negated');
});

test('modality: possibility, plan, denial and hearsay in three languages', () => {
  const m = (s: string, lang: string) => [...polarityOf(s, lang).modality].sort();
  assert.deepEqual(m('The bridge may close in winter.', 'en'), ['possible']);
  assert.deepEqual(m('The city plans to build a bridge.', 'en'), ['planned']);
  assert.deepEqual(m('The minister denied the report.', 'en'), ['denied']);
  assert.deepEqual(m('The minister reportedly resigned.', 'en'), ['reported']);
  assert.deepEqual(m('다리가 겨울에 폐쇄될 수도 있다.', 'ko'), ['possible']);
  assert.deepEqual(m('시는 다리를 건설할 예정이다.', 'ko'), ['planned']);
  assert.deepEqual(m('장관은 보도를 부인했다.', 'ko'), ['denied']);
  assert.deepEqual(m('장관이 사임한 것으로 알려졌다.', 'ko'), ['reported']);
  assert.deepEqual(m('橋は冬に閉鎖される可能性がある。', 'ja'), ['possible']);
  assert.deepEqual(m('市は橋を建設する予定だ。', 'ja'), ['planned']);
  assert.deepEqual(m('大臣は報道を否定した。', 'ja'), ['denied']);
  assert.deepEqual(m('The council approved the budget.', 'en'), []);
  assert.deepEqual(modalityDifference(polarityOf('The city plans to open it.', 'en'), polarityOf('The city opened it.', 'en')), ['planned']);
});

test('speech is marked, and cue words are no content words', () => {
  assert.equal(polarityOf('The mayor said the line would open.', 'en').attributed, true);
  assert.equal(polarityOf('김 시장은 노선이 개통된다고 밝혔다.', 'ko').attributed, true);
  assert.equal(polarityOf('市長は路線が開業すると述べた。', 'ja').attributed, true);
  assert.equal(polarityOf('The line opened.', 'en').attributed, false);
  assert.ok(isCueWord('plans', 'en') && isCueWord('예정', 'ko') && isCueWord('予定', 'ja'));
  assert.ok(!isCueWord('bridge', 'en') && !isCueWord('다리', 'ko') && !isCueWord('橋', 'ja'));
});
