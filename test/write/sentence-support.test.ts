// Sentence-level support (src/write/sentence-support.ts) and its findings in the grounding check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, SourceReport } from '../../src/write/article.ts';
import { writeExtractive } from '../../src/write/extractive.ts';
import { checkSentenceSupport, indexSources, supportOfSentence } from '../../src/write/sentence-support.ts';

const report = (id: number, title: string, body: string, lang = 'en'): SourceReport =>
  ({ id, title, body, lang, publishedAt: new Date('2026-11-30T00:00:00Z'), outlet: `Outlet ${id}`, url: `http://127.0.0.1/${id}` });

const en = [
  report(1, 'Harbor council approves ferry budget', 'The Brightwater harbor council approved a new ferry budget on Tuesday. Mayor Ilsa Verno said the council would not raise fares this year. The ferry operator plans to add two boats in spring.'),
  report(2, 'Fares stay put in Brightwater', 'Commissioner Tomas Reyle warned that the old pier may need repairs. Residents welcomed the decision at a packed meeting.'),
];
const ko = [report(3, '항구 의회, 여객선 예산 승인', '브라이트워터 항구 의회는 화요일 새 여객선 예산을 승인했다. 김민서 시장은 올해 요금을 올리지 않겠다고 밝혔다. 운영사는 봄에 배 두 척을 추가할 계획이다.', 'ko')];
const ja = [report(4, '港湾議会がフェリー予算を承認', 'ブライトウォーター港湾議会は火曜日、新しいフェリー予算を承認した。佐藤市長は今年は運賃を値上げしないと述べた。運航会社は春に船を2隻追加する予定だ。', 'ja')];

const verdict = (claim: string, reports: SourceReport[], lang: string) => supportOfSentence(claim, indexSources(reports, lang));

test('a source sentence and a close paraphrase are supported, in three languages', () => {
  for (const [claim, reports, lang] of [
    ['The Brightwater harbor council approved a new ferry budget on Tuesday.', en, 'en'],
    ['On Tuesday the harbor council approved the ferry budget.', en, 'en'],
    ['Mayor Ilsa Verno said fares would not be raised this year.', en, 'en'],
    ['항구 의회는 화요일 새 여객선 예산을 승인하였다.', ko, 'ko'],
    ['港湾議会は火曜日に新しいフェリー予算を承認した。', ja, 'ja'],
  ] as const) {
    const v = verdict(claim, [...reports], lang);
    assert.equal(v.supported, true, `${claim}: ${v.message}`);
  }
});

test('each kind of unsupported sentence fails with the closest source sentence beside it', () => {
  const cases: Array<[string, SourceReport[], string, string, number]> = [
    ['The minister resigned.', en, 'en', 'unsupported', 1],
    ['The harbor council approved a new ferry budget after residents protested for weeks outside the town hall.', en, 'en', 'unsupported', 1],
    ['Mayor Ilsa Verno said the council would raise fares this year.', en, 'en', 'negation', 1],
    ['The ferry operator added two boats in spring.', en, 'en', 'modality', 1],
    ['Mayor Ilsa Verno warned that the old pier may need repairs.', en, 'en', 'attribution', 2],
    ['장관이 사임했다.', ko, 'ko', 'unsupported', 3],
    ['김민서 시장은 올해 요금을 올리겠다고 밝혔다.', ko, 'ko', 'negation', 3],
    ['운영사는 봄에 배 두 척을 추가했다.', ko, 'ko', 'modality', 3],
    ['大臣が辞任した。', ja, 'ja', 'unsupported', 4],
    ['佐藤市長は今年は運賃を値上げすると述べた。', ja, 'ja', 'negation', 4],
    ['運航会社は春に船を2隻追加した。', ja, 'ja', 'modality', 4],
  ];
  for (const [claim, reports, lang, kind, reportId] of cases) {
    const v = verdict(claim, reports, lang);
    assert.equal(v.supported, false, claim);
    assert.equal(v.kind, kind, `${claim}: ${v.message}`);
    if (kind !== 'unsupported' || reportId) assert.equal(v.closest?.reportId, reportId, claim);
    assert.ok(v.message && v.message.length > 10);
  }
});

