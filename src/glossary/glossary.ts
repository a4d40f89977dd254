// The glossary: one spelling per name per language across all articles.
// Every spelling the sources use is recorded with the outlets that use it
// (name_spellings); spellings that the variant rules of src/text/variants.ts
// make one name are one entity, whose canonical spelling is the editor's, or
// else the standard orthography's (이설주 over 리설주; 고이즈미 over 코이즈미
// for a Japanese name), or else the one the most distinct outlets use. When
// the canonical spelling changes, every published article printing another
// spelling is written again. Rules that can join two different people
// (유민수 / 류민수, Johnson / Jonson) join spellings only when they occur in
// one story; elsewhere the pair waits in name_reviews for an editor.
import type { Queryable } from '../db/db.ts';
import { detectNames, namesIn, solidlyWritten } from '../text/names.ts';
import { looksLikeKoreanPersonName, plainConsonant } from '../text/hangul.ts';
import { readingOf } from '../text/japanese.ts';
import { rolesOf } from '../text/roles.ts';
import { scriptOfName, soundsAlike } from '../text/romanize.ts';
import { standardSpellings, variantClass, type VariantClass } from '../text/variants.ts';
import { replaceName } from '../text/replace-name.ts';
import { respellTranslations } from './respell.ts';

export { personTitles } from '../text/names.ts';

export interface GlossaryEntry {
  entity_key: string;
  lang: string;
  spelling: string;
  origin: 'learned' | 'standard' | 'editor';
}

export interface SourceText {
  text: string;
  outlet: string | null;
}

export const entityKey = (spelling: string) => spelling.normalize('NFKC').toLowerCase().trim();

/** Is `name` a spelling variant of `spelling`? */
export const isVariant = (name: string, spelling: string) => variantClass(name, spelling) !== undefined;

/** Rules that may join two different people; they join only with context. */
function needsContext(cls: VariantClass, a: string, b: string): boolean {
  if (cls === 'typo' || cls === 'en-translit') return true;
  // a mark dropped (Müller, Muller) is one name; two plain spellings (Mueller, Muller) are two families as often
  if (cls === 'en-diacritics') return !/[^\x00-\x7f]/.test(a + b);
  return cls === 'ko-initial-sound' && (looksLikeKoreanPersonName(a) || looksLikeKoreanPersonName(b));
}

export async function glossaryFor(q: Queryable, lang: string): Promise<GlossaryEntry[]> {
  return q.query<GlossaryEntry>('SELECT entity_key, lang, spelling, origin FROM glossary WHERE lang = $1 ORDER BY entity_key', [lang]);
}

/**
 * The glossary spelling `name` should be written as, if it is a variant of
 * one. `contextFree`: only by the rules that cannot join two people, for text
 * whose names the glossary did not learn (a translation).
 */
export function preferredSpelling(name: string, entries: GlossaryEntry[], contextFree = false): string | undefined {
  if (entries.some((e) => e.spelling === name)) return undefined;
  return entries.find((e) => {
    const cls = variantClass(name, e.spelling);
    return cls !== undefined && !(contextFree && needsContext(cls, name, e.spelling));
  })?.spelling;
}

/** A name and, for a name of several words, its words: a glossary entry may hold a surname alone (Calloway in Ines Caloway). */
export const nameParts = (name: string): string[] => {
  const words = name.split(/\s+/).filter((w) => [...w].length >= 4);
  return words.length > 1 ? [name, ...words] : [name];
};

/** The names worth a glossary entry: two letters or more (a lone Korean surname, 이 or 김, says nothing). */
const glossaryNames = (text: string, lang: string) => detectNames(text, lang).map((n) => n.name).filter((n) => [...n.replace(/\s/g, '')].length >= 2);

/**
 * Record the names of a story's sources, join their variants, and bring each
 * touched entity's canonical spelling up to date. Returns the glossary of the
 * language, in key order. A handful of queries whatever the number of names:
 * the spellings are recorded in one statement, filed in one, and the touched
 * entities settled together.
 */
