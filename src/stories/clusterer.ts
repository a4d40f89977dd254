// Online clustering: each report joins the most similar open story above a
// threshold, or starts a new one, as it arrives — no recompute. The same
// reports in the same order always give the same stories.
//
// Similarity is the cosine between the report's TF-IDF vector and a story's
// centroid (the sum of its reports' unit vectors), damped by the time since
// the story was last seen. Document frequencies grow with every report. Only
// stories seen within the retention window are kept in memory (and in the
// inverted index that finds candidates), so the cost per report does not grow
// with the number of stories ever seen.
//
// Beside the lexical vector every report has a signature vector that does not
// depend on its language (src/text/signature.ts): its names as phonetic keys,
// its figures with what they count (src/text/figures.ts), the calendar days
// its dates mean. Reports in different
// languages, or about another angle of one event, share little wording but
// the same participants, figures and day; a signature match joins them when
// it holds names and a figure or a day together (see `signatureScore`).
import { extractTerms, type TermKind } from '../text/terms.ts';
import { figureTerms } from '../text/figures.ts';
import { expandFigures, joinHyphenatedNames, mentionedDays, phoneticKeys } from '../text/signature.ts';

export interface ClusterOptions {
  /** similarity a report needs to join a story */
  joinThreshold: number;
  /** similarity (below joinThreshold) that makes a new story a follow-up of an earlier one */
  threadThreshold: number;
  /** a story closes after this many hours without a new report */
  quietHours: number;
  /** how far back a follow-up may reach, in days; also how long stories stay in memory */
  threadDays: number;
  /** centroid terms kept per story */
  maxCentroidTerms: number;
  /** report terms used to look up candidate stories */
  candidateTerms: number;
  /** characters of the body read after the title (the lead carries the facts) */
  leadChars: number;
  /** share of a follow-up's similarity that must come from subject words (common words, not names, numbers or dates) */
  threadSubjectShare: number;
  /** share of a follow-up's similarity that must come from specific terms: names, numbers, dates, rare words */
  threadSpecificShare: number;
  /** a word in fewer than this share of all reports counts as specific (Korean and Chinese names are not marked) */
  specificDf: number;
  /** …or in fewer than this many reports */
  specificMinDocs: number;
  /**
   * Below this many reports seen, document frequencies cannot tell names from
   * subject words: only marked names, numbers and dates count as specific, and
   * a follow-up needs only `threadSubjectShareEarly` of subject words.
   */
  warmupDocs: number;
  threadSubjectShareEarly: number;
  /** stories older than the window are forgotten every this many reports */
  sweepEvery: number;
  /** how much dense-embedding similarity counts, when reports carry embeddings (0 = ignore) */
  embeddingWeight: number;
  /** embedding cosine that counts as zero similarity (unrelated texts are rarely below it) */
  embeddingFloor: number;
  /** how much the signature similarity counts (0 = lexical features only) */
  signatureWeight: number;
  /** how much a bare figure (no unit, no counted noun: it may count anything) counts beside one that says what it counts; it never makes a kind of evidence on its own */
  bareFigureWeight: number;
  /** evidence (summed inverse document frequency of matched signature terms, of at least two kinds) a signature match needs */
  signatureEvidence: number;
  /** how many times that evidence a match within one language needs (the lexical vector already holds its names and figures) */
  signatureSameLanguage: number;
  /** a later story follows an earlier one whose signature shares this much name evidence and this much figure evidence (the same actors and the same facts restated) */
  threadNames: number;
  threadFigures: number;
  /** signature terms a story is indexed under */
  signatureIndexTerms: number;
  /** signature terms a report looks candidates up by (more than lexical terms: a report's heaviest names are often its own transcriptions) */
  signatureCandidateTerms: number;
}

export const defaultClusterOptions: ClusterOptions = {
  joinThreshold: 0.3,
  threadThreshold: 0.2,
  quietHours: 72,
  threadDays: 10,
  maxCentroidTerms: 160,
  candidateTerms: 10,
  leadChars: 900,
  threadSubjectShare: 0.35,
  threadSpecificShare: 0.4,
  specificDf: 0.05,
  specificMinDocs: 3,
  warmupDocs: 500,
  threadSubjectShareEarly: 0.45,
  sweepEvery: 100,
  embeddingWeight: 1,
  embeddingFloor: 0.55,
  signatureWeight: 0.8,
  bareFigureWeight: 0.25,
  signatureEvidence: 13,
  signatureSameLanguage: 2.5,
  threadNames: 6,
  threadFigures: 4,
  signatureIndexTerms: 40,
  signatureCandidateTerms: 20,
};

