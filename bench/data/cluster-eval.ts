// Labeled evaluation set for story clustering: fictional news reports in
// Korean, English and Japanese, each labeled with the event it reports and
// the thread (developing subject) that event belongs to. See README.md beside
// this file for how it is built, its hard cases and its limits.
//
//   import { generateEvalSet } from './bench/data/cluster-eval.ts';
//   const reports = generateEvalSet({ seed: 1 });   // ≥ 2,600 reports, sorted by publishedAt

import {
  type Lang, type Names, type Num, LANGS, Rng, hash32, fmtNum, fmtEventDate, fmtFutureDate, fmtWeekday,
  koParticle, EPOCH, DAY, dayParts,
} from './eval-core.ts';
import { type Country, type Ent, type Outlet, type World, getWorld, people, randomName, freshPerson } from './eval-world.ts';
import type { EventType, GenCtx, LangT, Section } from './eval-types.ts';
import { GENERIC, BOILER } from './eval-generic.ts';
import { TYPES } from './eval-templates.ts';

export interface EvalReport {
  id: string;
  lang: 'ko' | 'en' | 'ja';
  title: string;
  body: string;
  publishedAt: Date;
  outlet: string;
  event: string;
  thread: string;
  wire?: string;
}

export type HardCase = 'lookalike' | 'followup' | 'wire' | 'paraphrase';

export interface EvalEvent {
  id: string;
  thread: string;
  /** event type (budget_hearing, league_match …) and its section */
  type: string;
  section: Section;
  /** languages it is reported in, the first being its main language */
  langs: Lang[];
  /** when it happened (the reports follow within 36 hours) */
  at: Date;
  /** the main actors and the place, in English */
  actors: string[];
  place: string;
  /** hard-case categories this event belongs to (may be several) */
  hard: HardCase[];
  /** look-alike group: events sharing a principal actor within a few days */
  group?: string;
  reports: number;
}

export interface EvalSet {
  reports: EvalReport[];
  events: EvalEvent[];
  /** one category per event that was built as a hard case (its scenario) */
  hardCases: Record<string, HardCase>;
  /** every hard-case category that applies to an event */
  hardCaseTags: Record<string, HardCase[]>;
}

export interface EvalOptions { seed?: number; size?: number }

export const DEFAULT_SEED = 1;
export const DEFAULT_SIZE = 2600;

// ------------------------------------------------------------------ threads

interface ThreadSchema {
  id: string;
  steps: string[];
  /** days between consecutive steps */
  gaps: [number, number][];
  /** num/text names every step keeps from the first step that drew them */
  share: string[];
  /** shortest prefix of `steps` that may be generated (default: all) */
  min?: number;
  /** may start at step 1 instead of 0 */
  skipFirst?: boolean;
  /** gap before step i (index in `steps`) taken from a shared number: a strike planned for N days ends N-1 days after it starts */
  gapFrom?: Record<number, string>;
  weight?: number;
}

export const THREADS: ThreadSchema[] = [
  { id: 'strike', steps: ['wage_talks_break', 'strike_announced', 'strike_begins', 'strike_deal'], gaps: [[1, 3], [2, 6], [1, 5]], share: ['demand', 'members', 'days'], min: 2, skipFirst: true, weight: 1.6, gapFrom: { 3: 'days' } },
  { id: 'merger', steps: ['merger_announced', 'merger_signed', 'regulator_review'], gaps: [[2, 7], [1, 6]], share: ['price', 'stake', 'share'], min: 2, weight: 1.3 },
  { id: 'storm', steps: ['storm_warning', 'storm_landfall', 'disaster_aid'], gaps: [[1, 2], [2, 5]], share: ['storm', 'dis', 'rain'], min: 2, weight: 1.4 },
  { id: 'quake', steps: ['earthquake', 'disaster_aid'], gaps: [[2, 6]], share: ['dis', 'mag'], weight: 0.7 },
  { id: 'wildfire', steps: ['wildfire', 'wildfire_contained', 'disaster_aid'], gaps: [[1, 4], [1, 5]], share: ['dis'], min: 2 },
  { id: 'trial', steps: ['indictment', 'trial_opens', 'verdict'], gaps: [[3, 7], [2, 7]], share: ['bribe', 'charge', 'demand'], min: 2, skipFirst: true, weight: 1.2 },
  { id: 'recall', steps: ['product_launch', 'recall'], gaps: [[3, 7]], share: ['prod', 'price'], weight: 0.8 },
  { id: 'outbreak', steps: ['disease_outbreak', 'outbreak_update'], gaps: [[2, 6]], share: ['ill'] },
  { id: 'visit', steps: ['visit_announced', 'state_visit'], gaps: [[3, 7]], share: [] },
  { id: 'tax', steps: ['tax_plan', 'protest_rally', 'tax_bill_passed'], gaps: [[1, 5], [2, 7]], share: ['tax', 'cause', 'rate', 'revenue'], min: 2 },
  { id: 'resign', steps: ['minister_resignation', 'minister_appointed'], gaps: [[1, 4]], share: ['why'], weight: 0.7 },
  { id: 'coach', steps: ['coach_fired', 'coach_appointed'], gaps: [[1, 6]], share: [], weight: 0.8 },
  { id: 'festival', steps: ['festival_opens', 'festival_closes'], gaps: [[2, 7]], share: ['expected'], weight: 0.8 },
  { id: 'ferry', steps: ['ferry_accident', 'accident_probe'], gaps: [[2, 7]], share: ['ship', 'pax'], weight: 0.8 },
  { id: 'stadium', steps: ['stadium_plan', 'council_vote'], gaps: [[3, 7]], share: ['subj', 'seats'], weight: 0.6 },
  { id: 'layoffs', steps: ['layoffs', 'protest_rally'], gaps: [[1, 5]], share: ['cause', 'jobs'], weight: 0.6 },
];

// ------------------------------------------------------------------ internal event

interface Ev {
  key: number;
  type: EventType;
  ctry: Country;
  roles: Record<string, Ent>;
  place: Ent;
  prov: Ent;
  day: number;
  hour: number;
  day2?: number;
  nums: Record<string, Num>;
  text: Record<string, Names>;
  thread: number;
  group?: number;
  hard: Set<HardCase>;
  primary: HardCase | null;
  langs: Lang[];
  counts: Record<Lang, number>;
  wire: boolean;
  paraphrase: boolean;
}

interface Draft {
  ev: Ev;
  lang: Lang;
  outlet: Outlet;
  at: number;
  title: string;
  body: string;
  wire?: number;
}

const TYPE_BY_ID = new Map<string, EventType>();
for (const t of TYPES) {
  if (TYPE_BY_ID.has(t.id)) throw new Error(`duplicate event type ${t.id}`);
  TYPE_BY_ID.set(t.id, t);
}
const typeOf = (id: string) => {
  const t = TYPE_BY_ID.get(id);
  if (!t) throw new Error(`unknown event type ${id}`);
  return t;
};

