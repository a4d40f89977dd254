// A translation is not written again when an edition's canonical spelling of
// a name changes: the spelling is replaced where it is printed, in place, in
// every done translation into that edition's language. Nothing else of the
// translation changes, so no engine is asked and no reader sees the original
// meanwhile.
import type { Queryable } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';
import { replaceName } from '../text/replace-name.ts';

interface TranslationText {
  article_id: number;
  version: number;
  lang: string;
  headline: string;
  lead: string;
  body: Array<{ text: string }>;
  summary: string;
  alt_text: string | null;
}

/** Print `canonical` for each of `spellings` in the done translations into `lang`; returns how many were changed. */
export async function respellTranslations(q: Queryable, lang: string, spellings: string[], canonical: string): Promise<number> {
  const olds = spellings.filter((s) => s && s !== canonical);
  if (!olds.length) return 0;
  const rows = await q.query<TranslationText>(
    `SELECT article_id, version, lang, headline, lead, body, summary, alt_text FROM translations
     WHERE split_part(lower(lang), '-', 1) = $1 AND state = 'done'
       AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS sp(x)
                   WHERE strpos(headline || ' ' || lead || ' ' || summary || ' ' || coalesce(alt_text, '') || ' ' || body::text, sp.x) > 0)`,
    [lang, olds],
  );
  const fix = (text: string) => olds.reduce((t, old) => replaceName(t, old, canonical), text);
  let changed = 0;
  for (const r of rows) {
    const next = { headline: fix(r.headline), lead: fix(r.lead), body: r.body.map((p) => ({ ...p, text: fix(p.text) })), summary: fix(r.summary),
      alt_text: r.alt_text === null ? null : fix(r.alt_text) };
    if (JSON.stringify(next) === JSON.stringify({ headline: r.headline, lead: r.lead, body: r.body, summary: r.summary, alt_text: r.alt_text })) continue;
    await q.query(
      `UPDATE translations SET headline = $4, lead = $5, body = $6, summary = $7, alt_text = $8, updated_at = now()
       WHERE article_id = $1 AND version = $2 AND lang = $3`,
      [r.article_id, r.version, r.lang, next.headline, next.lead, JSON.stringify(next.body), next.summary, next.alt_text]);
    changed++;
  }
  if (changed) await siteChanged(q);
  return changed;
}
