// The illustrate stage with story cards only: a card per language an
// edition shows, renditions on disk and in the table, redrawn only when the
// inputs change, bounded per run, and safe to resume after a crash.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import sharp from 'sharp';
import { cardAlt, renderCard } from '../../src/illustrate/card.ts';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { imageForPage, imagesForPage } from '../../src/illustrate/queries.ts';
import { mediaDir, storeImage } from '../../src/illustrate/renditions.ts';
import { xmpPacket } from '../../src/illustrate/xmp.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import { addTranslation, addVersion, insertArticle, publishVersion, tempDataDir } from './fixtures.ts';

let t: TestDb;
let data: ReturnType<typeof tempDataDir>;
let nr: Newsroom;
beforeEach(async () => {
  t = await createTestDb();
  data = tempDataDir();
  nr = testNewsroom(t.db, { dataDir: data.dir, editions: ['ko', 'en', 'ja'], siteName: 'Newsroom' });
});
afterEach(async () => {
  await t.drop();
  data.remove();
});

interface CardRow { id: number; lang: string; kind: string; ai_generated: boolean; alt: Record<string, string>; width: number; height: number; input_hash: string; content_hash: string }
const cards = (articleId: number) =>
  t.db.query<CardRow>(`SELECT id, lang, kind, ai_generated, alt, width, height, input_hash, content_hash FROM images WHERE article_id = $1 ORDER BY lang`, [articleId]);

test('every edition of a published article gets a card in its language, with AVIF, WebP and JPEG at three widths on disk and in the table', async () => {
  const id = await insertArticle(t.db, { lang: 'ko', headline: '가람시 의회, 내년 예산안 통과', section: 'politics' });
  await addTranslation(t.db, id, 1, 'en', 'Garam city council passes next year’s budget');
  // a failed translation is not shown: the ja edition shows the original
  await addTranslation(t.db, id, 1, 'ja', '失敗した翻訳', null, 'failed');
  const run = await runIllustrateStage(nr);
  assert.equal(run.counts.cards_drawn, 2, JSON.stringify(run));
  assert.deepEqual(run.errors, []);

  const rows = await cards(id);
  assert.deepEqual(rows.map((r) => r.lang), ['en', 'ko'], 'ko and en cards; ja reuses the ko card');
  for (const r of rows) {
    assert.equal(r.kind, 'card');
    assert.equal(r.ai_generated, false);
    assert.equal(r.width, 1200);
    assert.equal(r.height, 630);
  }
  assert.deepEqual(rows.find((r) => r.lang === 'ko')!.alt, { ko: cardAlt('가람시 의회, 내년 예산안 통과', 'ko') });
  assert.deepEqual(rows.find((r) => r.lang === 'en')!.alt, { en: 'Title card: Garam city council passes next year’s budget' });

  const renditions = await t.db.query<{ image_id: number; width: number; format: string; path: string; bytes: number }>(
    'SELECT image_id, width, format, path, bytes FROM image_renditions WHERE image_id = ANY($1::bigint[]) ORDER BY image_id, format, width', [rows.map((r) => r.id)]);
  assert.equal(renditions.length, 2 * 9);
  for (const r of renditions) {
    assert.match(r.path, /^[0-9a-f]{16}-(480|800|1200)\.(avif|webp|jpg)$/);
    const file = join(mediaDir(data.dir), r.path);
    assert.equal(statSync(file).size, r.bytes, `${r.path} is complete on disk`);
    const meta = await sharp(file).metadata();
    assert.equal(meta.width, r.width);
    assert.equal(meta.format === 'heif' ? 'avif' : meta.format, r.format === 'jpeg' ? 'jpeg' : r.format);
    if (r.width === 1200) assert.equal(meta.height, 630);
    assert.match(meta.xmp!.toString(), /digitalsourcetype\/digitalCreation/, 'a card says it is a digital creation');
    assert.doesNotMatch(meta.xmp!.toString(), /trainedAlgorithmicMedia/);
  }
  assert.ok(!readdirSync(mediaDir(data.dir)).some((f) => f.endsWith('.tmp')), 'no temporary file is left');

  const ja = await imageForPage(t.db, id, 'ja');
  assert.ok(ja);
  assert.equal(ja.kind, 'card');
  assert.equal(ja.aiGenerated, false);
  assert.equal(ja.altLang, 'ko', 'no ja translation: the card and its alt are in the original language');
  assert.equal(ja.alt, cardAlt('가람시 의회, 내년 예산안 통과', 'ko'));
  const en = (await imageForPage(t.db, id, 'en'))!;
  assert.equal(en.altLang, 'en');
  assert.notEqual(en.src, ja.src, 'the en edition shows the en card');
  assert.equal(en.width, 1200);
  assert.equal(en.height, 630);
  assert.deepEqual(en.sources.map((s) => s.type), ['image/avif', 'image/webp']);
  assert.match(en.sources[0].srcset, /^\/media\/[0-9a-f]{16}-480\.avif 480w, \/media\/[0-9a-f]{16}-800\.avif 800w, \/media\/[0-9a-f]{16}-1200\.avif 1200w$/);
  assert.match(en.src, /^\/media\/[0-9a-f]{16}-1200\.jpg$/);
  assert.equal(en.srcset.split(', ').length, 3);
  assert.equal(en.ogImage, en.src, 'the 1200×630 JPEG serves Open Graph');
});

