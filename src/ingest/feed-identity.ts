// Entry identity: the feed's own id (RSS guid, Atom id, JSON Feed id), else
// the entry's link, else a hash of title + date + content, so items with no
// guid, link or title (RSS 0.92 allows description-only items) are kept.
//
// Guid reuse is decided per feed. One document is one snapshot of a feed, in
// which an item appears once: two entries carrying one guid but differing in
// link, title or content are two items, so the feed reuses guids. From then
// on (the source remembers it) every entry of that feed is identified by its
// guid plus a hash of its link, title and date. Entries that are the same in
// all of these are one entry listed twice, and are kept once.
import { createHash } from 'node:crypto';

export interface Identifiable {
  guid: string;
  url?: string;
  title: string;
  summary?: string;
  content?: string;
  publishedAt?: Date;
  /** the date as the feed wrote it, when `publishedAt` was clamped to the fetch time (feed.ts) */
  futureDate?: Date;
}

/** The entry's date as the feed wrote it: a clamped date is the fetch time, which changes from poll to poll. */
const writtenDate = (e: Identifiable) => (e.futureDate ?? e.publishedAt)?.toISOString();

const hash = (...parts: Array<string | undefined>) =>
  createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 24);

const sameness = (e: Identifiable) => hash(e.url, e.title, e.content ?? e.summary);

/** Entries with their identity in `guid`, duplicates dropped; `reusesGuids` when this feed does (or was known to). */
export function identifyEntries<T extends Identifiable>(entries: T[], known: { reusesGuids?: boolean } = {}): { entries: T[]; reusesGuids: boolean } {
  let reusesGuids = known.reusesGuids ?? false;
  if (!reusesGuids) {
    const seen = new Map<string, string>();
    for (const e of entries) {
      if (!e.guid) continue;
      const s = sameness(e);
      const before = seen.get(e.guid);
      if (before !== undefined && before !== s) {
        reusesGuids = true;
        break;
      }
      seen.set(e.guid, s);
    }
  }
  const out: T[] = [];
  const ids = new Set<string>();
  for (const e of entries) {
    const id = e.guid
      ? reusesGuids ? `${e.guid}#${hash(e.url, e.title, writtenDate(e))}` : e.guid
      : e.url || `hash:${hash(e.title, writtenDate(e), e.content ?? e.summary)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    out.push({ ...e, guid: id });
  }
  return { entries: out, reusesGuids };
}
