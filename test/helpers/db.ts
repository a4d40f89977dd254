// A fresh, migrated database for one test, on whichever engine this run of
// the suite uses (NEWSROOM_TEST_DB=pglite|postgres, set by test/run.mjs).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';

export const testDbKind = (process.env.NEWSROOM_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export interface TestDb {
  db: Db;
  /** close `db` (so a child process may open an embedded database) and open it again later */
  close(): Promise<void>;
  reopen(): Promise<Db>;
  /** for child processes: DATABASE_URL or NEWSROOM_DATA_DIR */
  env: Record<string, string>;
  /** close and delete */
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  if (testDbKind === 'postgres') {
    const base = process.env.NEWSROOM_TEST_PG_URL;
    if (!base) throw new Error('NEWSROOM_TEST_PG_URL is not set: run the suite with npm test');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base + 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE newsroom_template`);
    await admin.end();
    const url = base + name;
    const t: TestDb = {
      db: await openPostgres(url),
      env: { DATABASE_URL: url },
      close: () => t.db.close(),
      reopen: async () => (t.db = await openPostgres(url)),
      async drop() {
        await t.db.close().catch(() => {});
        const a = new pg.Client({ connectionString: base + 'postgres' });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
    return t;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-test-'));
  const dir = join(dataDir, 'pglite');
  const template = process.env.NEWSROOM_TEST_PGLITE_TEMPLATE;
  if (template) cpSync(template, dir, { recursive: true });
  let open = true;
  const t: TestDb = {
    db: await openPglite(dir),
    env: { NEWSROOM_DATA_DIR: dataDir },
    async close() {
      if (open) await t.db.close();
      open = false;
    },
    async reopen() {
      await t.close();
      t.db = await openPglite(dir);
      open = true;
      return t.db;
    },
    async drop() {
      await t.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  if (!template) await migrate(t.db); // run outside npm test: slower, same result
  return t;
}
