// Sentence-level support, with no model: each sentence of an article must rest
// on the sentences of the reports it cites. A claim sentence is compared with
// every source sentence (with its neighbours, for "he said" after the name):
// - its content words and names (src/text/terms.ts; stems and shared word
//   beginnings, so 사임했다 / 사임하였다 and resign / resigned meet) must be
//   found there, nearly all of them, with none of weight added from nowhere;
// - its figures must be in that passage (that they are in the reports at all,
//   and every date, is the grounding check's job);
// - its polarity and modality (src/text/polarity.ts) must be the closest source
//   sentence's: a dropped "not" or a "plans to" made a fact is a failing claim;
// - the names it gives must stand in that passage: a quotation given to
//   someone the passage does not name is a wrong attribution.
// Pure: no database, no clock. The grounding check runs it on every part of an
// article; other checks may call supportOfSentence on one sentence.
import { extractTerms, type Term } from '../text/terms.ts';
import { sentences } from '../text/sentences.ts';
import { namesIn } from '../text/names.ts';
import { isCueWord, modalityDifference, polarityOf, type Polarity } from '../text/polarity.ts';
import { sections, type Article, type SourceReport } from './article.ts';
import { imageBrief } from './image-brief.ts';

export type SupportKind = 'unsupported' | 'negation' | 'modality' | 'attribution';

export interface SupportFailure {
  kind: SupportKind;
  /** headline, lead, summary, paragraph N, alt text */
  where: string;
  /** the article's sentence */
  claim: string;
  message: string;
  /** the source sentence that comes closest, when one shares anything */
  closest?: { reportId: number; sentence: string; coverage: number };
}

export interface SentenceVerdict {
  supported: boolean;
  kind?: SupportKind;
  message?: string;
  /** the content words and names of the claim its best source passage lacks */
  missing: string[];
  /** share of the claim's content weight found in its best source passage, 0 to 1 */
  coverage: number;
  closest?: { reportId: number; sentence: string; coverage: number };
}

export interface SupportOptions {
  /** two spellings of one name (the glossary's variant rules): the writer may print the glossary's spelling of a source's */
  sameName?: (a: string, b: string) => boolean;
  /** below this share of the claim's content weight found in one source passage, it is unsupported */
  minCoverage?: number;
  /** this much content weight absent from every cited report makes the claim unsupported, whatever the share */
  maxMissingWeight?: number;
}

const defaults = { minCoverage: 0.7, maxMissingWeight: 3 };

interface SourceSentence {
  reportId: number;
  text: string;
  words: string[];
  numbers: Set<string>;
  polarity: Polarity;
  lower: string;
  /** its names, read when first asked for (Japanese names take a morphological analysis) */
  names?: string[];
}

/** The cited reports read once: their sentences with terms and cues, by report, in reading order. */
export interface SourceIndex {
  lang: string;
  byReport: SourceSentence[][];
  /** every content word of the reports */
  words: Set<string>;
  /** all sentences' text, lower-cased, joined: built when first asked for */
  allLower?: string;
  /** every figure of the reports */
  allNumbers?: Set<string>;
}

const isCjk = (lang: string) => lang === 'ko' || lang === 'ja' || lang === 'zh';

// "November 22" / "22 November": the day of a date is the date's (the grounding check judges dates), not a figure
const englishDates = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi;

/** The figures of a text, dates left out. */
function numberTerms(text: string, lang: string): string[] {
  return extractTerms(text.normalize('NFKC').replace(englishDates, ' '), lang).filter((t) => t.kind === 'number').map((t) => t.term);
}

// English words that carry no fact of their own, so a paraphrase may add or drop them ("now takes 7 minutes instead of 50")
const lightWords = new Set(('now instead also still then just even already again yet soon once take takes took taken taking make makes made making get gets got ' +
  'come comes came put puts set sets keep keeps kept way ways thing things lot much many more most less very really well part').split(' '));

function contentTerms(text: string, lang: string): Term[] {
  return extractTerms(text, lang).filter((t) => (t.kind === 'word' || t.kind === 'entity') && !isCueWord(t.term, lang) && !(lang.startsWith('en') && lightWords.has(t.term)));
}

export function indexSources(reports: SourceReport[], lang: string): SourceIndex {
  const words = new Set<string>();
  const byReport: SourceSentence[][] = [];
  // a report in another language cannot support a sentence word for word
  for (const r of reports.filter((r) => (r.lang ?? lang).slice(0, 2) === lang.slice(0, 2))) {
    const list: SourceSentence[] = [];
    for (const text of [r.title, ...r.body.split(/\n+/).flatMap((p) => sentences(p, lang))]) {
      if (!text.trim()) continue;
      const w = contentTerms(text, lang).map((t) => t.term);
      for (const t of w) words.add(t);
      list.push({ reportId: r.id, text, words: w, numbers: new Set(numberTerms(text, lang)), polarity: polarityOf(text, lang), lower: text.normalize('NFKC').toLowerCase() });
    }
    byReport.push(list);
  }
  return { lang, byReport, words };
}

