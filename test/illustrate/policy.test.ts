// The image prompt policy on its own: names out, likenesses refused, a
// style clause on every prompt that passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imagePromptFor, styleClause, type PolicyContext } from '../../src/illustrate/policy.ts';

const none: PolicyContext = { entities: [], glossarySpellings: [] };

function allowed(prompt: string, ctx = none): string {
  const d = imagePromptFor({ prompt }, ctx);
  assert.ok('prompt' in d, `"${prompt}" should pass: ${JSON.stringify(d)}`);
  return d.prompt;
}

function refused(prompt: string, ctx = none): string {
  const d = imagePromptFor({ prompt }, ctx);
  assert.ok('refused' in d, `"${prompt}" should be refused, got ${JSON.stringify(d)}`);
  return d.refused;
}

test('a brief of places and objects passes unchanged, with the style clause after it', () => {
  const p = allowed('the facade of a parliament building with flags at dusk, wide shot, no people');
  assert.equal(p, `the facade of a parliament building with flags at dusk, wide shot, no people. ${styleClause}`);
  assert.match(p, /no photorealistic people/i);
  assert.match(p, /no text/i);
  assert.ok(allowed('The Golden Gate Bridge in fog at sunrise').startsWith('The Golden Gate Bridge'), 'a place made of capitalized words stays');
  assert.ok(allowed('夕暮れの議会の建物と旗').startsWith('夕暮れの議会の建物と旗'));
  assert.ok(allowed('해 질 녘 깃발이 걸린 의회 건물').startsWith('해 질 녘'));
});

test('a person named with a title, by capitalized words, or from the article\'s entities and the glossary is taken out', () => {
  const ctx = { entities: ['Portmere', 'Ines Calloway'], glossarySpellings: ['마상우', '風間一郎'] };
  for (const [brief, gone] of [
    ['Ines Calloway\'s new harbour bridge in Portmere at sunrise', ['Ines', 'Calloway', 'Portmere']],
    ['Jonas Feld\'s glass office tower at dusk with lit windows', ['Jonas', 'Feld']],
    ['the desk of Governor Haldane in an empty office with a flag', ['Haldane', 'Governor']],
    ['마상우의 집무실 책상과 태극 문양 깃발', ['마상우']],
    ['風間一郎の事務所の机と旗', ['風間一郎']],
  ] as const) {
    const p = allowed(brief, ctx);
    for (const name of gone) assert.ok(!p.includes(name), `"${name}" left in "${p}"`);
  }
});

test('briefs that show a person, or ask for a likeness, are refused', () => {
  const ctx = { entities: ['Alden Marsh'], glossarySpellings: ['Mina Cho'] };
  assert.match(refused('President Alden Marsh shaking hands with Mina Cho', ctx), /people|names/);
  assert.match(refused('Mina Cho smiling at a podium', ctx), /people/);
  assert.match(refused('a portrait of the finance minister'), /likeness/);
  assert.match(refused('a photo of President Okafor'), /likeness|people/);
  assert.match(refused('마상우 장관이 기자회견을 하는 모습', { entities: [], glossarySpellings: ['마상우'] }), /people/);
  assert.match(refused('김하늘 대통령의 얼굴'), /likeness/);
  assert.match(refused('風間一郎首相と握手する大統領'), /people/);
  assert.match(refused('   '), /empty/);
});

test('among thousands of glossary spellings, the ones the brief contains are taken out, whatever their case', () => {
  const many = Array.from({ length: 5000 }, (_, n) => `Person${n} Surname${n}`);
  const ctx = { entities: [], glossarySpellings: [...many, 'Ines Calloway', '마상우'] };
  const p = allowed('the empty office of ines calloway with a harbour view, and 마상우의 책상', ctx);
  assert.ok(!/calloway/i.test(p) && !/\bines\b/i.test(p), `the name is gone: "${p}"`);
  assert.ok(!p.includes('마상우'), `the Korean name is gone: "${p}"`);
  assert.match(p, /empty office/);
});
