import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import {
  compileMessage, fallbackLocale, formatDate, formatDateTime, formatNumber, formatShortDate, isLocale, languageName,
  locales, messageFormat, messagesFor, nativeLanguageName, policyPage, t, translatorFor, uiLocale,
} from '../../src/web/i18n/i18n.ts';
import { sections } from '../../src/write/article.ts';

// The catalogs as files, read independently of the module under test.
const raw = Object.fromEntries(
  locales.map((l) => [l, readFileSync(new URL(`../../src/web/i18n/messages/${l}.json`, import.meta.url), 'utf8')]),
) as Record<(typeof locales)[number], string>;
const catalogs = Object.fromEntries(locales.map((l) => [l, JSON.parse(raw[l]) as Record<string, string>])) as Record<
  (typeof locales)[number],
  Record<string, string>
>;

const requiredKeys = [
  'site.tagline',
  ...['home', 'sections', 'search', 'aiPolicy', 'privacy', 'skipToContent', 'edition', 'mainMenu'].map((k) => `nav.${k}`),
  ...[
    'aiImage', 'graphic', 'reportedByAi', 'relatedArticles', 'seePrior', 'laterInStory', 'storyTimeline', 'updated', 'published',
    'sources', 'correction', 'corrections', 'correctionOn', 'originalLanguage', 'translatedBy', 'topStories', 'latest',
    'moreInSection', 'readMore', 'citation', 'reportCount', 'sourceCount', 'outletCount', 'feeds', 'noArticles', 'writer',
    'editedBy', 'writerExtractive', 'writerLlm', 'threadArticles', 'page', 'nextPage', 'prevPage',
  ].map((k) => `label.${k}`),
  ...[
    'politics', 'business', 'economy', 'society', 'world', 'science', 'technology', 'culture', 'sports', 'weather', 'disaster',
    'labour', 'courts', 'transport',
  ].map((k) => `section.${k}`),
  ...['title', 'label', 'placeholder', 'button', 'results', 'hint'].map((k) => `search.${k}`),
  ...['title', 'text', 'accept', 'decline', 'privacyLink', 'saved', 'change'].map((k) => `cookie.${k}`),
  'error.notFound.title', 'error.notFound.text', 'error.server.title', 'error.server.text', 'error.backHome',
  'feed.title', 'feed.sectionTitle', 'footer.about', 'footer.editions',
  'policy.ai.title', 'policy.ai.intro', 'policy.privacy.title', 'policy.privacy.intro',
];

type ArgKind = 'plain' | 'number' | 'date' | 'plural' | 'select';
interface Shape {
  args: Map<string, { kind: ArgKind; options: string[] }>;
  literal: string; // all literal text, in every branch
}

/** Arguments (name, kind, select/plural option keys) and literal text, walked from the parsed AST. */
function shapeOf(ast: MessageFormatElement[], shape: Shape = { args: new Map(), literal: '' }): Shape {
  const note = (name: string, kind: ArgKind, options: string[] = []) => {
    const prev = shape.args.get(name);
    // An argument used both as text and as a plural count needs a number.
    if (!prev || prev.kind === 'plain') shape.args.set(name, { kind, options: [...(prev?.options ?? []), ...options] });
  };
  for (const el of ast) {
    switch (el.type) {
      case TYPE.literal: shape.literal += el.value; break;
      case TYPE.argument: note(el.value, 'plain'); break;
      case TYPE.number: note(el.value, 'number'); break;
      case TYPE.date: case TYPE.time: note(el.value, 'date'); break;
      case TYPE.select: case TYPE.plural:
        note(el.value, el.type === TYPE.select ? 'select' : 'plural', Object.keys(el.options));
        for (const opt of Object.values(el.options)) shapeOf(opt.value, shape);
        break;
      case TYPE.tag: shapeOf(el.children, shape); break;
      case TYPE.pound: break;
    }
  }
  return shape;
}

