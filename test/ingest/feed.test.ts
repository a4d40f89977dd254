import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeBytes } from '../../src/ingest/charset.ts';
import { FeedError, parseFeedDocument } from '../../src/ingest/feed.ts';
import { feedsFromOpml } from '../../src/ingest/sources.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

test('RSS 2.0: entries with guid, link, dates, author, full content and ttl', () => {
  const feed = parseFeedDocument(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily</title><link>https://daily.example/</link><language>en-us</language><ttl>45</ttl>
<item><title>Bridge &amp; tunnel</title><link>https://daily.example/a</link><guid isPermaLink="false">a-1</guid>
<pubDate>Mon, 23 Nov 2026 10:00:00 +0900</pubDate><dc:creator>Ann Lee</dc:creator><description>Teaser</description>
<content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
<item><title>No guid</title><link>https://daily.example/b</link></item>
</channel></rss>`);
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Daily');
  assert.equal(feed.lang, 'en-us');
  assert.equal(feed.ttlSeconds, 45 * 60);
  assert.equal(feed.entries.length, 2);
  const [a, b] = feed.entries;
  assert.equal(a.guid, 'a-1');
  assert.equal(a.title, 'Bridge & tunnel');
  assert.equal(a.author, 'Ann Lee');
  assert.equal(a.content, '<p>Full text</p>');
  assert.equal(a.publishedAt?.toISOString(), '2026-11-23T01:00:00.000Z');
  assert.equal(b.guid, 'https://daily.example/b', 'an item without guid is keyed by its link');
});

test('Atom: alternate link, published date, content and summary', () => {
  const feed = parseFeedDocument(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja"><title>A</title>
<link rel="alternate" href="https://a.example/"/>
<entry><id>urn:a:1</id><title>E1</title><link rel="self" href="https://a.example/self"/><link rel="alternate" href="https://a.example/e1"/>
<published>2026-11-20T00:00:00Z</published><updated>2026-11-21T00:00:00Z</updated><author><name>Sato</name></author>
<summary>S</summary><content type="html">&lt;p&gt;C&lt;/p&gt;</content></entry></feed>`);
  assert.equal(feed.format, 'atom');
  const [e] = feed.entries;
  assert.equal(e.guid, 'urn:a:1');
  assert.equal(e.url, 'https://a.example/e1');
  assert.equal(e.author, 'Sato');
  assert.equal(e.content, '<p>C</p>');
  assert.equal(e.publishedAt?.toISOString(), '2026-11-20T00:00:00.000Z');
});

test('RDF / RSS 1.0 with Dublin Core dates', () => {
  const feed = parseFeedDocument(decodeBytes(fixture('shift_jis.rdf')).text);
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.entries[0].title, '港の橋が開通');
  assert.equal(feed.entries[0].url, 'https://asahi-test.example/news/1');
  assert.equal(feed.entries[0].publishedAt?.toISOString(), '2026-11-23T00:00:00.000Z');
});

test('JSON Feed 1.1', () => {
  const feed = parseFeedDocument(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'J', language: 'ko', home_page_url: 'https://j.example/',
    items: [{ id: 'j1', url: 'https://j.example/1', title: '제목', content_html: '<p>본문</p>', date_published: '2026-11-22T03:00:00+09:00', authors: [{ name: '김' }] }],
  }));
  assert.equal(feed.format, 'json');
  assert.equal(feed.lang, 'ko');
  assert.deepEqual(
    { guid: feed.entries[0].guid, title: feed.entries[0].title, author: feed.entries[0].author, at: feed.entries[0].publishedAt?.toISOString() },
    { guid: 'j1', title: '제목', author: '김', at: '2026-11-21T18:00:00.000Z' },
  );
});

test('EUC-KR declared only in the XML prolog is decoded', () => {
  const bytes = fixture('euc-kr.xml');
  assert.equal(bytes.includes(Buffer.from('항만', 'utf8')), false, 'the fixture really is not UTF-8');
  const decoded = decodeBytes(bytes, 'application/rss+xml');
  assert.equal(decoded.charset, 'euc-kr');
  const feed = parseFeedDocument(decoded.text);
  assert.equal(feed.entries[0].title, '항만 다리 개통식 열려');
});

test('the HTTP charset wins over the prolog; HTML meta charset is read', () => {
  const sjis = fixture('shift_jis.rdf');
  assert.equal(decodeBytes(sjis, 'text/xml; charset=Shift_JIS').charset, 'shift_jis');
  const gb = Buffer.concat([Buffer.from('<meta charset="gb18030">'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]);
  const d = decodeBytes(gb, 'text/html');
  assert.equal(d.charset, 'gb18030');
  assert.ok(d.text.endsWith('你好'));
  assert.equal(decodeBytes(Buffer.from('\ufeffhello', 'utf8'), 'text/html; charset=euc-kr').text, 'hello', 'a BOM decides');
});

test('malformed and non-feed documents fail with a readable FeedError', () => {
  const recovered = parseFeedDocument('<rss><channel><item><title>x</channel>');
  assert.equal(recovered.entries.length, 1, 'an ill-formed document is read in recovery mode');
  assert.match(recovered.problems[0], /not well-formed XML at line 1, column \d+/);
  assert.throws(() => parseFeedDocument('<html><body>hello</body></html>'), /not a feed: an HTML page/);
  assert.throws(() => parseFeedDocument('just some text'), /not a feed/);
  assert.throws(() => parseFeedDocument(''), /empty/);
});

test('entity declarations ("billion laughs") are refused before any expansion', () => {
  const before = process.memoryUsage().heapUsed;
  assert.throws(() => parseFeedDocument(fixture('billion-laughs.xml').toString('utf8')), /declares XML entities/);
  assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024);
});

test('OPML: nested outlines, relative URLs and languages', () => {
  const feeds = feedsFromOpml(`<?xml version="1.0"?><opml version="2.0"><head><title>o</title></head><body>
<outline text="Korean"><outline type="rss" text="Hanbit" xmlUrl="feeds/hanbit.xml" language="ko" htmlUrl="https://hanbit.example/"/></outline>
<outline type="rss" text="Daily" title="The Daily" xmlUrl="https://daily.example/rss"/></body></opml>`, 'https://base.example/lists/');
  assert.deepEqual(feeds.map((f) => [f.url, f.name, f.lang ?? null]), [
    ['https://base.example/lists/feeds/hanbit.xml', 'Hanbit', 'ko'],
    ['https://daily.example/rss', 'The Daily', null],
  ]);
});
