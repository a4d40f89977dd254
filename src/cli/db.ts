import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open.ts';
import { hosted } from './hosted.ts';
import { UsageError } from './util.ts';

export async function dbCommand(argv: string[]) {
  if (argv[0] !== 'migrate') throw new UsageError('usage: newsroom db migrate');
  const served = hosted();
  const db = served?.nr.db ?? (await openDb(loadConfig(), { migrate: false }));
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    if (!served) await db.close();
  }
}
