// The extractive writer (the default; no model): an article assembled from
// the reports' own sentences. The report closest to the story's centroid
// gives the headline (its title) and the lead (its opening sentences); the
// body takes the other sentences by LexRank centrality over a TF-IDF cosine
// graph, with a bonus for a report's opening sentences, redundant ones
// dropped, in reading order.
// Every sentence keeps the report it came from, so every paragraph is cited.
// Relative dates in the sentences taken ("next week", 어제, 来週, "on Monday",
// a bare 18일) are printed as absolute dates resolved against the publication
// time of that sentence's own report (src/text/dates.ts rewriteRelativeDates):
// "resume next week" → "resume in the week of December 7", 다음 주 → 다음 주(12월
// 7일~12월 13일); quotations, and the headline (a report's own title), are
// left word for word.
import { isInstructionLike } from '../text/instruction-cues.ts';
import { rewriteRelativeDates, zoneFor } from '../text/dates.ts';
import { extractTerms } from '../text/terms.ts';
import { sentences } from '../text/sentences.ts';
import type { Article, Paragraph, Section, SourceReport } from './article.ts';
import { imageBrief } from './image-brief.ts';
import { classifySection } from './section.ts';

interface Sentence {
  text: string;
  report: SourceReport;
  paragraph: number;
  position: number; // within the report
  vec: Map<string, number>;
  score: number;
}

function isCjk(lang: string) {
  return lang === 'ko' || lang === 'ja' || lang === 'zh';
}

/** Too short to stand alone, or too long to read as one sentence. */
function usable(text: string, lang: string): boolean {
  if (isCjk(lang)) return text.length >= 12 && text.length <= 220;
  const words = text.split(/\s+/).length;
  return words >= 6 && words <= 60;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0, na = 0, nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function splitReports(reports: SourceReport[], lang: string): Sentence[] {
  const out: Sentence[] = [];
  for (const report of reports) {
    let position = 0;
    report.body.split(/\n{2,}/).forEach((para, paragraph) => {
      for (const text of sentences(para, lang)) {
        // a sentence that speaks to a model is a source trying to steer the newsroom, never news
        if (usable(text, lang) && !isInstructionLike(text)) out.push({ text, report, paragraph, position, vec: new Map(), score: 0 });
        position++;
      }
    });
  }
  // TF-IDF over the story's own sentences.
  const df = new Map<string, number>();
  const tfs = out.map((s) => {
    const tf = new Map<string, number>();
    for (const t of extractTerms(s.text, lang)) tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    return tf;
  });
  out.forEach((s, i) => {
    for (const [term, n] of tfs[i]) s.vec.set(term, (1 + Math.log(n)) * Math.log((out.length + 1) / df.get(term)!));
  });
  return out;
}

/** LexRank: the stationary distribution of a random walk on the sentence-similarity graph. */
function lexRank(ss: Sentence[], threshold = 0.1, damping = 0.85): number[] {
  const n = ss.length;
  const edges: number[][] = ss.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (cosine(ss[i].vec, ss[j].vec) >= threshold) {
        edges[i].push(j);
        edges[j].push(i);
      }
    }
  }
  let rank = new Array(n).fill(1 / n);
  for (let iter = 0; iter < 30; iter++) {
    const next = new Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const out = edges[i].length;
      if (!out) {
        for (let j = 0; j < n; j++) next[j] += (damping * rank[i]) / n;
      } else for (const j of edges[i]) next[j] += (damping * rank[i]) / out;
    }
    rank = next;
  }
  return rank;
}

export interface ExtractiveOptions {
  leadSentences: number;
  bodyParagraphs: number;
  sentencesPerParagraph: number;
  /** a candidate sentence this similar to one already chosen is redundant */
  redundancy: number;
}

const defaults: ExtractiveOptions = { leadSentences: 2, bodyParagraphs: 6, sentencesPerParagraph: 2, redundancy: 0.5 };

/** The report closest to what all the reports say: its title is the headline, its opening the lead. */
function centralReport(reports: SourceReport[], lang: string): SourceReport {
  const vecs = reports.map((r) => {
    const v = new Map<string, number>();
    for (const t of extractTerms(`${r.title}\n${r.body.slice(0, 1200)}`, lang)) v.set(t.term, (v.get(t.term) ?? 0) + 1);
    return v;
  });
  const centroid = new Map<string, number>();
  for (const v of vecs) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);
  let best = 0;
  vecs.forEach((v, i) => {
    if (cosine(v, centroid) > cosine(vecs[best], centroid)) best = i;
  });
  return reports[best];
}