test('a second run draws nothing; a changed translation redraws only its card; a revision redraws the original', async () => {
  const id = await insertArticle(t.db, { lang: 'en', headline: 'Portmere opens its harbour bridge', section: 'transport' });
  await addTranslation(t.db, id, 1, 'ko', '포트미어 항만 대교 개통');
  await runIllustrateStage(nr);
  const before = await cards(id);
  assert.deepEqual(before.map((r) => r.lang), ['en', 'ko']);

  const again = await runIllustrateStage(nr);
  assert.equal(again.counts.cards_drawn ?? 0, 0, 'nothing changed, nothing drawn');
  assert.deepEqual(await cards(id), before);

  await addTranslation(t.db, id, 1, 'ko', '포트미어 항만 대교 마침내 개통');
  const changed = await runIllustrateStage(nr);
  assert.equal(changed.counts.cards_drawn, 1);
  const after = await cards(id);
  assert.equal(after.find((r) => r.lang === 'en')!.input_hash, before.find((r) => r.lang === 'en')!.input_hash);
  assert.notEqual(after.find((r) => r.lang === 'ko')!.input_hash, before.find((r) => r.lang === 'ko')!.input_hash);
  assert.equal(after.find((r) => r.lang === 'ko')!.id, before.find((r) => r.lang === 'ko')!.id, 'the card is replaced in place');
  assert.equal((await imageForPage(t.db, id, 'ko'))!.alt, '‘포트미어 항만 대교 마침내 개통’ 기사 제목 카드');

  // version 2 is published with a new headline and no ko translation yet: the ko edition shows the en card
  await addVersion(t.db, id, 2, { lang: 'en', headline: 'Portmere harbour bridge opens to traffic' });
  await publishVersion(t.db, id, 2);
  await runIllustrateStage(nr);
  const ko = (await imageForPage(t.db, id, 'ko'))!;
  assert.equal(ko.altLang, 'en');
  assert.equal(ko.alt, 'Title card: Portmere harbour bridge opens to traffic');
});