/** Every combination of sample values: each select branch, several plural counts. */
function sampleValueSets(shape: Shape): Array<Record<string, unknown>> {
  let sets: Array<Record<string, unknown>> = [{}];
  for (const [name, { kind, options }] of shape.args) {
    const choices: unknown[] =
      kind === 'plural' ? [0, 1, 2, 5, 21, ...options.filter((o) => /^=\d+$/.test(o)).map((o) => Number(o.slice(1)))]
        : kind === 'select' ? options
        : kind === 'number' ? [1234.5]
        : kind === 'date' ? [new Date(Date.UTC(2026, 10, 1, 15, 5))]
        : [`‹${name}›`];
    sets = sets.flatMap((set) => choices.map((c) => ({ ...set, [name]: c })));
  }
  return sets;
}

const hasLetters = (s: string) => /\p{L}/u.test(s);
const hangul = /\p{Script=Hangul}/u;
const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

test('every catalog is a flat object of strings with no duplicated key', () => {
  for (const l of locales) {
    for (const [key, value] of Object.entries(catalogs[l])) assert.equal(typeof value, 'string', `${l}: ${key}`);
    const written = [...raw[l].matchAll(/^\s*"([^"]+)"\s*:/gm)].map((m) => m[1]);
    const dupes = written.filter((k, i) => written.indexOf(k) !== i);
    assert.deepEqual(dupes, [], `${l}.json repeats keys`);
  }
});

test('every catalog has the same keys, including every key the site needs', () => {
  const enKeys = Object.keys(catalogs.en).sort();
  for (const key of requiredKeys) assert.ok(Object.hasOwn(catalogs.en, key), `en.json lacks ${key}`);
  for (const l of locales) {
    const keys = Object.keys(catalogs[l]).sort();
    assert.deepEqual(keys.filter((k) => !enKeys.includes(k)), [], `${l}.json has keys that en.json lacks`);
    assert.deepEqual(enKeys.filter((k) => !keys.includes(k)), [], `${l}.json lacks keys that en.json has`);
    assert.deepEqual(messagesFor(l), catalogs[l], `messagesFor(${l}) is the ${l}.json catalog`);
  }
});

test('every section an article can be filed under has a name in every catalog', () => {
  for (const l of locales) for (const s of sections) assert.ok(Object.hasOwn(catalogs[l], `section.${s}`), `${l} lacks section.${s}`);
});

test('every message parses and formats with sample values for each argument it declares', () => {
  for (const l of locales) {
    for (const [key, message] of Object.entries(catalogs[l])) {
      // An ASCII apostrophe is ICU's quoting character and can swallow a placeholder: use ’.
      assert.ok(!message.includes("'"), `${l} ${key}: use ’ instead of an ASCII apostrophe`);
      let shape: Shape;
      try {
        shape = shapeOf(compileMessage(l, message).getAst());
      } catch (e) {
        assert.fail(`${l} ${key} does not parse: ${(e as Error).message}`);
      }
      const enShape = shapeOf(compileMessage('en', catalogs.en[key]).getAst());
      assert.deepEqual([...shape.args.keys()].sort(), [...enShape.args.keys()].sort(), `${l} ${key}: same arguments as en`);
      const outputs = sampleValueSets(shape).map((values) => t(l, key, values));
      for (const out of outputs) {
        assert.ok(out.trim().length > 0, `${l} ${key} formats to nothing`);
        assert.ok(!/[{}]/.test(out), `${l} ${key} leaves a brace: ${out}`);
      }
      for (const [name, { kind }] of shape.args) {
        if (kind === 'plain') assert.ok(outputs.some((o) => o.includes(`‹${name}›`)), `${l} ${key} never shows {${name}}`);
      }
    }
  }
});

test('Korean and Japanese catalogs are translated, not left in English', () => {
  for (const [key, en] of Object.entries(catalogs.en)) {
    const enText = shapeOf(compileMessage('en', en).getAst()).literal;
    for (const l of ['ko', 'ja'] as const) {
      const message = catalogs[l][key];
      const literal = shapeOf(compileMessage(l, message).getAst()).literal;
      // Placeholder-only messages ("{site} — {edition}") are the same in every language.
      if (hasLetters(enText)) assert.notEqual(message, en, `${l} ${key} is the English text`);
      if (!hasLetters(literal)) continue;
      if (l === 'ko') {
        assert.match(literal, hangul, `ko ${key} has no Hangul: ${message}`);
        assert.doesNotMatch(literal, kana, `ko ${key} has kana: ${message}`);
      } else {
        assert.match(literal, japanese, `ja ${key} has no kana or kanji: ${message}`);
        assert.doesNotMatch(literal, hangul, `ja ${key} has Hangul: ${message}`);
      }
    }
  }
});

