// The nearest source sentences beside a claim the grounding check could not find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceReport } from '../../src/write/article.ts';
import { closestSentences, sentenceWith } from '../../src/write/closest-source.ts';

const report = (id: number, title: string, body: string, lang = 'en', outlet: string | null = `Outlet ${id}`): SourceReport =>
  ({ id, title, body, lang, publishedAt: new Date('2026-11-30T00:00:00Z'), outlet, url: `http://127.0.0.1/${id}` });

const reports = [
  report(1, 'Quake hits the coast', 'An earthquake struck the coast on Monday. At least 1,200 people were evacuated from Sendai, officials said. Schools stayed closed.'),
  report(2, 'Aftershocks continue', 'Mayor Kim Jong-su said 40 homes were destroyed in Sendai.'),
];

test('the claim\'s sentence is found as written or as a normalized number', () => {
  const text = 'The quake came at dawn. About 1,500 people were evacuated from Sendai. Roads reopened.';
  assert.equal(sentenceWith(text, '1500', 'en'), 'About 1,500 people were evacuated from Sendai.');
  assert.equal(sentenceWith(text, 'dawn', 'en'), 'The quake came at dawn.');
  assert.equal(sentenceWith(text, 'nowhere', 'en'), text, 'no sentence holds it: the whole text');
});

test('a wrong number is set beside the source sentence that shares the most with its sentence, with outlet and link', () => {
  const best = closestSentences('About 1,500 people were evacuated from Sendai.', reports, 'en');
  assert.equal(best[0].sentence, 'At least 1,200 people were evacuated from Sendai, officials said.');
  assert.equal(best[0].reportId, 1);
  assert.equal(best[0].outlet, 'Outlet 1');
  assert.equal(best[0].url, 'http://127.0.0.1/1');
  assert.ok(best[0].shared.includes('sendai') && best[0].shared.includes('evacuated'));
  assert.ok(best[0].score > 0 && best[0].score < 1, 'the number itself is not shared');
  assert.ok(best.length <= 2);
  for (let i = 1; i < best.length; i++) assert.ok(best[i - 1].score >= best[i].score, 'best first');
});

test('numbers and names weigh more than ordinary words', () => {
  const best = closestSentences('Officials said 40 homes in the city were lost.', reports, 'en', 1);
  assert.equal(best[0].reportId, 2, 'the sentence sharing the number wins over the one sharing "officials said"');
});

test('numbers match across their written forms and scripts; Korean sources are read as Korean', () => {
  const ko = [report(7, '지진 대피', '센다이에서 1만2천 명이 대피했다. 학교는 문을 닫았다.', 'ko')];
  const best = closestSentences('12,000 people were evacuated.', ko, 'en');
  assert.equal(best[0]?.sentence, '센다이에서 1만2천 명이 대피했다.');
});

test('nothing shared gives nothing; the limit and a stable order hold', () => {
  assert.deepEqual(closestSentences('Completely unrelated wording here.', reports, 'en'), []);
  assert.deepEqual(closestSentences('', reports, 'en'), []);
  const a = closestSentences('Sendai', reports, 'en', 5);
  assert.deepEqual(a.map((s) => s.reportId), [1, 2], 'equal scores keep the reports\' order');
  assert.deepEqual(closestSentences('Sendai', reports, 'en', 5), a, 'the same answer every time');
});
