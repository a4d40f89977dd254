// `newsroom backup` and `newsroom restore` as a user runs them, on the suite's
// engine: a seeded site backed up, restored into an empty database and data
// folder, and served the same; damaged, foreign and other-engine files
// refused with one line, the target left as it was.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import * as tar from 'tar';
import { describeFile, dumpNames, type Manifest } from '../../src/backup/archive.ts';
import type { Db } from '../../src/db/db.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { countRelations } from '../../src/db/postgres-dump.ts';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { createApp } from '../../src/web/app.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDb, testDbKind, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const work = mkdtempSync(join(tmpdir(), 'newsroom-backup-test-'));
const backupFile = join(work, 'site.nrb');
let src: TestDb;
let srcFiles: string;
let srcEnv: Record<string, string>;
const targets: Target[] = [];

/** An empty database and data folder to restore into. */
interface Target {
  env: Record<string, string>;
  dataDir: string;
  open(): Promise<Db>;
  /** nothing restored: no tables (PostgreSQL) and an empty data folder */
  isUntouched(): Promise<boolean>;
  drop(): Promise<void>;
}

async function emptyTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(work, 'target-'));
  const folderEmpty = () => readdirSync(dataDir).length === 0;
  let target: Target;
  if (testDbKind === 'postgres') {
    const base = process.env.NEWSROOM_TEST_PG_URL!;
    const name = `r_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base + 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`); // from template1: no tables at all, not even the migrations'
    await admin.end();
    const url = base + name;
    target = {
      env: { DATABASE_URL: url, NEWSROOM_DATA_DIR: dataDir },
      dataDir,
      open: () => openPostgres(url),
      isUntouched: async () => (await countRelations(url)) === 0 && folderEmpty(),
      async drop() {
        const a = new pg.Client({ connectionString: base + 'postgres' });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  } else {
    target = {
      env: { NEWSROOM_DATA_DIR: dataDir },
      dataDir,
      open: () => openPglite(join(dataDir, 'pglite')),
      isUntouched: async () => folderEmpty(),
      drop: async () => {},
    };
  }
  targets.push(target);
  return target;
}

before(async () => {
  src = await createTestDb();
  // the embedded database's folder is the data folder's pglite/; a server's files need a folder of their own
  srcFiles = src.env.NEWSROOM_DATA_DIR ?? mkdtempSync(join(work, 'source-'));
  srcEnv = { ...src.env, NEWSROOM_DATA_DIR: srcFiles };
  await seedDemoSite(src.db);
  await runIllustrateStage(testNewsroom(src.db, { dataDir: srcFiles }), { cardsPerRun: 3 }); // a few pictures are enough
  await src.close(); // the embedded database belongs to one process: the command's
});

after(async () => {
  await src.drop();
  for (const t of targets) await t.drop();
  rmSync(work, { recursive: true, force: true });
});

function assertOneLineFailure(r: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.notEqual(r.code, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^newsroom: /);
  assert.match(lines[0], pattern);
}

/** What a reader sees: the front pages and the illustrated article's page, and the bytes of its picture. */
async function site(db: Db, dataDir: string, articlePath: string) {
  const app = createApp(db, testConfig({ dataDir, siteUrl: 'https://news.example' }));
  const body = async (path: string) => {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    return Buffer.from(await res.arrayBuffer());
  };
  const pages: Record<string, string> = {};
  for (const path of ['/ko/', '/en/', '/ja/', articlePath, '/en/feed.xml']) pages[path] = (await body(path)).toString();
  const picture = pages[articlePath].match(/<img [^>]*src="([^"]+)"/)?.[1];
  assert.ok(picture?.startsWith('/media/'), 'the article page shows its card');
  return { pages, picture, pictureBytes: await body(picture!) };
}

const mediaOf = (dataDir: string) =>
  Object.fromEntries(readdirSync(join(dataDir, 'media')).sort().map((f) => [f, readFileSync(join(dataDir, 'media', f)).toString('base64')]));

test('a backup restored into an empty database and data folder serves the same pages and the same pictures', async () => {
  const made = await runCli(['backup', backupFile, '--json'], srcEnv);
  assert.equal(made.code, 0, made.stderr);
  const summary = JSON.parse(made.stdout);
  assert.equal(summary.database, testDbKind);
  assert.ok(summary.mediaFiles > 0, 'the cards are in the backup');

  const target = await emptyTarget();
  const restored = await runCli(['restore', backupFile], target.env);
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, new RegExp(`^restored .* and ${summary.mediaFiles} media files from `));

  let articles: number;
  const before = await src.reopen();
  const after = await target.open();
  try {
    const [img] = await before.query<{ article_id: number; lang: string }>(`SELECT article_id, lang FROM images WHERE kind = 'card' ORDER BY article_id LIMIT 1`);
    const articlePath = `/${img.lang}/articles/${img.article_id}`;
    const a = await site(before, srcFiles, articlePath);
    const b = await site(after, target.dataDir, articlePath);
    for (const path of Object.keys(a.pages)) assert.equal(b.pages[path], a.pages[path], `${path} is the same page`);
    assert.equal(b.picture, a.picture);
    assert.ok(a.pictureBytes.length > 0 && b.pictureBytes.equals(a.pictureBytes), 'the picture is served with the same bytes');
    assert.deepEqual(mediaOf(target.dataDir), mediaOf(srcFiles), 'every media file came back, byte for byte');
    const counts = (db: Db) => db.query(`SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM images) AS images, (SELECT max(version) FROM schema_migrations) AS migration`);
    assert.deepEqual(await counts(after), await counts(before));
    articles = Number((await counts(before))[0].articles);
  } finally {
    await after.close();
    await src.close();
  }

  // the restored database is not empty now: a second restore needs --force
  const again = await runCli(['restore', backupFile], target.env);
  assertOneLineFailure(again, /(already holds a database|is not empty).*--force/);
  const forced = await runCli(['restore', backupFile, '--force'], target.env);
  assert.equal(forced.code, 0, forced.stderr);
  const db = await target.open();
  try {
    assert.equal((await db.query('SELECT count(*)::int AS n FROM articles'))[0].n, articles, 'the forced restore holds the site');
  } finally {
    await db.close();
  }
});

