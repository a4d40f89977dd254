// Property-based feed fuzzing (issue 12): random bytes and mutated real-looking
// feeds are served from 127.0.0.1 as one source beside a healthy one, and the
// poll stage reads both, as it does in production: fetch, decode, parse, store.
// Whatever the document, no exception escapes the poll, the fuzzed source
// either stores or carries its error (never a storage error: what parses is
// stored), and the healthy source is stored intact.
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

// ---- documents to start from -------------------------------------------------

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Atom &amp; Co</title><link href="https://atom.example/"/>
<entry><id>urn:a1</id><title type="html">Council &lt;b&gt;approves&lt;/b&gt; plan</title><link rel="alternate" href="https://atom.example/a1"/>
<published>2026-11-21T08:00:00Z</published><author><name>Ana</name></author><summary>Short.</summary>
<content type="html">&lt;p&gt;The council approved the harbour plan.&lt;/p&gt;</content></entry></feed>`;
const rdf = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF Daily</title><link>https://rdf.example/</link></channel>
<item rdf:about="https://rdf.example/1"><title>港の橋が開通</title><link>https://rdf.example/1</link><dc:date>2026-11-22T10:00:00+09:00</dc:date>
<description>架空の都市で新しい橋が開通した。</description></item></rdf:RDF>`;
const json = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1', title: 'Json Daily', language: 'ko',
  items: [{ id: 'j1', url: 'https://json.example/j1', title: '항구 다리 개통', date_published: '2026-11-22T10:00:00+09:00', content_html: '<p>새 다리가 개통했다.</p>' }],
});
const rss2 = rss([
  { guid: 'r1', title: 'Rovers win the derby', link: 'https://rss.example/r1', description: 'Rovers beat Athletic 3-1.', content: '<p>Full text.</p>' },
  { guid: 'r2', title: 'Bridge opens', link: 'https://rss.example/r2', description: 'A new bridge.' },
], { lang: 'en', ttl: 30 });
const bases = [rss2, atom, rdf, json].map((d) => Buffer.from(d, 'utf8'));

// ---- how a document is broken ----------------------------------------------

const fragments = [
  '\u0000', '\u0001\u0007\u001b[31m\u007f', '\u0085\u009b', '&#0;', '&#x0;', '&#xD800;', '&#55296;', '\\u0000', '\\ud800', '\\udfff',
  '<![CDATA[', ']]>', '<!--', '<!DOCTYPE x [<!ENTITY a "b">]>', '&unknown;', '&', '<', '"', '{', '}', '[', '\u202e', '\ufeff',
  '<item><guid></guid></item>', '<entry></entry>', '<pubDate>Sat, 01 Jan 275760 00:00:00 GMT</pubDate>', '<ttl>-1</ttl>',
  `<x a="${'a'.repeat(64 * 1024)}">`, `${'<a>'.repeat(2000)}`, '\u{1f600}', '\ud83d',
].map((f) => Buffer.from(f, 'utf8'));
// byte sequences that are not UTF-8: stray continuation and lead bytes, an encoded surrogate, an overlong NUL
const invalidUtf8 = [[0xff], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80]].map((b) => Buffer.from(b));
const boms = [[0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xff, 0xfe], [0xef, 0xbb]].map((b) => Buffer.from(b));
const charsets = ['utf-8', 'utf-16', 'utf-16be', 'utf-16le', 'shift_jis', 'euc-kr', 'iso-2022-jp', 'gb18030', 'windows-1252',
  'iso-8859-1', 'utf-7', 'x-no-such-charset', '', '"utf-8', 'utf-8; q=1'];
const contentTypes = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'text/xml',
  'text/html', 'application/octet-stream', ''];

// a position as a fraction of the document, in millionths, unbiased: fast-check
// otherwise favours small values, and most cuts would fall at byte 0
const at = fc.noBias(fc.integer({ min: 0, max: 999_999 }));
// Mostly insertions, which keep a feed a feed, so that most documents get as
// far as storage; the rest break it outright.
const mutation = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.oneof(fc.constantFrom(...fragments, ...invalidUtf8), fc.uint8Array({ maxLength: 32 }).map((b) => Buffer.from(b))) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.nat(64) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom' as const), bom: fc.constantFrom(...boms) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('declare' as const), charset: fc.constantFrom(...charsets) }) },
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(doc: Buffer, m: Mutation): Buffer {
  const pos = 'at' in m ? Math.floor((m.at / 1_000_000) * doc.length) : 0;
  switch (m.kind) {
    case 'truncate': return doc.subarray(0, pos);
    case 'delete': return Buffer.concat([doc.subarray(0, pos), doc.subarray(pos + m.length)]);
    case 'insert': return Buffer.concat([doc.subarray(0, pos), m.bytes, doc.subarray(pos)]);
    case 'bom': return Buffer.concat([m.bom, doc]);
    case 'declare': {
      // rewrite (or add) the XML prolog's encoding; JSON has no prolog, so this one gets a bogus one
      const text = doc.toString('latin1');
      const replaced = /encoding="[^"]*"/.test(text) ? text.replace(/encoding="[^"]*"/, `encoding="${m.charset}"`) : `<?xml version="1.0" encoding="${m.charset}"?>${text}`;
      return Buffer.from(replaced, 'latin1');
    }
  }
}

