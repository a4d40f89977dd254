// ROUGE-1, ROUGE-2 and ROUGE-L between a candidate text and one reference, in
// Korean, English and Japanese, without any package or dictionary:
// - English: lowercase word tokens (runs of letters and digits, as the
//   original ROUGE script does after replacing punctuation with spaces; no stemming);
// - Korean: eojeol (space-separated words) with their particles and endings
//   stripped by the clusterer's own `stripKoreanParticle`, so 누리전자가 and
//   누리전자는 are one token;
// - Japanese: characters. Japanese is written without spaces, and without a
//   morphological analyzer (MeCab and the like) character-level ROUGE is the
//   usual choice; punctuation and spaces are removed first.
// Other languages fall back to the English rule. Texts are NFKC-normalized and
// thousands separators between digits dropped (2,900 and 2900 are one token).
import { stripKoreanParticle } from '../src/text/terms.ts';

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export interface Rouge {
  r1: PRF;
  r2: PRF;
  rl: PRF;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/(\d),(?=\d)/g, '$1');
}

/** The tokens ROUGE counts, by language. */
export function tokenize(text: string, lang: string): string[] {
  const l = lang.slice(0, 2);
  const t = normalize(text);
  if (l === 'ja' || l === 'zh') return Array.from(t.replace(/[^\p{L}\p{N}]/gu, ''));
  if (l === 'ko') {
    const out: string[] = [];
    for (const eojeol of t.split(/\s+/)) {
      // punctuation goes first (“반도체와 → 반도체와, 62%를 → 62를, 하늘-3는 → 하늘3는; 4.6 stays), then the particle
      const word = eojeol.replace(/(\d)\.(?=\d)/g, '$1\u0000').replace(/[^\p{L}\p{N}\u0000]/gu, '').replace(/\u0000/g, '.');
      if (word) out.push(stripKoreanParticle(word));
    }
    return out;
  }
  return t.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function prf(overlap: number, candidate: number, reference: number): PRF {
  const p = candidate ? overlap / candidate : 0;
  const r = reference ? overlap / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join('\u0001');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N: clipped n-gram overlap over the candidate's (precision) and the reference's (recall) n-grams. */
export function rougeN(cand: string[], ref: string[], n: number): PRF {
  const c = ngrams(cand, n), r = ngrams(ref, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence (two rows of the usual table). */
export function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** ROUGE-L: LCS over the whole token sequences; F is the balanced F1 (β = 1). */
export function rougeL(cand: string[], ref: string[]): PRF {
  return prf(lcs(cand, ref), cand.length, ref.length);
}

export function rouge(candidate: string, reference: string, lang: string): Rouge {
  const c = tokenize(candidate, lang), r = tokenize(reference, lang);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}
