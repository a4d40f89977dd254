// AI images against loopback servers speaking the OpenAI images API and the
// AUTOMATIC1111 txt2img API: stored with IPTC trainedAlgorithmicMedia in
// every rendition, prompts cleared of people's names, alt texts that follow
// translations, and failures that keep the card and are retried with backoff.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import exifr from 'exifr';
import sharp from 'sharp';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { styleClause } from '../../src/illustrate/policy.ts';
import { imageForPage } from '../../src/illustrate/queries.ts';
import { mediaDir } from '../../src/illustrate/renditions.ts';
import type { Config } from '../../src/config.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import { startOpenAiServer, type Answer, type Scripted } from '../helpers/openai-server.ts';
import { addTranslation, addVersion, insertArticle, publishVersion, samplePng, tempDataDir } from './fixtures.ts';

const trained = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

let t: TestDb;
let data: ReturnType<typeof tempDataDir>;
let api: Scripted | undefined;
let png: Buffer;
beforeEach(async () => {
  t = await createTestDb();
  data = tempDataDir();
  png ??= await samplePng();
});
afterEach(async () => {
  await api?.server.close();
  api = undefined;
  await t.drop();
  data.remove();
});

// no retries inside a run; a generous time-out except where a hang is the point
const fast = { providerOptions: { timeoutMs: 15_000, retries: 0, backoffMs: 10 } };
const impatient = { providerOptions: { timeoutMs: 400, retries: 0, backoffMs: 10 } };

function newsroom(overrides: Partial<Config>) {
  return testNewsroom(t.db, { dataDir: data.dir, editions: ['ko', 'en', 'ja'], ...overrides });
}

const openAiOk: Answer = () => ({ json: { created: 1, data: [{ b64_json: png.toString('base64') }] } });
const a1111Ok: Answer = () => ({ json: { images: [png.toString('base64')], parameters: {}, info: '{}' } });

const failures = (id: number) =>
  t.db.query<{ subject: string; attempts: number; refused: boolean; error: string; wait_s: number | null }>(
    `SELECT subject, attempts, next_attempt_at IS NULL AS refused, error, extract(epoch FROM next_attempt_at - now())::float AS wait_s FROM image_failures WHERE article_id = $1`, [id]);

async function checkAiFiles(articleId: number) {
  const [img] = await t.db.query<{ id: number; ai_generated: boolean; lang: string | null; width: number; height: number }>(
    `SELECT id, ai_generated, lang, width, height FROM images WHERE article_id = $1 AND kind = 'ai'`, [articleId]);
  assert.ok(img, 'an AI image row');
  assert.equal(img.ai_generated, true);
  assert.equal(img.lang, null, 'an AI image belongs to no language');
  assert.deepEqual([img.width, img.height], [1024, 576]);
  const renditions = await t.db.query<{ width: number; format: string; path: string }>('SELECT width, format, path FROM image_renditions WHERE image_id = $1 ORDER BY format, width', [img.id]);
  assert.deepEqual(
    renditions.map((r) => `${r.format}${r.width}`).sort(),
    ['avif1024', 'avif480', 'avif800', 'jpeg1024', 'jpeg480', 'jpeg800', 'og1024', 'webp1024', 'webp480', 'webp800'].sort(),
    'never wider than the 1024-pixel master; an Open Graph crop');
  for (const r of renditions) {
    const bytes = readFileSync(join(mediaDir(data.dir), r.path));
    if (r.format === 'jpeg' || r.format === 'og') {
      const xmp = await exifr.parse(bytes, { xmp: true, tiff: false, iptc: false });
      assert.equal(xmp?.DigitalSourceType, trained, `${r.path} (read with exifr)`);
    } else {
      const xmp = (await sharp(bytes).metadata()).xmp?.toString() ?? '';
      assert.ok(xmp.includes(`<Iptc4xmpExt:DigitalSourceType>${trained}</Iptc4xmpExt:DigitalSourceType>`), `${r.path} carries the IPTC source type`);
      assert.match(xmp, /<dc:description>/);
    }
  }
  const og = renditions.find((r) => r.format === 'og')!;
  const ogMeta = await sharp(join(mediaDir(data.dir), og.path)).metadata();
  assert.deepEqual([ogMeta.width, ogMeta.height], [1024, 538], 'cropped to the Open Graph shape');
}