// Hostile bytes inside the text of an otherwise valid feed: these documents
// parse, so they test what storage makes of what a feed says.
const mark = '\u0001MARK\u0001';
const markedBases = [
  rss([{ guid: `m1${mark}`, title: `Harbour${mark} news`, link: 'https://m.example/1', description: `Short${mark}.`, content: `<p>Body${mark}</p>` }], { title: `Marked${mark}` }),
  atom.replace('Ana', `Ana${mark}`).replace('urn:a1', `urn:a1${mark}`).replace('Short.', `Short${mark}`),
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'j1', title: 'T', content_text: 'C' }] })
    .replace('"j1"', `"j1${mark}"`).replace('"T"', `"T${mark}"`).replace('"C"', `"C${mark}"`),
];
const hostileBytes = fc.array(fc.oneof(fc.constantFrom(...fragments, ...invalidUtf8), fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b))), { minLength: 1, maxLength: 3 })
  .map((parts) => Buffer.concat(parts));
const markedFeed = fc.tuple(fc.constantFrom(...markedBases), fc.array(hostileBytes, { minLength: 4, maxLength: 4 }))
  .map(([base, inserts]) => Buffer.concat(base.split(mark).flatMap((piece, i) => (i ? [inserts[i % 4], Buffer.from(piece)] : [Buffer.from(piece)]))));

const mutatedFeed = fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([base, ms]) => ms.reduce(mutate, base));
const document = fc.record({
  body: fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)) },
    { weight: 3, arbitrary: mutatedFeed },
    { weight: 4, arbitrary: markedFeed },
  ),
  contentType: fc.tuple(fc.constantFrom(...contentTypes), fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(...charsets) }))
    .map(([type, charset]) => (charset && type ? `${type}; charset=${charset}` : type)),
  // sent as is, gzipped, or labelled gzip without being so
  encoding: fc.oneof({ weight: 6, arbitrary: fc.constant('identity') }, { weight: 2, arbitrary: fc.constant('gzip') }, { weight: 1, arbitrary: fc.constant('lie') }),
});

// ---- the servers and the database ------------------------------------------

let t: TestDb;
let nr: Newsroom;
let server: TestServer;
let current: { body: Buffer; contentType: string; encoding: string } = { body: Buffer.alloc(0), contentType: '', encoding: 'identity' };
let round = 0;
const healthyItems = () => [1, 2, 3].map((i) => ({
  guid: `h${round}-${i}`, title: `Healthy ${round}.${i}: harbour news`, link: `https://healthy.example/${round}/${i}`,
  description: `Round ${round}, item ${i}.`, content: `<p>Full text of round ${round}, item ${i}.</p>`,
}));

before(async () => {
  t = await createTestDb();
  nr = testNewsroom(t.db, { fetchMaxBytes: 1024 * 1024 });
  server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/healthy') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return res.end(rss(healthyItems(), { title: 'Healthy Daily' }));
    }
    const headers: Record<string, string> = current.contentType ? { 'content-type': current.contentType } : {};
    if (current.encoding !== 'identity') headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(current.encoding === 'gzip' ? gzipSync(current.body) : current.body);
  });
});
after(async () => {
  await server.close();
  await t.drop();
});

test('no fuzzed feed escapes the poll, each one leaves an error or its entries, and the healthy feed beside it is stored intact', async () => {
  const fuzzed = (await addSource(t.db, { url: `${server.url}/fuzz` })).source;
  const healthy = (await addSource(t.db, { url: `${server.url}/healthy` })).source;
  let failures = 0;
  await fc.assert(
    fc.asyncProperty(document, async (doc) => {
      round++;
      current = doc;
      const poll = await runPollStage(nr, { sourceIds: [fuzzed.id, healthy.id] }); // throws if anything escaped
      assert.equal(poll.counts.sources, 2);
      assert.equal((poll.counts.sources_ok ?? 0) + (poll.counts.sources_failed ?? 0), 2);

      // the fuzzed source: stored, or its error recorded on it
      const [f] = await t.db.query<{ last_error: string | null; last_error_at: Date | null; consecutive_failures: number }>(
        'SELECT last_error, last_error_at, consecutive_failures FROM sources WHERE id = $1', [fuzzed.id]);
      const ownErrors = poll.errors.filter((e) => e.subject.startsWith(`source ${fuzzed.id} `));
      if (poll.counts.sources_failed) {
        failures++;
        assert.ok(f.last_error && f.last_error_at && f.consecutive_failures > 0, `the failure is on the source: ${JSON.stringify(f)}`);
        assert.equal(ownErrors.length, 1);
        // a document that fetched and parsed is stored: what it says can never make it unstorable
        assert.doesNotMatch(f.last_error!, /could not store/);
      } else {
        assert.equal(f.last_error, null);
        assert.equal(f.consecutive_failures, 0);
      }
      assert.equal(poll.errors.length, ownErrors.length, `only the fuzzed source has errors: ${JSON.stringify(poll.errors)}`);

      // the healthy source: this round's entries, exactly as served
      const stored = await t.db.query<{ guid: string; title: string; url: string; summary: string; content: string }>(
        `SELECT guid, title, url, summary, content FROM feed_items WHERE source_id = $1 AND guid LIKE $2 ORDER BY guid`,
        [healthy.id, `h${round}-%`]);
      assert.deepEqual(stored, healthyItems().map((i) => ({ guid: i.guid, title: i.title, url: i.link, summary: i.description, content: i.content })));
      const [h] = await t.db.query<{ last_error: string | null }>('SELECT last_error FROM sources WHERE id = $1', [healthy.id]);
      assert.equal(h.last_error, null);
    }),
    { seed: 42, numRuns: 40 },
  );
  assert.ok(failures > 0, 'some fuzzed documents were refused (the generator does break feeds)');
});