/** Pack a backup of our own making: `files` are written into a folder and archived in this order. */
async function pack(out: string, manifest: Partial<Manifest> | null, files: Record<string, Buffer>) {
  const dir = mkdtempSync(join(work, 'pack-'));
  const names: string[] = [];
  if (manifest) {
    const listed: Manifest['files'] = {};
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), bytes);
      listed[name] = await describeFile(join(dir, name));
    }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, files: listed }));
    names.push('manifest.json');
  } else {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  }
  names.push(...Object.keys(files));
  await tar.c({ file: out, cwd: dir, portable: true }, names);
}

test('a damaged, foreign or other-engine file is refused with one clear line, and the target is left untouched', async () => {
  const target = await emptyTarget();
  const refused = async (file: string, pattern: RegExp) => {
    const r = await runCli(['restore', file], target.env);
    assertOneLineFailure(r, pattern);
    assert.ok(await target.isUntouched(), `${file}: the target is as it was`);
  };

  const notTar = join(work, 'notes.txt');
  writeFileSync(notTar, 'just some notes, not a backup\n'.repeat(40));
  await refused(notTar, /notes\.txt is not a Newsroom backup/);

  const foreignTar = join(work, 'foreign.tar');
  await pack(foreignTar, null, { 'readme.md': Buffer.from('# hello\n') });
  await refused(foreignTar, /foreign\.tar is not a Newsroom backup \(it has no manifest\.json\)/);

  // one byte changed in the middle: in the dump or in a picture, never read as good
  const flipped = join(work, 'flipped.nrb');
  copyFileSync(backupFile, flipped);
  const bytes = readFileSync(flipped);
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  writeFileSync(flipped, bytes);
  await refused(flipped, /flipped\.nrb (is damaged|is not a Newsroom backup)/);

  const cut = join(work, 'cut.nrb');
  copyFileSync(backupFile, cut);
  truncateSync(cut, Math.floor(bytes.length / 3));
  await refused(cut, /cut\.nrb (is damaged|is not a Newsroom backup)/);

  // checksums that agree with a dump that breaks off halfway: the database restore itself fails, and leaves nothing
  const real = mkdtempSync(join(work, 'real-'));
  await tar.x({ file: backupFile, cwd: real });
  const manifest = JSON.parse(readFileSync(join(real, 'manifest.json'), 'utf8')) as Manifest;
  const dump = readFileSync(join(real, manifest.dump));
  const broken = join(work, 'broken-dump.nrb');
  await pack(broken, { ...manifest, files: undefined }, { [manifest.dump]: dump.subarray(0, Math.floor(dump.length / 2)) });
  const r = await runCli(['restore', broken], target.env);
  assertOneLineFailure(r, testDbKind === 'postgres' ? /pg_restore failed|psql failed/ : /^newsroom: (?!.*not a Newsroom backup)/);
  console.log(`# a dump cut short: ${r.stderr.trim()}`);
  assert.ok(await target.isUntouched(), 'a restore that failed halfway left nothing');

  const other = testDbKind === 'pglite' ? 'postgres' : 'pglite';
  const otherKind = join(work, 'other-kind.nrb');
  await pack(otherKind, { ...manifest, database: other, dump: dumpNames[other], files: undefined }, { [dumpNames[other]]: Buffer.from('a dump') });
  await refused(otherKind, other === 'postgres' ? /is a backup of a PostgreSQL database, but the configured database is the embedded database/
    : /is a backup of the embedded database \(PGlite\), but the configured database is a PostgreSQL database/);

  const newer = join(work, 'newer.nrb');
  await pack(newer, { ...manifest, migration: 999, files: undefined }, { [manifest.dump]: dump });
  await refused(newer, /comes from a newer Newsroom .*upgrade Newsroom first/);

  await refused(join(work, 'missing.nrb'), /cannot read .*missing\.nrb/);
});

if (testDbKind === 'pglite') {
  test('the embedded database is not backed up or replaced while another process has it open', async () => {
    const db = await src.reopen();
    try {
      const r = await runCli(['backup', join(work, 'busy.nrb')], srcEnv);
      assertOneLineFailure(r, /backup refused: .* is in use by process \d+/);
      assert.deepEqual(readdirSync(work).filter((f) => f.startsWith('busy')), [], 'no backup file, not even a temporary one');
      const forced = await runCli(['restore', backupFile, '--force'], srcEnv);
      assertOneLineFailure(forced, /restore refused: .* is in use by process \d+/);
    } finally {
      await db.close();
    }
  });
}