/** Value of one unit of each currency against the hwan (templates draw money in hwan). */
const CURRENCY_SCALE: Record<string, number> = { seoran: 1, kiriwa: 0.115, aurenna: 1 / 1300, veloria: 1 / 1200, caldra: 1 / 1100 };
function sig2(v: number): number {
  if (v < 100) return Math.round(v);
  const p = Math.pow(10, Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

/** Types a look-alike group never uses: they would contradict the group's other events. */
const NO_PIVOT = new Set(['minister_resignation', 'coach_fired', 'title_won', 'storm_warning', 'storm_landfall']);

const SECTION_WEIGHT: Record<Section, number> = {
  politics: 1, civic: 0.9, business: 1.1, labour: 0.5, transport: 0.8,
  disaster: 1, courts: 0.8, sports: 1.3, science: 1, culture: 1,
};

// ------------------------------------------------------------------ binding actors

interface Spec { kind: string; filt: string[] | null; link: string | null }
const parseSpec = (s: string): Spec => {
  const [h, link] = s.split('@');
  const [kind, f] = h.split(':');
  return { kind, filt: f ? f.split(',') : null, link: link ?? null };
};
const PLACE_DEPENDENT = new Set(['governor', 'mayor', 'city']);

function ofKind(w: World, kind: string, ctry: string): Ent[] {
  return (w.byKind.get(kind as Ent['kind']) ?? []).filter((e) => e.ctry === ctry);
}

function candidates(w: World, sp: Spec, ctry: Country, roles: Record<string, Ent>, place: Ent | null): Ent[] {
  const { kind, filt, link } = sp;
  const linked = link ? roles[link] : null;
  switch (kind) {
    case 'minister': return people(w, ctry.id, 'minister').filter((p) => !filt || filt.includes(p.portfolio!));
    case 'head': return [w.ents.get(ctry.head)!];
    case 'governor': return place ? [w.ents.get(w.ents.get(place.prov!)!.orgId!)!] : [];
    case 'mayor': return place ? [w.ents.get(place.orgId!)!] : [];
    case 'company': return ofKind(w, 'company', ctry.id).filter((c) => !filt || filt.includes(c.sector!));
    case 'fcompany': return (w.byKind.get('company') ?? []).filter((c) => c.ctry !== ctry.id && (!filt || filt.includes(c.sector!)) && (!linked || c.sector === linked.sector));
    case 'ceo': case 'coach': case 'leader': return linked ? [w.ents.get(linked.orgId!)!] : [];
    case 'employer': return linked ? ofKind(w, 'company', ctry.id).filter((c) => linked.sectors!.includes(c.sector!)) : [];
    case 'club': case 'union': case 'museum': case 'uni': case 'inst': return ofKind(w, kind, ctry.id);
    case 'festival': return ofKind(w, 'festival', ctry.id).filter((f) => !filt || (filt.includes('film') ? f.film : !f.film));
    case 'candidate': return []; // drawn fresh for each event (see bind)
    case 'scientist': case 'athlete': case 'artist': case 'director': case 'figure': case 'analyst':
      return people(w, ctry.id, kind);
    case 'fctry': return w.countries.filter((c) => c.id !== ctry.id);
    case 'fhead': return linked ? [w.ents.get((linked as Country).head)!] : [];
    case 'fminister': {
      const c = linked as Country | null;
      return c ? (filt ?? []).map((p) => c.ministers[p]).filter(Boolean).map((id) => w.ents.get(id)!) : [];
    }
    case 'city': return place ? ctry.cities.filter((id) => id !== place.id).map((id) => w.ents.get(id)!) : [];
    default: throw new Error(`unknown role kind ${kind}`);
  }
}

interface Bound { roles: Record<string, Ent>; place: Ent; prov: Ent }

function bind(w: World, r: Rng, t: EventType, ctry: Country, fixed: Record<string, Ent>, fixedPlace: Ent | null, fixedProv: Ent | null): Bound | null {
  const roles: Record<string, Ent> = {};
  const used = new Set<string>();
  const specs = Object.entries(t.roles).map(([name, s]) => [name, parseSpec(s)] as const);
  const choose = (name: string, sp: Spec, place: Ent | null): boolean => {
    if (fixed[name]) { roles[name] = fixed[name]; used.add(fixed[name].id); return true; }
    // a new face (new minister, new manager, election winner) is nobody the set has seen before
    if (sp.kind === 'candidate') { roles[name] = freshPerson(ctry, r); return true; }
    let cands = candidates(w, sp, ctry, roles, place).filter((e) => !used.has(e.id));
    if (sp.kind === 'fctry') {
      // other home countries are likelier partners than the two foreign ones
      const homes = cands.filter((c) => (c as Country).home);
      if (homes.length && r.chance(0.6)) cands = homes;
    }
    if (!cands.length) return false;
    const e = r.pick(cands);
    roles[name] = e; used.add(e.id);
    return true;
  };
  for (const [name, sp] of specs) {
    if (PLACE_DEPENDENT.has(sp.kind) || sp.link) continue;
    if (!choose(name, sp, null)) return null;
  }
  let place: Ent;
  const cityOf = (e: Ent): Ent | null => (e.kind === 'city' ? e : e.city ? w.ents.get(e.city)! : null);
  if (t.place === 'capital') place = w.ents.get(ctry.cities[0])!;
  else if (t.place && roles[t.place] && cityOf(roles[t.place])) place = cityOf(roles[t.place])!;
  else if (fixedPlace && fixedPlace.ctry === ctry.id) place = fixedPlace;
  else if (fixedProv && fixedProv.ctry === ctry.id) place = w.ents.get(r.pick(ctry.cities.filter((c) => w.ents.get(c)!.prov === fixedProv.id)))!;
  else place = w.ents.get(r.pick(ctry.cities))!;
  for (const [name, sp] of specs) {
    if (roles[name]) continue;
    if (!choose(name, sp, place)) return null;
  }
  return { roles, place, prov: w.ents.get(place.prov!)! };
}

/** The roles of `t` that `pivot` can fill. */
function pivotRoles(t: EventType, pivot: Ent): string[] {
  const out: string[] = [];
  for (const name of Object.keys(t.roles)) if (pivotRole({ ...t, roles: { [name]: t.roles[name] } }, pivot)) out.push(name);
  return out;
}

/** The role of `t` that `pivot` can fill, if any. */
function pivotRole(t: EventType, pivot: Ent): string | null {
  for (const [name, s] of Object.entries(t.roles)) {
    const sp = parseSpec(s);
    if (sp.link) continue;
    if (pivot.kind === 'person' && pivot.role === 'minister' && sp.kind === 'minister' && (!sp.filt || sp.filt.includes(pivot.portfolio!))) return name;
    if (pivot.kind === 'company' && sp.kind === 'company' && (!sp.filt || sp.filt.includes(pivot.sector!))) return name;
    if (pivot.kind === 'club' && sp.kind === 'club') return name;
    if (pivot.kind === 'union' && sp.kind === 'union') return name;
  }
  return null;
}

// ------------------------------------------------------------------ generation

class Gen {
  w = getWorld();
  r: Rng;
  days: number;
  events: Ev[] = [];
  drafts: Draft[] = [];
  langReports: Record<Lang, number> = { ko: 0, en: 0, ja: 0 };
  threadCount = 0;
  groupCount = 0;
  wireCount = 0;
  lastUse = new Map<string, number>();

  constructor(public seed: number, public size: number) {
    this.r = new Rng(`newsroom-cluster-eval:${seed}`);
    this.days = Math.max(20, Math.round((60 * size) / DEFAULT_SIZE));
  }

  run(): void {
    const r = this.r;
    let guard = 0;
    while (this.drafts.length < this.size) {
      if (++guard > 100000) throw new Error('generation does not converge');
      const L = this.nextLang();
      const ctry = this.w.home[L];
      const kind = r.weighted(['plain', 'wire', 'paraphrase', 'followup', 'lookalike'] as const, [0.37, 0.19, 0.17, 0.145, 0.125]);
      const sub = r.fork(`scenario:${this.events.length}`);
      let evs: Ev[] | null = null;
      if (kind === 'followup') evs = this.followup(sub, ctry);
      else if (kind === 'lookalike') evs = this.lookalike(sub, ctry);
      else evs = this.standalone(sub, ctry, kind);
      if (!evs) continue;
      for (const ev of evs) this.report(ev, sub.fork(`reports:${ev.key}`));
    }
  }

  nextLang(): Lang {
    // the language with the fewest reports so far, with some noise
    const scored = LANGS.map((L) => [L, this.langReports[L] + this.r.next() * 25] as const);
    scored.sort((a, b) => a[1] - b[1]);
    return scored[0][0];
  }

  coolDown(t: EventType, b: Bound, day: number, strict: boolean): boolean {
    const principal = Object.values(b.roles)[0] ?? b.place;
    const key = `${t.id}:${principal.id}:${t.section === 'disaster' ? b.prov.id : ''}`;
    const last = this.lastUse.get(key);
    if (strict && last !== undefined && Math.abs(last - day) < 8) return false;
    this.lastUse.set(key, day);
    return true;
  }

  makeEvent(r: Rng, t: EventType, ctry: Country, b: Bound, day: number, thread: number, shared: GenCtx['shared'], share: string[]): Ev {
    const ctx: GenCtx = { w: this.w, ctry, roles: b.roles, place: b.place, prov: b.prov, day, shared };
    const out = t.gen ? t.gen(r, ctx) : {};
    const nums = { ...(out.nums ?? {}) };
    // money in templates is drawn on a won-like scale; convert to the country's currency
    const f = CURRENCY_SCALE[ctry.id] ?? 1;
    for (const [k, n] of Object.entries(nums)) if (n.k === 'money' && f !== 1) nums[k] = { ...n, v: sig2(n.v * f) };
    const text = { ...(out.text ?? {}) };
    for (const name of share) {
      if (shared.nums[name] && name in nums) nums[name] = shared.nums[name];
      for (const k of Object.keys(shared.text)) if (k === name || k.startsWith(name + '.')) text[k] = shared.text[k];
    }
    const roles = { ...b.roles };
    for (const [alias, target] of Object.entries(out.alias ?? {})) roles[alias] = roles[target];
    const ev: Ev = {
      key: this.events.length, type: t, ctry, roles, place: b.place, prov: b.prov,
      day, hour: 7 + r.int(0, 13) + r.int(0, 3) / 4,
      day2: t.future ? day + r.int(t.future[0], t.future[1]) : undefined,
      nums, text, thread, hard: new Set(), primary: null,
      langs: [], counts: { ko: 0, en: 0, ja: 0 }, wire: false, paraphrase: false,
    };
    this.events.push(ev);
    return ev;
  }

  pickType(r: Rng, filter: (t: EventType) => boolean = () => true): EventType {
    const ts = TYPES.filter((t) => t.solo !== false && filter(t));
    const perSection = new Map<Section, number>();
    for (const t of ts) perSection.set(t.section, (perSection.get(t.section) ?? 0) + 1);
    return r.weighted(ts, ts.map((t) => (SECTION_WEIGHT[t.section] * (t.weight ?? 1)) / Math.sqrt(perSection.get(t.section)!)));
  }

  /** A single event; `kind` says whether it is built as a wire or a paraphrase case. */
  standalone(r: Rng, ctry: Country, kind: 'plain' | 'wire' | 'paraphrase'): Ev[] | null {
    for (let attempt = 0; attempt < 20; attempt++) {
      const t = this.pickType(r);
      const b = bind(this.w, r, t, ctry, {}, null, null);
      if (!b) continue;
      const day = r.int(0, this.days - 1);
      if (!this.coolDown(t, b, day, true)) continue;
      const ev = this.makeEvent(r, t, ctry, b, day, this.threadCount++, { nums: {}, text: {} }, []);
      this.plan(r, ev, kind);
      return [ev];
    }
    return null;
  }

  followup(r: Rng, ctry: Country): Ev[] | null {
    const ready = THREADS.filter((s) => s.steps.every((id) => TYPE_BY_ID.has(id)));
    if (!ready.length) return null;
    const schema = r.weighted(ready, ready.map((s) => s.weight ?? 1));
    let steps = schema.steps.slice();
    if (schema.skipFirst && r.chance(0.45)) steps = steps.slice(1);
    const min = Math.max(2, (schema.min ?? steps.length) - (steps.length < schema.steps.length ? 1 : 0));
    if (steps.length > min && r.chance(0.3)) steps = steps.slice(0, r.int(min, steps.length - 1));
    const offset = schema.steps.length - (schema.skipFirst && steps[0] !== schema.steps[0] ? schema.steps.length - 1 : schema.steps.length);
    const gaps = steps.slice(1).map((_, i) => r.int(...schema.gaps[i + offset]));
    const total = gaps.reduce((a, b) => a + b, 0);
    if (total >= this.days) return null;
    let day = r.int(0, this.days - 1 - total);
    const thread = this.threadCount++;
    const shared: GenCtx['shared'] = { nums: {}, text: {} };
    const evs: Ev[] = [];
    let fixed: Record<string, Ent> = {};
    let place: Ent | null = null;
    for (let i = 0; i < steps.length; i++) {
      const t = typeOf(steps[i]);
      const b = bind(this.w, r, t, ctry, fixed, place, null);
      if (!b) throw new Error(`cannot bind ${t.id} in thread ${schema.id}`);
      this.coolDown(t, b, day, false);
      const ev = this.makeEvent(r, t, ctry, b, day, thread, shared, schema.share);
      ev.hard.add('followup'); ev.primary = 'followup';
      shared.nums.__prev = { k: 'int', v: day };
      evs.push(ev);
      fixed = { ...fixed, ...b.roles };
      place = place ?? b.place;
      for (const [k, v] of Object.entries(ev.nums)) if (!(k in shared.nums)) shared.nums[k] = v;
      for (const [k, v] of Object.entries(ev.text)) if (!(k in shared.text)) shared.text[k] = v;
      if (i < gaps.length) {
        const from = schema.gapFrom?.[schema.steps.indexOf(steps[i + 1])];
        day += from && shared.nums[from] ? Math.min(7, Math.max(1, shared.nums[from].v - 1)) : gaps[i];
      }
    }
    // an announcement's planned date is the day the next step happens
    for (let i = 0; i + 1 < evs.length; i++) if (evs[i].type.future) evs[i].day2 = evs[i + 1].day;
    for (const ev of evs) this.plan(r, ev, r.chance(0.07) ? 'wire' : r.chance(0.07) ? 'paraphrase' : 'plain');
    return evs;
  }

  lookalike(r: Rng, ctry: Country): Ev[] | null {
    const w = this.w;
    // (no union pivot: a union's dispute with its one employer is a single developing subject, not a look-alike)
    const pivotKind = r.weighted(['club', 'minister', 'company', 'city', 'prov'] as const, [0.32, 0.26, 0.27, 0.08, 0.07]);
    let pivot: Ent;
    if (pivotKind === 'minister') pivot = r.pick(people(w, ctry.id, 'minister'));
    else if (pivotKind === 'city') pivot = w.ents.get(r.pick(ctry.cities))!;
    else if (pivotKind === 'prov') pivot = w.ents.get(r.pick(ctry.provs))!;
    else pivot = r.pick(ofKind(w, pivotKind, ctry.id));
    let cands: EventType[];
    if (pivotKind === 'city' || pivotKind === 'prov') {
      cands = TYPES.filter((t) => t.solo !== false && !NO_PIVOT.has(t.id) && !t.place && (pivotKind === 'city' || t.section === 'disaster' || Object.values(t.roles).includes('governor')));
    } else {
      cands = TYPES.filter((t) => t.solo !== false && !NO_PIVOT.has(t.id) && pivotRole(t, pivot) !== null);
    }
    if (cands.length < 2 && !cands.some((t) => t.repeat)) return null;
    const k = r.chance(0.7) ? 2 : 3;
    const chosen: EventType[] = [];
    if (pivotKind === 'club' && r.chance(0.65)) {
      // the classic sports look-alike: the same club in a league match and a cup match (or two league matches) days apart
      const combo = r.pick([['league_match', 'cup_match'], ['league_match', 'league_match'], ['cup_match', 'league_match', 'league_match'], ['league_match', 'cup_match', 'player_transfer']]);
      chosen.push(...combo.map(typeOf));
    }
    for (let i = 0; i < 20 && chosen.length < k; i++) {
      const t = r.pick(cands);
      if (chosen.includes(t) && !t.repeat) continue;
      if (chosen.filter((c) => c === t).length >= 2) continue;
      chosen.push(t);
    }
    if (chosen.length < 2) return null;
    const base = r.int(0, this.days - 9);
    let dayList: number[];
    if (pivotKind === 'club') {
      // a club plays every three or four days
      dayList = []; let d = base;
      for (let i = 0; i < chosen.length; i++) { dayList.push(d); d += r.int(3, 4); }
      dayList = r.shuffle(dayList);
    } else {
      dayList = chosen.map(() => base + r.int(0, 4));
      // two events of one type with one pivot never fall on the same day
      for (let i = 0; i < chosen.length; i++) for (let j = 0; j < i; j++) {
        if (chosen[i] === chosen[j] && Math.abs(dayList[i] - dayList[j]) < 2) dayList[i] = dayList[j] + 2 + r.int(0, 2);
      }
    }
    const group = this.groupCount++;
    const evs: Ev[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const t = chosen[i];
      const fixed: Record<string, Ent> = {};
      let fixedPlace: Ent | null = null, fixedProv: Ent | null = null;
      if (pivotKind === 'city') fixedPlace = pivot;
      else if (pivotKind === 'prov') fixedProv = pivot;
      else fixed[r.pick(pivotRoles(t, pivot))] = pivot; // home or away, buyer or seller …
      const b = bind(w, r, t, ctry, fixed, fixedPlace, fixedProv);
      if (!b) continue;
      this.coolDown(t, b, dayList[i], false);
      const ev = this.makeEvent(r, t, ctry, b, dayList[i], this.threadCount++, { nums: {}, text: {} }, []);
      ev.group = group; ev.hard.add('lookalike'); ev.primary = 'lookalike';
      evs.push(ev);
    }
    if (evs.length < 2) { this.events.splice(this.events.length - evs.length); return null; }
    for (const ev of evs) this.plan(r, ev, r.chance(0.06) ? 'wire' : r.chance(0.06) ? 'paraphrase' : 'plain');
    return evs;
  }

  /** Decide languages, number of reports per language, wire and paraphrase treatment. */
  plan(r: Rng, ev: Ev, kind: 'plain' | 'wire' | 'paraphrase'): void {
    const main = ev.ctry.home!;
    ev.langs = [main];
    // international subjects travel further
    const partnerOf = (e: Ent) => (e.kind === 'country' ? (e as Country) : (this.w.ents.get(e.ctry) as Country));
    const partner = Object.values(ev.roles).map(partnerOf).find((c) => c.home && c.home !== main);
    if (partner && r.chance(0.6)) ev.langs.push(partner.home!);
    // (0.18, up from 0.13: at least 100 events in several languages at the default size, issue 15)
    else if (r.chance(0.18)) ev.langs.push(r.pick(LANGS.filter((l) => l !== main)));
    if (ev.langs.length === 2 && r.chance(0.3)) ev.langs.push(LANGS.find((l) => !ev.langs.includes(l))!);
    const n = kind === 'paraphrase' ? r.int(3, 6)
      : kind === 'wire' ? r.int(2, 3) + r.weighted([0, 1, 2, 3, 5], [3, 2, 2, 1, 1])
        : r.weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [10, 15, 15, 12, 11, 9, 7, 6, 5, 4, 3, 3]);
    ev.counts[main] = n;
    // at most 12 reports in all
    for (const L of ev.langs.slice(1)) ev.counts[L] = r.weighted([1, 2, 3, 4], [4, 3, 2, 1]);
    while (LANGS.reduce((a, l) => a + ev.counts[l], 0) > 12) ev.counts[main]--;
    if (kind === 'wire') { ev.wire = true; ev.hard.add('wire'); ev.primary = ev.primary ?? 'wire'; }
    if (kind === 'paraphrase') { ev.paraphrase = true; ev.hard.add('paraphrase'); ev.primary = ev.primary ?? 'paraphrase'; }
  }

  // ---------------------------------------------------------------- reports

  report(ev: Ev, r: Rng): void {
    const startMs = EPOCH + ev.day * DAY + (ev.hour - ev.ctry.tz) * 3600000;
    for (const L of ev.langs) {
      const main = L === ev.langs[0];
      const n = ev.counts[L];
      const regular = this.w.outlets.filter((o) => o.lang === L && !o.wire);
      const wires = this.w.outlets.filter((o) => o.lang === L && o.wire);
      const perm = makePerm(r, ev.type[L]);
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const h = main ? (i === 0 ? 0.2 + r.next() * 2.5 : 0.3 + 35.7 * Math.pow(r.next(), 1.6)) : 2 + r.next() * 34;
        times.push(startMs + Math.round(h * 3600000 / 60000) * 60000);
      }
      times.sort((a, b) => a - b);
      if (main && ev.wire) {
        const agency = r.pick(wires);
        const carriers = r.sample(regular, n === 2 ? 1 : r.int(1, 2));
        const others = r.sample(regular.filter((o) => !carriers.includes(o)), n - 1 - carriers.length);
        const wid = this.wireCount++;
        const original = this.render(ev, L, agency, 0, times[0], perm, r);
        this.push({ ev, lang: L, outlet: agency, at: times[0], ...original, wire: wid });
        for (const c of carriers) {
          const at = times[0] + Math.round((5 + r.next() * 240)) * 60000;
          const copy = this.carry(ev, L, original, c, at, perm, r);
          this.push({ ev, lang: L, outlet: c, at, ...copy, wire: wid });
        }
        others.forEach((o, i) => {
          const at = times[Math.min(times.length - 1, i + 1)] + r.int(0, 90) * 60000;
          this.push({ ev, lang: L, outlet: o, at, ...this.render(ev, L, o, i + 1, at, perm, r) });
        });
        continue;
      }
      // a wire agency sometimes covers an ordinary event too (without copies)
      const pool = r.chance(0.25) ? [...r.sample(regular, n - 1), r.pick(wires)] : r.sample(regular, n);
      const outs = r.shuffle(pool).slice(0, n);
      outs.forEach((o, i) => this.push({ ev, lang: L, outlet: o, at: times[i], ...this.render(ev, L, o, i, times[i], perm, r) }));
    }
  }

  push(d: Draft): void {
    this.drafts.push(d);
    this.langReports[d.lang]++;
  }

  render(ev: Ev, L: Lang, outlet: Outlet, k: number, at: number, perm: Perm, r: Rng): { title: string; body: string } {
    return renderReport(this.w, ev, L, outlet, k, at, perm, r);
  }

  carry(ev: Ev, L: Lang, orig: { title: string; body: string }, outlet: Outlet, at: number, perm: Perm, r: Rng): { title: string; body: string } {
    let title = orig.title;
    let paras = orig.body.split('\n\n');
    const changes = r.sample(['title', 'first', 'drop', 'none'], r.int(1, 2));
    if (changes.includes('title')) {
      title = L === 'en' ? r.pick([`UPDATE: ${title}`, `${title} - report`, outlet.titleCase ? titleCase(title) : `WIRE: ${title}`])
        : L === 'ko' ? r.pick([`[종합] ${title}`, `${title}(종합)`, `[통신] ${title}`])
          : r.pick([`${title}（共同取材）`, `【詳報】${title}`, `${title}＝通信社配信`]);
    }
    if (changes.includes('first')) {
      // a changed first line: the carrier rewrites the lead sentence, keeps the rest
      const alt = renderReport(this.w, ev, L, outlet, 1, at, perm, r, true).body.split('\n\n')[0];
      paras[0] = alt;
    }
    if (changes.includes('drop') && paras.length > 3) paras = paras.slice(0, -1);
    return { title, body: paras.join('\n\n') };
  }

  finish(): EvalSet {
    // event, thread and wire ids follow time, so they leak nothing about how the set was built
    const evOrder = this.events.filter((e) => this.drafts.some((d) => d.ev === e));
    evOrder.sort((a, b) => a.day + a.hour / 24 - (b.day + b.hour / 24) || a.key - b.key);
    const evId = new Map<Ev, string>();
    evOrder.forEach((e, i) => evId.set(e, `e${String(i + 1).padStart(4, '0')}`));
    const thId = new Map<number, string>();
    for (const e of evOrder) if (!thId.has(e.thread)) thId.set(e.thread, `t${String(thId.size + 1).padStart(4, '0')}`);
    const grId = new Map<number, string>();
    for (const e of evOrder) if (e.group !== undefined && !grId.has(e.group)) grId.set(e.group, `g${String(grId.size + 1).padStart(3, '0')}`);

    const drafts = this.drafts.map((d) => ({ d, tie: hash32(`${d.outlet.id}|${d.title}|${d.ev.key}`) }));
    drafts.sort((a, b) => a.d.at - b.d.at || a.tie - b.tie);
    const wireId = new Map<number, string>();
    const reports: EvalReport[] = drafts.map(({ d }, i) => {
      const rep: EvalReport = {
        id: `r${String(i + 1).padStart(5, '0')}`, lang: d.lang, title: d.title, body: d.body,
        publishedAt: new Date(d.at), outlet: d.outlet.name, event: evId.get(d.ev)!, thread: thId.get(d.ev.thread)!,
      };
      if (d.wire !== undefined) {
        if (!wireId.has(d.wire)) wireId.set(d.wire, `w${String(wireId.size + 1).padStart(3, '0')}`);
        rep.wire = wireId.get(d.wire)!;
      }
      return rep;
    });
    const counts = new Map<Ev, number>();
    for (const d of this.drafts) counts.set(d.ev, (counts.get(d.ev) ?? 0) + 1);
    const events: EvalEvent[] = evOrder.map((e) => ({
      id: evId.get(e)!, thread: thId.get(e.thread)!, type: e.type.id, section: e.type.section,
      langs: e.langs, at: new Date(EPOCH + e.day * DAY + (e.hour - e.ctry.tz) * 3600000),
      actors: [...new Set(Object.values(e.roles))].map((x) => x.n.en), place: e.place.n.en,
      hard: [...e.hard].sort(), ...(e.group !== undefined ? { group: grId.get(e.group)! } : {}),
      reports: counts.get(e) ?? 0,
    }));
    const hardCases: Record<string, HardCase> = {};
    const hardCaseTags: Record<string, HardCase[]> = {};
    for (const e of evOrder) {
      if (e.primary) hardCases[evId.get(e)!] = e.primary;
      if (e.hard.size) hardCaseTags[evId.get(e)!] = [...e.hard].sort();
    }
    return { reports, events, hardCases, hardCaseTags };
  }
}

