// The translation check (src/translate/translation-check.ts): what a translated
// segment must carry over from its original (numbers, dates, names, quotations,
// negation) and must not add (sentences, figures), across Korean, English and Japanese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSegment, checkTranslation, describeFindings, plainCjkNumbers } from '../../src/translate/translation-check.ts';
import type { GlossaryPair } from '../../src/translate/glossary-terms.ts';

const kinds = (original: string, translation: string, from: string, to: string, pairs: GlossaryPair[] = []) =>
  checkSegment(original, translation, from, to, 'lead', pairs).map((f) => f.kind);

const korvath: GlossaryPair[] = [{ key: 'korvath', source: '코르바스', target: 'Korvath' }];
const koLead = '포트미어시가 11월 23일 길이 2.4킬로미터의 항만 대교를 개통했다. 코르바스 시장은 섬의 고립이 끝났다고 말했다.';
const enLead = 'Mayor Verna Tollis said on Tuesday that the ferry to Quell Island would not run in December. The operator carried 12,400 passengers last year.';
const jaLead = 'ハルネ市のミナト・ソラ市長は3月3日、新しい図書館が来年は開館しないと述べた。建設費は48億円に上る。';

test('clean translations pass: ko→en with the glossary spelling, ko→ja and en→ko/ja with names sounded out, ja→en/ko', () => {
  const clean: Array<[string, string, string, string, GlossaryPair[]]> = [
    [koLead, 'Portmere opened its 2.4-kilometre harbour bridge on November 23. Mayor Korvath said the island\'s isolation was over.', 'ko', 'en', korvath],
    [koLead, 'ポートミア市は11月23日、全長2.4キロの港湾大橋を開通させた。コルヴァス市長は島の孤立が終わったと述べた。', 'ko', 'ja', []],
    ['대교 건설에는 4년이 걸렸고 모두 4억 1천만 크라운이 들었다.', 'The bridge took four years to build and cost 410 million crowns in all.', 'ko', 'en', []],
    [enLead, '베르나 톨리스 시장은 화요일 퀠 섬으로 가는 여객선이 12월에는 운항하지 않는다고 말했다. 운영사는 지난해 승객 1만2천400명을 태웠다.', 'en', 'ko', []],
    [enLead, 'ベルナ・トリス市長は火曜日、クエル島行きのフェリーは12月には運航しないと述べた。運航会社は昨年1万2400人の乗客を運んだ。', 'en', 'ja', []],
    [jaLead, 'Mayor Minato Sora of Harune said on March 3 that the new library would not open next year. Construction costs reach 4.8 billion yen.', 'ja', 'en', []],
    [jaLead, '하루네시의 미나토 소라 시장은 3월 3일 새 도서관이 내년에는 개관하지 않는다고 말했다. 건설비는 48억 엔에 이른다.', 'ja', 'ko', []],
    ['"We will rebuild the pier," Detective Oren Malik said.', '「桟橋を再建する」とオレン・マリク刑事は語った。', 'en', 'ja', []],
  ];
  for (const [o, tr, from, to, pairs] of clean) assert.deepEqual(kinds(o, tr, from, to, pairs), [], `${from}→${to}: ${tr}`);
});

test('a dropped negation is found, in either direction of translation', () => {
  assert.deepEqual(kinds(enLead, '베르나 톨리스 시장은 화요일 퀠 섬으로 가는 여객선이 12월에 운항한다고 말했다. 운영사는 지난해 승객 1만2천400명을 태웠다.', 'en', 'ko'), ['negation']);
  assert.deepEqual(kinds(jaLead, 'Mayor Minato Sora of Harune said on March 3 that the new library would open next year. Construction costs reach 4.8 billion yen.', 'ja', 'en'), ['negation']);
  // and one added where the original has none
  assert.deepEqual(kinds('The council approved the budget on Monday.', '市議会は月曜日、予算を承認しなかった。', 'en', 'ja'), ['negation']);
});

test('a changed number is found on both sides, also when written in groups of ten thousand', () => {
  const found = checkSegment(enLead, 'ベルナ・トリス市長は火曜日、クエル島行きのフェリーは12月には運航しないと述べた。運航会社は昨年1万4200人の乗客を運んだ。', 'en', 'ja', 'lead');
  assert.deepEqual(found.map((f) => [f.kind, f.claim]), [['number', '12400'], ['number', '14200']]);
  assert.deepEqual(kinds('대교 건설에는 4억 1천만 크라운이 들었다.', 'The bridge cost 401 million crowns.', 'ko', 'en'), ['number', 'number']);
  assert.deepEqual(kinds(koLead, 'Portmere opened its 2.6-kilometre harbour bridge on November 23. Mayor Korvath said the island\'s isolation was over.', 'ko', 'en', korvath), ['number', 'number']);
  assert.equal(plainCjkNumbers('4억 1천만 크라운, 1万2000人'), '410000000 크라운, 12000人');
});

