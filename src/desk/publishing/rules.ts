// The editor's publishing decisions on one article: a version scheduled to go
// live at a time, an embargo before which the article is on no public route,
// pins on the front pages, and the approval of translations the review policy
// holds. Each change that alters what readers see bumps the site version, so
// the page cache forgets the pages it kept.
import type { Db, Queryable } from '../../db/db.ts';
import { siteChanged } from '../../pipeline/site-version.ts';

/** A refused decision, said plainly to the editor. */
export class PublishingError extends Error {}

/** '*': on every edition's front page. */
export const allEditions = '*';

interface Row {
  id: number;
  state: string;
  current_version: number;
  published_version: number | null;
  publish_at: Date | null;
  scheduled_version: number | null;
  embargo_until: Date | null;
}

async function lock(tx: Queryable, id: number): Promise<Row> {
  const [a] = await tx.query<Row>(
    `SELECT id::int AS id, state, current_version, published_version, publish_at, scheduled_version, embargo_until
     FROM articles WHERE id = $1 FOR UPDATE`, [id]);
  if (!a) throw new PublishingError(`no article with id ${id}`);
  if (a.state === 'merged') throw new PublishingError(`article ${id}'s story was merged: decide on the surviving story's article`);
  return a;
}

/** What the editor page shows: the schedule, the embargo and the pins. */
export async function publishingPlan(q: Queryable, id: number) {
  const [a] = await q.query<{ publish_at: Date | null; scheduled_version: number | null; embargo_until: Date | null }>(
    'SELECT publish_at, scheduled_version, embargo_until FROM articles WHERE id = $1', [id]);
  const pins = await q.query<{ edition: string; until: Date | null }>('SELECT edition, until FROM pins WHERE article_id = $1 ORDER BY edition', [id]);
  return { publishAt: a?.publish_at ?? null, scheduledVersion: a?.scheduled_version ?? null, embargoUntil: a?.embargo_until ?? null, pins };
}
export type PublishingPlan = Awaited<ReturnType<typeof publishingPlan>>;

/**
 * Version `version` (the newest: the one the editor looked at) goes live at
 * `at`. A version the grounding check failed or an editor rejected is not
 * scheduled: it is published now with a reason, or fixed.
 */
export async function scheduleVersion(db: Db, id: number, version: number, at: Date, now: Date) {
  if (at.getTime() <= now.getTime()) throw new PublishingError('the time to publish at has passed: choose a later one, or publish now');
  return db.transaction(async (tx) => {
    const a = await lock(tx, id);
    if (version !== a.current_version) throw new PublishingError(`article ${id} has a newer version (${a.current_version}) than the one shown (${version})`);
    if (a.state === 'published' && a.published_version === version) throw new PublishingError(`version ${version} is the one readers see already`);
    const [v] = await tx.query<{ ok: boolean; rejected: boolean }>(
      `SELECT coalesce((grounding->>'ok')::boolean, true) AS ok, rejected_at IS NOT NULL AS rejected FROM article_versions WHERE article_id = $1 AND version = $2`, [id, version]);
    if (!v.ok) throw new PublishingError(`version ${version} has claims the sources do not support: fix it, or publish it now with a reason`);
    if (v.rejected) throw new PublishingError(`version ${version} was rejected`);
    await tx.query('UPDATE articles SET publish_at = $2, scheduled_version = $3, updated_at = now() WHERE id = $1', [id, at, version]);
    return { before: a.publish_at ? { publish_at: a.publish_at, version: a.scheduled_version } : null, after: { publish_at: at, version } };
  });
}

export async function cancelSchedule(db: Db, id: number) {
  return db.transaction(async (tx) => {
    const a = await lock(tx, id);
    if (!a.publish_at) throw new PublishingError(`article ${id} has no version scheduled`);
    await tx.query('UPDATE articles SET publish_at = NULL, scheduled_version = NULL, updated_at = now() WHERE id = $1', [id]);
    return { before: { publish_at: a.publish_at, version: a.scheduled_version }, after: null };
  });
}