const kindWeight: Record<TermKind, number> = { word: 1, entity: 1.6, number: 1.4, date: 1.2 };
const titleBoost = 2;

export interface ClusterReport {
  title: string;
  body: string;
  lang: string | null | undefined;
  publishedAt: Date;
  embedding?: ArrayLike<number>;
}

/** A unit-length sparse vector: term ids and weights, in parallel. */
export interface Vec {
  ids: number[];
  weights: number[];
  embedding?: Float32Array;
  /** the language-independent signature, unit length (absent: none) */
  sig?: { ids: number[]; weights: number[] };
  /** for each name key of the signature: the terms of the report it was read from (-1: names written as several words) */
  keySources?: Map<number, number[]>;
  lang?: string;
}

/** what a signature term stands for, from its prefix: p:name key, t:day, f:figure:unit; anything else a bare figure (f:1200, or n:1200 in a story saved before figures had units) */
type SigKind = 'name' | 'number' | 'bare' | 'day';
const sigKindOf = (term: string): SigKind =>
  term.startsWith('p:') ? 'name' : term.startsWith('t:') ? 'day' : term.startsWith('f:') && term.indexOf(':', 2) > 0 ? 'number' : 'bare';
type Evidence = Record<SigKind, number>;

interface StoryState {
  id: number;
  centroid: Map<number, number>;
  normSq: number;
  count: number;
  firstSeen: number;
  lastSeen: number;
  threadId: number;
  /** sum of member embeddings, when they have them */
  embedding?: Float32Array;
  /** the terms this story is listed under in the inverted index */
  indexed: number[];
  /** sum of member signatures */
  sig: Map<number, number>;
  sigNormSq: number;
  sigIndexed: number[];
  /** languages of its reports */
  langs: Set<string>;
}

export interface Decision {
  /** the story to join, or undefined for a new story */
  storyId?: number;
  similarity: number;
  /** for a new story: the earlier story it follows, if any */
  follows?: number;
}

export interface StorySnapshot {
  id: number;
  threadId: number;
  count: number;
  firstSeen: number;
  lastSeen: number;
  /** [term, weight, 1 for a subject word / 0 for a name, number or date] */
  centroid: Array<[string, number, number?]>;
  embedding?: number[];
  signature?: Array<[string, number]>;
  langs?: string[];
}

const hour = 3600_000;
const noEvidence: Evidence = { name: 0, number: 0, bare: 0, day: 0 };
/** stories scored in full for each report */
const maxCandidates = 12;

/**
 * The positions of the `k` largest weights (ties: the smaller id first), best
 * first, among those `keep` accepts — a selection, not a sort: the inputs are
 * hundreds long and only a few are wanted.
 */
function topK(ids: ArrayLike<number>, weights: ArrayLike<number>, k: number, keep?: (id: number) => boolean): number[] {
  const out: number[] = [];
  if (k <= 0) return out;
  for (let i = 0; i < ids.length; i++) {
    const w = weights[i], id = ids[i];
    if (out.length === k) {
      const last = out[k - 1];
      if (w < weights[last] || (w === weights[last] && id > ids[last])) continue;
    }
    if (keep && !keep(id)) continue;
    let j = out.length < k ? out.length : k - 1;
    while (j > 0 && (weights[out[j - 1]] < w || (weights[out[j - 1]] === w && ids[out[j - 1]] > id))) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = i;
  }
  return out;
}

/** Sums by term id, in the order ids first came; cleared in O(1) for the next report. */
class Accumulator {
  ids: number[] = [];
  value: number[] = [];
  private stamp: number[] = [];
  private round = 0;
  clear(): this {
    this.round++;
    this.ids.length = 0;
    return this;
  }
  add(id: number, v: number) {
    if (this.stamp[id] === this.round) this.value[id] += v;
    else {
      this.stamp[id] = this.round;
      this.value[id] = v;
      this.ids.push(id);
    }
  }
}

