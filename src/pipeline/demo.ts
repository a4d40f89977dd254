// The demo corpus: fictional feeds shipped in demo/, loaded into an empty
// database on first start so the newsroom shows something with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../db/db.ts';
import { importOpml } from '../ingest/sources.ts';
import { setSpelling } from '../glossary/glossary.ts';
import { trustAllSources } from '../ingest/source-trust.ts';
import { demoDir } from './context.ts';

/**
 * Import the demo feeds, and the demo glossary (how each fictional name is
 * spelled in Korean, English and Japanese, which translations must follow),
 * when the database has no sources yet; true if it did.
 */
export async function loadDemoIfEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sources');
  if (n > 0) return false;
  const opml = readFileSync(join(demoDir, 'demo.opml'), 'utf8');
  await importOpml(db, opml, { base: pathToFileURL(demoDir).toString(), allowFile: true });
  // the demo's outlets are the project's own fiction: trusted, so the demo site publishes
  await trustAllSources(db);
  const glossary: Array<Record<string, string>> = JSON.parse(readFileSync(join(demoDir, 'glossary.json'), 'utf8'));
  await db.transaction(async (tx) => {
    for (const entry of glossary) {
      for (const [lang, spelling] of Object.entries(entry)) if (lang !== 'key') await setSpelling(tx, entry.key, lang, spelling);
    }
  });
  return true;
}
