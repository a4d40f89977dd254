import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/** The configured database: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openDb(config: Config, opts: { migrate?: boolean } = {}): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(resolve(config.dataDir, 'pglite'));
  if (opts.migrate !== false) await migrate(db);
  return db;
}
