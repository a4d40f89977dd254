// Failures are remembered with a backoff that doubles for the same inputs,
// restarts for new ones, never schedules a refusal again, and counts every
// failure even when several are recorded at once.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { recordFailure } from '../../src/illustrate/store.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { insertArticle } from './fixtures.ts';

let t: TestDb;
let id: number;
beforeEach(async () => {
  t = await createTestDb();
  id = await insertArticle(t.db, { lang: 'en', headline: 'Harbour bridge opens' });
});
afterEach(() => t.drop());

const row = async (subject = 'ai') =>
  (await t.db.query<{ attempts: number; input_hash: string; error: string; wait_s: number | null }>(
    `SELECT attempts, input_hash, error, extract(epoch FROM next_attempt_at - now())::float AS wait_s
     FROM image_failures WHERE article_id = $1 AND subject = $2`, [id, subject]))[0];

test('the same inputs failing again count up and wait twice as long, up to a day; new inputs start again', async () => {
  assert.equal(await recordFailure(t.db, id, 'ai', 'h1', 'HTTP 500'), 1);
  let r = await row();
  assert.ok(r.wait_s! > 290 && r.wait_s! <= 300, `five minutes first (${r.wait_s} s)`);
  assert.equal(await recordFailure(t.db, id, 'ai', 'h1', 'HTTP 502'), 2);
  r = await row();
  assert.equal(r.error, 'HTTP 502', 'the latest error is kept');
  assert.ok(r.wait_s! > 590 && r.wait_s! <= 600, `ten minutes after the second (${r.wait_s} s)`);
  await t.db.query(`UPDATE image_failures SET attempts = 20 WHERE article_id = $1`, [id]);
  assert.equal(await recordFailure(t.db, id, 'ai', 'h1', 'HTTP 500'), 21);
  r = await row();
  assert.ok(r.wait_s! > 86_390 && r.wait_s! <= 86_400, `never more than a day (${r.wait_s} s)`);

  assert.equal(await recordFailure(t.db, id, 'ai', 'h2', 'time-out'), 1, 'new inputs, a new count');
  r = await row();
  assert.equal(r.input_hash, 'h2');
  assert.ok(r.wait_s! > 290 && r.wait_s! <= 300, `five minutes again (${r.wait_s} s)`);

  assert.equal(await recordFailure(t.db, id, 'card:ko', 'c1', 'font missing'), 1, 'each subject has its own count');
  assert.equal((await row()).attempts, 1);
});

test('a refusal is never scheduled again, whether it is the first failure or a later one', async () => {
  await recordFailure(t.db, id, 'ai', 'h1', 'refused by the image policy: a likeness', true);
  assert.equal((await row()).wait_s, null);
  await recordFailure(t.db, id, 'ai', 'h2', 'HTTP 500');
  assert.notEqual((await row()).wait_s, null);
  assert.equal(await recordFailure(t.db, id, 'ai', 'h2', 'refused by the image policy: people', true), 2);
  assert.equal((await row()).wait_s, null);
});

test('failures recorded at the same moment are each counted', async () => {
  const counts = await Promise.all(Array.from({ length: 6 }, (_, n) => recordFailure(t.db, id, 'ai', 'h1', `failure ${n}`)));
  assert.deepEqual([...counts].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6]);
  assert.equal((await row()).attempts, 6);
});