test('a changed date or weekday is found', () => {
  assert.deepEqual(kinds(jaLead, 'Mayor Minato Sora of Harune said on March 4 that the new library would not open next year. Construction costs reach 4.8 billion yen.', 'ja', 'en'), ['date', 'date']);
  const days = checkSegment(enLead, '베르나 톨리스 시장은 수요일 퀠 섬으로 가는 여객선이 12월에는 운항하지 않는다고 말했다. 운영사는 지난해 승객 1만2천400명을 태웠다.', 'en', 'ko', 'lead');
  assert.deepEqual(days.map((f) => [f.kind, f.claim]), [['date', 'Tuesday'], ['date', 'Wednesday']]);
});

test('a missing or misspelled name is found; the glossary spelling, when there is one, is the one that counts', () => {
  const missing = checkSegment(jaLead, 'The mayor of Harune said on March 3 that the new library would not open next year. Construction costs reach 4.8 billion yen.', 'ja', 'en', 'lead');
  assert.deepEqual(missing.map((f) => [f.kind, f.claim]), [['name', 'ミナト・ソラ']]);
  assert.deepEqual(kinds(enLead, '시장은 화요일 퀠 섬으로 가는 여객선이 12월에는 운항하지 않는다고 말했다. 운영사는 지난해 승객 1만2천400명을 태웠다.', 'en', 'ko'), ['name']);
  // Korvath sounds like nothing in 코르바스: without the glossary it is not recognised, with it it is
  const en = 'Portmere opened its 2.4-kilometre harbour bridge on November 23. Mayor Korvath said the island\'s isolation was over.';
  assert.deepEqual(kinds(koLead, en, 'ko', 'en'), ['name']);
  assert.deepEqual(kinds(koLead, en, 'ko', 'en', korvath), []);
});

test('an added sentence and a dropped quotation are found', () => {
  assert.deepEqual(kinds(jaLead, `${'Mayor Minato Sora of Harune said on March 3 that the new library would not open next year. Construction costs reach 4.8 billion yen.'} Residents protested.`, 'ja', 'en'), ['added-sentence']);
  assert.deepEqual(kinds('"We will rebuild the pier," Detective Oren Malik said.', '오렌 말리크 형사는 부두를 재건하겠다고 말했다.', 'en', 'ko'), ['quote']);
});

test('a whole translation is checked segment by segment, each finding saying where', () => {
  const findings = checkTranslation(
    ['코르바스 시장, 대교 개통식 참석', koLead],
    ['Mayor Korvath attends bridge opening', 'Portmere opened its 2.4-kilometre harbour bridge on November 24. Mayor Korvath said the island\'s isolation was over.'],
    ['headline', 'lead'], 'ko', 'en', korvath);
  assert.deepEqual(findings.map((f) => [f.where, f.kind]), [['lead', 'date'], ['lead', 'date']]);
  assert.match(describeFindings(findings), /^lead: the date 11-23 \(month-day\) of the original is not in the translation; lead: the date 11-24/);
});

test('general causes of false alarms: trillions, public bodies translated, a final r not written, airlines, "not" said by a verb', () => {
  const clean: Array<[string, string, string, string]> = [
    ['부채는 3조 2천억 원이다.', 'The debt is 3.2 trillion won.', 'ko', 'en'],
    // a public body named by what it does is translated, not spelled out
    ['국세청은 조사를 시작했다고 밝혔다.', 'The national tax service said it had opened an inquiry.', 'ko', 'en'],
    ['国土交通省は調査を始めたと発表した。', '국토교통성은 조사를 시작했다고 발표했다.', 'ja', 'ko'],
    // an r ending a syllable is not written in Korean: Parker 파커
    ['Inspector Nolan Parker led the search.', '놀런 파커 경위가 수색을 이끌었다.', 'en', 'ko'],
    ['Orvane Airways grounded its fleet.', 'オルヴェイン航空は全機の運航を停止した。', 'en', 'ja'],
    // "will not go ahead" and 보류했다 (put on hold) say the same
    ['The council will not go ahead with the tower for now.', '시의회는 타워 건설을 당분간 보류했다.', 'en', 'ko'],
    ['組合は会社の提案を拒否した。', 'The union did not accept the company\'s offer.', 'ja', 'en'],
  ];
  for (const [o, tr, from, to] of clean) assert.deepEqual(kinds(o, tr, from, to), [], `${from}→${to}: ${tr}`);
  // …and these still fail: a number changed, a person's name gone, a negative verb made positive
  assert.deepEqual(kinds('부채는 3조 2천억 원이다.', 'The debt is 2.3 trillion won.', 'ko', 'en').sort(), ['number', 'number']);
  assert.deepEqual(kinds('Inspector Nolan Parker led the search.', '경위가 수색을 이끌었다.', 'en', 'ko'), ['name']);
  assert.deepEqual(kinds('組合は会社の提案を拒否した。', 'The union accepted the company\'s offer.', 'ja', 'en'), ['negation']);
  // 避難 (evacuation) holds 難し without meaning "difficult"
  assert.deepEqual(kinds('住民が避難した。', '주민들이 대피했다.', 'ja', 'ko'), []);
});