test('OpenAI protocol: the AI image is stored with trainedAlgorithmicMedia in every rendition and shown in every edition', async () => {
  api = await startOpenAiServer(openAiOk);
  const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1`, imageModel: 'gpt-image-1', imageKey: 'sk-test' });
  const id = await insertArticle(t.db, { lang: 'ko', headline: '가람시 의회 예산안 통과', brief: { prompt: 'the facade of a city hall with flags at dusk, no people', alt: '해 질 녘 깃발이 걸린 시청 건물' } });
  const run = await runIllustrateStage(nr, fast);
  assert.equal(run.counts.ai_drawn, 1, JSON.stringify(run));
  assert.deepEqual(api.server.requests, ['/v1/images/generations']);
  assert.equal(api.server.headers[0].authorization, 'Bearer sk-test');
  const body = api.bodies[0];
  assert.equal(body.model, 'gpt-image-1');
  assert.equal(body.n, 1);
  assert.equal(body.size, '1536x1024');
  assert.ok(body.prompt.startsWith('the facade of a city hall with flags at dusk'));
  assert.ok(body.prompt.endsWith(styleClause));
  await checkAiFiles(id);

  for (const ed of ['ko', 'en', 'ja']) {
    const img = (await imageForPage(t.db, id, ed))!;
    assert.equal(img.kind, 'ai');
    assert.equal(img.aiGenerated, true);
    assert.equal(img.alt, '해 질 녘 깃발이 걸린 시청 건물');
    assert.equal(img.altLang, 'ko');
    assert.equal(img.width, 1024);
    assert.equal(img.height, 576);
    assert.match(img.ogImage, /^\/media\/[0-9a-f]{16}-og\.jpg$/);
  }
  // the card is drawn all the same: it stays the fallback
  assert.equal((await t.db.query(`SELECT 1 FROM images WHERE article_id = $1 AND kind = 'card'`, [id])).length, 1);

  // a translation's alt text arrives later: the picture is described by it at once, with no stage run
  await addTranslation(t.db, id, 1, 'en', 'Garam council passes budget', 'A city hall with flags at dusk');
  const en = (await imageForPage(t.db, id, 'en'))!;
  assert.deepEqual([en.alt, en.altLang], ['A city hall with flags at dusk', 'en']);
  await runIllustrateStage(nr, fast);
  assert.equal(api.bodies.length, 1, 'the picture is not asked for again');
  const ja = (await imageForPage(t.db, id, 'ja'))!;
  assert.deepEqual([ja.alt, ja.altLang], ['해 질 녘 깃발이 걸린 시청 건물', 'ko']);
});

test('AUTOMATIC1111 protocol: txt2img with a negative prompt, stored the same way', async () => {
  api = await startOpenAiServer(a1111Ok);
  const nr = newsroom({ imageApi: 'automatic1111', imageUrl: api.server.url });
  const id = await insertArticle(t.db, { lang: 'en', headline: 'Storm closes Kestrel Bay port', section: 'weather',
    brief: { prompt: 'dark storm clouds over a container port with cranes', alt: 'Storm clouds over a container port' } });
  const run = await runIllustrateStage(nr, fast);
  assert.equal(run.counts.ai_drawn, 1, JSON.stringify(run));
  assert.deepEqual(api.server.requests, ['/sdapi/v1/txt2img']);
  const body = api.bodies[0];
  assert.match(body.negative_prompt, /portrait/);
  assert.ok(body.width > 0 && body.height > 0 && body.steps > 0);
  assert.ok(body.prompt.includes('dark storm clouds over a container port'));
  await checkAiFiles(id);
  const [img] = await t.db.query<{ provider: string; prompt: string }>(`SELECT provider, prompt FROM images WHERE article_id = $1 AND kind = 'ai'`, [id]);
  assert.equal(img.provider, 'automatic1111');
  assert.equal(img.prompt, body.prompt, 'the prompt sent is the prompt kept');
});

test('the prompt sent over the wire never carries a person\'s name; a brief about people is refused and the card kept', async () => {
  api = await startOpenAiServer(openAiOk);
  const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1`, imageModel: 'dall-e-2' });
  const names = ['Alden', 'Marsh', 'Mina', 'Cho'];
  await t.db.query(`INSERT INTO glossary (entity_key, lang, spelling) VALUES ('mina cho', 'en', 'Mina Cho')`);
  const handshake = await insertArticle(t.db, { lang: 'en', headline: 'Marsh and Cho agree on trade', entities: ['Alden Marsh'],
    brief: { prompt: 'President Alden Marsh shaking hands with Mina Cho', alt: 'Two leaders shake hands' } });
  const office = await insertArticle(t.db, { lang: 'en', headline: 'Marsh moves office', entities: ['Alden Marsh'],
    brief: { prompt: 'Alden Marsh\'s glass office tower at dusk with lit windows, seen from Mina Cho\'s harbour', alt: 'An office tower at dusk' } });
  const run = await runIllustrateStage(nr, fast);
  assert.equal(run.counts.ai_refused, 1, JSON.stringify(run));
  assert.equal(run.counts.ai_drawn, 1);

  assert.equal(api.bodies.length, 1, 'only the brief that could be cleared was sent');
  const sent = JSON.stringify(api.bodies[0]);
  for (const n of names) assert.ok(!sent.includes(n), `"${n}" is not in the request body: ${sent}`);
  assert.match(api.bodies[0].prompt, /glass office tower at dusk with lit windows/);
  assert.equal(api.bodies[0].response_format, 'b64_json');

  const [refusal] = await failures(handshake);
  assert.equal(refusal.refused, true);
  assert.match(refusal.error, /refused by the image policy/);
  assert.equal(refusal.wait_s, null, 'a refusal is not retried until the brief changes');
  assert.equal((await imageForPage(t.db, handshake, 'en'))!.kind, 'card', 'the card stays the picture');
  assert.equal((await imageForPage(t.db, office, 'en'))!.kind, 'ai');

  const again = await runIllustrateStage(nr, fast);
  assert.equal(again.counts.ai_refused, undefined, 'a refused brief is not looked at again');
  assert.equal(api.bodies.length, 1);
});

