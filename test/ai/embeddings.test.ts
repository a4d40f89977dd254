// Cross-language clustering through an OpenAI-compatible /v1/embeddings
// endpoint on 127.0.0.1 with scripted vectors.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { Embedder } from '../../src/ai/embeddings.ts';
import { runClusterStage } from '../../src/stories/cluster-stage.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import { embeddingsAnswer, startOpenAiServer, type Scripted } from '../helpers/openai-server.ts';

let t: TestDb;
let api: Scripted | undefined;
beforeEach(async () => (t = await createTestDb()));
afterEach(async () => {
  await api?.server.close();
  await t.drop();
});

// A Korean and an English report of one event, and an unrelated English one.
const reports = [
  { title: '포트미어 항만 다리 개통', body: '가상의 도시 포트미어에서 새 항만 다리가 월요일 개통했다. 시장은 물류 시간이 절반으로 줄 것이라고 말했다.', lang: 'ko' },
  { title: 'Harbour bridge opens in Portmere', body: 'A new harbour bridge opened in Portmere on Monday. The mayor said freight times would be halved.', lang: 'en' },
  { title: 'Rovers win the derby', body: 'Veloria Rovers beat Athletic in the league derby on Saturday before a record crowd at Harbour Park.', lang: 'en' },
];

async function seed() {
  let i = 0;
  for (const r of reports) {
    await t.db.query(
      `INSERT INTO reports (title, body, lang, published_at, content_hash, simhash) VALUES ($1, $2, $3, $4, $5, '0000000000000000')`,
      [r.title, r.body, r.lang, new Date(Date.UTC(2026, 10, 23, 1 + i)), `h${i++}`],
    );
  }
}

/** Scripted "model": texts about the bridge, in either language, point one way; the rest another. */
const vectorFor = (text: string) => (/bridge|다리/.test(text) ? [0.9, 0.1, 0.05, 0] : [0.05, 0.1, 0.9, 0.2]);

async function storiesOf() {
  return (await t.db.query<{ story_id: number }>('SELECT story_id FROM reports ORDER BY id')).map((r) => r.story_id);
}

test('without embeddings, one event in two languages is two stories; with them, one', async () => {
  await seed();
  await runClusterStage(testNewsroom(t.db));
  const lexical = await storiesOf();
  assert.equal(new Set(lexical).size, 3);

  await t.db.query(`UPDATE reports SET state = 'new', story_id = NULL`);
  await t.db.exec(`DELETE FROM stories; DELETE FROM threads; DELETE FROM term_df; DELETE FROM settings`);
  api = await startOpenAiServer((body) => ({ json: embeddingsAnswer(body.model, body.input.map(vectorFor)) }));
  const nr = testNewsroom(t.db, { embedUrl: `${api.server.url}/v1`, embedModel: 'test-embed' });
  const run = await runClusterStage(nr);
  const dense = await storiesOf();
  assert.equal(dense[0], dense[1], 'the Korean and the English report of the bridge share a story');
  assert.notEqual(dense[2], dense[0]);
  assert.equal(run.errors.length, 0);
  assert.equal(api.bodies.length, 1, 'one request for the batch');
  assert.equal(api.bodies[0].model, 'test-embed');
  assert.equal(api.bodies[0].input.length, 3);
});

test('answers are cached: asking again costs no request', async () => {
  api = await startOpenAiServer((body) => ({ json: embeddingsAnswer(body.model, body.input.map(vectorFor)) }));
  const e = new Embedder({ url: `${api.server.url}/v1/embeddings`, model: 'm' });
  const first = await e.embed(t.db, ['a bridge', 'a derby']);
  const second = await e.embed(t.db, ['a derby', 'a bridge', 'a bridge']);
  assert.deepEqual(second, [first[1], first[0], first[0]]);
  assert.equal(api.bodies.length, 1);
});

test('429 and 500 are retried with backoff; a malformed answer is a clear error and clustering goes on lexically', async () => {
  api = await startOpenAiServer((body, n) =>
    n === 0 ? { status: 429, json: { error: { message: 'slow down' } }, headers: { 'retry-after': '0' } }
      : n === 1 ? { status: 500, json: { error: { message: 'oops' } } }
        : { json: embeddingsAnswer(body.model, body.input.map(vectorFor)) });
  const e = new Embedder({ url: `${api.server.url}/v1`, model: 'm' }, { backoffMs: 5 });
  const [v] = await e.embed(t.db, ['the bridge']);
  assert.deepEqual(v, vectorFor('the bridge'));
  assert.equal(api.bodies.length, 3);
  await api.server.close();

  api = await startOpenAiServer(() => ({ json: { data: [{ index: 0, embedding: 'not a vector' }] } }));
  await seed();
  const nr = testNewsroom(t.db, { embedUrl: `${api.server.url}/v1`, embedModel: 'm' });
  const run = await runClusterStage(nr);
  assert.equal(run.counts.embedding_failed, 3);
  assert.match(run.errors[0].message, /unexpected answer/);
  assert.equal(run.counts.reports, 3, 'the reports were still clustered, lexically');
  assert.equal((await storiesOf()).every((s) => s !== null), true);
});

test('a provider that never answers times out with a clear error', async () => {
  api = await startOpenAiServer(() => ({ hang: true }));
  const e = new Embedder({ url: `${api.server.url}/v1`, model: 'm' }, { timeoutMs: 200, retries: 1, backoffMs: 5 });
  await assert.rejects(e.embed(t.db, ['x']), /no answer within 200 ms/);
});