/**
 * No public route shows the article before `until`, even once it is
 * published. An article readers can see already cannot be embargoed (it is
 * out): hold it instead.
 */
export async function setEmbargo(db: Db, id: number, until: Date, now: Date) {
  if (until.getTime() <= now.getTime()) throw new PublishingError('the embargo time has passed: choose a later one');
  const result = await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    const visible = a.state === 'published' && (!a.embargo_until || a.embargo_until.getTime() <= now.getTime());
    if (visible) throw new PublishingError(`article ${id} is on the site already: an embargo cannot take back what readers have seen (hold it instead)`);
    await tx.query('UPDATE articles SET embargo_until = $2, updated_at = now() WHERE id = $1', [id, until]);
    return { before: a.embargo_until ? { embargo_until: a.embargo_until } : null, after: { embargo_until: until } };
  });
  await siteChanged(db);
  return result;
}

/** The embargo ends now (an editor lifts it early). */
export async function liftEmbargo(db: Db, id: number, now: Date) {
  const result = await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    if (!a.embargo_until) throw new PublishingError(`article ${id} has no embargo`);
    await tx.query(
      `UPDATE articles SET embargo_until = NULL, updated_at = now(),
         first_published_at = CASE WHEN first_published_at < $2 THEN $2 ELSE first_published_at END,
         published_at = CASE WHEN published_at < $2 THEN $2 ELSE published_at END
       WHERE id = $1`, [id, now]);
    return { before: { embargo_until: a.embargo_until }, after: null };
  });
  await siteChanged(db);
  return result;
}

/** Pin the article first on `edition`'s front page and feed (or every edition's), until `until` if given. */
export async function pinArticle(db: Db, id: number, edition: string, editions: readonly string[], until: Date | null, by: number, now: Date) {
  if (edition !== allEditions && !editions.includes(edition)) throw new PublishingError(`no edition ${edition} (editions: ${editions.join(', ')})`);
  if (until && until.getTime() <= now.getTime()) throw new PublishingError('the end of the pin has passed: choose a later one, or none');
  const result = await db.transaction(async (tx) => {
    await lock(tx, id);
    const [before] = await tx.query<{ until: Date | null }>('SELECT until FROM pins WHERE article_id = $1 AND edition = $2', [id, edition]);
    await tx.query(`INSERT INTO pins (article_id, edition, until, pinned_by, created_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (edition, article_id) DO UPDATE SET until = excluded.until, pinned_by = excluded.pinned_by`, [id, edition, until, by, now]);
    return { before: before ? { edition, until: before.until } : null, after: { edition, until } };
  });
  await siteChanged(db);
  return result;
}

export async function unpinArticle(db: Db, id: number, edition: string) {
  const gone = await db.query<{ until: Date | null }>('DELETE FROM pins WHERE article_id = $1 AND edition = $2 RETURNING until', [id, edition]);
  if (!gone.length) throw new PublishingError(`article ${id} is not pinned on ${edition === allEditions ? 'every edition' : edition}`);
  await siteChanged(db);
  return { before: { edition, until: gone[0].until }, after: null };
}

/** Translations the review policy keeps from readers until a person approves them. */
export async function waitingTranslations(q: Queryable, limit = 100) {
  return q.query<{ article_id: number; version: number; lang: string; headline: string; original: string; original_lang: string; updated_at: Date; live: boolean }>(
    `SELECT t.article_id::int AS article_id, t.version, t.lang, t.headline, v.headline AS original, a.lang AS original_lang, t.updated_at,
       (a.published_version = t.version) AS live
     FROM translations t JOIN articles a ON a.id = t.article_id JOIN article_versions v ON v.article_id = t.article_id AND v.version = t.version
     WHERE t.state = 'review' ORDER BY t.updated_at DESC, t.article_id DESC, t.lang LIMIT $1`, [limit]);
}

