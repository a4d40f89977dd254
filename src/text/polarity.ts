// Polarity, modality and attribution cues of a sentence, per language, with no
// model: whether a sentence is negated (not, 않다, ない …), which kinds of
// modality it carries (possibility, plan or future, denial, hearsay) and
// whether it reports speech (said, 밝혔다, 述べた). A claim that keeps the
// words of its source but drops a "not" or turns "plans to" into a fact says
// something else; these cues are what the sentence-support check compares.

export type Modality = 'possible' | 'planned' | 'denied' | 'reported';

export interface Polarity {
  /** an odd number of negation cues: "did not" is negated, "not without" is not */
  negated: boolean;
  modality: Set<Modality>;
  /** the sentence reports what someone said */
  attributed: boolean;
}

type Cues = { negation: RegExp[]; modality: Record<Modality, RegExp[]>; speech: RegExp[] };

const en: Cues = {
  negation: [/\bnot\b/gi, /n't\b/gi, /\bnever\b/gi, /\bno\b(?!\.\s*\d)/gi, /\bnone\b/gi, /\bnobody\b/gi, /\bnothing\b/gi, /\bneither\b/gi, /\bcannot\b/gi, /\bwithout\b/gi],
  modality: {
    possible: [/\b(?:may|might|could|possibly|perhaps|likely|unlikely|possibility|potentially)\b/gi],
    planned: [/\b(?:plan|plans|planned|planning|will|would|shall|intends?|intended|scheduled|expected to|set to|aims? to|is to|are to|to be held)\b/gi],
    denied: [/\b(?:deny|denies|denied|denial|refuted?|rejected (?:the|an?) (?:claim|allegation|report)s?)\b/gi],
    reported: [/\b(?:reportedly|allegedly|alleged|rumou?red|is said to|are said to|was said to|were said to|suspected)\b/gi],
  },
  speech: [/\b(?:said|says|say|told|stated|announced|according to|claimed|added|noted|warned|insisted)\b/gi],
};

// Korean: 안 and 못 stand before the verb as words; 않다, 없다, 아니다 are verbs of their own.
const ko: Cues = {
  negation: [/않/g, /(?:^|\s)안\s/g, /(?:^|\s)못\s/g, /못(?:했|한|하|해)/g, /없/g, /아니/g, /아닌/g],
  modality: {
    possible: [/수도\s*있/g, /가능성/g, /[ㄹ을를]?\s*듯/g, /것으로\s*보인/g, /우려/g, /전망/g],
    planned: [/예정/g, /계획/g, /방침/g, /기로\s*(?:했|하였|결정)/g, /[할될]\s*것이/g, /겠/g, /추진/g],
    denied: [/부인/g, /부정했/g, /반박/g],
    reported: [/알려졌/g, /알려진/g, /전해졌/g, /의혹/g, /것으로\s*전해/g],
  },
  speech: [/말했/g, /밝혔/g, /전했/g, /발표/g, /주장/g, /따르면/g, /강조했/g, /설명했/g, /덧붙였/g],
};

// Japanese: ない after a verb stem (not 少ない, 危ない), ず(に), ません, なかった.
const ja: Cues = {
  negation: [/(?<![少危幼汚切間])な(?:い|かっ|く(?:て|、))/g, /(?<![まは必])ず(?:に|、|。|$)/g, /ません/g, /ぬ(?:まま|。)/g],
  modality: {
    possible: [/可能性/g, /かもしれ/g, /おそれ/g, /恐れ/g, /とみられ/g, /見込み/g, /模様/g, /だろう/g],
    planned: [/予定/g, /計画/g, /方針/g, /意向/g, /つもり/g, /する方向/g, /見通し/g],
    denied: [/否定/g, /否認/g, /反論/g],
    reported: [/とされ/g, /という/g, /といわれ/g, /疑い/g, /報じ/g],
  },
  speech: [/述べ/g, /語っ/g, /明らかにし/g, /発表/g, /によると/g, /話し/g, /強調し/g, /説明し/g, /主張/g],
};

const cuesFor: Record<string, Cues> = { en, ko, ja };

function count(text: string, res: RegExp[]): number {
  return res.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

function cues(lang: string): Cues {
  return cuesFor[lang.slice(0, 2)] ?? en;
}

export function polarityOf(sentence: string, lang: string): Polarity {
  const c = cues(lang);
  const text = sentence.normalize('NFKC');
  const modality = new Set<Modality>();
  for (const [kind, res] of Object.entries(c.modality) as Array<[Modality, RegExp[]]>) if (count(text, res) > 0) modality.add(kind);
  return { negated: count(text, c.negation) % 2 === 1, modality, attributed: count(text, c.speech) > 0 };
}

/** Whether `word` (a term of the sentence) is itself a cue: it says how, not what, and is not content. */
export function isCueWord(word: string, lang: string): boolean {
  return cueTests(lang).some((re) => re.test(word) || re.test(` ${word} `));
}

// the cues without their g flag (a g regex's test() moves on from its last match), compiled once per language
const cueTestsByLang = new Map<Cues, RegExp[]>();
function cueTests(lang: string): RegExp[] {
  const c = cues(lang);
  let list = cueTestsByLang.get(c);
  if (!list) {
    list = [...c.negation, ...Object.values(c.modality).flat(), ...c.speech].map((re) => new RegExp(re.source, re.flags.replace('g', '')));
    cueTestsByLang.set(c, list);
  }
  return list;
}

/** The modality kinds one sentence has and the other lacks, both ways. */
export function modalityDifference(a: Polarity, b: Polarity): Modality[] {
  return ([...a.modality].filter((m) => !b.modality.has(m)) as Modality[]).concat([...b.modality].filter((m) => !a.modality.has(m)));
}

// Verbs and phrases that say "not" in their meaning: a translator may render
// them with a negation or without one (would not open before June / 6월 전에는
// 어렵다; 見送る / will not build; 거부했다 / rejected, did not accept).
const lexicalNegatives: Record<string, RegExp> = {
  en: /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing) to|shelv(?:e|es|ed|ing)|forgo(?:es|ne|ing)?|forwent|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|call(?:s|ed|ing)? off|unable to|(?:difficult|hard) to)\b/i,
  ko: /거부|거절|보류|백지화|무산|포기|어렵|어려울|불가능/,
  ja: /拒否|拒絶|見送|見合わせ|断念|困難|(?<![避非])難し(?:い|く|かっ)|不可能/,
};

/**
 * Whether a sentence reads as negative in meaning: negated by a cue, or by a
 * negative verb, but not both ("did not reject" says yes). Two translations
 * of one sentence agree on this where they may not on the cues alone.
 */
export function negativeInMeaning(sentence: string, lang: string): boolean {
  const lexical = lexicalNegatives[lang.slice(0, 2)]?.test(sentence.normalize('NFKC')) ?? false;
  return polarityOf(sentence, lang).negated !== lexical;
}
