// First-party page views, recorded only for readers who accepted. What is
// kept: the path, the edition, the referring host and a visitor hash. The
// hash mixes the address and browser with a salt that changes every day and
// is deleted the day after, so visits can be counted within a day but not
// followed across days, and the address itself is never stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.ts';

export interface PageView {
  path: string;
  edition: string | null;
  referrer: string | undefined;
  ip: string;
  userAgent: string;
  /** the site's own host: a referrer from it is not recorded as one */
  ownHost: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export class Analytics {
  private salt?: { day: string; salt: string };
  private lastPrune = 0;

  constructor(private readonly q: Queryable, private readonly retentionDays: number) {}

  private async saltFor(now: Date): Promise<string> {
    const today = day(now);
    if (this.salt?.day === today) return this.salt.salt;
    await this.q.query('INSERT INTO analytics_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [today, randomBytes(32).toString('hex')]);
    const [row] = await this.q.query<{ salt: string }>('SELECT salt FROM analytics_salts WHERE day = $1', [today]);
    this.salt = { day: today, salt: row.salt };
    return row.salt;
  }

  async record(view: PageView, now = new Date()): Promise<void> {
    const salt = await this.saltFor(now);
    const visitor = createHash('sha256').update(`${salt}\n${view.ip}\n${view.userAgent}`).digest('hex').slice(0, 32);
    await this.q.query('INSERT INTO analytics_events (at, path, edition, referrer_host, visitor_hash) VALUES ($1, $2, $3, $4, $5)',
      [now, view.path.slice(0, 500), view.edition, referrerHost(view.referrer, view.ownHost), visitor]);
    if (now.getTime() - this.lastPrune > 3_600_000) {
      this.lastPrune = now.getTime();
      await pruneAnalytics(this.q, this.retentionDays, now);
    }
  }
}

function referrerHost(referrer: string | undefined, ownHost: string): string | null {
  if (!referrer) return null;
  try {
    const host = new URL(referrer).hostname;
    return host && host !== ownHost ? host.slice(0, 255) : null;
  } catch {
    return null;
  }
}

/** Drop page views older than the retention period, and every salt but today's. */
export async function pruneAnalytics(q: Queryable, retentionDays: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const events = await q.query('DELETE FROM analytics_events WHERE at < $1 RETURNING id', [cutoff]);
  await q.query('DELETE FROM analytics_salts WHERE day < $1', [day(now)]);
  return { events: events.length };
}