const broken: Array<[string, Answer, RegExp, typeof fast]> = [
  ['an HTTP 500', () => ({ status: 500, json: { error: { message: 'overloaded' } } }), /HTTP 500/, fast],
  ['no answer in time', () => ({ hang: true }), /no answer within 400 ms/, impatient],
  ['garbage bytes', () => ({ json: { data: [{ b64_json: Buffer.from('this is not a picture at all, just text pretending to be one '.repeat(4)).toString('base64') }] } }), /not a picture/, fast],
  ['a URL instead of the picture', () => ({ json: { data: [{ url: 'http://127.0.0.1:9/picture.png' }] } }), /URL instead of the picture/, fast],
];

for (const [what, answer, message, failOpts] of broken) {
  test(`a provider answering with ${what}: the card stays, the error is recorded and retried later with backoff`, async () => {
    let healthy = false;
    api = await startOpenAiServer((body, n) => (healthy ? openAiOk(body, n) : answer(body, n)));
    const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1` });
    const id = await insertArticle(t.db, { lang: 'en', headline: 'Harbour bridge opens', section: 'transport',
      brief: { prompt: 'a long bridge over the sea at sunrise', alt: 'A bridge at sunrise' } });
    const other = await insertArticle(t.db, { lang: 'en', headline: 'Second story', brief: { prompt: 'a quiet city street with trees', alt: 'A street' } });

    const run = await runIllustrateStage(nr, failOpts);
    assert.equal(run.counts.ai_failed, 1, JSON.stringify(run));
    assert.equal(run.counts.ai_deferred, 1, 'after one failure the rest wait for the next run');
    assert.equal(api.bodies.length, 1);
    assert.match(run.errors[0].message, message);
    for (const a of [id, other]) {
      const img = (await imageForPage(t.db, a, 'en'))!;
      assert.equal(img.kind, 'card');
      assert.equal(img.aiGenerated, false);
    }
    // newest first: the second article was tried
    const [f] = await failures(other);
    assert.equal(f.attempts, 1);
    assert.match(f.error, message);
    assert.ok(f.wait_s! > 200 && f.wait_s! <= 300, `waits about five minutes (${f.wait_s} s)`);

    // not due yet: the failed one is not asked again, the deferred one is
    await runIllustrateStage(nr, failOpts);
    assert.equal(api.bodies.length, 2);
    assert.equal(api.bodies[1].prompt.startsWith('a long bridge'), true);
    assert.equal((await failures(id))[0].attempts, 1);

    // due, still failing: the wait doubles
    await t.db.query(`UPDATE image_failures SET next_attempt_at = now() - interval '1 second'`);
    await runIllustrateStage(nr, failOpts);
    const [f2] = await failures(other);
    assert.equal(f2.attempts, 2);
    assert.ok(f2.wait_s! > 500, `waits longer after a second failure (${f2.wait_s} s)`);

    // due and healthy: the AI image replaces the card as the picture, the failure is cleared
    healthy = true;
    await t.db.query(`UPDATE image_failures SET next_attempt_at = now() - interval '1 second'`);
    const ok = await runIllustrateStage(nr, fast);
    assert.equal(ok.counts.ai_drawn, 2, JSON.stringify(ok));
    assert.equal((await imageForPage(t.db, other, 'en'))!.kind, 'ai');
    assert.deepEqual(await failures(other), []);
    const [{ rows }] = await t.db.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM images WHERE kind = 'card'`);
    assert.equal(rows, 2, 'the cards were never touched');
  });
}

