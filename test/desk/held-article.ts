// A published English article given a revision whose first paragraph states
// a number its cited reports do not (one more than the number they give),
// saved and checked as the write stage does: the check holds it for review
// while readers keep the published version.
import type { Db } from '../../src/db/db.ts';
import { articleSchema, type Paragraph } from '../../src/write/article.ts';
import { getArticle } from '../../src/write/queries.ts';
import { checkEdit } from '../../src/write/revise.ts';
import { saveVersion, sourcesOf } from '../../src/write/write-stage.ts';

export interface HeldArticle {
  id: number;
  /** the number as the sources give it, and the wrong one the held version prints */
  right: string;
  wrong: string;
  /** the held version's first paragraph */
  wrongText: string;
  liveVersion: number;
}

export async function heldWithWrongNumber(db: Db): Promise<HeldArticle> {
  const candidates = await db.query<{ id: number }>(`SELECT id::int AS id FROM articles WHERE state = 'published' AND lang = 'en' ORDER BY id`);
  for (const { id } of candidates) {
    const a = (await getArticle(db, id))!;
    const v = a.versions[0];
    const body = v.body as Paragraph[];
    // the first number, as a word of its own (not "19th"), whose change is the version's only failing claim (a number inside a date would also fail as a date)
    for (const m of body[0].text.matchAll(/(?<![\d,.\p{L}])([1-9]\d{0,3})(?![\d,.\p{L}])/gu)) {
      const wrong = String(Number(m[1]) + 1);
      const wrongText = body[0].text.slice(0, m.index) + wrong + body[0].text.slice(m.index + m[1].length);
      const article = articleSchema.parse({
        headline: v.headline, lead: v.lead, body: [{ ...body[0], text: wrongText }, ...body.slice(1)], summary: v.summary, entities: v.entities,
        imageBrief: v.image_brief, lang: a.lang, section: a.section, writer: v.writer, model: v.model, tokensIn: null, tokensOut: null,
      });
      const grounding = await checkEdit(db, article, await sourcesOf(db, a.story_id));
      const [only, ...more] = grounding.failures;
      if (more.length || only?.kind !== 'number' || only.claim !== wrong || only.where !== 'paragraph 1') continue;
      await db.transaction((tx) => saveVersion(tx, a.story_id, article, grounding));
      return { id, right: m[1], wrong, wrongText, liveVersion: a.published_version };
    }
  }
  throw new Error('no published English article with a number in its first paragraph');
}