test('held, unpublished and needs-review articles get no card; work per run is bounded and the rest follows in later runs', async () => {
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push(await insertArticle(t.db, { lang: 'en', headline: `Story number ${i + 1} about the harbour`, section: 'transport' }));
  const held = await insertArticle(t.db, { lang: 'en', headline: 'Held story' });
  await t.db.query(`UPDATE articles SET state = 'held' WHERE id = $1`, [held]);
  const draft = await insertArticle(t.db, { lang: 'en', headline: 'Draft story' });
  await t.db.query(`UPDATE articles SET state = 'draft', published_version = NULL WHERE id = $1`, [draft]);
  // a revision that failed grounding keeps its published_version but is off the site
  const review = await insertArticle(t.db, { lang: 'en', headline: 'Story under review' });
  await t.db.query(`UPDATE articles SET state = 'needs-review' WHERE id = $1`, [review]);

  const first = await runIllustrateStage(nr, { cardsPerRun: 2 });
  assert.equal(first.counts.cards_drawn, 2);
  assert.equal(first.counts.more_waiting, 1, 'the scheduler is told more is waiting');
  // newest first
  assert.equal((await cards(ids[2])).length, 1);
  assert.equal((await cards(ids[0])).length, 0);
  const second = await runIllustrateStage(nr, { cardsPerRun: 2 });
  assert.equal(second.counts.cards_drawn, 1);
  assert.equal(second.counts.more_waiting, undefined);
  assert.equal((await cards(held)).length, 0);
  assert.equal((await cards(draft)).length, 0);
  assert.equal((await cards(review)).length, 0);

  const map = await imagesForPage(t.db, [...ids, held, 99999], 'ja');
  assert.deepEqual([...map.keys()].sort(), [...ids].sort(), 'every article that has a picture, and only those');
  const [{ runs }] = await t.db.query<{ runs: number }>(`SELECT count(*)::int AS runs FROM pipeline_runs WHERE stage = 'illustrate' AND state = 'ok'`);
  assert.equal(runs, 2, 'each run is recorded');
});

test('after a crash between writing files and recording them, the next run reuses the complete files and ignores half-written ones', async () => {
  const id = await insertArticle(t.db, { lang: 'ja', headline: '風町市で新しい橋が開通', section: 'transport' });
  nr = testNewsroom(t.db, { dataDir: data.dir, editions: ['ja'], siteName: 'Newsroom' });
  // the crashed run: files stored, the transaction never committed, and a temporary file left behind
  const input = { headline: '風町市で新しい橋が開通', section: 'transport', lang: 'ja', date: new Date('2026-11-01T03:00:00Z'), siteName: 'Newsroom' };
  const png = await renderCard(input);
  const stored = await storeImage(mediaDir(data.dir), png, xmpPacket({ kind: 'card', description: cardAlt(input.headline, 'ja'), lang: 'ja' }));
  writeFileSync(join(mediaDir(data.dir), `${stored.contentHash.slice(0, 16)}-480.avif.123-abcd.tmp`), 'half');
  assert.equal((await cards(id)).length, 0, 'nothing was recorded');

  const run = await runIllustrateStage(nr);
  assert.equal(run.counts.cards_reused_files, 1, JSON.stringify(run.counts));
  const [card] = await cards(id);
  assert.equal(card.content_hash, stored.contentHash, 'the same card, drawn again, has the same bytes');
  const paths = (await t.db.query<{ path: string }>('SELECT path FROM image_renditions WHERE image_id = $1', [card.id])).map((r) => r.path);
  assert.equal(paths.length, 9);
  assert.ok(paths.every((p) => !p.endsWith('.tmp') && existsSync(join(mediaDir(data.dir), p))));
});

test('two articles whose cards come out identical share their files', async () => {
  const a = await insertArticle(t.db, { lang: 'en', headline: 'Same headline', section: 'sports' });
  const b = await insertArticle(t.db, { lang: 'en', headline: 'Same headline', section: 'sports' });
  nr = testNewsroom(t.db, { dataDir: data.dir, editions: ['en'] });
  const run = await runIllustrateStage(nr);
  assert.equal((run.counts.cards_drawn ?? 0) + (run.counts.cards_reused_files ?? 0), 2);
  const [ca] = await cards(a);
  const [cb] = await cards(b);
  assert.equal(ca.content_hash, cb.content_hash);
  assert.equal(readdirSync(mediaDir(data.dir)).length, 10, 'one master and nine renditions, written once');
});
