// Spelling variants by rule, per script, and the phonetic key across scripts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soundsAlike } from '../../src/text/romanize.ts';
import { standardSpellings, variantClass } from '../../src/text/variants.ts';

const cases: Array<[string, string, string | undefined]> = [
  // Korean
  ['리설주', '이설주', 'ko-initial-sound'],
  ['김 정은', '김정은', 'ko-spacing'],
  ['코이즈미', '고이즈미', 'ko-aspiration'],
  ['레이건', '레이곤', 'ko-vowel'],
  ['죠지 해리스', '조지 해리스', 'ko-vowel'],
  ['부시', '부쉬', 'ko-vowel'],
  ['도널드 트럼프', '도날드 트럼프', 'ko-vowel'],
  ['맨해튼', '맨하튼', 'ko-vowel'],
  ['일론 머스크', '엘론 머스크', 'ko-vowel'],
  ['김민수', '김만수', undefined], // a Korean person's name is no transcription: its vowels are its own
  ['바락', '버락', undefined], // two syllables: too short to tell a vowel variant from another word
  ['도널드', '도널리', undefined], // another consonant
  // Japanese
  ['ヴァイオリン', 'バイオリン', 'ja-vu'],
  ['コンピューター', 'コンピュータ', 'ja-long-vowel'],
  ['ｿﾆｰ', 'ソニー', 'ja-width'],
  ['ドナルド・トランプ', 'ドナルドトランプ', 'ja-middle-dot'],
  // Latin
  ['Đoković', 'Djokovic', 'en-diacritics'],
  ['Müller', 'Muller', 'en-diacritics'],
  ['Zelenskyy', 'Zelensky', 'en-translit'],
  ['Kim Jong Un', 'Jong Un Kim', 'en-order'],
  ['Johnson', 'Jonson', 'en-translit'], // a rule that can join two people: the glossary joins it only with context
  ['Catherine Wells', 'Katherine Wells', 'typo'],
];

test('each variant class, and look-alikes no rule joins', () => {
  for (const [a, b, cls] of cases) assert.equal(variantClass(a, b), cls, `${a} / ${b}`);
});

test('across scripts: Revised Romanization syllable by syllable, Hepburn, and a key that forgives what transcription blurs', () => {
  assert.ok(soundsAlike('고이즈미', 'コイズミ'), 'ズ and 즈: z and j are one sound to Korean');
  assert.ok(soundsAlike('고이즈미', 'Koizumi'));
  assert.ok(soundsAlike('윤석열', 'Yoon Suk Yeol'), 'no sound change between the syllables of a name (not seongnyeol)');
  assert.ok(soundsAlike('김정은', 'Kim Jong Un'), 'ng is one nasal, also before a vowel');
  assert.ok(soundsAlike('반기문', 'Ban Ki-moon'), 'n + g across two syllables is no ng');
  assert.ok(soundsAlike('이명박', 'Lee Myung-bak'));
  assert.ok(soundsAlike('삼성', 'サムスン'));
  assert.ok(soundsAlike('서울', 'ソウル'), 'the vowel Japanese adds after a final consonant');
  assert.ok(soundsAlike('도요타', 'Toyota') && soundsAlike('トヨタ', 'Toyota'), 'one romanization, whatever its consonant count');
  assert.ok(!soundsAlike('서울', 'Osaka'));
  assert.ok(!soundsAlike('김정은', 'Kim Jong Il'));
  assert.ok(!soundsAlike('반기문', 'Park Geun-hye'));
});

test('standard spellings: the initial-sound rule, the rules for foreign words, a plain consonant for a Japanese name', () => {
  assert.deepEqual(standardSpellings(['리설주', '이설주']), ['이설주']);
  assert.deepEqual(standardSpellings(['죠지 해리스', '조지 해리스']), ['조지 해리스']);
  assert.deepEqual(standardSpellings(['부쉬', '부시']), ['부시']);
  assert.deepEqual(standardSpellings(['코이즈미', '고이즈미'], true), ['고이즈미']);
  assert.deepEqual(standardSpellings(['코이즈미', '고이즈미'], false), ['코이즈미', '고이즈미'], 'no rule decides for a name not from Japanese');
});

test('standard spellings: a foreign name spaced, a Korean person\'s name solid, katakana in full width', () => {
  assert.deepEqual(standardSpellings(['마리아산토스', '마리아 산토스']), ['마리아 산토스']);
  assert.deepEqual(standardSpellings(['로버트 헤이스팅스', '로버트헤이스팅스']), ['로버트 헤이스팅스']);
  assert.deepEqual(standardSpellings(['김 정은', '김정은']), ['김정은']);
  assert.deepEqual(standardSpellings(['ﾏﾙｺ・ﾛｯｼ', 'マルコ・ロッシ']), ['マルコ・ロッシ']);
  assert.deepEqual(standardSpellings(['트럼프', '도널드 트럼프']), ['트럼프', '도널드 트럼프'], 'a surname alone is no spacing variant of the full name');
});