test('Korean prose is in 합니다체 and Japanese prose in です・ます', () => {
  const sentences = (text: string, end: string) => text.split(new RegExp(`(?<=\\${end})`)).map((s) => s.trim()).filter((s) => s.endsWith(end));
  for (const [key, message] of Object.entries(catalogs.ko)) {
    for (const s of sentences(shapeOf(compileMessage('ko', message).getAst()).literal, '.')) {
      assert.match(s, /(니다|십시오)\.$/, `ko ${key}: "${s}"`);
    }
  }
  for (const [key, message] of Object.entries(catalogs.ja)) {
    for (const s of sentences(shapeOf(compileMessage('ja', message).getAst()).literal, '。')) {
      assert.match(s, /(ます|です|ません|ました|ください)。$/, `ja ${key}: "${s}"`);
    }
  }
});

test('t formats plurals and selects in each language', () => {
  assert.equal(t('en', 'label.reportCount', { count: 1 }), '1 report');
  assert.equal(t('en', 'label.reportCount', { count: 1200 }), '1,200 reports');
  assert.equal(t('ko', 'label.reportCount', { count: 3 }), '보도 3건');
  assert.equal(t('ja', 'label.outletCount', { count: 2 }), '2媒体');
  assert.equal(t('en', 'search.results', { count: 0, query: 'bridge' }), 'No articles match “bridge”');
  assert.equal(t('en', 'search.results', { count: 1, query: 'bridge' }), '1 article matches “bridge”');
  assert.equal(t('ko', 'search.results', { count: 4, query: '다리' }), '“다리” 검색 결과 4건');
  const writer = t('en', 'label.writerLlm');
  assert.equal(t('en', 'label.writer', { writer, model: 'none' }), 'Written by a language model');
  assert.equal(t('en', 'label.writer', { writer, model: 'qwen2.5' }), 'Written by a language model (qwen2.5)');
  assert.equal(translatorFor('ja')('label.updated', { date: formatDate('ja', Date.UTC(2026, 10, 1)) }), '2026年11月1日 更新');
});

test('t throws on an unknown key and on a missing value, naming the key', () => {
  assert.throws(() => t('en', 'label.noSuchKey'), /label\.noSuchKey/);
  assert.throws(() => t('ko', 'label.noSuchKey'), /label\.noSuchKey/);
  assert.throws(() => translatorFor('ja')('nav.nope'), /nav\.nope/);
  assert.throws(() => t('en', 'label.updated'), /label\.updated/);
});

test('an edition language without a catalog falls back to English', () => {
  assert.equal(isLocale('de'), false);
  assert.equal(isLocale('ko'), true);
  assert.equal(fallbackLocale, 'en');
  assert.equal(uiLocale('de'), 'en');
  assert.equal(uiLocale('ko-KR'), 'ko');
  assert.equal(messagesFor('de'), messagesFor('en'));
  assert.equal(t('de', 'nav.home'), 'Home');
  assert.equal(translatorFor('de')('label.citation', { n: 3 }), 'Source 3');
  assert.equal(formatDate('de', Date.UTC(2026, 10, 1)), 'November 1, 2026', 'dates follow the interface language');
  assert.equal(languageName('de', 'ko'), 'Korean');
  assert.equal(policyPage('de', 'ai', { siteName: 'N', retentionDays: 1, contact: 'c' }).title, 'How N uses AI');
});

test('compiled messages are cached per locale and key', () => {
  assert.equal(messageFormat('ko', 'label.reportCount'), messageFormat('ko', 'label.reportCount'));
  assert.equal(messageFormat('de', 'nav.home'), messageFormat('en', 'nav.home'));
  assert.notEqual(messageFormat('ko', 'nav.home'), messageFormat('en', 'nav.home'));
});

