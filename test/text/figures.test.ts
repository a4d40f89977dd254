import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureTerms, readNumbers } from '../../src/text/figures.ts';

test('numbers are read with their scale words in every notation', () => {
  const values = (text: string) => readNumbers(text).map((n) => n.value);
  assert.deepEqual(values('1,200 / 1200 / 1천200 / 1.2 thousand'), [1200, 1200, 1200, 1200]);
  assert.deepEqual(values('2만 3,000명'), [23000]);
  assert.deepEqual(values('約1万4000戸'), [14000]);
  assert.deepEqual(values('42억 원'), [4.2e9]);
});

test('a figure carries the class of what it counts, alike in Korean, Japanese and English', () => {
  const cases: Array<[string, string, string]> = [
    ['대피소에 2,300명이 머물렀다', 'ko', '2300:people'], ['避難所に約2300人が身を寄せた', 'ja', '2300:people'], ['roughly 2,300 people spent the night', 'en', '2300:people'],
    ['주택 약 1,200채가 물에 잠겼다', 'ko', '1200:homes'], ['計約1200棟に被害', 'ja', '1200:homes'], ['flooding about 1,200 homes', 'en', '1200:homes'],
    ['1만 4,000가구가 정전됐다', 'ko', '14000:homes'], ['約1万4000世帯が停電', 'ja', '14000:homes'], ['14,000 households lost power', 'en', '14000:homes'],
    ['42억 원을 투자한다', 'ko', '4200000000:money:KRW'], ['42億円を投じる', 'ja', '4200000000:money:JPY'], ['a $4.2 billion plan', 'en', '4200000000:money:USD'],
    ['기준금리를 4.25%로 올렸다', 'ko', '4.25:percent'], ['raised its rate to 4.25 per cent', 'en', '4.25:percent'], ['電力効率4割向上', 'ja', '40:percent'],
    ['0.25%포인트 인상', 'ko', '0.25:points'], ['by 25 basis points', 'en', '0.25:points'],
    ['한 시간에 68.5㎜의 비', 'ko', '68.5:mm'], ['1時間に68.5ミリの雨', 'ja', '68.5:mm'], ['68.5 mm of rain', 'en', '68.5:mm'],
    ['1,500년 가까이 보존됐다', 'ko', '1500:years'], ['1976년 관측 시작', 'ko', '1976:year'], ['1976年の統計開始', 'ja', '1976:year'], ['since records began in 1976', 'en', '1976:year'],
    ['창단 1,100년 만에', 'ko', '1100:years'], ['유리구슬 1,200여점', 'ko', '1200:count'], ['ガラス玉1200点', 'ja', '1200:count'], ['1,200 glass beads', 'en', '1200:count'],
    ['42억 크라운', 'ko', '4200000000:count'], ['4.2 billion crowns', 'en', '4200000000:count'],
    ['연간 최대 1만8천t', 'ko', '18000:t'], ['年間最大1万8000トン', 'ja', '18000:t'], ['up to 18,000 tonnes a year', 'en', '18000:t'],
    ['出力140万kW', 'ja', '1400000:kW'], ['a 1.4 GW cable', 'en', '1400000:kW'], ['192GB를 탑재', 'ko', '192:GB'], ['192 gigabytes', 'en', '192:GB'],
  ];
  for (const [text, lang, want] of cases) assert.deepEqual(figureTerms(text, lang), [want], `${lang}: ${text}`);
});

test('a bare number keeps no class; days, times, labels and small counts are no figures', () => {
  assert.deepEqual(figureTerms('The score rose to 1,200.', 'en'), ['1200']);
  assert.deepEqual(figureTerms('1,200의 절반', 'ko'), ['1200']);
  assert.deepEqual(figureTerms('18일 발표했다. 11월 18일', 'ko'), []);
  assert.deepEqual(figureTerms('19日朝にかけて', 'ja'), []);
  assert.deepEqual(figureTerms('on Nov. 18 at 4:30 p.m., the G7 and COVID-19', 'en'), []);
  assert.deepEqual(figureTerms('3 people and 5 homes', 'en'), []);
});

test('the same digits counting different things are different figures', () => {
  const tomb = figureTerms('무덤 안에서는 유리구슬 1,200여점이 나왔다', 'ko');
  const flood = figureTerms('霞野川が氾濫、1200棟浸水', 'ja');
  assert.equal(tomb.filter((f) => flood.includes(f)).length, 0);
});
