// Sources: the feeds (and single pages) reports come from.
import { parseOpml } from 'feedsmith';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Db, Queryable } from '../db/db.ts';
import { primaryLanguage } from '../text/language.ts';
import { storableText } from '../text/storable-text.ts';

export interface Source {
  id: number;
  url: string;
  kind: 'feed' | 'page';
  name: string | null;
  lang: string | null;
  site_url: string | null;
  enabled: boolean;
  trust: 'low' | 'trusted';
  poll_interval_s: number;
  feed_min_interval_s: number | null;
  next_poll_at: Date;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: Date | null;
  last_ok_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  last_error_at: Date | null;
  consecutive_failures: number;
  feed_title: string | null;
  /**
   * why the last successful poll read only part of the feed ("partly read: …"),
   * and entries it found dated in the future; null when it read all of it as written
   */
  read_problem: string | null;
  /** the feed gives one guid to different entries (feed-identity.ts) */
  reuses_guids: boolean;
}

export class SourceError extends Error {}

export interface NewSource {
  url: string;
  name?: string;
  lang?: string;
  siteUrl?: string;
  kind?: 'feed' | 'page';
  pollIntervalSeconds?: number;
  /** how far its claims are trusted (src/ingest/source-trust.ts); new sources start low */
  trust?: 'low' | 'trusted';
}

function checkUrl(raw: string, allowFile: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceError(`not a URL: ${raw}`);
  }
  const ok = url.protocol === 'http:' || url.protocol === 'https:' || (allowFile && url.protocol === 'file:');
  if (!ok) throw new SourceError(`a source must be an http or https URL: ${raw}`);
  url.hash = '';
  return url.toString();
}

/** Add a source, or return the existing one with the same URL. */
export async function addSource(q: Queryable, s: NewSource, opts: { allowFile?: boolean } = {}): Promise<{ source: Source; created: boolean }> {
  const url = checkUrl(s.url, opts.allowFile ?? false);
  const lang = s.lang ? primaryLanguage(s.lang) : undefined;
  if (s.lang && !lang) throw new SourceError(`not a language code: ${s.lang}`);
  const inserted = await q.query<Source>(
    `INSERT INTO sources (url, name, lang, site_url, kind, poll_interval_s, trust)
     VALUES ($1, $2, $3, $4, $5, coalesce($6, 900), coalesce($7, 'low'))
     ON CONFLICT (url) DO NOTHING RETURNING *`,
    [url, s.name ?? null, lang ?? null, s.siteUrl ?? null, s.kind ?? 'feed', s.pollIntervalSeconds ?? null, s.trust ?? null],
  );
  if (inserted.length) return { source: inserted[0], created: true };
  const [existing] = await q.query<Source>('SELECT * FROM sources WHERE url = $1', [url]);
  return { source: existing, created: false };
}

export async function listSources(q: Queryable): Promise<Source[]> {
  return q.query<Source>('SELECT * FROM sources ORDER BY id');
}

export async function getSource(q: Queryable, id: number): Promise<Source | undefined> {
  return (await q.query<Source>('SELECT * FROM sources WHERE id = $1', [id]))[0];
}

/**
 * Remove a source. Its feed items go with it; reports stay while another
 * outlet still carries them or a story uses them.
 */
export async function removeSource(db: Db, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.query('DELETE FROM sources WHERE id = $1 RETURNING id', [id]);
    if (!gone.length) return false;
    await tx.query(
      `DELETE FROM reports r WHERE r.story_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM feed_items f WHERE f.report_id = r.id)`,
    );
    return true;
  });
}

export interface OpmlFeed {
  url: string;
  name?: string;
  lang?: string;
  siteUrl?: string;
}

/** The feeds listed in an OPML document; relative URLs resolve against `base`. */
export function feedsFromOpml(doc: string, base?: string): OpmlFeed[] {
  let opml: any;
  try {
    opml = parseOpml(storableText(doc)); // an operator's file is still a source's text
  } catch (e) {
    throw new SourceError(`not a valid OPML file: ${(e as Error).message}`);
  }
  const out: OpmlFeed[] = [];
  const walk = (outlines: any[] | undefined) => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl) {
        let url: string;
        try {
          url = new URL(o.xmlUrl, base).toString();
        } catch {
          throw new SourceError(`OPML outline has an invalid xmlUrl: ${o.xmlUrl}`);
        }
        out.push({ url, name: o.title ?? o.text, lang: o.language, siteUrl: o.htmlUrl });
      }
      walk(o.outlines);
    }
  };
  walk(opml?.body?.outlines);
  return out;
}

/** Import every feed of an OPML file; returns how many were new. */
export async function importOpml(db: Db, doc: string, opts: { base?: string; allowFile?: boolean } = {}) {
  const feeds = feedsFromOpml(doc, opts.base);
  let created = 0;
  await db.transaction(async (tx) => {
    for (const f of feeds) if ((await addSource(tx, f, { allowFile: opts.allowFile })).created) created++;
  });
  return { total: feeds.length, created };
}

export function opmlFileBase(path: string): string {
  return pathToFileURL(resolve(path)).toString();
}
