// Sentences, by ICU's sentence segmenter with the fixes news copy needs.

const segmenters = new Map<string, Intl.Segmenter>();
// ICU may end a sentence after these; in news copy a title never ends one,
// and a month or a company suffix does not when a number or a lower-case word follows.
const title = /\b(?:Mr|Mrs|Ms|Dr|St|Gov|Gen|Sen|Rep|Prof)\.$/;
const abbreviation = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd|vs|approx)\.$/;

export function sentences(text: string, lang: string): string[] {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const out: string[] = [];
  for (const part of seg.segment(text)) {
    const s = part.segment.trim();
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev && (title.test(prev) || (abbreviation.test(prev) && /^[\p{Ll}\d]/u.test(s)))) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  return out;
}