// ------------------------------------------------------------------ rendering

interface Perm { title: number[]; lead: number[]; quote: number[] }
function makePerm(r: Rng, t: LangT): Perm {
  const idx = (n: number) => r.shuffle(Array.from({ length: n }, (_, i) => i));
  return { title: idx(t.title.length), lead: idx(t.lead.length), quote: idx(t.quote.length) };
}

const SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'as', 'by', 'with', 'from', 'over', 'after', 'vs']);
function titleCase(s: string): string {
  return s.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}
const capFirst = (s: string) => {
  const m = s.match(/^(["“‘'(]*)(.)/);
  return m ? m[1] + m[2].toUpperCase() + s.slice(m[0].length) : s;
};

interface RCtx {
  w: World;
  ev: Ev;
  L: Lang;
  pubDay: number;
  num: number;
  date: number;
  approx: boolean;
  alias: boolean;
  res: Names;
  age: number;
  an: Ent;
  /** roles already named in this report: a later short reference (Brenn, 브렌 장관) needs a first full one */
  mentioned: Set<string>;
}

const CITY_FIELDS = new Set(['court', 'police', 'hall', 'council', 'airport', 'port', 'station', 'hosp']);

function cityField(w: World, city: Ent, f: string, L: Lang): string {
  const ctry = w.ents.get(city.ctry) as Country;
  const b = city.base![L];
  const n = city.n[L];
  const koHome = ctry.home === 'ko';
  const jaHome = ctry.home === 'ja';
  const sp = koHome ? '' : ' ';
  switch (f) {
    case 'court': return L === 'en' ? `the ${b} District Court` : L === 'ko' ? `${b}${sp}지방법원` : `${b}地方裁判所`;
    case 'police': return L === 'en' ? `${b} police` : L === 'ko' ? (koHome ? `${b}경찰서` : `${b} 경찰`) : jaHome ? `${w.ents.get(city.prov!)!.base!.ja}県警` : `${b}警察`;
    case 'hall': return L === 'en' ? `${b} City Hall` : L === 'ko' ? (koHome || jaHome ? `${n}청` : `${b} 시청`) : jaHome || koHome ? `${n}役所` : `${b}市当局`;
    case 'council': return L === 'en' ? `the ${b} City Council` : L === 'ko' ? (koHome || jaHome ? `${n}의회` : `${b} 시의회`) : jaHome || koHome ? `${n}議会` : `${b}市議会`;
    case 'airport': return L === 'en' ? `${b} Airport` : L === 'ko' ? `${b}${sp}공항` : `${b}空港`;
    case 'port': return L === 'en' ? `the port of ${b}` : L === 'ko' ? `${b}항` : `${b}港`;
    case 'station': return L === 'en' ? `${b} Central Station` : L === 'ko' ? `${b}역` : `${b}駅`;
    case 'hosp': return L === 'en' ? `${b} General Hospital` : L === 'ko' ? `${b}${sp}의료원` : jaHome ? `${n}民病院` : `${b}総合病院`;
  }
  throw new Error(`unknown city field ${f}`);
}

function entField(rc: RCtx, e: Ent, f: string): string {
  const { w, L } = rc;
  if (e.kind === 'city' && CITY_FIELDS.has(f)) return cityField(w, e, f, L);
  if (e.kind === 'country' && f) {
    const inst = (e as Country).inst[f];
    if (inst) return inst[L];
    if (f === 'head') return w.ents.get((e as Country).head)!.full![L];
  }
  switch (f) {
    case '':
      if (e.kind === 'person') return e.full![L];
      if (rc.alias && e.short && (e.kind === 'company' || e.kind === 'club')) return e.short[L];
      return e.n[L];
    case 'name': return e.n[L];
    case 'last': case 'ref': return e.kind === 'person' ? e.ref![L] : (e.short ?? e.n)[L];
    case 'short': return (e.short ?? e.n)[L];
    case 'base': return (e.base ?? e.n)[L];
    case 'desc': return (e.desc ?? e.n)[L];
    case 'org': return (e.org ?? e.n)[L];
    case 'city': return w.ents.get(e.city ?? e.id)!.n[L];
    case 'prov': return w.ents.get(e.prov ?? w.ents.get(e.city!)!.prov!)!.n[L];
    case 'ctry': return w.ents.get(e.ctry)!.n[L];
    case 'ceo': case 'coach': case 'leader': case 'mayor': case 'gov': return w.ents.get(e.orgId!)!.full![L];
    case 'league': case 'cup': return (w.ents.get(e.ctry) as Country).inst[f][L];
  }
  throw new Error(`unknown field ${f} of ${e.kind} ${e.id}`);
}

function slot(rc: RCtx, name: string, field: string): string {
  const { ev, L } = rc;
  const key = field ? `${name}.${field}` : name;
  if (ev.text[key]) return ev.text[key][L];
  if (!field && ev.nums[name]) {
    const n = ev.nums[name];
    return fmtNum(rc.approx ? n : { ...n, approx: false }, L, rc.num, ev.ctry.cur);
  }
  switch (name) {
    case 'on': return fmtEventDate(ev.day, rc.pubDay, L, rc.date, true);
    case 'date': return fmtEventDate(ev.day, rc.pubDay, L, rc.date === 0 ? 1 : rc.date, false);
    case 'wd': return fmtWeekday(ev.day, L);
    case 'on2': return fmtFutureDate(ev.day2 ?? ev.day + 3, rc.pubDay, L, rc.date, true);
    case 'date2': return fmtFutureDate(ev.day2 ?? ev.day + 3, rc.pubDay, L, rc.date === 0 ? 1 : rc.date, false);
    case 'wd2': return fmtWeekday(ev.day2 ?? ev.day + 3, L);
    case 'month': return L === 'en' ? ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][dayParts(ev.day).m] : `${dayParts(ev.day).m + 1}${L === 'ko' ? '월' : '月'}`;
    case 'res': return rc.res[L];
    case 'age': return String(rc.age);
    case 'an': return rc.an.full![L];
    case 'ctry': return field ? entField(rc, ev.ctry, field) : ev.ctry.n[L];
    case 'place': return entField(rc, ev.place, field);
    case 'prov': return entField(rc, ev.prov, field);
  }
  const e = ev.roles[name];
  if (!e) throw new Error(`template slot {${key}} has no value in event type ${ev.type.id}`);
  if (e.kind === 'person') {
    if ((field === 'last' || field === 'ref') && !rc.mentioned.has(name)) field = '';
    if (field === '' || field === 'name' || field === 'last') rc.mentioned.add(name);
  }
  return entField(rc, e, field);
}

const SLOT = /\{([a-zA-Z0-9_]+)(?:\.([a-zA-Z0-9_]+))?(?:\|([가-힣]+))?\}/g;

/** English a/an before a filled-in number or name: "an 8% rise", "an 11-day strike", "an Aurenna Airways flight". */
function enArticles(s: string): string {
  return s.replace(/\b([Aa])(n?) ([0-9][0-9,.]*|eight\b|[AEIO][a-z]+)/g, (m, a: string, _n: string, w: string) => {
    let vowel: boolean;
    if (/^[0-9]/.test(w)) {
      const digits = w.split('.')[0];
      const lead = digits.includes(',') ? digits.split(',')[0] : digits.slice(0, digits.length % 3 || 3);
      vowel = lead.startsWith('8') || lead === '11' || lead === '18';
    } else vowel = w === 'eight' || !/^(One|Once|Euro|Uni)/.test(w);
    return `${a}${vowel ? 'n' : ''} ${w}`;
  });
}

export function fill(tpl: string, rc: RCtx): string {
  let s = tpl.replace(SLOT, (_m, name: string, field: string | undefined, particle: string | undefined) => {
    const v = slot(rc, name, field ?? '');
    return particle ? v + koParticle(v, particle) : v;
  });
  // a bare particle {|을} attaches to whatever text precedes it (e.g. after a closing quote)
  for (let i = s.indexOf('{|'); i >= 0; i = s.indexOf('{|')) {
    const j = s.indexOf('}', i);
    s = s.slice(0, i) + koParticle(s.slice(0, i), s.slice(i + 2, j)) + s.slice(j + 1);
  }
  if (rc.L === 'en') s = capFirst(enArticles(s));
  if (s.includes('{')) throw new Error(`unfilled slot in "${tpl}"`);
  return s;
}

function renderReport(w: World, ev: Ev, L: Lang, outlet: Outlet, k: number, at: number, perm: Perm, r: Rng, leadOnly = false): { title: string; body: string } {
  const t = ev.type[L];
  const g = GENERIC[ev.type.section][L];
  const tzOut = L === 'en' ? -5 : 9;
  const pubDay = Math.floor((at + tzOut * 3600000 - EPOCH) / DAY);
  const para = ev.paraphrase;
  const culture = ev.ctry.home!;
  const rc: RCtx = {
    w, ev, L, pubDay,
    num: para ? (k + Math.floor(k / 3)) % 3 : r.chance(0.8) ? outlet.num : r.int(0, 2),
    date: para ? (k + (L === 'en' ? 0 : 1)) % (L === 'en' ? 5 : 4) : r.chance(0.8) ? outlet.date : r.int(0, 4),
    approx: para && k % 3 === 2,
    alias: false,
    res: bystander(w, culture, r),
    age: r.int(23, 78),
    an: r.pick(people(w, ev.ctry.id, 'analyst')),
    mentioned: new Set(),
  };
  // each report has its own habits for reporting verbs (밝혔다/전했다/설명했다, と述べた/と話した/と語った)
  const habit = r.int(0, 2);
  const sentence = (tpl: string) => restyle(fill(tpl, rc), L, habit);
  const join = (xs: string[]) => xs.join(L === 'ja' ? '' : ' ');

  const lead = sentence(t.lead[perm.lead[k % perm.lead.length]]);
  if (leadOnly) return { title: '', body: lead };
  if (para) rc.alias = k % 2 === 1;
  // a detail that only repeats figures the lead already gave is left out (when others remain)
  const leadTpl = t.lead[perm.lead[k % perm.lead.length]];
  const facts = (tpl: string) => [...tpl.matchAll(/\{([a-zA-Z0-9_]+)/g)].map((m) => m[1]).filter((x) => x in ev.nums || x in ev.text);
  const inLead = new Set(facts(leadTpl));
  const fresh = t.detail.filter((d) => { const f = facts(d); return f.length === 0 || f.some((x) => !inLead.has(x)); });
  const pool = fresh.length >= 2 ? fresh : t.detail;
  // a paraphrase report keeps to one detail of its own, so two outlets rarely share a sentence
  const details = para ? [pool[k % pool.length]] : r.shuffle(pool);
  const nPara = para ? (k % 2 === 0 ? 3 : r.int(4, 5)) : r.int(outlet.paras[0], outlet.paras[1]);
  const first: string[] = [lead];
  if (details.length > 2 && r.chance(0.35)) first.push(sentence(details.shift()!));
  // paragraphs are rendered once their order is known, so a person is named in full at first mention
  type Item = { rank: number; text: () => string };
  const items: Item[] = [];
  const d1 = details.shift();
  if (d1) { const d2 = details.length > 1 && r.chance(0.4) ? details.shift()! : null; items.push({ rank: 1, text: () => join([sentence(d1), ...(d2 ? [sentence(d2)] : [])]) }); }
  const optional: Item[] = [];
  const q1 = t.quote[perm.quote[k % perm.quote.length]];
  const ctxT = r.pick(t.context), nextT = r.pick(t.next);
  optional.push({ rank: 2, text: () => sentence(q1) });
  if (!para || k % 2 === 0) optional.push({ rank: 3, text: () => sentence(ctxT) });
  if (!para || k % 2 === 1) optional.push({ rank: 4, text: () => sentence(nextT) });
  const restDetails = details.slice();
  if (restDetails.length) optional.push({ rank: 2.5, text: () => join(restDetails.map(sentence)) });
  // generic quotes name a second analyst and bystander, so no one is quoted twice
  const others = people(w, ev.ctry.id, 'analyst').filter((p) => p !== rc.an);
  const gq = r.pick(g.quote), gAn = r.pick(others), gRes = bystander(w, culture, r), gAge = r.int(23, 78);
  optional.push({ rank: 3.5, text: () => fill(gq, { ...rc, an: gAn, res: gRes, age: gAge }) });
  if (!para && t.quote.length > 1 && r.chance(0.3)) { const q2 = t.quote[perm.quote[(k + 1) % perm.quote.length]]; optional.push({ rank: 3.2, text: () => sentence(q2) }); }
  // quotes first in priority, then the rest in random order
  const [qa, ...rest] = optional;
  const pri = [...(r.chance(0.85) ? [qa] : []), ...r.shuffle(rest)];
  if (!pri.includes(qa)) pri.push(qa);
  const want = Math.max(0, nPara - 1 - items.length - 1);
  items.push(...pri.slice(0, want));
  for (const it of items) it.rank += (r.next() - 0.5) * 1.6;
  items.sort((a, b) => a.rank - b.rank);
  const paras = [join(first), ...items.map((i) => i.text())];
  // a closing line: boilerplate, or (sometimes) a line merged into the last paragraph
  const boiler = sentence(r.chance(0.55) ? r.pick(g.boiler) : r.pick(BOILER[L]));
  if (paras.length < nPara) paras.push(boiler);
  else if (r.chance(0.3)) paras[paras.length - 1] = join([paras[paras.length - 1], boiler]);
  while (paras.length < 3) paras.push(sentence(r.pick(BOILER[L])));

  // headlines use short names freely
  let title = fill(t.title[perm.title[k % perm.title.length]], { ...rc, mentioned: new Set(Object.keys(ev.roles)) });
  if (L === 'en' && outlet.titleCase) title = titleCase(title);
  if (outlet.wire) decorateWire(w, ev, L, outlet, paras, r);
  else if (k === 0 && r.chance(0.06)) title = L === 'ko' ? `[속보] ${title}` : L === 'ja' ? `【速報】${title}` : `Breaking: ${title}`;
  return { title, body: paras.join('\n\n') };
}

const VERBS: Record<Lang, string[][]> = {
  ko: [['밝혔다.', '전했다.', '설명했다.'], ['말했다.', '밝혔다.', '강조했다.']],
  ja: [['と述べた。', 'と話した。', 'と語った。'], ['と発表した。', 'と明らかにした。', 'と発表した。']],
  en: [],
};
function restyle(s: string, L: Lang, habit: number): string {
  for (const group of VERBS[L]) {
    for (const v of group) {
      if (s.endsWith(v)) return s.slice(0, -v.length) + group[habit % group.length];
    }
  }
  return s;
}

const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function decorateWire(w: World, ev: Ev, L: Lang, o: Outlet, paras: string[], r: Rng): void {
  const p = dayParts(ev.day);
  if (L === 'en') {
    const city = ev.place.base!.en.toUpperCase();
    paras[0] = o.credit === 'Meridian' ? `${city}, ${EN_MON[p.m]} ${p.d} (Meridian) — ${paras[0]}` : `${city} (CPA) – ${paras[0]}`;
    if (o.credit === 'Meridian') paras[paras.length - 1] += ` (Reporting by ${bystander(w, 'en', r).en}; editing by ${bystander(w, 'en', r).en})`;
  } else if (L === 'ko') {
    const city = ev.place.base!.ko;
    paras[0] = o.credit === '서란통신' ? `(${city}=서란통신) ${bystander(w, 'ko', r).ko} 기자 = ${paras[0]}` : `[한누리뉴스통신] ${paras[0]}`;
  } else {
    const city = ev.place.base!.ja;
    if (o.credit === '桐和通信') paras[0] = `【${city}】${paras[0]}`;
    else paras[paras.length - 1] += '（汐風通信）';
  }
}

function bystander(_w: World, culture: Lang, r: Rng): Names {
  // a fresh name of the event country's culture (not a standing entity)
  return randomName(culture, r);
}

// ------------------------------------------------------------------ template check

/**
 * Fills every template of every event type (and the generic ones) in every
 * language, for events bound in each home country, and checks Korean
 * particles are written with the {x|은} syntax. Returns the problems found.
 */
export function lintTemplates(): string[] {
  const problems: string[] = [];
  const g = new Gen(7, 100);
  const r = new Rng('lint');
  const seen = new Set<string>();
  for (const t of TYPES) {
    for (const ctry of g.w.countries.filter((c) => c.home)) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const b = bind(g.w, r, t, ctry, {}, null, null);
        if (!b) { problems.push(`${t.id}: cannot bind actors in ${ctry.id}`); break; }
        const ev = g.makeEvent(r, t, ctry, b, 10, 0, { nums: {}, text: {} }, []);
        ev.langs = [...LANGS]; ev.day2 = 14;
        for (const L of LANGS) {
          const rc: RCtx = { w: g.w, ev, L, pubDay: 11, num: attempt % 3, date: attempt, approx: attempt === 2, alias: attempt === 1, res: randomName(ctry.home!, r), age: 40, an: people(g.w, ctry.id, 'analyst')[0], mentioned: new Set<string>() };
          const lt = t[L];
          for (const part of ['title', 'lead', 'detail', 'quote', 'context', 'next'] as const) {
            if (!lt[part]?.length) problems.push(`${t.id}.${L}.${part}: empty`);
            for (const tpl of lt[part] ?? []) {
              try { fill(tpl, rc); } catch (e) { const m = `${t.id}.${L}.${part}: ${(e as Error).message}`; if (!seen.has(m)) { seen.add(m); problems.push(m); } }
              if (L === 'ko' && /[}’](은|는|이|가|을|를|과|와|으로|로|다|였다)[\s,.…’”]/.test(tpl.replace(/\{(why|share|tariff|rate|pct|agreed|demand|offer|vote|eff|infl|chips|margin|stake|premium|turnout|share|loser)\}/g, ''))) {
                const m = `${t.id}.ko.${part}: particle written without {x|…}: ${tpl}`;
                if (!seen.has(m)) { seen.add(m); problems.push(m); }
              }
            }
          }
          const gen = GENERIC[t.section][L];
          for (const tpl of [...gen.quote, ...gen.boiler, ...BOILER[L]]) {
            try { fill(tpl, rc); } catch (e) { problems.push(`generic ${t.section}.${L}: ${(e as Error).message}`); }
          }
        }
        g.events.pop();
      }
    }
    if (t.en.lead.length < 3 || t.ko.lead.length < 3 || t.ja.lead.length < 3) problems.push(`${t.id}: fewer than 3 leads in a language`);
  }
  for (const s of THREADS) for (const id of s.steps) if (!TYPE_BY_ID.has(id)) problems.push(`thread ${s.id}: unknown type ${id}`);
  return problems;
}

