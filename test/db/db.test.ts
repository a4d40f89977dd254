import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { listMigrations, migrate } from '../../src/db/migrate.ts';
import { createTestDb, testDbKind, type TestDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

test('migrations are recorded and applying them again does nothing', async () => {
  assert.equal(t.db.kind, testDbKind);
  assert.deepEqual(await migrate(t.db), []);
  const applied = await t.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  assert.deepEqual(applied.map((r) => r.version), listMigrations().map((m) => m.version));
});

test('the schema covers the whole flow', async () => {
  const tables = (await t.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map((r) => r.table_name);
  for (const name of ['sources', 'feed_items', 'reports', 'report_fingerprints', 'stories', 'threads', 'story_relations',
    'editorial_decisions', 'articles', 'article_versions', 'citations', 'corrections', 'glossary', 'translations', 'images',
    'image_renditions', 'image_failures', 'translation_claims', 'search_texts', 'pipeline_runs', 'analytics_events', 'analytics_salts', 'settings']) {
    assert.ok(tables.includes(name), `table ${name}`);
  }
});

test('a transaction that throws leaves nothing behind; one that returns commits everything', async () => {
  await assert.rejects(
    t.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO sources (url) VALUES ('https://a.example/feed')`);
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal((await t.db.query('SELECT id FROM sources')).length, 0);
  const id = await t.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(`INSERT INTO sources (url) VALUES ('https://b.example/feed') RETURNING id`);
    await tx.query(`INSERT INTO feed_items (source_id, guid) VALUES ($1, 'g')`, [row.id]);
    return row.id;
  });
  assert.equal(typeof id, 'number', 'bigint ids come back as numbers in both drivers');
  assert.equal((await t.db.query('SELECT id FROM feed_items WHERE source_id = $1', [id])).length, 1);
  const [run] = await t.db.query<{ started_at: Date; counts: unknown }>(
    `INSERT INTO pipeline_runs (stage, worker, counts) VALUES ('x', 'w', '{"a": 1}') RETURNING started_at, counts`);
  assert.ok(run.started_at instanceof Date, 'timestamps come back as Dates');
  assert.deepEqual(run.counts, { a: 1 }, 'jsonb comes back parsed');
});