/** Two words meet when equal, or when they begin alike for most of the shorter (resign / resigned, 예산 / 예산안). */
function sameWord(a: string, b: string, lang: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  if (isCjk(lang)) return p >= 2 && p >= min * 0.6;
  return (p === min && p >= 4) || (p >= 5 && p >= min * 0.6);
}

function found(word: string, pool: Iterable<string>, lang: string): boolean {
  for (const w of pool) if (sameWord(word, w, lang)) return true;
  return false;
}

const weightOf = (t: Term) => (t.kind === 'entity' ? 2 : 1);

/** How one sentence stands against the cited reports (indexed with indexSources). */
export function supportOfSentence(claim: string, index: SourceIndex, opts: SupportOptions = {}): SentenceVerdict {
  const { lang } = index;
  const minCoverage = opts.minCoverage ?? defaults.minCoverage;
  const maxMissing = opts.maxMissingWeight ?? defaults.maxMissingWeight;
  const seen = new Set<string>();
  const all = contentTerms(claim, lang).filter((t) => !seen.has(t.term) && (seen.add(t.term), true));
  // names are judged by where they stand (attribution), the rest by how much of it one passage holds
  const claimNames = namesIn(claim, lang);
  const names = claimNames.map((n) => n.normalize('NFKC').toLowerCase());
  const isName = (t: Term) => t.kind === 'entity' || names.some((n) => n.includes(t.term));
  const words = all.filter((t) => !isName(t));
  const terms = words.length ? words : all;
  const numbers = numberTerms(claim, lang);
  const total = terms.reduce((a, t) => a + weightOf(t), 0);
  if (!index.byReport.length || (!total && !numbers.length)) return { supported: true, missing: [], coverage: 1 };

  // the best passage: a source sentence with its neighbours in the same report
  type Passage = { center: SourceSentence; window: SourceSentence[]; matched: number; score: number; centerHits: number; missing: string[] };
  let b: Passage | undefined;
  // each report's best window, for a sentence that joins what several cited reports say
  const bestWindows: SourceSentence[][] = [];
  for (const list of index.byReport) {
    let own: Passage | undefined;
    // where each term is found, sentence by sentence, once (a window is three neighbours)
    const hits = terms.map((t) => list.map((x) => found(t.term, x.words, lang)));
    list.forEach((center, i) => {
      const from = Math.max(0, i - 1), to = Math.min(list.length, i + 2);
      const window = list.slice(from, to);
      let matched = 0, centerHits = 0;
      const missing: string[] = [];
      terms.forEach((t, k) => {
        if (hits[k][i]) centerHits += weightOf(t);
        let inWindow = false;
        for (let j = from; j < to && !inWindow; j++) inWindow = hits[k][j];
        if (inWindow) matched += weightOf(t);
        else missing.push(t.term);
      });
      // the claim's figures count as words: of two passages saying alike, the one with its figures is where it comes from
      const score = matched + numbers.filter((n) => window.some((s) => s.numbers.has(n))).length;
      // among passages matching alike, the one whose own centre holds most: its cues are compared
      const p = { center, window, matched, score, centerHits, missing };
      if (!b || score > b.score || (score === b.score && centerHits > b.centerHits)) b = p;
      if (!own || score > own.score || (score === own.score && centerHits > own.centerHits)) own = p;
    });
    if (own) bestWindows.push(own.window);
  }
  const found_: Passage | undefined = b;
  if (!found_) return { supported: true, missing: [], coverage: 1 };
  const best: Passage = found_;
  // a sentence citing several reports may join their passages ("cut the ribbon" from one, the quotation from another)
  const joined = bestWindows.flatMap((w) => w.flatMap((x) => x.words));
  const joinedMatched = bestWindows.length > 1 ? terms.filter((t) => found(t.term, joined, lang)).reduce((a, t) => a + weightOf(t), 0) : best.matched;
  const coverage = total ? Math.max(best.matched, joinedMatched) / total : 1;
  const closest = { reportId: best.center.reportId, sentence: best.center.text, coverage };
  const missingTerms = best.missing;
  const fail = (kind: SupportKind, message: string): SentenceVerdict => ({ supported: false, kind, message, missing: missingTerms, coverage, closest });

  const nowhere = terms.filter((t) => !index.words.has(t.term) && !found(t.term, index.words, lang));
  const nowhereWeight = nowhere.reduce((a, t) => a + weightOf(t), 0);
  if (coverage < minCoverage || nowhereWeight >= maxMissing) {
    const what = (nowhere.length ? nowhere : terms.filter((t) => best.missing.includes(t.term))).map((t) => t.term).slice(0, 6).join(', ');
    return fail('unsupported', `the cited reports do not say this (${Math.round(coverage * 100)}% of its content in the closest passage; not found: ${what})`);
  }
  const windowNumbers = new Set(best.window.flatMap((s) => [...s.numbers]));
  const allNumbers = (index.allNumbers ??= new Set(index.byReport.flat().flatMap((s) => [...s.numbers])));
  const strayNumber = numbers.find((n) => !windowNumbers.has(n) && allNumbers.has(n));
  if (strayNumber) return fail('unsupported', `the figure ${strayNumber.slice(2)} is in the cited reports, but not where they say the rest of this sentence`);

  const mine = polarityOf(claim, lang);
  const theirs = best.center.polarity;
  if (mine.negated !== theirs.negated) {
    return fail('negation', mine.negated ? 'the sentence is negated and the closest source sentence is not' : 'the closest source sentence is negated and this sentence is not');
  }
  const modal = modalityDifference(mine, theirs);
  if (modal.length) {
    const added = modal.filter((m) => mine.modality.has(m));
    const dropped = modal.filter((m) => !mine.modality.has(m));
    return fail('modality', [added.length ? `adds ${added.join(', ')}` : '', dropped.length ? `drops the source's ${dropped.join(', ')}` : ''].filter(Boolean).join(' and ') + ' (modality differs from the closest source sentence)');
  }

  // names: each must stand in the passage (a glossary variant counts)
  const windowText = best.window.map((s) => s.lower).join(' ');
  const windowNames = () => best.window.flatMap((s) => (s.names ??= namesIn(s.text, lang)));
  const reportsText = claimNames.length ? (index.allLower ??= index.byReport.flat().map((s) => s.lower).join(' ')) : '';
  for (const name of claimNames) {
    const n = name.normalize('NFKC').toLowerCase();
    // …or written solid there, as Korean outlets may write a foreign name (마리아산토스 for 마리아 산토스)
    const solid = /\s/.test(n) && windowText.includes(n.replace(/\s+/g, ''));
    if (windowText.includes(n) || solid || windowNames().some((w) => opts.sameName?.(name, w))) continue;
    // a name absent from every cited report is the grounding check's name finding
    if (!reportsText.includes(n)) continue;
    return fail('attribution', `"${name}" is in the cited reports, but not in the passage that says this${mine.attributed ? ': the words are given to someone else' : ''}`);
  }
  return { supported: true, missing: best.missing, coverage, closest };
}