test('a revision with the same brief keeps its AI image; a new brief asks for a new one', async () => {
  api = await startOpenAiServer(openAiOk);
  const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1` });
  const brief = { prompt: 'a wooden gavel on a desk', alt: 'A gavel' };
  const id = await insertArticle(t.db, { lang: 'en', headline: 'Court rules', section: 'courts', brief });
  await runIllustrateStage(nr, fast);
  await addVersion(t.db, id, 2, { lang: 'en', headline: 'Court rules again', brief: { ...brief, alt: 'A wooden gavel' } });
  await publishVersion(t.db, id, 2);
  await runIllustrateStage(nr, fast);
  assert.equal(api.bodies.length, 1, 'same brief, same picture');
  assert.equal((await imageForPage(t.db, id, 'en'))!.alt, 'A wooden gavel', 'the alt follows the published version');
  await addVersion(t.db, id, 3, { lang: 'en', headline: 'Court rules a third time', brief: { prompt: 'scales of justice on a shelf', alt: 'Scales' } });
  await publishVersion(t.db, id, 3);
  await runIllustrateStage(nr, fast);
  assert.equal(api.bodies.length, 2);
  assert.equal((await t.db.query(`SELECT 1 FROM images WHERE article_id = $1 AND kind = 'ai'`, [id])).length, 1, 'still one AI image per article');
  assert.equal((await imageForPage(t.db, id, 'en'))!.alt, 'Scales');
});

test('a needs-review article gets neither a card nor an AI image; a full AI batch says more is waiting', async () => {
  api = await startOpenAiServer(openAiOk);
  const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1` });
  const first = await insertArticle(t.db, { lang: 'en', headline: 'Ferry timetable changes', section: 'transport',
    brief: { prompt: 'a ferry leaving a harbour at dawn', alt: 'A ferry at dawn' } });
  const second = await insertArticle(t.db, { lang: 'en', headline: 'Library reopens', section: 'culture',
    brief: { prompt: 'rows of bookshelves in a sunlit reading room', alt: 'A reading room' } });
  // a revision that failed grounding: still a published_version, but off the site
  const review = await insertArticle(t.db, { lang: 'en', headline: 'Disputed figures', section: 'economy',
    brief: { prompt: 'a stack of coins beside a ledger', alt: 'Coins and a ledger' } });
  await t.db.query(`UPDATE articles SET state = 'needs-review' WHERE id = $1`, [review]);

  const run = await runIllustrateStage(nr, { ...fast, aiPerRun: 1 });
  assert.equal(run.counts.ai_drawn, 1, JSON.stringify(run));
  assert.equal(run.counts.more_waiting, 1, 'one AI image per run: the other is waiting');
  assert.ok(api.bodies[0].prompt.startsWith('rows of bookshelves'), 'newest published first, skipping the one under review');

  const next = await runIllustrateStage(nr, { ...fast, aiPerRun: 1 });
  assert.equal(next.counts.ai_drawn, 1, JSON.stringify(next));
  assert.equal(next.counts.more_waiting, undefined, 'nothing left');
  assert.equal(api.bodies.length, 2);
  assert.ok(api.bodies.every((b) => !b.prompt.includes('coins')), 'the brief under review was never sent');
  for (const id of [first, second]) assert.equal((await imageForPage(t.db, id, 'en'))!.kind, 'ai');
  assert.deepEqual(await t.db.query(`SELECT kind FROM images WHERE article_id = $1`, [review]), [], 'no card and no AI image');
  assert.equal(await imageForPage(t.db, review, 'en'), undefined);
});

test('when the provider fails, the rest of a full batch is deferred without announcing more work', async () => {
  api = await startOpenAiServer(() => ({ status: 500, json: { error: { message: 'overloaded' } } }));
  const nr = newsroom({ imageApi: 'openai', imageUrl: `${api.server.url}/v1` });
  for (const [headline, prompt] of [['One', 'a lighthouse on a cliff'], ['Two', 'a tram crossing a bridge'], ['Three', 'an empty market square at night']]) {
    await insertArticle(t.db, { lang: 'en', headline, section: 'transport', brief: { prompt, alt: prompt } });
  }
  const run = await runIllustrateStage(nr, { ...fast, aiPerRun: 2 });
  assert.equal(run.counts.ai_failed, 1, JSON.stringify(run));
  assert.equal(run.counts.ai_deferred, 1);
  // an immediate next pass would only wait out the same provider
  assert.equal(run.counts.more_waiting, undefined);
});