export async function learnNames(q: Queryable, sources: SourceText[], lang: string): Promise<GlossaryEntry[]> {
  const entries = await glossaryFor(q, lang);
  const detected = sources.map((s) => glossaryNames(s.text, lang));
  // a name of several words that another source writes solid (마리아산토스) is a spelling of it too
  const known = [...entries.map((e) => e.spelling), ...detected.flat()];
  const seen = new Map<string, Seen>();
  for (const [i, s] of sources.entries()) {
    const names = [...new Set([...detected[i], ...solidlyWritten(s.text, lang, known)])];
    for (const name of names) {
      if (!seen.has(name)) seen.set(name, { outlets: new Set(), roles: new Set(), companions: new Set() });
      const n = seen.get(name)!;
      if (s.outlet) n.outlets.add(s.outlet);
      for (const r of rolesOf(s.text, name, lang)) n.roles.add(r);
      for (const c of names) if (c !== name && !name.includes(c) && !c.includes(name)) n.companions.add(c);
    }
  }
  if (!seen.size) return sortByKey(entries);
  const storyNames = [...seen.keys()];
  // (lists travel as one string per name: a text[][] cannot be unnested one row at a time)
  // Rows are written in spelling order: two workers learning overlapping names at once then lock
  // them in the same order and wait for each other instead of deadlocking.
  const inOrder = [...storyNames].sort();
  const joined = (pick: (n: Seen) => Set<string>) => inOrder.map((n) => [...pick(seen.get(n)!)].sort().join('\x1f'));
  const recorded = await q.query<{ spelling: string; entity_key: string | null }>(
    `INSERT INTO name_spellings (lang, spelling, outlets, reports, roles, companions)
     SELECT $1, n.spelling, coalesce(string_to_array(nullif(n.outlets, ''), E'\x1f'), '{}'), 1,
       coalesce(string_to_array(nullif(n.roles, ''), E'\x1f'), '{}'), coalesce(string_to_array(nullif(n.companions, ''), E'\x1f'), '{}')
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS n(spelling, outlets, roles, companions)
     ON CONFLICT (lang, spelling) DO UPDATE SET reports = name_spellings.reports + 1,
       outlets = ARRAY(SELECT DISTINCT unnest(name_spellings.outlets || excluded.outlets) ORDER BY 1),
       roles = ARRAY(SELECT DISTINCT unnest(name_spellings.roles || excluded.roles) ORDER BY 1),
       -- the newest companions first, at most ${maxCompanions}: enough to recognise a person's circle
       companions = ARRAY(SELECT c FROM unnest(excluded.companions || name_spellings.companions) WITH ORDINALITY AS u(c, i)
                          GROUP BY c ORDER BY min(i) LIMIT ${maxCompanions})
     RETURNING spelling, entity_key`,
    [lang, inOrder, joined((n) => n.outlets), joined((n) => n.roles), joined((n) => n.companions)],
  );
  const keyOf = new Map(recorded.map((r) => [r.spelling, r.entity_key]));
  const filing: Filing = { entries, keyOf, storyNames, seen, lang, created: [], reviews: [], evidence: new Map(), classes: new Map() };
  await loadEvidence(q, filing);
  const touched = new Set<string>();
  const filed: Array<[string, string]> = [];
  for (const name of storyNames) {
    const key = keyOf.get(name);
    if (key) {
      touched.add(key);
      continue;
    }
    const entry = entityFor(name, filing);
    keyOf.set(name, entry.entity_key);
    filed.push([name, entry.entity_key]);
    touched.add(entry.entity_key);
  }
  if (filing.created.length) {
    await q.query(
      `INSERT INTO glossary (entity_key, lang, spelling, origin) SELECT k, $1, s, 'learned' FROM unnest($2::text[], $3::text[]) AS e(k, s) ON CONFLICT DO NOTHING`,
      [lang, filing.created.map((e) => e.entity_key), filing.created.map((e) => e.spelling)]);
  }
  if (filing.reviews.length) {
    await q.query(
      `INSERT INTO name_reviews (lang, spelling, other, rule) SELECT $1, s, o, r FROM unnest($2::text[], $3::text[], $4::text[]) AS v(s, o, r) ON CONFLICT DO NOTHING`,
      [lang, filing.reviews.map((r) => r[0]), filing.reviews.map((r) => r[1]), filing.reviews.map((r) => r[2])]);
  }
  if (filed.length) {
    filed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    await q.query(
      `UPDATE name_spellings n SET entity_key = f.k FROM unnest($2::text[], $3::text[]) AS f(s, k) WHERE n.lang = $1 AND n.spelling = f.s`,
      [lang, filed.map((f) => f[0]), filed.map((f) => f[1])]);
  }
  await settleEntities(q, [...touched], lang);
  if (lang === 'ja') await settleKoreanTranscriptionsOf(q, filing.created.map((e) => e.spelling).filter((n) => han.test(n)));
  return sortByKey(await glossaryFor(q, lang));
}

