#!/usr/bin/env node
// Validates the hand-written name spelling-variant pairs: bench/data/name-variants/pairs.jsonl
// Usage: node bench/data/name-variants/validate.mjs [path/to/pairs.jsonl]
//
// Errors (exit 1):
//   - a line that is not one JSON object, or whose keys are not exactly a, b, lang, class, same, note
//   - an empty or untrimmed string, a string that is not NFC, a == b
//   - an unknown lang or class; a class whose `same` or `lang` is not the one it requires
//   - a duplicate pair (in either order, in any class)
//   - a script mismatch: ko lines need Hangul on both sides, en lines Latin only, ja lines
//     Japanese (kana, kanji or full-/half-width forms) and no Hangul, cross lines two different
//     scripts (Hangul, Japanese, Latin)
//   - a positive pair that its class's rule does not explain (see CHECKS below): every positive
//     pair must differ ONLY by the kind of variation its class names
//   - a class with fewer pairs than its minimum (25 per positive class, 30 per negative class)
// Warnings (exit 0): a negative pair that one of its language's positive rules would accept,
//   without a note starting "rule-ambiguous:".
// Printed: counts per class, per lang and per same, and the rule-ambiguous lookalikes per lang.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? join(here, "pairs.jsonl");

const LANGS = ["ko", "ja", "en", "cross"];
// class -> [same, required lang or null for any]
const CLASSES = {
  "ko-initial-sound": [true, "ko"],
  "ko-aspiration": [true, "ko"],
  "ko-vowel": [true, "ko"],
  "ko-spacing": [true, "ko"],
  "ja-long-vowel": [true, "ja"],
  "ja-vu": [true, "ja"],
  "ja-sokuon": [true, "ja"],
  "ja-middle-dot": [true, "ja"],
  "ja-width": [true, "ja"],
  "ja-reading": [true, "ja"],
  "en-diacritics": [true, "en"],
  "en-translit": [true, "en"],
  "en-order": [true, "en"],
  "cross-romanization": [true, "cross"],
  "lookalike-person": [false, null],
  "different-name": [false, null],
  "common-word": [false, null],
};
const MIN_POSITIVE = 25;
const MIN_NEGATIVE = 30;
const KEYS = ["a", "b", "class", "lang", "note", "same"];

