// A site with something to show: the demo corpus through the real pipeline's
// text stages (which publish), plus one finished Korean translation of an
// English article that no edition has an article of its own for (a story
// reported in English only), for tests of what the site serves.
import type { Db } from '../../src/db/db.ts';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { testNewsroom } from './newsroom.ts';

/** Returns the id of the translated article. */
export async function seedDemoSite(db: Db): Promise<number> {
  await loadDemoIfEmpty(db);
  await runAllStages(testNewsroom(db), undefined, textStages);
  const [a] = await db.query<{ id: number; version: number }>(
    `SELECT id, published_version AS version FROM articles a WHERE lang = 'en' AND state = 'published'
       AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id) ORDER BY id LIMIT 1`);
  await db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, model)
     SELECT article_id, version, 'ko', '번역된 제목 ' || article_id, '번역된 리드', body, '번역된 요약', 'test-mt', 'mt-1'
     FROM article_versions WHERE article_id = $1 AND version = $2`, [a.id, a.version]);
  return Number(a.id);
}
