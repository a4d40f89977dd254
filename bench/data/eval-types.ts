// What an event type is: the actors it needs, the numbers and names it draws,
// and its sentence templates in each language.
//
// Template slots:
//   {role}            an actor as first mentioned (persons with their title)
//   {role.field}      a field of an actor: name, last (short reference), short,
//                     desc, org, city, prov, ctry, and for a city court, police,
//                     hall, council, airport, port, station, hosp; for a company
//                     ceo; for a club coach, league, cup
//   {ctry.x}          an institution of the event's country: leg, cb, reg, wx,
//                     space, pros, health, rul, opp, gov, court, league, cup
//   {place} {prov}    the event's city and province ({place.x} as above)
//   {num}             a number of the event, in the report's house style
//   {text}            a per-event name (product, storm, film …)
//   {on} {date} {wd}  the event's date (with "on" in English), bare date, weekday
//   {on2} {date2} {wd2}  a planned later date (strike start, vote, visit)
//   {res} {age}       a bystander's name and age (new for each report)
//   {an}              an analyst (English: only at the end of a sentence)
//   {x|은}            Korean: the slot followed by the particle that fits its
//                     last syllable (은/는, 이/가, 을/를, 과/와, 으로/로, 이다/다 …)

import type { Lang, Names, Num, Rng } from './eval-core.ts';
import type { Country, Ent, World } from './eval-world.ts';

export type Section =
  | 'politics' | 'civic' | 'business' | 'labour' | 'transport'
  | 'disaster' | 'courts' | 'sports' | 'science' | 'culture';

export interface LangT {
  title: string[];
  lead: string[];
  detail: string[];
  quote: string[];
  context: string[];
  next: string[];
}

export interface GenCtx {
  w: World;
  ctry: Country;
  roles: Record<string, Ent>;
  place: Ent;
  prov: Ent;
  day: number;
  /** values fixed by the thread or look-alike group this event belongs to */
  shared: { nums: Record<string, Num>; text: Record<string, Names> };
}

export interface GenOut {
  nums?: Record<string, Num>;
  text?: Record<string, Names>;
  /** extra role names that point to existing roles (winner/loser of a match …) */
  alias?: Record<string, string>;
}

export interface EventType {
  id: string;
  section: Section;
  /**
   * Actor specs: 'minister', 'minister:finance,trade', 'head', 'governor', 'mayor',
   * 'company', 'company:autos,electronics', 'ceo@co', 'club', 'coach@cl',
   * 'union', 'leader@un', 'employer@un', 'festival', 'festival:film', 'museum',
   * 'uni', 'scientist', 'athlete', 'artist', 'director', 'figure', 'candidate',
   * 'fhead', 'fminister:trade', 'fcompany', 'city' (another city of the country).
   */
  roles: Record<string, string>;
  /** the role whose home city is the event's place; default: any city */
  place?: string;
  /** false: only happens as a step of a thread (an aftermath, a follow-up) */
  solo?: boolean;
  /** a look-alike group may hold two events of this type with the same pivot */
  repeat?: boolean;
  /** days from the event to the planned date {on2}, when there is one */
  future?: [number, number];
  /** weight when drawing standalone events (default 1) */
  weight?: number;
  gen?: (r: Rng, c: GenCtx) => GenOut;
  en: LangT;
  ko: LangT;
  ja: LangT;
}

export type Templates = Record<Lang, LangT>;

// ---- number helpers for gen()

export const int = (r: Rng, lo: number, hi: number, step = 1, approx = false): Num =>
  ({ k: 'int', v: Math.round(r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step), approx });
export const money = (r: Rng, lo: number, hi: number, step: number): Num =>
  ({ k: 'money', v: r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step });
export const pct = (r: Rng, lo: number, hi: number, dp = 1): Num =>
  ({ k: 'pct', v: Number((lo + r.next() * (hi - lo)).toFixed(dp)), dp });
export const dec = (r: Rng, lo: number, hi: number, dp = 1): Num =>
  ({ k: 'dec', v: Number((lo + r.next() * (hi - lo)).toFixed(dp)), dp });
export const fixed = (v: number): Num => ({ k: 'int', v });
/** an ordinal (English 3rd, 21st; Korean and Japanese plain digits before 번째/回目/위) */
export const ord = (r: Rng, lo: number, hi: number): Num => ({ k: 'ord', v: r.int(lo, hi) });
/** a small count always written in digits (vote tallies: 28-5, never 28-five) */
export const digits = (r: Rng, lo: number, hi: number): Num => ({ k: 'dec', v: r.int(lo, hi), dp: 0 });
export const score = (a: number, b: number): Num => ({ k: 'score', v: a, v2: b });

export const pickName = (r: Rng, xs: [string, string, string][]): Names => {
  const t = r.pick(xs);
  return { en: t[0], ko: t[1], ja: t[2] };
};
