import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalUrl } from '../../src/ingest/canonical-url.ts';
import { contentHash, hammingDistance, simhash, simhashBands } from '../../src/ingest/fingerprint.ts';
import { htmlToParagraphs } from '../../src/ingest/html-text.ts';
import { detectLanguage } from '../../src/text/language.ts';
import { extractArticle } from '../../src/ingest/extract-page.ts';

test('canonical URLs drop tracking parameters and fragments, keep meaningful ones', () => {
  assert.equal(
    canonicalUrl('HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x&utm_medium=feed#top'),
    'https://news.example/a/b?id=7',
  );
  assert.equal(canonicalUrl('/story?b=2&a=1', 'http://x.example/feed'), 'http://x.example/story?a=1&b=2');
  assert.equal(canonicalUrl('javascript:alert(1)'), undefined);
  assert.equal(canonicalUrl('not a url at all'), undefined);
});

test('language: scripts decide Korean, Japanese, Chinese; function words decide Latin languages', () => {
  assert.equal(detectLanguage('가상의 도시 포트미어에서 새 항만 다리가 23일 개통했다. 시장은 말했다.').lang, 'ko');
  assert.equal(detectLanguage('架空の都市ポートミアで二十三日、新しい港の橋が開通した。市長は述べた。').lang, 'ja');
  assert.equal(detectLanguage('新的港口大桥二十三日在虚构的城市通车，市长表示物流时间将减半。').lang, 'zh');
  assert.equal(detectLanguage('The new harbour bridge opened on Monday, and the mayor said it would halve the time of freight.').lang, 'en');
  assert.equal(detectLanguage('Le nouveau pont du port a été inauguré lundi, et le maire a dit que le temps de transport sera réduit.').lang, 'fr');
  assert.equal(detectLanguage('Die neue Hafenbrücke wurde am Montag eröffnet, und der Bürgermeister sagte, die Zeit wird sich halbieren.').lang, 'de');
  assert.equal(detectLanguage('ok', 'ko-KR').lang, 'ko', 'too little text: the declared language stands');
  // Korean text quoting an English phrase stays Korean
  assert.equal(detectLanguage('마리나 벨 장관은 "We will build it"이라고 말하며 항만 다리 건설 계획을 발표했다.').lang, 'ko');
});

test('HTML to paragraphs: block structure kept, scripts and styles dropped, entities decoded', () => {
  assert.deepEqual(
    htmlToParagraphs('<div><p>One &amp; <b>two</b></p><script>alert(1)</script><style>p{}</style><p>Three<br>Four</p><ul><li>Five</li></ul></div>'),
    ['One & two', 'Three', 'Four', 'Five'],
  );
});

test('fingerprints: one wire copy with a changed byline is a near duplicate; other stories are not', () => {
  const wire = Array.from({ length: 6 }, (_, i) => `Paragraph ${i}: the harbour authority of Portmere said on Monday that freight volumes rose ${10 + i} percent in October, driven by grain exports to the northern provinces.`).join('\n\n');
  const republished = `By Staff Writer\n\n${wire}`;
  const other = Array.from({ length: 6 }, (_, i) => `Paragraph ${i}: the national football league fined the Veloria Rovers after supporters set off flares during the derby on Sunday night.`).join('\n\n');
  assert.notEqual(contentHash(wire), contentHash(republished));
  assert.equal(contentHash(wire), contentHash(wire.toUpperCase().replace(/\n\n/g, '  ')), 'case and spacing do not matter');
  assert.ok(hammingDistance(simhash(wire), simhash(republished)) <= 3);
  assert.ok(hammingDistance(simhash(wire), simhash(other)) > 10);
  assert.equal(simhashBands(simhash(wire)).length, 4);
});

test('Readability extracts the article body from a page with navigation and boilerplate', () => {
  const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: officials in Portmere said the new bridge cost 4.2 billion crowns and took four years to build, and that traffic would start on Monday.</p>`).join('');
  const page = extractArticle(`<!doctype html><html lang="en"><head><title>Bridge opens</title>
<meta property="article:published_time" content="2026-11-20T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Bridge opens</h1>${paras}</article>
<aside>Most read: a cat video</aside><footer>© Daily</footer></body></html>`, 'https://daily.example/a');
  assert.ok(page);
  assert.equal(page.paragraphs.length, 6);
  assert.ok(page.paragraphs.every((p) => p.startsWith('Paragraph')));
  assert.equal(page.lang, 'en');
  assert.equal(page.publishedAt?.toISOString(), '2026-11-20T10:00:00.000Z');
});
