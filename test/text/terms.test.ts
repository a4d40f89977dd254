import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTerms, stripKoreanParticle } from '../../src/text/terms.ts';

const terms = (text: string, lang: string) => extractTerms(text, lang).map((t) => t.term);
const kinds = (text: string, lang: string) => Object.fromEntries(extractTerms(text, lang).map((t) => [t.term, t.kind]));

test('Korean particles and verb endings are stripped: one entity, one term', () => {
  assert.deepEqual(['일본의', '일본은', '일본과', '일본에서는', '일본'].map(stripKoreanParticle), ['일본', '일본', '일본', '일본', '일본']);
  assert.equal(stripKoreanParticle('발표했다'), '발표');
  assert.equal(stripKoreanParticle('아이'), '아이', 'a two-syllable word keeps its last syllable');
  assert.deepEqual(terms('포트미어의 시장은 포트미어에서 말했다', 'ko'), ['포트미어', '시장', '포트미어', '말했다'], 'a one-syllable stem keeps its ending');
});

test('Japanese: particles dropped, katakana names kept whole', () => {
  const t = terms('ポートミアの市長は新しい橋が開通したと述べた。', 'ja');
  assert.ok(t.includes('ポートミア'));
  assert.ok(t.includes('市長'));
  assert.ok(t.includes('開通'));
  assert.ok(!t.includes('の') && !t.includes('は') && !t.includes('が'));
  assert.equal(kinds('ポートミアの市長', 'ja')['ポートミア'], 'entity');
});

test('numbers and dates are normalized across languages and notations', () => {
  for (const [text, lang] of [['1,200 workers', 'en'], ['1200 workers', 'en'], ['1.2 thousand workers', 'en'], ['노동자 1천200명', 'ko'], ['労働者1200人', 'ja']] as const) {
    assert.ok(terms(text, lang).includes('n:1200'), `${text}: ${terms(text, lang)}`);
  }
  assert.ok(terms('관객 8만 6천명', 'ko').includes('n:86000'));
  assert.ok(terms('1万2000人', 'ja').includes('n:12000'));
  for (const [text, lang] of [['11월 18일', 'ko'], ['11月18日', 'ja'], ['on Nov. 18', 'en'], ['on 18 November', 'en'], ['November 18', 'en']] as const) {
    assert.ok(terms(text, lang).includes('d:11-18'), `${text}: ${terms(text, lang)}`);
  }
});

test('English: stopwords dropped, plurals folded, names inside a sentence marked as entities', () => {
  const k = kinds('The council met. Officials in Portmere said the bridges would reopen.', 'en');
  assert.equal(k['portmere'], 'entity');
  assert.equal(k['bridge'], 'word');
  assert.equal(k['the'], undefined);
  assert.equal(k['council'], 'word', 'a capital at the start of a sentence is not a name');
});