/** `topK` over a map's entries: its keys with the `k` largest values. */
function topKeys(m: Map<number, number>, k: number, keep?: (id: number) => boolean): number[] {
  const ids: number[] = [];
  const ws: number[] = [];
  for (const [id, w] of m) {
    if (ids.length === k) {
      const last = ws[k - 1];
      if (w < last || (w === last && id > ids[k - 1])) continue;
    }
    if (keep && !keep(id)) continue;
    let j = ids.length < k ? ids.length : k - 1;
    while (j > 0 && (ws[j - 1] < w || (ws[j - 1] === w && ids[j - 1] > id))) {
      ids[j] = ids[j - 1];
      ws[j] = ws[j - 1];
      j--;
    }
    ids[j] = id;
    ws[j] = w;
  }
  return ids;
}

/** A map's keys and values, in parallel arrays. */
function entriesOf(m: Map<number, number>): [number[], number[]] {
  const ids: number[] = [];
  const ws: number[] = [];
  for (const [id, w] of m) {
    ids.push(id);
    ws.push(w);
  }
  return [ids, ws];
}

export class Clusterer {
  readonly opts: ClusterOptions;
  private termIds = new Map<string, number>();
  private termNames: string[] = [];
  /** true for subject words; false for names, numbers and dates */
  private isSubject: boolean[] = [];
  private df: number[] = [];
  private docs = 0;
  private stories = new Map<number, StoryState>();
  /** term → stories listing it among their strongest terms, with its normalized centroid weight */
  private index = new Map<number, Map<number, number>>();
  private newest = 0;
  private sinceSweep = 0;
  /** signature term → stories listing it, like `index` */
  private sigIndex = new Map<number, Map<number, number>>();
  /** lexical term id × 2 (+1 when marked a name) → the signature term ids of its phonetic keys (computed once per term) */
  private keysOfName: Array<number[] | undefined> = [];
  private keysOfWord: Array<number[] | undefined> = [];
  private sigKind: SigKind[] = [];
  /** a report's term counts while it is vectorized (scratch, reused) */
  private counts = new Accumulator();
  private sigCounts = new Accumulator();
  /** scratch marks by term id (reindex) */
  private mark: number[] = [];
  private stamp = 0;

  constructor(opts: Partial<ClusterOptions> = {}) {
    this.opts = { ...defaultClusterOptions, ...opts };
  }

