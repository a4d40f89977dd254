// Language of a report. Scripts decide Korean, Japanese, Chinese, Russian,
// Arabic, Thai …; among Latin-script languages, the share of each language's
// most frequent function words decides. A declared language (the feed's or
// the source's) is used when the text alone is not conclusive.

export interface Detected {
  lang: string | undefined;
  confidence: number;
}

const stopwords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'it', 'at', 'from', 'said', 'his', 'her', 'are', 'be', 'has', 'have', 'will', 'an', 'this', 'which', 'were', 'after'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'un', 'une', 'du', 'en', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'ont', 'été', 'aux', 'par'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'hat', 'wird', 'bei', 'nach'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'del', 'se', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'fue', 'sus'],
  pt: ['o', 'a', 'os', 'as', 'de', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'do', 'da', 'dos', 'das', 'no', 'na', 'por', 'mais', 'foi', 'ao', 'seu'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'e', 'che', 'in', 'un', 'una', 'per', 'con', 'non', 'del', 'della', 'sono', 'è', 'da', 'al', 'nel', 'alla', 'anche', 'ha'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'er', 'ook', 'als', 'bij', 'door', 'werd', 'naar'],
};
const stopwordSets = Object.fromEntries(Object.entries(stopwords).map(([k, v]) => [k, new Set(v)]));

type Script = 'hangul' | 'kana' | 'han' | 'latin' | 'cyrillic' | 'arabic' | 'thai' | 'greek' | 'hebrew' | 'devanagari';

function scriptOf(cp: number): Script | undefined {
  if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) return 'hangul';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'kana';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return 'han';
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) return 'latin';
  if (cp >= 0x400 && cp <= 0x4ff) return 'cyrillic';
  if (cp >= 0x600 && cp <= 0x6ff) return 'arabic';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai';
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew';
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari';
  return undefined;
}

const scriptLang: Partial<Record<Script, string>> = {
  hangul: 'ko', cyrillic: 'ru', arabic: 'ar', thai: 'th', greek: 'el', hebrew: 'he', devanagari: 'hi',
};

/** A BCP 47 tag reduced to its primary language ("ko-KR" → "ko"). */
export function primaryLanguage(tag: string | undefined | null): string | undefined {
  const m = tag?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m?.[1];
}

export function detectLanguage(text: string, hint?: string | null): Detected {
  const declared = primaryLanguage(hint);
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  for (const ch of sample) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (!s) continue;
    counts[s] = (counts[s] ?? 0) + 1;
    letters++;
  }
  if (letters < 12) return { lang: declared, confidence: declared ? 0.5 : 0 };
  const share = (s: Script) => (counts[s] ?? 0) / letters;

  if (share('kana') > 0.05 && share('hangul') < 0.2) return agree('ja', 0.95, declared);
  if (share('hangul') > 0.2) return agree('ko', 0.97, declared);
  if (share('han') > 0.3) {
    // Chinese-script text: a declared zh-*/ja hint decides, else Chinese.
    return declared === 'ja' || declared === 'zh' ? { lang: declared, confidence: 0.8 } : agree('zh', 0.85, declared);
  }
  for (const [script, lang] of Object.entries(scriptLang)) {
    if (script !== 'hangul' && share(script as Script) > 0.5) {
      return declared && script === 'cyrillic' && ['uk', 'bg', 'sr', 'be', 'kk', 'mk'].includes(declared)
        ? { lang: declared, confidence: 0.8 }
        : agree(lang, 0.9, declared);
    }
  }
  if (share('latin') > 0.5) return latinLanguage(sample, declared);
  return { lang: declared, confidence: declared ? 0.5 : 0 };
}

function agree(lang: string, confidence: number, declared?: string): Detected {
  return { lang, confidence: declared && declared !== lang ? confidence - 0.1 : confidence };
}

function latinLanguage(text: string, declared?: string): Detected {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  const scores: Record<string, number> = {};
  for (const w of words) for (const [lang, set] of Object.entries(stopwordSets)) if (set.has(w)) scores[lang] = (scores[lang] ?? 0) + 1;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { lang: declared, confidence: declared ? 0.5 : 0 };
  const [best, bestScore] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  const margin = (bestScore - second) / Math.max(1, bestScore);
  // short or mixed text: trust a declared Latin-script language when it scored at all, or
  // when the other language has one function word only ("no tsunami threat" is not Portuguese)
  if (declared && declared !== best && ((scores[declared] && margin < 0.5) || bestScore < 2)) return { lang: declared, confidence: 0.6 };
  const coverage = bestScore / Math.max(1, words.length);
  const confidence = Math.min(0.99, 0.5 + margin * 0.3 + Math.min(coverage, 0.4));
  return { lang: best, confidence };
}