/**
 * A Japanese name in kanji learned now says that the Korean spellings that
 * sound like it transcribe a Japanese name: their standard spelling may be
 * another (타나카 → 다나카), though the Korean stories were filed first.
 */
async function settleKoreanTranscriptionsOf(q: Queryable, kanjiNames: string[]) {
  if (!kanjiNames.length) return;
  const aspirated = await q.query<{ entity_key: string; spelling: string }>(
    "SELECT entity_key, spelling FROM glossary WHERE lang = 'ko' AND origin = 'learned' AND left(spelling, 1) ~ '^[차-핗]' LIMIT 5000");
  const keys = aspirated.filter((e) => plainConsonant(e.spelling[0]) !== e.spelling[0] && soundsJapanese([e.spelling], kanjiNames)).map((e) => e.entity_key);
  await settleEntities(q, keys, 'ko');
}

const sortByKey = (entries: GlossaryEntry[]) => entries.sort((a, b) => (a.entity_key < b.entity_key ? -1 : a.entity_key > b.entity_key ? 1 : 0));

/** What one learnNames call knows while it files a story's names (nothing is written until all are filed). */
interface Filing {
  entries: GlossaryEntry[];
  /** each story name's entity, as recorded and as filed so far */
  keyOf: Map<string, string | null>;
  storyNames: string[];
  /** what this story's sources say beside each name */
  seen: Map<string, Seen>;
  lang: string;
  created: GlossaryEntry[];
  reviews: Array<[string, string, VariantClass]>;
  /** the roles and companions recorded for the entities a new name could join only with context */
  evidence: Map<string, { roles: Set<string>; companions: Set<string> }>;
  /** variantClass of (name, spelling), computed once per call */
  classes: Map<string, VariantClass | undefined>;
}

function classOf(f: Filing, name: string, spelling: string): VariantClass | undefined {
  const k = `${name}\u0000${spelling}`;
  if (!f.classes.has(k)) f.classes.set(k, variantClass(name, spelling));
  return f.classes.get(k);
}

interface Seen {
  outlets: Set<string>;
  roles: Set<string>;
  companions: Set<string>;
}

/** Companions kept per spelling. */
const maxCompanions = 40;

/** A variant pair that needs context, and the entity it would join. */
function contextCandidates(f: Filing): string[] {
  const keys = new Set<string>();
  for (const name of f.storyNames) {
    if (f.keyOf.get(name)) continue;
    for (const e of f.entries) {
      const cls = classOf(f, name, e.spelling);
      if (cls && needsContext(cls, name, e.spelling)) keys.add(e.entity_key);
    }
  }
  return [...keys];
}

/** One query: what the sources said beside the spellings of the entities that need context. */
async function loadEvidence(q: Queryable, f: Filing) {
  const keys = contextCandidates(f);
  if (!keys.length) return;
  const rows = await q.query<{ entity_key: string; roles: string[]; companions: string[] }>(
    'SELECT entity_key, roles, companions FROM name_spellings WHERE lang = $1 AND entity_key = ANY($2::text[])', [f.lang, keys]);
  for (const r of rows) {
    const ev = f.evidence.get(r.entity_key) ?? { roles: new Set<string>(), companions: new Set<string>() };
    for (const x of r.roles) ev.roles.add(x);
    for (const x of r.companions) ev.companions.add(x);
    f.evidence.set(r.entity_key, ev);
  }
}