export async function waitingTranslationCount(q: Queryable): Promise<number> {
  const [r] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM translations WHERE state = 'review'`);
  return r.n;
}

/** Approve: readers of that edition now see the translation. */
export async function approveTranslation(db: Db, id: number, version: number, lang: string) {
  const done = await db.query(`UPDATE translations SET state = 'done', updated_at = now() WHERE article_id = $1 AND version = $2 AND lang = $3 AND state = 'review' RETURNING lang`,
    [id, version, lang]);
  if (!done.length) throw new PublishingError(`no translation of article ${id} version ${version} into ${lang} waits for approval`);
  await siteChanged(db);
}

/** Reject: the edition keeps the original (marked with its language); the translation is made again when the article changes. */
export async function rejectTranslation(db: Db, id: number, version: number, lang: string, reason: string) {
  const done = await db.query(
    `UPDATE translations SET state = 'failed', headline = NULL, lead = NULL, body = NULL, summary = NULL, alt_text = NULL, next_attempt_at = NULL,
       error = $4, updated_at = now()
     WHERE article_id = $1 AND version = $2 AND lang = $3 AND state = 'review' RETURNING lang`,
    [id, version, lang, `rejected by an editor${reason.trim() ? `: ${reason.trim().slice(0, 500)}` : ''} (translated again when the article changes)`]);
  if (!done.length) throw new PublishingError(`no translation of article ${id} version ${version} into ${lang} waits for approval`);
}

/** Articles with a version scheduled or an embargo, soonest first. */
export async function plannedArticles(q: Queryable) {
  return q.query<{ id: number; lang: string; headline: string; publish_at: Date | null; scheduled_version: number | null; embargo_until: Date | null }>(
    `SELECT a.id::int AS id, a.lang, v.headline, a.publish_at, a.scheduled_version, a.embargo_until
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE a.publish_at IS NOT NULL OR a.embargo_until IS NOT NULL
     ORDER BY least(a.publish_at, a.embargo_until), a.id`);
}

export async function pinnedList(q: Queryable) {
  return q.query<{ id: number; lang: string; headline: string; edition: string; until: Date | null; live: boolean }>(
    `SELECT a.id::int AS id, a.lang, v.headline, p.edition, p.until, (a.state = 'published' AND a.published_version IS NOT NULL) AS live
     FROM pins p JOIN articles a ON a.id = p.article_id JOIN article_versions v ON v.article_id = a.id AND v.version = coalesce(a.published_version, a.current_version)
     ORDER BY p.edition, p.created_at DESC`);
}

/** One version of an article as edition `lang` would show it, with the translation's state: for the staff's preview. */
export async function previewOf(q: Queryable, id: number, version: number, lang: string) {
  const [v] = await q.query<{ headline: string; lead: string; body: Array<{ text: string }>; summary: string; lang: string; published_version: number | null }>(
    `SELECT v.headline, v.lead, v.body, v.summary, a.lang, a.published_version FROM article_versions v JOIN articles a ON a.id = v.article_id
     WHERE v.article_id = $1 AND v.version = $2`, [id, version]);
  if (!v) return undefined;
  const original = { headline: v.headline, lead: v.lead, body: v.body, summary: v.summary, lang: v.lang };
  if (lang.split('-')[0] === v.lang.split('-')[0]) return { text: original, state: 'original' as const, error: null, live: v.published_version === version };
  const [t] = await q.query<{ state: 'done' | 'review' | 'failed'; headline: string | null; lead: string | null; body: Array<{ text: string }> | null; summary: string | null; error: string | null }>(
    'SELECT state, headline, lead, body, summary, error FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3', [id, version, lang]);
  const live = v.published_version === version;
  if (!t) return { text: original, state: 'pending' as const, error: null, live };
  if (t.state === 'failed' || !t.headline) return { text: original, state: 'failed' as const, error: t.error, live };
  return { text: { headline: t.headline, lead: t.lead!, body: t.body!, summary: t.summary!, lang }, state: t.state, error: null, live };
}
