import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, SourceReport } from '../../src/write/article.ts';
import { writeExtractive } from '../../src/write/extractive.ts';
import { checkGrounding, quotedPhrases } from '../../src/write/grounding.ts';

const reports: SourceReport[] = [
  { id: 1, title: 'Veloria president to visit Portmere next week', lang: 'en', publishedAt: new Date('2026-11-16T09:00:00Z'), outlet: 'Wire', url: null,
    body: 'Velorian President Anselm Korvath will arrive in Portmere on Nov 19 for a three-day state visit, the first in 23 years.\n\n"The sea between us is a bridge," Korvath said. About 300 fishermen plan to protest.' },
  { id: 2, title: '코르바트 대통령 19일 방문', lang: 'ko', publishedAt: new Date('2026-11-16T10:00:00Z'), outlet: '한빛', url: null,
    body: '고이즈미 장관은 코르바트 대통령이 11월 19일 포트미어를 방문한다고 밝혔다. 어민 300명이 항의 집회를 예고했다.' },
];

function article(over: Partial<Article> & { body?: Article['body'] }, lang = 'en'): Article {
  return {
    headline: 'Korvath to visit Portmere', lead: 'Velorian President Anselm Korvath will arrive in Portmere on Nov 19.', summary: 'Korvath visits Portmere on Nov 19.',
    body: [{ text: 'About 300 fishermen plan to protest.', citations: [1] }], section: 'politics', entities: [], lang,
    imageBrief: { prompt: 'a harbour', alt: 'A harbour' }, writer: 'llm', model: 'm', tokensIn: 1, tokensOut: 1, ...over,
  };
}

test('an article whose every claim is in its sources passes', () => {
  const g = checkGrounding(article({ body: [{ text: '"The sea between us is a bridge," Korvath said of the visit, the first in 23 years.', citations: [1] }] }), reports);
  assert.deepEqual(g.failures, []);
  assert.equal(g.ok, true);
});

test('an invented number, date or quotation is caught, with where it is', () => {
  const g = checkGrounding(article({
    lead: 'Korvath will arrive in Portmere on Nov 21 for a visit.',
    body: [{ text: 'About 3,000 fishermen plan to protest. "We will block the harbour," one said.', citations: [1] }],
  }), reports);
  const kinds = g.failures.map((f) => `${f.kind}@${f.where}:${f.claim}`);
  assert.ok(kinds.includes('date@lead:11-21'), kinds.join(' '));
  assert.ok(kinds.includes('number@paragraph 1:3000'), kinds.join(' '));
  assert.ok(kinds.some((k) => k.startsWith('quote@paragraph 1')), kinds.join(' '));
  assert.equal(g.ok, false);
});

