// Migrates a template database with the project's own migration code:
//   prepare-db.ts pglite <dir>    |    prepare-db.ts postgres <url>
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';

const [kind, target] = process.argv.slice(2);
const db = kind === 'pglite' ? await openPglite(target) : await openPostgres(target);
await migrate(db);
await db.close();