/**
 * Is the story's `name` the same person as the entity, though they never met
 * in one story? Only when the reports give both the same role beside the same
 * other name (리설주 여사 and 이설주 여사, each beside 김정은): a lawmaker
 * 류민수 and a coach 유민수 stay two, and so do two people who merely share a role.
 */
function sameCircle(name: string, key: string, f: Filing): boolean {
  const ev = f.evidence.get(key);
  const here = f.seen.get(name);
  if (!ev || !here) return false;
  const sharedRole = [...here.roles].some((r) => ev.roles.has(r));
  const sharedCompanion = [...here.companions].some((c) => ev.companions.has(c));
  return sharedRole && sharedCompanion;
}

/** The entity a new spelling belongs to: an existing one it is a variant of (with context where a rule needs it), or a new one. */
function entityFor(name: string, f: Filing): GlossaryEntry {
  const exact = f.entries.find((e) => e.spelling === name || e.entity_key === entityKey(name));
  if (exact) return exact;
  for (const e of f.entries) {
    const cls = classOf(f, name, e.spelling);
    if (!cls) continue;
    // context: the story also names the entry's spelling, or another spelling of its entity
    const together = f.storyNames.some((n) => n !== name && (n === e.spelling || f.keyOf.get(n) === e.entity_key));
    if (!needsContext(cls, name, e.spelling) || together || sameCircle(name, e.entity_key, f)) return e;
    f.reviews.push([name, e.spelling, cls]);
  }
  const entry: GlossaryEntry = { entity_key: entityKey(name), lang: f.lang, spelling: name, origin: 'learned' };
  f.entries.push(entry);
  f.created.push(entry);
  return entry;
}

// The readings of Japanese spellings, kept across calls (a kanji name's reading needs the dictionary).
const japaneseReadings = new Map<string, string>();
const han = /[\u3400-\u9fff]/;
function readingFor(spelling: string): string {
  let r = japaneseReadings.get(spelling);
  if (r === undefined) {
    r = han.test(spelling) ? readingOf(spelling) : spelling;
    if (japaneseReadings.size > 50_000) japaneseReadings.clear();
    japaneseReadings.set(spelling, r);
  }
  return r;
}

/** Do the Korean spellings transcribe a Japanese name (one of them sounds like a spelling in the Japanese glossary)? */
function soundsJapanese(spellings: string[], japanese: string[]): boolean {
  return spellings.some((s) => japanese.some((j) => soundsAlike(s, j) || soundsAlike(s, readingFor(j))));
}

/**
 * The standard spelling of a Korean spelling no other source contradicts, where a
 * rule writes it: a Japanese name's first voiceless stop plain (타나카 → 다나카).
 * A Korean person's own 류 or 리 is theirs (류민수 may be registered so, and
 * 유민수 is another person), and a foreign name (라스베이거스) stays as written.
 */
export function standardFormOf(spelling: string, fromJapanese: boolean): string {
  const first = spelling[0];
  if (!first) return spelling;
  if (fromJapanese && plainConsonant(first) !== first) return plainConsonant(first) + spelling.slice(1);
  return spelling;
}

/** Whether the name is Japanese changes the standard spelling only where a plain and an aspirated first consonant compete. */
const dependsOnOrigin = (names: string[]) => standardSpellings(names, true).length !== standardSpellings(names, false).length;

/**
 * Choose the entity's canonical spelling from the spellings its sources use,
 * unless an editor chose it; when it changes, the articles that print the old
 * one are written again.
 */
export async function settleCanonical(q: Queryable, key: string, lang: string) {
  await settleEntities(q, [key], lang);
}