test('a claim must be in the reports the paragraph cites, not just anywhere in the story', () => {
  const g = checkGrounding(article({ body: [{ text: 'About 300 fishermen plan to protest against Korvath.', citations: [2] }] }, 'en'), reports);
  assert.ok(g.failures.some((f) => f.kind === 'name' && f.claim === 'korvath'), JSON.stringify(g.failures));
  const bad = checkGrounding(article({ body: [{ text: 'About 300 fishermen plan to protest.', citations: [9] }] }), reports);
  assert.match(bad.failures[0].message, /not one of the story's sources/);
});

test('a misspelled name is caught: English capitals, and Korean words the sources lack', () => {
  const en = checkGrounding(article({ lead: 'Velorian President Anselm Korvat will arrive in Portmere on Nov 19.' }), reports);
  assert.ok(en.failures.some((f) => f.kind === 'name' && f.claim === 'korvat'));
  const common = new Set(['대통령', '방문', '장관', '밝혔다']);
  const ko = checkGrounding(article({
    headline: '코르바트 대통령 19일 방문', lead: '코이즈미 장관은 코르바트 대통령이 11월 19일 포트미어를 방문한다고 밝혔다.', summary: '코르바트 대통령이 11월 19일 방문한다.',
    body: [{ text: '어민 300명이 항의 집회를 예고했다.', citations: [2] }],
  }, 'ko'), reports, { isCommonWord: (t) => common.has(t) });
  assert.deepEqual(ko.failures.map((f) => f.claim), ['코이즈미']);
});

test('"next week" for a date that is already past is caught; read from its own report\'s day it is fine', () => {
  // Written up on Nov 22 from a report of that day, which gives the visit's date, Nov 19.
  const later: SourceReport[] = [{ ...reports[0], publishedAt: new Date('2026-11-22T09:00:00Z') }];
  const stale = checkGrounding(article({
    summary: 'Korvath arrives in Portmere next week.',
    body: [{ text: 'Velorian President Anselm Korvath will arrive in Portmere on Nov 19 for a three-day state visit.', citations: [1] }],
  }), later);
  assert.ok(stale.failures.some((f) => f.kind === 'relative-date' && f.where === 'summary'), JSON.stringify(stale.failures));
  // The same words from a report of Friday Nov 13: the 19th is indeed next week (weeks run Monday to Sunday;
  // from Monday Nov 16 the 19th is this week, and "next week" for it is wrong).
  const friday = reports.map((r) => ({ ...r, publishedAt: new Date('2026-11-13T09:00:00Z') }));
  const fresh = checkGrounding(article({ summary: 'Korvath arrives in Portmere next week, on Nov 19.' }), friday);
  assert.equal(fresh.failures.filter((f) => f.kind === 'relative-date').length, 0, JSON.stringify(fresh.failures));
  const thisWeek = checkGrounding(article({ summary: 'Korvath arrives in Portmere this week, on Nov 19.' }), reports);
  assert.equal(thisWeek.failures.filter((f) => f.kind === 'relative-date').length, 0, JSON.stringify(thisWeek.failures));
  const sameMonday = checkGrounding(article({ summary: 'Korvath arrives in Portmere next week, on Nov 19.' }), reports);
  assert.ok(sameMonday.failures.some((f) => f.kind === 'relative-date'), JSON.stringify(sameMonday.failures));
});

test('quotations in every script', () => {
  assert.deepEqual(quotedPhrases('He said "we will go" and 「港を守る」と述べた, “끝까지 간다”고'), ['we will go', '끝까지 간다', '港を守る']);
  assert.deepEqual(quotedPhrases("Korvath's visit and the mayor's plan"), [], 'apostrophes are not quotation marks');
});

// ——— relative dates (reference times are given, never the wall clock) ———

const talks = (lang: string, title: string, body: string, at = '2026-11-30T09:00:00Z'): SourceReport =>
  ({ id: 1, title, body, lang, publishedAt: new Date(at), outlet: 'Wire', url: null });

test('the extractive writer prints relative dates as absolute ones, and the check accepts them from the source sentence', () => {
  const cases: Array<[string, SourceReport, RegExp]> = [
    ['en', talks('en', 'Harbour talks to resume', 'The harbour talks between the two governments will resume next week, the minister said on Monday.\n\nYesterday the fishermen held a rally at the harbour in protest against the talks.'), /in the week of December 7.*on Monday, November 30|On November 29/],
    ['ko', talks('ko', '항만 협상 재개', '두 나라 정부의 항만 협상이 다음 주 재개된다고 장관이 밝혔다.\n\n어민들은 어제 항구에서 협상에 반대하는 집회를 열었다.'), /다음 주\(12월 7일~12월 13일\)|11월 29일/],
    ['ja', talks('ja', '港湾協議が再開へ', '両政府の港湾協議は来週再開されると大臣が明らかにした。\n\n漁業者は昨日、港で協議に反対する集会を開いた。'), /来週（12月7日～12月13日）|11月29日/],
  ];
  for (const [lang, report, printed] of cases) {
    const a = writeExtractive([report], lang);
    const text = [a.lead, ...a.body.map((p) => p.text)].join('\n');
    assert.match(text, printed, text);
    const g = checkGrounding(a, [report], { isCommonWord: () => true });
    assert.deepEqual(g.failures, [], `${lang}: ${text}`);
  }
});

test('a relative date is read from the article\'s latest report and must fall on a date its source sentence gives', () => {
  const first = talks('en', 'Harbour talks to resume', 'The harbour talks between the two governments will resume next week, the minister said.');
  const later: SourceReport = { ...talks('en', 'Talks resume', 'The harbour talks resumed in Portmere with both delegations present.', '2026-12-08T09:00:00Z'), id: 2 };
  const art = article({ headline: 'Harbour talks', lead: 'The harbour talks resumed in Portmere.', summary: 'The harbour talks between the two governments will resume next week.',
    body: [{ text: 'The harbour talks resumed in Portmere with both delegations present.', citations: [2] }] });
  // read from Dec 8, "next week" is Dec 14–20; the source meant Dec 7–13
  const stale = checkGrounding(art, [first, later]);
  assert.ok(stale.failures.some((f) => f.kind === 'relative-date' && f.where === 'summary' && /2026-12-14–2026-12-20/.test(f.message)), JSON.stringify(stale.failures));
  // from the source's own day it is right
  assert.equal(checkGrounding(art, [first]).failures.filter((f) => f.kind === 'relative-date').length, 0);
  // "yesterday" for a date the source sentence gives as Nov 19 is caught, in every language
  const visit = talks('ko', '방문', '코르바트 대통령이 11월 19일 포트미어를 방문했다.', '2026-11-24T09:00:00Z');
  const ko = checkGrounding(article({ headline: '방문', lead: '코르바트 대통령이 포트미어를 방문했다.', summary: '코르바트 대통령이 어제 포트미어를 방문했다.', body: [{ text: '코르바트 대통령이 11월 19일 포트미어를 방문했다.', citations: [1] }] }, 'ko'), [visit]);
  assert.ok(ko.failures.some((f) => f.kind === 'relative-date' && f.claim === '어제'), JSON.stringify(ko.failures));
  const right = checkGrounding(article({ headline: '방문', lead: '코르바트 대통령이 포트미어를 방문했다.', summary: '코르바트 대통령이 지난주 포트미어를 방문했다.', body: [{ text: '코르바트 대통령이 11월 19일 포트미어를 방문했다.', citations: [1] }] }, 'ko'), [visit]);
  assert.equal(right.failures.filter((f) => f.kind === 'relative-date').length, 0, JSON.stringify(right.failures));
});

test('printed dates must be what the phrase meant, and a weekday must be its date\'s', () => {
  const report = talks('ko', '항만 협상 재개', '두 나라 정부의 항만 협상이 다음 주 재개된다고 장관이 밝혔다.');
  const wrong = checkGrounding(article({ headline: '항만 협상 재개', lead: '항만 협상이 다음 주(12월 14일~12월 20일) 재개된다.', summary: '항만 협상이 재개된다.', body: [{ text: '두 나라 정부의 항만 협상이 재개된다고 장관이 밝혔다.', citations: [1] }] }, 'ko'), [report]);
  assert.ok(wrong.failures.some((f) => f.kind === 'relative-date' && f.where === 'lead'), JSON.stringify(wrong.failures));
  const en = talks('en', 'Talks', 'The harbour talks will resume on Monday, the minister said.');
  const weekday = checkGrounding(article({ headline: 'Talks', lead: 'The harbour talks will resume on Tuesday, December 7.', summary: 'The harbour talks will resume.', body: [{ text: 'The harbour talks will resume, the minister said.', citations: [1] }] }), [en]);
  assert.ok(weekday.failures.some((f) => f.kind === 'relative-date' && /not that weekday/.test(f.message)), JSON.stringify(weekday.failures));
});

test('a name the cited report writes solid is the glossary\'s spaced name: the article printing it spaced is supported', () => {
  const report = talks('ko', '산토스 장관 방한', '마리아산토스 장관은 30일 서울에 도착해 회담을 열었다.');
  const a = article({
    headline: '마리아 산토스 장관 방한', lead: '마리아 산토스 장관은 30일 서울에 도착했다.', summary: '마리아 산토스 장관이 서울에 도착했다.',
    body: [{ text: '마리아 산토스 장관은 30일 서울에 도착해 회담을 열었다.', citations: [1] }],
  }, 'ko');
  const glossary = [{ entity_key: '마리아 산토스', lang: 'ko', spelling: '마리아 산토스', origin: 'learned' as const }];
  // every word but the name's is an everyday one
  const isCommonWord = (w: string) => !/마리아|산토스/.test(w);
  assert.deepEqual(checkGrounding(a, [report], { isCommonWord, glossary }).failures.filter((f) => f.kind === 'name'), []);
  const unknown = checkGrounding(a, [report], { isCommonWord }).failures.filter((f) => f.kind === 'name');
  assert.ok(unknown.length > 0, 'without the glossary nothing says the two are one name');
});