// ---------- scripts ----------
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const HAN = /\p{Script=Han}/u;
const WIDTH_FORMS = /[\uFF01-\uFFEF\u3000]/u; // full-width ASCII, half-width katakana, ideographic space
const LATIN = /\p{Script=Latin}/u;
// en strings: Latin letters, combining marks, digits, space and name punctuation only
const EN_ONLY = /^[\p{Script=Latin}\p{M}0-9 .'\u2019-]+$/u;

function scripts(s) {
  const out = new Set();
  if (HANGUL.test(s)) out.add("hangul");
  if (KANA.test(s) || HAN.test(s)) out.add("japanese");
  if (LATIN.test(s)) out.add("latin");
  return out;
}

// ---------- Hangul jamo ----------
// L: ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18
// V: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20
function jamo(ch) {
  const c = ch.codePointAt(0) - 0xac00;
  if (c < 0 || c > 11171) return null;
  return { L: Math.floor(c / 588), V: Math.floor((c % 588) / 28), T: c % 28 };
}
const IY_VOWELS = new Set([20, 2, 6, 12, 17, 3, 7]); // ㅣ ㅑ ㅕ ㅛ ㅠ ㅒ ㅖ
// Pairs of syllables (same length, position by position). Returns null if lengths differ,
// otherwise the list of differing positions with their jamo.
function syllableDiffs(a, b) {
  const A = [...a];
  const B = [...b];
  if (A.length !== B.length) return null;
  const out = [];
  for (let i = 0; i < A.length; i++) {
    if (A[i] === B[i]) continue;
    const ja = jamo(A[i]);
    const jb = jamo(B[i]);
    if (!ja || !jb) return null; // a non-Hangul character differs
    out.push({ i, ja, jb, wordStart: i === 0 || /\s/u.test(A[i - 1]) });
  }
  return out;
}
const key2 = (x, y) => (x < y ? `${x},${y}` : `${y},${x}`);

// 두음법칙: ㄹ→ㄴ (before any vowel), ㄹ→ㅇ and ㄴ→ㅇ (before ㅣ/y-vowels), at a word's start
function initialSoundOk(a, b) {
  const d = syllableDiffs(a, b);
  if (!d || d.length === 0) return false;
  return d.every(({ ja, jb, wordStart }) => {
    if (!wordStart || ja.V !== jb.V || ja.T !== jb.T) return false;
    const k = key2(ja.L, jb.L);
    if (k === key2(5, 2)) return true; // ㄹ/ㄴ
    if (k === key2(5, 11) || k === key2(2, 11)) return IY_VOWELS.has(ja.V); // ㄹ/ㅇ, ㄴ/ㅇ
    return false;
  });
}

// plain / aspirated / tense initial consonant of any syllable
const STOP_GROUPS = [[0, 15, 1], [3, 16, 4], [7, 17, 8], [12, 14, 13], [9, 10]];
const SAME_GROUP = new Set();
for (const g of STOP_GROUPS) for (const x of g) for (const y of g) if (x !== y) SAME_GROUP.add(key2(x, y));
function aspirationOk(a, b) {
  const d = syllableDiffs(a, b);
  if (!d || d.length === 0) return false;
  return d.every(({ ja, jb }) => ja.V === jb.V && ja.T === jb.T && SAME_GROUP.has(key2(ja.L, jb.L)));
}

// vowel alternations seen in transcriptions of foreign names (see README)
const V = { a: 0, ae: 1, ya: 2, eo: 4, e: 5, ye: 7, o: 8, yo: 12, u: 13, we: 15, wi: 16, yu: 17, eu: 18, i: 20 };
const VOWEL_PAIRS = new Set([
  key2(V.e, V.ae), key2(V.o, V.eo), key2(V.eo, V.a), key2(V.eu, V.u), key2(V.eo, V.u),
  key2(V.ae, V.a), key2(V.eu, V.eo), key2(V.o, V.a), key2(V.eo, V.e), key2(V.i, V.e),
  key2(V.i, V.wi), key2(V.o, V.yo), key2(V.u, V.yu), key2(V.a, V.ya), key2(V.e, V.ye),
  key2(V.we, V.ye),
]);
function vowelOk(a, b) {
  const d = syllableDiffs(a, b);
  if (!d || d.length === 0) return false;
  return d.every(({ ja, jb }) => ja.L === jb.L && ja.T === jb.T && VOWEL_PAIRS.has(key2(ja.V, jb.V)));
}

// ---------- Japanese ----------
const stripSpaces = (s) => s.replace(/[\s\u3000]/gu, "");
const stripDots = (s) => s.replace(/[\s\u3000・=＝･]/gu, "");
const stripLong = (s) => s.replace(/[ーウオ]/gu, "");
const stripSokuon = (s) => s.replace(/ッ/gu, "");
const mapVu = (s) =>
  s.replace(/ヴァ/gu, "バ").replace(/ヴィ/gu, "ビ").replace(/ヴェ/gu, "ベ").replace(/ヴォ/gu, "ボ")
    .replace(/ヴュ/gu, "ビュ").replace(/ヴ/gu, "ブ");
const onlyKana = (s) => /^[\u3040-\u30FF\s\u3000・]+$/u.test(s);
const hasHan = (s) => HAN.test(s);

// ---------- Latin ----------
const lower = (s) => s.toLocaleLowerCase("en");
function stripMarks(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}
// Every spelling a diacritic-bearing string may be printed as, lower-cased.
function diacriticForms(s) {
  const l = lower(s);
  const plain = stripMarks(
    l.replace(/ß/gu, "ss").replace(/đ/gu, "d").replace(/ø/gu, "o").replace(/ł/gu, "l")
      .replace(/ı/gu, "i").replace(/æ/gu, "ae").replace(/œ/gu, "oe"),
  );
  const german = stripMarks(
    l.replace(/ä/gu, "ae").replace(/ö/gu, "oe").replace(/ü/gu, "ue").replace(/ß/gu, "ss")
      .replace(/đ/gu, "dj").replace(/ø/gu, "oe").replace(/å/gu, "aa").replace(/ł/gu, "l")
      .replace(/ı/gu, "i").replace(/æ/gu, "ae").replace(/œ/gu, "oe"),
  );
  return new Set([plain, german]);
}
function diacriticsOk(a, b) {
  const fa = diacriticForms(a);
  const fb = diacriticForms(b);
  const hasMark = (s) => s !== stripMarks(s) || /[ßđøłıæœ]/iu.test(s);
  if (!hasMark(a) && !hasMark(b)) return false;
  return [...fa].some((x) => fb.has(x)) || fa.has(lower(b)) || fb.has(lower(a));
}
const sortedLetters = (s) => [...lower(s).replace(/[^\p{L}]/gu, "")].sort().join("");

// class -> [description, check(a, b)]
const CHECKS = {
  "ko-initial-sound": ["differ only in a word-initial ㄹ/ㄴ/ㅇ (두음법칙)", initialSoundOk],
  "ko-aspiration": ["differ only in plain/aspirated/tense initial consonants", aspirationOk],
  "ko-vowel": ["differ only in listed vowel alternations", vowelOk],
  "ko-spacing": ["equal once spaces are removed", (a, b) => stripSpaces(a) === stripSpaces(b)],
  "ja-long-vowel": ["equal once ー/ウ/オ are removed", (a, b) => stripLong(a) === stripLong(b)],
  "ja-vu": ["equal once ヴ-row is mapped to バ-row", (a, b) => mapVu(a) === mapVu(b)],
  "ja-sokuon": ["equal once ッ is removed", (a, b) => stripSokuon(a) === stripSokuon(b)],
  "ja-middle-dot": ["equal once ・/＝/spaces are removed", (a, b) => stripDots(a) === stripDots(b)],
  "ja-width": ["equal under NFKC", (a, b) => a.normalize("NFKC") === b.normalize("NFKC")],
  "ja-reading": [
    "one side has kanji, the other is kana only",
    (a, b) => (hasHan(a) && onlyKana(b)) || (hasHan(b) && onlyKana(a)),
  ],
  "en-diacritics": ["equal once diacritics are removed or spelled out", diacriticsOk],
  "en-translit": ["differ (no mechanical check)", (a, b) => lower(a) !== lower(b)],
  "en-order": [
    "same letters in another order or split",
    (a, b) => lower(a) !== lower(b) && sortedLetters(a) === sortedLetters(b),
  ],
  "cross-romanization": ["in two different scripts", () => true],
};

// ---------- run ----------
const errors = [];
const warnings = [];
const err = (n, msg) => errors.push(`line ${n}: ${msg}`);
const seen = new Map();
const counts = {};
const byLang = {};
const bySame = { true: 0, false: 0 };
const ambiguous = {};
let total = 0;

const lines = readFileSync(file, "utf8").split("\n");
lines.forEach((raw, idx) => {
  const n = idx + 1;
  if (raw.trim() === "") {
    if (idx !== lines.length - 1) err(n, "empty line");
    return;
  }
  let o;
  try {
    o = JSON.parse(raw);
  } catch (e) {
    err(n, `not JSON: ${e.message}`);
    return;
  }
  if (typeof o !== "object" || o === null || Array.isArray(o)) return err(n, "not an object");
  const keys = Object.keys(o).sort();
  if (keys.join() !== KEYS.join()) return err(n, `keys must be exactly ${KEYS.join(", ")} (got ${keys.join(", ")})`);
  for (const k of ["a", "b", "lang", "class", "note"]) {
    if (typeof o[k] !== "string" || o[k] === "") return err(n, `${k} must be a non-empty string`);
    if (o[k] !== o[k].trim()) err(n, `${k} has leading or trailing space`);
    if (o[k] !== o[k].normalize("NFC")) err(n, `${k} is not NFC`);
  }
  if (typeof o.same !== "boolean") return err(n, "same must be a boolean");
  if (!LANGS.includes(o.lang)) return err(n, `unknown lang ${o.lang}`);
  if (!(o.class in CLASSES)) return err(n, `unknown class ${o.class}`);
  const [same, lang] = CLASSES[o.class];
  if (o.same !== same) err(n, `class ${o.class} requires same=${same}`);
  if (lang && o.lang !== lang) err(n, `class ${o.class} requires lang=${lang}`);
  if (o.a === o.b) err(n, "a and b are identical");

  const k = o.a < o.b ? `${o.a}\u0000${o.b}` : `${o.b}\u0000${o.a}`;
  if (seen.has(k)) err(n, `duplicate pair (first on line ${seen.get(k)})`);
  else seen.set(k, n);

  // scripts
  const sa = scripts(o.a);
  const sb = scripts(o.b);
  if (o.lang === "ko") {
    if (!sa.has("hangul") || !sb.has("hangul")) err(n, "ko pair without Hangul on both sides");
    if (KANA.test(o.a + o.b)) err(n, "ko pair contains kana");
  } else if (o.lang === "en") {
    if (!EN_ONLY.test(o.a) || !EN_ONLY.test(o.b)) err(n, "en pair with non-Latin characters");
  } else if (o.lang === "ja") {
    const jp = (s) => scripts(s).has("japanese") || WIDTH_FORMS.test(s);
    if (!jp(o.a) && !jp(o.b)) err(n, "ja pair with no Japanese or width-form characters");
    if (HANGUL.test(o.a + o.b)) err(n, "ja pair contains Hangul");
  } else if (o.lang === "cross") {
    if (sa.size !== 1 || sb.size !== 1) err(n, "cross pair: each side must be in exactly one script");
    else if ([...sa][0] === [...sb][0]) err(n, "cross pair in the same script on both sides");
  }

  if (o.class in CHECKS) {
    const [desc, ok] = CHECKS[o.class];
    if (!ok(o.a, o.b)) err(n, `${o.class}: "${o.a}" / "${o.b}" must ${desc}`);
  }
  if (!same) {
    // A negative pair that a positive rule of its language explains should say so.
    const explained = Object.entries(CHECKS)
      .filter(([cls]) => cls !== "en-translit" && cls !== "cross-romanization" && CLASSES[cls][1] === o.lang)
      .filter(([, [, ok]]) => ok(o.a, o.b))
      .map(([cls]) => cls);
    if (explained.length && !o.note.startsWith("rule-ambiguous:")) {
      warnings.push(`line ${n}: negative pair "${o.a}" / "${o.b}" passes the ${explained.join(", ")} rule; note is not rule-ambiguous`);
    }
  }
  if (o.class === "lookalike-person" && o.note.startsWith("rule-ambiguous:")) {
    ambiguous[o.lang] = (ambiguous[o.lang] ?? 0) + 1;
  }
  if (/rule-ambiguous/u.test(o.note) && !o.note.startsWith("rule-ambiguous:")) {
    err(n, 'a rule-ambiguous note must start with "rule-ambiguous:"');
  }

  counts[o.class] ??= { total: 0, ko: 0, ja: 0, en: 0, cross: 0 };
  counts[o.class].total++;
  counts[o.class][o.lang]++;
  byLang[o.lang] = (byLang[o.lang] ?? 0) + 1;
  bySame[o.same]++;
  total++;
});

for (const [cls, [same]] of Object.entries(CLASSES)) {
  const c = counts[cls]?.total ?? 0;
  const min = same ? MIN_POSITIVE : MIN_NEGATIVE;
  if (c < min) errors.push(`class ${cls}: ${c} pairs, needs at least ${min}`);
}

const pad = (s, w) => String(s).padEnd(w);
const padl = (s, w) => String(s).padStart(w);
console.log(`${file}: ${total} pairs`);
console.log(`${pad("class", 20)}${padl("same", 6)}${padl("total", 7)}${padl("ko", 5)}${padl("ja", 5)}${padl("en", 5)}${padl("cross", 7)}`);
for (const [cls, [same]] of Object.entries(CLASSES)) {
  const c = counts[cls] ?? { total: 0, ko: 0, ja: 0, en: 0, cross: 0 };
  console.log(`${pad(cls, 20)}${padl(same, 6)}${padl(c.total, 7)}${padl(c.ko, 5)}${padl(c.ja, 5)}${padl(c.en, 5)}${padl(c.cross, 7)}`);
}
console.log(`same=true: ${bySame.true}  same=false: ${bySame.false}`);
console.log(`by lang: ${LANGS.map((l) => `${l} ${byLang[l] ?? 0}`).join(", ")}`);
console.log(`rule-ambiguous lookalike-person: ${LANGS.map((l) => `${l} ${ambiguous[l] ?? 0}`).join(", ")}`);

if (warnings.length) {
  console.log(`\n${warnings.length} warning(s) (advisory):`);
  for (const w of warnings) console.log(`  ${w}`);
}
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log("OK");