test('dates: long, short (no year) and with time and zone', () => {
  const d = new Date(Date.UTC(2026, 10, 1, 15, 5));
  assert.equal(formatDate('ko', d), '2026년 11월 1일');
  assert.equal(formatDate('ja', d), '2026年11月1日');
  assert.equal(formatDate('en', d), 'November 1, 2026');
  assert.equal(formatShortDate('ko', d), '11월 1일');
  assert.equal(formatShortDate('ja', d), '11月1日');
  assert.equal(formatShortDate('en', d), 'November 1');
  assert.equal(formatDateTime('ko', d), '2026년 11월 1일 15:05 UTC');
  assert.equal(formatDateTime('ja', d), '2026年11月1日 15:05 UTC');
  assert.match(formatDateTime('en', d), /^November 1, 2026.*3:05\sPM UTC$/);
  // 15:05 UTC is already the next day in Seoul.
  assert.equal(formatDate('ko', d, 'Asia/Seoul'), '2026년 11월 2일');
  assert.match(formatDateTime('ko', d, 'Asia/Seoul'), /^2026년 11월 2일 0?0:05 GMT\+9$/);
  assert.equal(formatDate('en', '2026-11-01T00:00:00Z'), 'November 1, 2026');
  assert.throws(() => formatDate('en', 'not a date'), /not a valid date/);
});

test('numbers and language names', () => {
  assert.equal(formatNumber('en', 12345), '12,345');
  assert.equal(formatNumber('ko', 12345), '12,345');
  assert.equal(languageName('ko', 'en'), '영어');
  assert.equal(languageName('ko', 'ja'), '일본어');
  assert.equal(languageName('ja', 'en'), '英語');
  assert.equal(languageName('ja', 'ko'), '韓国語');
  assert.equal(languageName('en', 'ko'), 'Korean');
  assert.equal(languageName('en', '!!'), '!!', 'a malformed code is shown as it is');
  assert.equal(nativeLanguageName('ko'), '한국어');
  assert.equal(nativeLanguageName('en'), 'English');
  assert.equal(nativeLanguageName('ja'), '日本語');
  assert.equal(nativeLanguageName('fr'), 'Français');
});

test('policy pages: every locale, every section filled in, values substituted', () => {
  const values = { siteName: 'Harbor Times', retentionDays: 30, contact: 'desk@harbor.example' };
  const counts = new Map<string, number[]>();
  for (const l of locales) {
    for (const page of ['ai', 'privacy'] as const) {
      const p = policyPage(l, page, values);
      const all = [p.title, p.intro, ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
      assert.ok(p.sections.length >= 3, `${l} ${page}: sections`);
      for (const s of p.sections) assert.ok(s.paragraphs.length >= 1, `${l} ${page} "${s.heading}" has no paragraph`);
      for (const text of all) {
        assert.ok(text.trim().length > 0, `${l} ${page}: empty text`);
        assert.ok(!/[{}]/.test(text), `${l} ${page}: unsubstituted placeholder in "${text}"`);
      }
      const body = all.join('\n');
      assert.ok((p.title + p.intro).includes('Harbor Times'), `${l} ${page} names the site`);
      assert.ok(body.includes('desk@harbor.example'), `${l} ${page} gives the contact address`);
      // The labels the policy quotes are the labels the site shows.
      if (page === 'ai') {
        assert.ok(body.includes(t(l, 'label.aiImage')), `${l} ai policy quotes the AI image label`);
        assert.ok(body.includes(t(l, 'label.graphic')), `${l} ai policy quotes the graphic label`);
        assert.ok(body.includes('trainedAlgorithmicMedia'));
      } else {
        assert.ok(body.includes(t(l, 'cookie.change')), `${l} privacy policy names the change-choice link`);
      }
      counts.set(page, [...(counts.get(page) ?? []), p.sections.length]);
    }
    assert.ok(policyPage(l, 'privacy', values).sections.some((s) => s.paragraphs.some((x) => x.includes('30'))));
  }
  for (const [page, n] of counts) assert.equal(new Set(n).size, 1, `${page}: same number of sections in every locale`);
  const days = (l: string, n: number) => policyPage(l, 'privacy', { ...values, retentionDays: n }).sections.flatMap((s) => s.paragraphs).join(' ');
  assert.match(days('en', 1), /kept for 1 day and/);
  assert.match(days('en', 30), /kept for 30 days and/);
  assert.match(days('ko', 30), /30일 동안/);
  assert.match(days('ja', 30), /30日間/);
  assert.throws(() => policyPage('en', 'privacy', { ...values, retentionDays: -1 }), /retentionDays/);
});