  private termId(term: string, kind: TermKind = 'word'): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.isSubject.push(kind === 'word');
      this.df.push(0);
    } else if (kind !== 'word') this.isSubject[id] = false;
    return id;
  }

  private sigId(term: string): number {
    const id = this.termId(term, 'entity');
    this.sigKind[id] ??= sigKindOf(term);
    return id;
  }

  private keysOf(id: number, term: string, lang: string, isName: boolean): number[] {
    // a word is keyed as a name only where the text marks it as one (not at the start of a title)
    const cache = isName ? this.keysOfName : this.keysOfWord;
    let keys = cache[id];
    if (!keys) cache[id] = keys = phoneticKeys(term, lang, isName).map((k) => this.sigId(`p:${k}`));
    return keys;
  }

  /** The report's TF-IDF vector, against the document frequencies seen so far, with its signature. */
  vectorize(report: ClusterReport): Vec {
    const counts = this.counts.clear();
    const sigCounts = this.sigCounts.clear();
    const lang = (report.lang ?? 'en').slice(0, 2);
    const sigAdd = (id: number, c: number) => sigCounts.add(id, c);
    const keySources = new Map<number, number[]>();
    const addKey = (key: number, source: number, c: number) => {
      sigAdd(key, c);
      const sources = keySources.get(key);
      if (!sources) keySources.set(key, [source]);
      else if (!sources.includes(source)) sources.push(source);
    };
    const add = (text: string, boost: number) => {
      // consecutive names in Latin script are also keyed together (Han Seo-yun = 한서윤)
      let run: string[] = [];
      const flush = () => {
        for (let a = 0; a < run.length; a++) for (let b = a + 2; b <= Math.min(run.length, a + 3); b++) {
          const joined = run.slice(a, b).join('');
          for (const k of this.keysOf(this.termId(joined, 'entity'), joined, lang, true)) addKey(k, -1, boost);
        }
        run = [];
      };
      const expanded = expandFigures(lang === 'ko' || lang === 'ja' ? text : joinHyphenatedNames(text));
      for (const t of extractTerms(expanded, report.lang)) {
        const id = this.termId(t.term, t.kind);
        counts.add(id, boost * kindWeight[t.kind]);
        if (t.kind === 'word' || t.kind === 'entity') for (const k of this.keysOf(id, t.term, lang, t.kind === 'entity')) addKey(k, id, boost);
        if (t.kind === 'entity' && /^[a-z]/.test(t.term)) run.push(t.term);
        else if (run.length) flush();
      }
      flush();
      // a figure with what it counts (f:1200:homes for 1,200채, 1200棟 and 1,200 homes), or bare (f:1200)
      for (const f of figureTerms(expanded, report.lang)) sigAdd(this.sigId(`f:${f}`), boost);
      for (const day of mentionedDays(text, report.lang, report.publishedAt)) sigAdd(this.sigId(`t:${day}`), boost);
    };
    add(report.title, titleBoost);
    add(report.body.slice(0, this.opts.leadChars), 1);
    const ids: number[] = [];
    const weights: number[] = [];
    let normSq = 0;
    for (let i = 0; i < counts.ids.length; i++) {
      const id = counts.ids[i], c = counts.value[id];
      const idf = this.idf(id);
      const w = (1 + Math.log(c)) * idf;
      ids.push(id);
      weights.push(w);
      normSq += w * w;
    }
    const norm = Math.sqrt(normSq) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    let embedding: Float32Array | undefined;
    if (report.embedding?.length) {
      embedding = Float32Array.from(report.embedding);
      const n = Math.hypot(...embedding) || 1;
      for (let i = 0; i < embedding.length; i++) embedding[i] /= n;
    }
    const sig = { ids: [] as number[], weights: [] as number[] };
    let sigNormSq = 0;
    for (let i = 0; i < sigCounts.ids.length; i++) {
      const id = sigCounts.ids[i], c = sigCounts.value[id];
      const idf = this.idf(id);
      const w = (1 + Math.log(c)) * idf * (this.sigKind[id] === 'bare' ? this.opts.bareFigureWeight : 1);
      sig.ids.push(id);
      sig.weights.push(w);
      sigNormSq += w * w;
    }
    const sigNorm = Math.sqrt(sigNormSq) || 1;
    for (let i = 0; i < sig.weights.length; i++) sig.weights[i] /= sigNorm;
    return { ids, weights, embedding, sig, keySources, lang };
  }

  /**
   * Cosine with the story's centroid, split into the part common subject
   * words make and the part specific terms make (names, numbers, dates, rare
   * words): a follow-up needs both, a look-alike or a same-type event one.
   */
  private get warm() {
    return this.docs >= this.opts.warmupDocs;
  }

  private lexical(vec: Vec, s: StoryState): { cos: number; subject: number; specific: number } {
    let dot = 0, subject = 0, specific = 0;
    const rare = this.warm ? Math.max(this.opts.specificMinDocs, this.opts.specificDf * (this.docs + 1)) : 0;
    for (let i = 0; i < vec.ids.length; i++) {
      const id = vec.ids[i];
      const c = s.centroid.get(id);
      if (c === undefined) continue;
      const part = vec.weights[i] * c;
      dot += part;
      if (!this.isSubject[id] || this.df[id] < rare) specific += part;
      else subject += part;
    }
    const norm = s.normSq > 0 ? Math.sqrt(s.normSq) : 1;
    return { cos: dot / norm, subject: subject / norm, specific: specific / norm };
  }

  private dense(vec: Vec, s: StoryState): number {
    if (!vec.embedding || !s.embedding || this.opts.embeddingWeight <= 0) return 0;
    let dot = 0, n = 0;
    for (let i = 0; i < vec.embedding.length; i++) {
      dot += vec.embedding[i] * s.embedding[i];
      n += s.embedding[i] * s.embedding[i];
    }
    const cos = n > 0 ? dot / Math.sqrt(n) : 0;
    return Math.max(0, (cos - this.opts.embeddingFloor) / (1 - this.opts.embeddingFloor)) * this.opts.embeddingWeight;
  }

  /** a small collection has no rare terms yet: evidence thresholds shrink until the rarest possible term, twice, meets them */
  private evidenceScale() {
    return Math.min(1, (2 * (Math.log(this.docs + 1) + 1)) / this.opts.signatureEvidence);
  }

  /** a signature term in many reports (a common figure, a key ordinary words share) finds no particular story: it is not looked up */
  private findsCandidates(id: number) {
    return this.df[id] <= Math.max(this.opts.specificMinDocs * 10, this.opts.specificDf * 0.2 * this.docs);
  }

  private idf(id: number) {
    return Math.log((this.docs + 1) / (this.df[id] + 1)) + 1;
  }

  /**
   * The evidence the report's signature shares with the story: the inverse
   * document frequencies of the matched terms, summed by what matched (names,
   * figures, days). A rare name counts for much, a common figure for little;
   * how long the report is does not matter (a Korean lead names more than an
   * English one). Against a story of the report's own language, a name key
   * counts only through a word the story has: keys bridge scripts, not words.
   */
  private signature(vec: Vec, s: StoryState): Evidence {
    const out: Evidence = { name: 0, number: 0, bare: 0, day: 0 };
    if (!vec.sig || !s.sig.size) return out;
    // one language writes a name one way: within it, a key shared through other words (개통 and 구단, both KTN) is two words that sound alike
    const sameLanguageOnly = vec.keySources !== undefined && s.langs.size === 1 && vec.lang !== undefined && s.langs.has(vec.lang);
    for (const id of vec.sig.ids) {
      if (!s.sig.has(id)) continue;
      if (sameLanguageOnly && this.sigKind[id] === 'name' && !this.sharedWord(vec.keySources!.get(id), s)) continue;
      out[this.sigKind[id]] += this.idf(id);
    }
    return out;
  }

  /** whether the story has one of the words a name key was read from (or the key came from a name of several words, which the story's terms do not list) */
  private sharedWord(sources: number[] | undefined, s: StoryState): boolean {
    return !sources || sources.some((term) => term < 0 || s.centroid.has(term));
  }

  /**
   * Signature evidence as a similarity: zero unless two kinds of evidence
   * agree — names alone are the same actors on another matter, a day alone
   * any event of that day, figures alone a coincidence — and enough of it;
   * then rising from half the weight towards the whole of it. A bare figure
   * (1,200 of what?) adds a little evidence but is no kind of its own.
   */
  private signatureScore(vec: Vec, s: StoryState, g = this.signature(vec, s)): number {
    if (this.opts.signatureWeight <= 0) return 0;
    const kinds = (g.name > 0 ? 1 : 0) + (g.number > 0 ? 1 : 0) + (g.day > 0 ? 1 : 0);
    const e = g.name + g.number + g.day + g.bare * this.opts.bareFigureWeight;
    const evidence = this.opts.signatureEvidence * this.evidenceScale();
    const need = evidence * (vec.lang !== undefined && s.langs.has(vec.lang) ? this.opts.signatureSameLanguage : 1);
    if (kinds < 2 || e < need) return 0;
    return (this.opts.signatureWeight * e) / (e + need);
  }

  private similarity(vec: Vec, s: StoryState): number {
    return Math.max(this.lexical(vec, s).cos, this.dense(vec, s), this.signatureScore(vec, s));
  }

  /**
   * Stories worth scoring: those that share one of the report's strongest
   * terms, ranked by the part of the cosine those terms make, best
   * `maxCandidates` kept (with embeddings: every story in memory).
   */
  private candidates(vec: Vec): StoryState[] {
    if (vec.embedding && this.opts.embeddingWeight > 0) return [...this.stories.values()];
    const partial = new Map<number, number>();
    for (const i of topK(vec.ids, vec.weights, this.opts.candidateTerms)) {
      const postings = this.index.get(vec.ids[i]);
      if (!postings) continue;
      const w = vec.weights[i];
      for (const [sid, weight] of postings) partial.set(sid, (partial.get(sid) ?? 0) + w * weight);
    }
    if (vec.sig && this.opts.signatureWeight > 0) {
      const sig = vec.sig;
      // only terms some story is listed under can find one: a report's rarest names are often its own (another language's transcription of a title, a quote)
      for (const i of topK(sig.ids, sig.weights, this.opts.signatureCandidateTerms, (id) => this.sigIndex.has(id) && this.findsCandidates(id))) {
        const postings = this.sigIndex.get(sig.ids[i]);
        if (!postings) continue;
        const w = sig.weights[i] * this.opts.signatureWeight;
        for (const [sid, weight] of postings) partial.set(sid, (partial.get(sid) ?? 0) + w * weight);
      }
    }
    const sids: number[] = [];
    const scores: number[] = [];
    for (const [sid, score] of partial) {
      sids.push(sid);
      scores.push(score);
    }
    return topK(sids, scores, maxCandidates).map((i) => this.stories.get(sids[i])!);
  }

  /** Where this report goes: the best open story above the threshold, or a new story (maybe a follow-up). */
  decide(vec: Vec, publishedAt: Date): Decision {
    const t = publishedAt.getTime();
    const quiet = this.opts.quietHours * hour;
    let best: { id: number; sim: number } | undefined;
    let bestThread: { id: number; sim: number } | undefined;
    for (const s of this.candidates(vec)) {
      const lex = this.lexical(vec, s);
      const g = this.opts.signatureWeight > 0 ? this.signature(vec, s) : noEvidence;
      const raw = Math.max(lex.cos, this.dense(vec, s), this.signatureScore(vec, s, g));
      const gap = Math.max(0, t - s.lastSeen, s.firstSeen - t);
      if (gap <= quiet) {
        // a story fades as it goes quiet: half a quiet period halves the similarity
        const sim = raw * (1 - gap / quiet);
        if (sim >= this.opts.joinThreshold && (!best || sim > best.sim)) best = { id: s.id, sim };
      }
      // A follow-up shares the actors and the subject: look-alike events (same
      // minister, another matter) share names but few subject words, and
      // events of one kind (two takeovers) share subject words but no names.
      const earlier = s.firstSeen < t && t - s.lastSeen <= this.opts.threadDays * 24 * hour;
      const subjectShare = lex.cos > 0 ? lex.subject / lex.cos : 0;
      const follows = this.warm
        ? subjectShare >= this.opts.threadSubjectShare && 1 - subjectShare >= this.opts.threadSpecificShare
        : subjectShare >= this.opts.threadSubjectShareEarly;
      if (earlier && raw >= this.opts.threadThreshold && follows && (!bestThread || raw > bestThread.sim)) {
        bestThread = { id: s.id, sim: raw };
      } else if (earlier && this.opts.signatureWeight > 0) {
        // the same actors restating the same figures days later, in any language: a later step of the matter
        const sim = this.opts.threadThreshold * Math.min(1, (g.name + g.number) / (this.opts.threadNames + this.opts.threadFigures + 20));
        const scale = this.evidenceScale();
        if (g.name >= this.opts.threadNames * scale && g.number >= this.opts.threadFigures * scale && (!bestThread || sim > bestThread.sim)) bestThread = { id: s.id, sim };
      }
    }
    if (best) return { storyId: best.id, similarity: best.sim };
    return { similarity: bestThread?.sim ?? 0, follows: bestThread?.id };
  }

  /**
   * Place one report, all in memory (benchmarks, tests): it joins a story or
   * starts one numbered by `newStoryId`, in its own thread or its prior's.
   */
  place(report: ClusterReport, newStoryId: () => number): { story: number; thread: number; follows?: number } {
    const vec = this.vectorize(report);
    const d = this.decide(vec, report.publishedAt);
    this.observe(vec);
    if (d.storyId !== undefined) {
      this.apply(d.storyId, vec, report.publishedAt);
      return { story: d.storyId, thread: this.threadOf(d.storyId)! };
    }
    const story = newStoryId();
    this.apply(story, vec, report.publishedAt, d.follows !== undefined ? this.threadOf(d.follows) : story);
    return { story, thread: this.threadOf(story)!, follows: d.follows };
  }

  /** Count the report's terms in the document frequencies (after deciding, so it never matches itself). */
  observe(vec: Vec) {
    this.docs++;
    for (const id of vec.ids) this.df[id]++;
    for (const id of vec.sig?.ids ?? []) this.df[id]++;
  }

  /**
   * List the story under its strongest terms (and signature terms), pruning a
   * centroid grown past twice its cap. Only the listings that changed are
   * touched: a story's strongest terms are mostly the same from one report to
   * the next.
   */
  private reindex(s: StoryState) {
    if (s.centroid.size > this.opts.maxCentroidTerms * 2) {
      const [ids, ws] = entriesOf(s.centroid);
      const top = topK(ids, ws, this.opts.maxCentroidTerms);
      s.centroid = new Map(top.map((i) => [ids[i], ws[i]]));
      s.normSq = top.reduce((sum, i) => sum + ws[i] * ws[i], 0);
    }
    if (s.sig.size > this.opts.maxCentroidTerms) {
      const [ids, ws] = entriesOf(s.sig);
      const top = topK(ids, ws, this.opts.maxCentroidTerms);
      s.sig = new Map(top.map((i) => [ids[i], ws[i]]));
      s.sigNormSq = top.reduce((sum, i) => sum + ws[i] * ws[i], 0);
    }
    s.indexed = this.list(this.index, s.id, s.indexed, s.centroid, s.normSq, 40);
    s.sigIndexed = this.list(this.sigIndex, s.id, s.sigIndexed, s.sig, s.sigNormSq, this.opts.signatureIndexTerms, (id) => this.findsCandidates(id));
  }

  /** Put story `sid` in the postings of its `k` strongest terms (that `keep` accepts), out of those it left; the terms listed. */
  private list(index: Map<number, Map<number, number>>, sid: number, before: number[], weights: Map<number, number>, normSq: number, k: number, keep?: (id: number) => boolean): number[] {
    const listed = topKeys(weights, k, keep);
    const stamp = ++this.stamp;
    for (const id of listed) this.mark[id] = stamp;
    for (const id of before) if (this.mark[id] !== stamp) index.get(id)?.delete(sid);
    const norm = Math.sqrt(normSq) || 1;
    for (const id of listed) {
      let postings = index.get(id);
      if (!postings) index.set(id, (postings = new Map()));
      postings.set(sid, weights.get(id)! / norm);
    }
    return listed;
  }

  private addVec(s: StoryState, vec: Vec) {
    for (let i = 0; i < vec.ids.length; i++) {
      const old = s.centroid.get(vec.ids[i]) ?? 0;
      const next = old + vec.weights[i];
      s.centroid.set(vec.ids[i], next);
      s.normSq += next * next - old * old;
    }
    if (vec.sig) {
      for (let i = 0; i < vec.sig.ids.length; i++) {
        const old = s.sig.get(vec.sig.ids[i]) ?? 0;
        const next = old + vec.sig.weights[i];
        s.sig.set(vec.sig.ids[i], next);
        s.sigNormSq += next * next - old * old;
      }
    }
    if (vec.embedding) {
      if (!s.embedding) s.embedding = new Float32Array(vec.embedding.length);
      for (let i = 0; i < vec.embedding.length; i++) s.embedding[i] += vec.embedding[i];
    }
  }

  /** The thread a story is in (stories in memory only). */
  threadOf(storyId: number): number | undefined {
    return this.stories.get(storyId)?.threadId;
  }

  /** Put the report into story `storyId`; a new story is created in thread `threadId`. */
  apply(storyId: number, vec: Vec, publishedAt: Date, threadId = storyId): void {
    const t = publishedAt.getTime();
    let s = this.stories.get(storyId);
    if (!s) {
      s = { id: storyId, centroid: new Map(), normSq: 0, count: 0, firstSeen: t, lastSeen: t, threadId, indexed: [], sig: new Map(), sigNormSq: 0, sigIndexed: [], langs: new Set() };
      this.stories.set(storyId, s);
    }
    this.addVec(s, vec);
    if (vec.lang) s.langs.add(vec.lang);
    s.count++;
    s.firstSeen = Math.min(s.firstSeen, t);
    s.lastSeen = Math.max(s.lastSeen, t);
    // A story's strongest terms settle as it grows: re-rank them less often.
    if (s.count <= 4 || s.count % 4 === 0 || s.centroid.size > this.opts.maxCentroidTerms * 2) this.reindex(s);
    this.newest = Math.max(this.newest, t);
    if (++this.sinceSweep >= this.opts.sweepEvery) this.sweep();
  }

  /** Forget stories that fell out of the window: nothing can join or follow them any more. */
  sweep() {
    this.sinceSweep = 0;
    const cutoff = this.newest - this.opts.threadDays * 24 * hour;
    for (const s of this.stories.values()) {
      if (s.lastSeen < cutoff) {
        for (const id of s.indexed) {
          const set = this.index.get(id);
          set?.delete(s.id);
          if (set && !set.size) this.index.delete(id);
        }
        for (const id of s.sigIndexed) {
          const set = this.sigIndex.get(id);
          set?.delete(s.id);
          if (set && !set.size) this.sigIndex.delete(id);
        }
        this.stories.delete(s.id);
      }
    }
  }

  /** Stories most similar to `storyId`, not in its thread, best first. */
  related(storyId: number, limit = 6, minScore = 0.08): Array<{ id: number; score: number }> {
    const s = this.stories.get(storyId);
    if (!s) return [];
    const ids = [...s.centroid.keys()];
    const norm = Math.sqrt(s.normSq) || 1;
    const vec: Vec = { ids, weights: ids.map((id) => s.centroid.get(id)! / norm) };
    if (s.embedding) vec.embedding = s.embedding;
    const sigIds = [...s.sig.keys()];
    const sigNorm = Math.sqrt(s.sigNormSq) || 1;
    vec.sig = { ids: sigIds, weights: sigIds.map((id) => s.sig.get(id)! / sigNorm) };
    const out: Array<{ id: number; score: number }> = [];
    const seen = new Set<number>();
    for (const id of ids) for (const sid of this.index.get(id)?.keys() ?? []) seen.add(sid);
    for (const sid of [...seen].sort((a, b) => a - b)) {
      const other = this.stories.get(sid)!;
      if (sid === storyId || other.threadId === s.threadId) continue;
      const score = this.similarity(vec, other);
      if (score >= minScore) out.push({ id: sid, score });
    }
    return out.sort((a, b) => b.score - a.score || b.id - a.id).slice(0, limit);
  }

  // ——— persistence (editors' changes reach the clusterer as a reload) ———

  /** What must be saved to resume after a restart: the stories in memory and the document frequencies. */
  snapshotStory(storyId: number): StorySnapshot | undefined {
    const s = this.stories.get(storyId);
    if (!s) return undefined;
    return {
      id: s.id, threadId: s.threadId, count: s.count, firstSeen: s.firstSeen, lastSeen: s.lastSeen,
      centroid: [...s.centroid].map(([id, w]) => [this.termNames[id], w, this.isSubject[id] ? 1 : 0]),
      embedding: s.embedding ? [...s.embedding] : undefined,
      signature: [...s.sig].map(([id, w]) => [this.termNames[id], w]),
      langs: [...s.langs],
    };
  }

  restoreStory(snap: StorySnapshot) {
    const s: StoryState = {
      id: snap.id, threadId: snap.threadId, count: snap.count, firstSeen: snap.firstSeen, lastSeen: snap.lastSeen,
      centroid: new Map(), normSq: 0, indexed: [], sig: new Map(), sigNormSq: 0, sigIndexed: [], langs: new Set(snap.langs ?? []),
      embedding: snap.embedding ? Float32Array.from(snap.embedding) : undefined,
    };
    for (const [term, w] of snap.signature ?? []) {
      s.sig.set(this.sigId(term), w);
      s.sigNormSq += w * w;
    }
    for (const [term, w, subject] of snap.centroid) {
      s.centroid.set(this.termId(term, subject === 0 ? 'entity' : 'word'), w);
      s.normSq += w * w;
    }
    this.stories.set(s.id, s);
    this.reindex(s);
    this.newest = Math.max(this.newest, s.lastSeen);
  }

  restoreDocumentFrequencies(docs: number, terms: Iterable<[string, number]>) {
    this.docs = docs;
    for (const [term, n] of terms) this.df[this.termId(term)] = n;
  }

  termName(id: number) {
    return this.termNames[id];
  }

  documentFrequency(termId: number) {
    return this.df[termId] ?? 0;
  }

  get documentCount() {
    return this.docs;
  }

  get storiesInMemory() {
    return this.stories.size;
  }
}