/** settleCanonical for several entities of one language: two queries, and one more for what changes. */
async function settleEntities(q: Queryable, keys: string[], lang: string) {
  if (!keys.length) return;
  const entries = await q.query<GlossaryEntry>(
    `SELECT entity_key, lang, spelling, origin FROM glossary WHERE lang = $1 AND entity_key = ANY($2::text[]) AND origin <> 'editor'`, [lang, keys]);
  if (!entries.length) return;
  const all = await q.query<{ entity_key: string; spelling: string; outlets: string[]; reports: number }>(
    'SELECT entity_key, spelling, outlets, reports FROM name_spellings WHERE lang = $1 AND entity_key = ANY($2::text[]) ORDER BY spelling',
    [lang, entries.map((e) => e.entity_key)]);
  let japanese: string[] | undefined; // read once, and only if a choice depends on it
  for (const entry of entries) {
    const rows = all.filter((r) => r.entity_key === entry.entity_key);
    if (rows.length === 1 && lang === 'ko') {
      // one spelling only: the standard one where a rule can write it (타나카 → 다나카 for a Japanese name)
      const initial = rows[0].spelling[0];
      let fromJapanese = false;
      if (plainConsonant(initial) === initial) continue;
      {
        japanese ??= (await q.query<{ spelling: string }>("SELECT spelling FROM name_spellings WHERE lang = 'ja' LIMIT 5000")).map((r) => r.spelling);
        // a name written in kanji in Japanese is Japanese; a katakana one (トランプ) is foreign to both
        fromJapanese = soundsJapanese([rows[0].spelling], japanese.filter((j) => han.test(j)));
      }
      const standard = standardFormOf(rows[0].spelling, fromJapanese);
      if (standard !== entry.spelling) {
        await q.query("UPDATE glossary SET spelling = $3, origin = 'standard', updated_at = now() WHERE entity_key = $1 AND lang = $2", [entry.entity_key, lang, standard]);
        await reviseArticlesPrinting(q, lang, [rows[0].spelling]);
        await respellTranslations(q, lang, [rows[0].spelling], standard);
      }
      continue;
    }
    if (rows.length < 2) continue;
    const names = rows.map((r) => r.spelling);
    let fromJapanese = false;
    if (lang === 'ko' && dependsOnOrigin(names)) {
      japanese ??= (await q.query<{ spelling: string }>("SELECT spelling FROM name_spellings WHERE lang = 'ja' LIMIT 5000")).map((r) => r.spelling);
      fromJapanese = soundsJapanese(names, japanese);
    }
    const standard = standardSpellings(names, fromJapanese);
    const weight = (s: string) => {
      const r = rows.find((x) => x.spelling === s)!;
      return Math.max(r.outlets.length, 1) * 1000 + r.reports;
    };
    // most outlets, then most reports; the current spelling wins a tie, so the glossary does not flip back and forth
    const best = standard.reduce((a, b) => (weight(b) > weight(a) || (weight(b) === weight(a) && b === entry.spelling) ? b : a));
    const origin = standard.length < names.length ? 'standard' : 'learned';
    if (best === entry.spelling && origin === entry.origin) continue;
    await q.query('UPDATE glossary SET spelling = $3, origin = $4, updated_at = now() WHERE entity_key = $1 AND lang = $2', [entry.entity_key, lang, best, origin]);
    if (best === entry.spelling) continue;
    const others = names.filter((n) => n !== best);
    await reviseArticlesPrinting(q, lang, others);
    await respellTranslations(q, lang, others, best);
  }
}

/**
 * Stories whose published article (in `lang`) prints one of `spellings` are
 * written again, so that every article of the edition uses the canonical one;
 * their translations follow the new version.
 */
export async function reviseArticlesPrinting(q: Queryable, lang: string, spellings: string[]): Promise<number> {
  const printing = await articlesPrinting(q, lang, spellings);
  if (!printing.length) return 0;
  await q.query('UPDATE stories SET needs_writing = true WHERE id = ANY($1::bigint[])', [printing.map((a) => a.story_id)]);
  return printing.length;
}