test('a report in another language is no support, and a sentence with no content needs none', () => {
  assert.equal(verdict('The minister resigned.', ko, 'en').supported, true, 'nothing to compare with: left to the other checks');
  assert.equal(verdict('He said so.', en, 'en').supported, true);
});

function article(lang: string, over: Partial<Article>): Article {
  return { headline: 'h', lead: 'l', body: [], summary: 's', section: 'politics', entities: [], imageBrief: { prompt: 'p', alt: 'a' }, lang, writer: 'llm', model: 'm', tokensIn: null, tokensOut: null, ...over } as Article;
}

test('an article whose sentence flips a negation, or whose alt text says what no source does, fails on those sentences', () => {
  const a = article('en', {
    headline: 'Harbor council approves ferry budget',
    lead: 'The Brightwater harbor council approved a new ferry budget on Tuesday.',
    body: [{ text: 'Mayor Ilsa Verno said the council would raise fares this year.', citations: [1] }],
    summary: 'The Brightwater harbor council approved a new ferry budget on Tuesday.',
  });
  a.imageBrief = { prompt: 'a pier', alt: 'The ferry operator plans to add two boats in spring.' };
  assert.deepEqual(checkSentenceSupport(a, en).map((f) => [f.kind, f.where, f.claim]), [['negation', 'paragraph 1', 'Mayor Ilsa Verno said the council would raise fares this year.']]);
  a.imageBrief.alt = 'The minister resigned.';
  assert.deepEqual(checkSentenceSupport(a, en).map((f) => [f.kind, f.where]), [['negation', 'paragraph 1'], ['unsupported', 'alt text']]);
});

test('the extractive writer\'s articles pass, in three languages', () => {
  for (const [reports, lang] of [[en, 'en'], [ko, 'ko'], [ja, 'ja']] as const) {
    const a = writeExtractive([...reports], lang);
    assert.deepEqual(checkSentenceSupport(a, [...reports]), [], lang);
  }
});

test('the day of a date written out is no figure of its own; a figure decides which passage a sentence comes from', () => {
  const reports = [
    report(5, 'Cup draw', 'Athletic play Kestrel Bay United in the semi-final on Sunday. The winners meet 22 clubs in the league phase.'),
    report(6, 'Regulator opens review', 'A regulator opened a review of the battery deal. The review can last up to 120 days.'),
  ];
  // the writer resolved "Sunday" to its date: 22 is the day, not the 22 clubs of another sentence
  assert.equal(verdict('Athletic play Kestrel Bay United in the semi-final on Sunday, November 22.', reports, 'en').supported, true);
  // "review" is in both of report 6's sentences: the one with 120 in it is the passage
  const v = verdict('The review can last up to 120 days.', reports, 'en');
  assert.equal(v.supported, true, v.message);
  assert.equal(verdict('The review can last up to 150 days.', reports, 'en').supported, true, 'a figure the reports never give is the grounding check\'s to catch');
  assert.equal(verdict('The winners meet 120 clubs in the league phase.', reports, 'en').supported, false, 'a figure from another passage is not support');
});

test('a foreign name one report writes solid stands in its passage for the spaced name; another name there does not', () => {
  const reports = [
    report(5, '산토스 장관 발표', '마리아산토스 장관은 10일 제주에서 전력 공급 계획을 발표했다.', 'ko'),
    report(6, '장관 회견', '마리아 산토스 장관과 로버트 헤이스팅스 사장이 회견에 참석했다. 헤이스팅스 사장은 투자를 늘리겠다고 말했다.', 'ko'),
  ];
  assert.equal(verdict('마리아 산토스 장관은 10일 제주에서 전력 공급 계획을 발표했다.', reports, 'ko').supported, true);
  const other = verdict('로버트 헤이스팅스 사장은 10일 제주에서 전력 공급 계획을 발표했다.', reports, 'ko');
  assert.equal(other.kind, 'attribution', 'the plan was announced by Santos, not Hastings');
});