// ------------------------------------------------------------------ API

const memo = new Map<string, EvalSet>();

/** Builds the set from scratch (no cache): used to check determinism. */
export function buildEvalSet(opts: EvalOptions = {}): EvalSet {
  const g = new Gen(opts.seed ?? DEFAULT_SEED, opts.size ?? DEFAULT_SIZE);
  g.run();
  return g.finish();
}

/** The evaluation set with its labels: events, hard-case categories (cached per seed and size). */
export function generateEvalSetWithLabels(opts: EvalOptions = {}): EvalSet {
  const key = `${opts.seed ?? DEFAULT_SEED}:${opts.size ?? DEFAULT_SIZE}`;
  let set = memo.get(key);
  if (!set) { set = buildEvalSet(opts); memo.set(key, set); }
  return set;
}

/** Reports sorted by publishedAt (ties by id); deterministic for a seed. Default size 2,600. */
export function generateEvalSet(opts: EvalOptions = {}): EvalReport[] {
  // copies, so a caller that mutates the reports does not change a later call's result
  return generateEvalSetWithLabels(opts).reports.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt.getTime()) }));
}

/** Hard-case category of each hard-case event of the default set (seed 1, size 2,600), keyed by event id. */
export const hardCases: Record<string, HardCase> = generateEvalSetWithLabels().hardCases;

export { TYPES, THREADS as THREAD_SCHEMAS };
