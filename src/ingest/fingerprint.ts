// Fingerprints for duplicate detection: an exact hash of the normalized text,
// and a 64-bit simhash over word (or, for unspaced scripts, character)
// 3-shingles for near duplicates such as a wire copy with a changed byline.
import { createHash } from 'node:crypto';

export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 of the normalized text; pass `normalized: true` when it already is. */
export function contentHash(text: string, normalized = false): string {
  return createHash('sha256').update(normalized ? text : normalizeForHash(text)).digest('hex');
}

function shingles(normalized: string): string[] {
  const words = normalized.split(' ').filter(Boolean);
  // Japanese and Chinese have no spaces: use character 3-grams instead of words.
  const units = words.length * 12 < normalized.length ? [...normalized.replace(/ /g, '')] : words;
  const out: string[] = [];
  if (units.length < 3) return units.length ? [units.join(' ')] : [];
  for (let i = 0; i + 3 <= units.length; i++) out.push(units[i] + '\u0001' + units[i + 1] + '\u0001' + units[i + 2]);
  return out;
}

// FNV-1a, twice with different offsets, gives the two 32-bit halves.
function fnv32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so that similar strings spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** 64-bit simhash as 16 hex digits; pass `normalized: true` when the text already is. */
export function simhash(text: string, normalized = false): string {
  const weights = new Int32Array(64);
  for (const sh of shingles(normalized ? text : normalizeForHash(text))) {
    const hi = fnv32(sh, 0x811c9dc5);
    const lo = fnv32(sh, 0x050c5d1f);
    for (let b = 0; b < 32; b++) {
      weights[b] += (hi >>> b) & 1 ? 1 : -1;
      weights[32 + b] += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0, lo = 0;
  for (let b = 0; b < 32; b++) {
    if (weights[b] > 0) hi |= 1 << b;
    if (weights[32 + b] > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** The four 16-bit bands of a simhash, for indexed candidate lookup. */
export function simhashBands(hex: string): number[] {
  return [0, 4, 8, 12].map((i) => parseInt(hex.slice(i, i + 4), 16));
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** Near-duplicate threshold: at most this many of 64 bits differ. */
export const nearDuplicateDistance = 3;
