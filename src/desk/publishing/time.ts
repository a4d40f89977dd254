// Times on the publishing forms: typed as a wall-clock time in the editor's
// time zone (the desk locale's convention: Korean Seoul time, Japanese Tokyo
// time, English UTC), stored as the UTC instant.
import type { Locale } from '../i18n/i18n.ts';

const zones: Record<Locale, string> = { ko: 'Asia/Seoul', ja: 'Asia/Tokyo', en: 'UTC' };

export function deskTimeZone(locale: Locale): string {
  return zones[locale] ?? 'UTC';
}

const wallParts = (tz: string) => new Intl.DateTimeFormat('en-US', {
  timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** The wall-clock time in `tz` at `at`, as [year, month, day, hour, minute]. */
function wallClock(at: Date, tz: string): number[] {
  const parts = Object.fromEntries(wallParts(tz).formatToParts(at).map((p) => [p.type, p.value]));
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number);
}

/** `at` as a datetime-local value ("2026-12-03T09:30") in `tz`. */
export function toLocalInput(at: Date, tz: string): string {
  const [y, mo, d, h, mi] = wallClock(at, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`;
}

/**
 * A datetime-local value read as a wall-clock time in `tz`; undefined when it
 * is not one (a malformed value, a day that does not exist, a time the zone
 * skips).
 */
export function fromLocalInput(value: string, tz: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // the zone's offset at the guessed instant, taken twice so a change of offset near the time is followed
  let at = asUtc;
  for (let i = 0; i < 2; i++) {
    const [wy, wmo, wd, wh, wmi] = wallClock(new Date(at), tz);
    at = asUtc - (Date.UTC(wy, wmo - 1, wd, wh, wmi) - at);
  }
  const back = wallClock(new Date(at), tz);
  return back.join() === [y, mo, d, h, mi].join() ? new Date(at) : undefined;
}