const headlineOf = (r: SourceReport) => r.title.replace(/^\s*(\[[^\]]{1,12}\]|【[^】]{1,12}】|WIRE:|BREAKING:)\s*/i, '').trim();

/** A report's words with its relative dates made absolute, read from that report's publication time. */
function dated(text: string, report: SourceReport, lang: string): string {
  const l = report.lang ?? lang;
  return rewriteRelativeDates(text, l, report.publishedAt, { zone: zoneFor(l) });
}

export function writeExtractive(reports: SourceReport[], lang: string, opts: Partial<ExtractiveOptions> = {}): Article {
  const o = { ...defaults, ...opts };
  const own = reports.filter((r) => (r.lang ?? lang) === lang);
  const sources = own.length ? own : reports;
  const all = splitReports(sources, lang);
  if (!all.length) {
    // Nothing long enough to quote as a sentence: the reports' own first paragraphs stand.
    for (const r of sources) all.push({ text: r.body.split(/\n{2,}/)[0].trim() || r.title, report: r, paragraph: 0, position: 0, vec: new Map(), score: 1 });
  }
  const ranks = lexRank(all);
  all.forEach((s, i) => (s.score = ranks[i] * (1 + 1 / (1 + s.position))));

  const chosen: Sentence[] = [];
  const redundant = (s: Sentence) => chosen.some((c) => c.text === s.text || cosine(c.vec, s.vec) > o.redundancy);
  // The lead: the opening of the most central report, in its own order (news
  // puts who, what, where and when first, and its sentences follow each other).
  const central = centralReport(sources, lang);
  const byScore = [...all].sort((a, b) => b.score - a.score || a.report.id - b.report.id || a.position - b.position);
  const lead: Sentence[] = [];
  for (const s of all.filter((x) => x.report === central)) {
    if (lead.length >= o.leadSentences) break;
    if (!redundant(s)) {
      lead.push(s);
      chosen.push(s);
    }
  }
  // The body: the most central of the rest, then put back in reading order.
  const bodyTarget = o.bodyParagraphs * o.sentencesPerParagraph;
  const body: Sentence[] = [];
  for (const s of byScore) {
    if (body.length >= bodyTarget) break;
    if (!redundant(s)) {
      body.push(s);
      chosen.push(s);
    }
  }
  body.sort((a, b) => a.report.publishedAt.getTime() - b.report.publishedAt.getTime() || a.report.id - b.report.id || a.position - b.position);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < body.length; i += o.sentencesPerParagraph) {
    const group = body.slice(i, i + o.sentencesPerParagraph);
    paragraphs.push({
      text: group.map((s) => dated(s.text, s.report, lang)).join(isCjk(lang) && lang !== 'ko' ? '' : ' '),
      citations: [...new Set(group.map((s) => s.report.id))],
    });
  }
  if (!paragraphs.length) paragraphs.push({ text: lead.map((s) => dated(s.text, s.report, lang)).join(' '), citations: [...new Set(lead.map((s) => s.report.id))] });
  const joiner = isCjk(lang) && lang !== 'ko' ? '' : ' ';
  const leadText = lead.map((s) => dated(s.text, s.report, lang)).join(joiner);
  // The headline stays the report's own title, word for word (a title is not a sentence taken into the text).
  const headline = headlineOf(central);
  const text = [headline, leadText, ...paragraphs.map((p) => p.text)].join('\n');
  const section: Section = classifySection(text, lang);
  const entities = [...new Set(extractTerms(text, lang).filter((t) => t.kind === 'entity').map((t) => t.term))].slice(0, 20);
  return {
    headline,
    lead: leadText,
    // the headline and the lead are the central report's own title and opening
    leadCitations: [central.id],
    body: paragraphs,
    summary: leadText,
    section,
    entities,
    imageBrief: imageBrief(section, lang),
    lang,
    writer: 'extractive',
    model: null,
    tokensIn: null,
    tokensOut: null,
  };
}