/** The published articles in `lang` (of stories not merged away) whose live version prints one of `spellings`. */
export async function articlesPrinting(q: Queryable, lang: string, spellings: string[]): Promise<Array<{ article_id: number; story_id: number; version: number }>> {
  if (!spellings.length) return [];
  return q.query(
    `SELECT a.id AS article_id, a.story_id, a.published_version AS version
     FROM articles a JOIN stories s ON s.id = a.story_id JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.lang = $1 AND a.state = 'published' AND s.state <> 'merged'
       AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS sp(x)
                   WHERE strpos(v.headline || ' ' || v.lead || ' ' || v.summary || ' ' || v.body::text, sp.x) > 0)
     ORDER BY a.id`,
    [lang, spellings],
  );
}

// a glossary's spellings, listed once per glossary read (applyGlossary is asked of every segment of an article)
const spellingLists = new WeakMap<GlossaryEntry[], string[]>();
function spellingsOf(entries: GlossaryEntry[]): string[] {
  let list = spellingLists.get(entries);
  // an entry added to the list since (learning pushes them) makes a new one
  if (!list || list.length !== entries.length) spellingLists.set(entries, (list = entries.map((e) => e.spelling)));
  return list;
}

/** Rewrite every variant spelling of a glossary name in `text` to the glossary's. */
export function applyGlossary(text: string, entries: GlossaryEntry[], lang: string, contextFree = false): string {
  let out = text;
  // a name that is a glossary spelling as a whole keeps its words (Idris Halloway is not Calloway's variant)
  const found = [...namesIn(text, lang), ...solidlyWritten(text, lang, spellingsOf(entries))];
  const whole = found.filter((n) => !entries.some((e) => e.spelling === n));
  for (const name of whole.flatMap(nameParts)) {
    const preferred = preferredSpelling(name, entries, contextFree);
    if (!preferred) continue;
    out = replaceName(out, name, preferred);
  }
  return out;
}

/** An editor's spelling: it wins over every learned one, and the articles printing another spelling of the entity are revised. */
export async function setSpelling(q: Queryable, key: string, lang: string, spelling: string) {
  const k = entityKey(key);
  await q.query(
    `INSERT INTO glossary (entity_key, lang, spelling, origin) VALUES ($1, $2, $3, 'editor')
     ON CONFLICT (entity_key, lang) DO UPDATE SET spelling = excluded.spelling, origin = 'editor', updated_at = now()`,
    [k, lang, spelling],
  );
  await q.query(
    `INSERT INTO name_spellings (lang, spelling, entity_key) VALUES ($1, $2, $3)
     ON CONFLICT (lang, spelling) DO UPDATE SET entity_key = excluded.entity_key`, [lang, spelling, k]);
  await q.query('DELETE FROM name_reviews WHERE lang = $1 AND (spelling = $2 OR other = $2)', [lang, spelling]);
  const old = await spellingsReplacedBy(q, k, lang, spelling);
  await respellTranslations(q, lang, old, spelling);
  return reviseArticlesPrinting(q, lang, old);
}

/** The spellings that an editor's `spelling` of the entity `key` replaces wherever they are printed: the entity's others, and their context-free variants. */
export async function spellingsReplacedBy(q: Queryable, key: string, lang: string, spelling: string): Promise<string[]> {
  const k = entityKey(key);
  const others = await q.query<{ spelling: string }>('SELECT spelling FROM name_spellings WHERE lang = $1 AND entity_key = $2 AND spelling <> $3', [lang, k, spelling]);
  const variants = (await q.query<{ spelling: string }>('SELECT spelling FROM name_spellings WHERE lang = $1 AND entity_key IS DISTINCT FROM $2 AND spelling <> $3', [lang, k, spelling]))
    .filter((r) => isVariant(r.spelling, spelling) && !needsContext(variantClass(r.spelling, spelling)!, r.spelling, spelling));
  return [...others, ...variants].map((r) => r.spelling).filter((s) => !spelling.includes(s));
}

export async function removeEntry(q: Queryable, key: string, lang: string): Promise<boolean> {
  await q.query('UPDATE name_spellings SET entity_key = NULL WHERE lang = $1 AND entity_key = $2', [lang, entityKey(key)]);
  return (await q.query('DELETE FROM glossary WHERE entity_key = $1 AND lang = $2 RETURNING entity_key', [entityKey(key), lang])).length > 0;
}