/** The article's parts as the checks name them, each cut into sentences. */
export function articleSentences(article: Article): Array<{ where: string; sentence: string; citations?: number[] }> {
  const lang = article.lang;
  const out: Array<{ where: string; sentence: string; citations?: number[] }> = [];
  const add = (where: string, text: string, citations?: number[]) => {
    for (const s of sentences(text, lang)) out.push({ where, sentence: s, citations });
  };
  // the headline and lead rest on the reports the writer says they do, when it says
  const lead = article.leadCitations?.length ? article.leadCitations : undefined;
  out.push({ where: 'headline', sentence: article.headline, citations: lead });
  add('lead', article.lead, lead);
  article.body.forEach((p, i) => add(`paragraph ${i + 1}`, p.text, p.citations));
  add('summary', article.summary);
  // the extractive writer's alt text describes a section's stock picture, not the news: nothing to support
  // (an edition article may carry the original's, of the original's section)
  // and an alt text that describes the illustration ("A long bridge over a harbour at sunrise") states nothing of the news:
  // it is checked when it names someone, gives a figure or is written as a statement ("The minister resigned.", 장관이 사임했다)
  const alt = article.imageBrief.alt;
  const statement = (t: string) => /[.!?。！？]\s*$|다\s*$/.test(t.trim());
  if (alt && !sections.some((s) => alt === imageBrief(s, lang).alt) && (statement(alt) || namesIn(alt, lang).length || numberTerms(alt, lang).length)) add('alt text', alt);
  return out;
}

/**
 * Every sentence of the article against what it answers to: a paragraph's
 * sentences against the reports it cites, the headline and lead against the
 * reports of its lead citations (when the writer gave them), the summary and
 * alt text against all of `reports`. One failure per failing sentence.
 */
export function checkSentenceSupport(article: Article, reports: SourceReport[], opts: SupportOptions = {}): SupportFailure[] {
  const lang = article.lang;
  const byId = new Map(reports.map((r) => [r.id, r]));
  const indexes = new Map<string, SourceIndex>();
  const indexFor = (citations?: number[]) => {
    const cited = citations ? citations.map((id) => byId.get(id)).filter((r): r is SourceReport => !!r) : reports;
    const key = cited.map((r) => r.id).join(',');
    if (!indexes.has(key)) indexes.set(key, indexSources(cited, lang));
    return indexes.get(key)!;
  };
  const out: SupportFailure[] = [];
  for (const { where, sentence, citations } of articleSentences(article)) {
    const v = supportOfSentence(sentence, indexFor(citations), opts);
    if (!v.supported) out.push({ kind: v.kind!, where, claim: sentence, message: v.message!, closest: v.closest });
  }
  return out;
}
