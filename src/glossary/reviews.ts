// Spelling pairs a variant rule could make one name but context did not
// (유민수 / 류민수 in unrelated stories may be two people): each waits for an
// editor, who says they are one name (join) or two (apart). Until then both
// spellings stand as their own entities and neither is rewritten.
import type { Queryable } from '../db/db.ts';
import { entityKey, reviseArticlesPrinting, settleCanonical } from './glossary.ts';
import { respellTranslations } from './respell.ts';

export interface NameReview {
  lang: string;
  spelling: string;
  other: string;
  rule: string;
  created_at: Date;
}

export async function nameReviews(q: Queryable, lang?: string): Promise<NameReview[]> {
  return q.query<NameReview>(
    'SELECT lang, spelling, other, rule, created_at FROM name_reviews WHERE $1::text IS NULL OR lang = $1 ORDER BY created_at DESC, lang, spelling',
    [lang ?? null]);
}

/**
 * The waiting review of the pair, whichever way round it was recorded, locked
 * until the caller's transaction ends (so a second decision of the same pair
 * waits, then finds none); undefined once someone decided it.
 */
export async function waitingReview(q: Queryable, lang: string, a: string, b: string): Promise<NameReview | undefined> {
  const [row] = await q.query<NameReview>(
    'SELECT lang, spelling, other, rule, created_at FROM name_reviews WHERE lang = $1 AND ((spelling = $2 AND other = $3) OR (spelling = $3 AND other = $2)) FOR UPDATE',
    [lang, a, b]);
  return row;
}

/** The canonical spelling printed for `spelling` in `lang`: its entity's glossary entry, else itself. */
export async function printedAs(q: Queryable, lang: string, spelling: string): Promise<string> {
  const [row] = await q.query<{ spelling: string }>(
    'SELECT g.spelling FROM name_spellings n JOIN glossary g ON g.entity_key = n.entity_key AND g.lang = n.lang WHERE n.lang = $1 AND n.spelling = $2',
    [lang, spelling]);
  return row?.spelling ?? spelling;
}

/** Close the review of the pair, whichever way round it was recorded; false if there was none. */
async function closeReview(q: Queryable, lang: string, a: string, b: string): Promise<boolean> {
  const rows = await q.query(
    'DELETE FROM name_reviews WHERE lang = $1 AND ((spelling = $2 AND other = $3) OR (spelling = $3 AND other = $2)) RETURNING spelling',
    [lang, a, b]);
  return rows.length > 0;
}

/** The entity a spelling belongs to: its own entry when it stands alone. */
async function entityOf(q: Queryable, lang: string, spelling: string): Promise<string> {
  const [row] = await q.query<{ entity_key: string | null }>('SELECT entity_key FROM name_spellings WHERE lang = $1 AND spelling = $2', [lang, spelling]);
  return row?.entity_key ?? entityKey(spelling);
}

/**
 * The editor says `spelling` and `into` are one name: every spelling of
 * `spelling`'s entity joins `into`'s, the emptied entry goes (unless an editor
 * made it), and the canonical spelling is settled again, which revises the
 * articles printing another one.
 */
export async function joinNames(q: Queryable, lang: string, spelling: string, into: string): Promise<boolean> {
  const closed = await closeReview(q, lang, spelling, into);
  const from = await entityOf(q, lang, spelling);
  const to = await entityOf(q, lang, into);
  if (from === to) return closed;
  await q.query(
    `INSERT INTO glossary (entity_key, lang, spelling, origin) VALUES ($1, $2, $3, 'learned') ON CONFLICT DO NOTHING`, [to, lang, into]);
  await q.query('UPDATE name_spellings SET entity_key = $3 WHERE lang = $1 AND (entity_key = $2 OR spelling = $4)', [lang, from, to, spelling]);
  await q.query(`DELETE FROM glossary WHERE entity_key = $1 AND lang = $2 AND origin <> 'editor'`, [from, lang]);
  await settleCanonical(q, to, lang);
  // the canonical may not have changed, but the joined spellings are variants now wherever they are printed
  const [entry] = await q.query<{ spelling: string }>('SELECT spelling FROM glossary WHERE entity_key = $1 AND lang = $2', [to, lang]);
  const variants = await q.query<{ spelling: string }>('SELECT spelling FROM name_spellings WHERE lang = $1 AND entity_key = $2 AND spelling <> $3', [lang, to, entry.spelling]);
  const old = variants.map((v) => v.spelling).filter((v) => !entry.spelling.includes(v));
  await reviseArticlesPrinting(q, lang, old);
  await respellTranslations(q, lang, old, entry.spelling);
  return true;
}

/** The editor says the two are different names: the review is closed and both stay as they are. */
export const keepApart = (q: Queryable, lang: string, spelling: string, other: string) => closeReview(q, lang, spelling, other);
