// The demo corpus: fictional feeds shipped in demo/, loaded into an empty
// database on first start so the newsroom shows something with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../db/db.ts';
import { importOpml } from '../ingest/sources.ts';
import { demoDir } from './context.ts';

/** Import the demo feeds when the database has no sources yet; true if it did. */
export async function loadDemoIfEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sources');
  if (n > 0) return false;
  const opml = readFileSync(join(demoDir, 'demo.opml'), 'utf8');
  await importOpml(db, opml, { base: pathToFileURL(demoDir).toString(), allowFile: true });
  return true;
}
