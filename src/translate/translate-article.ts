// One article version into one language. Its reader-visible text becomes a
// list of segments (headline, lead, each paragraph, summary, image alt); the
// citations are structure and are copied, never sent. An answer is accepted
// only if every segment came back, none empty, each long enough to judge in
// the target language, and every glossary name spelled the glossary's way.
// Accepted answers are cached, so translating the same text again is free.
// An accepted answer is then checked against its original like an article
// against its sources (src/translate/translation-check.ts): one with findings
// is returned with them. Where findings hold it, it is not cached, so putting
// it back to be translated again asks the provider anew.
// What readers get is the answer with every variant of a name the target
// edition's glossary knows printed in its canonical spelling (applied after
// the cache, so a canonical spelling changed since is printed too).
import { createHash } from 'node:crypto';
import { cachedAnswer, keepAnswer } from '../ai/cache.ts';
import type { Queryable } from '../db/db.ts';
import { applyGlossary, glossaryFor } from '../glossary/glossary.ts';
import { detectLanguage, primaryLanguage } from '../text/language.ts';
import type { Paragraph } from '../write/article.ts';
import { rejected, type Translator } from './common.ts';
import { describeViolations, glossaryPairs, glossaryViolations, pairsIn, protectNames, restoreNames, type GlossaryPair } from './glossary-terms.ts';
import { checkTranslation, type TranslationFinding } from './translation-check.ts';

/** What readers see of an article version. */
export interface ArticleText {
  headline: string;
  lead: string;
  body: Paragraph[];
  summary: string;
  /** the image brief's alt text, when the version has one */
  alt: string | null;
}

export interface TranslatedArticle extends ArticleText {
  provider: string;
  model: string | null;
  /** the answer came from ai_cache: the provider was not asked */
  cached: boolean;
  /** what the translation check found against the original: none, or the reasons to hold it */
  findings: TranslationFinding[];
}

/** A segment shorter than this many letters is too short to tell its language. */
const minLettersToJudge = 12;

function segmentsOf(a: ArticleText): { texts: string[]; labels: string[] } {
  const texts = [a.headline, a.lead, ...a.body.map((p) => p.text), a.summary];
  const labels = ['headline', 'lead', ...a.body.map((_, i) => `paragraph ${i + 1}`), 'summary'];
  if (a.alt?.trim()) {
    texts.push(a.alt);
    labels.push('image alt text');
  }
  return { texts, labels };
}

function fromSegments(a: ArticleText, out: string[]): ArticleText {
  const n = a.body.length;
  return {
    headline: out[0],
    lead: out[1],
    // citations are report ids: structure, copied as they are
    body: a.body.map((p, i) => ({ ...p, text: out[2 + i] })),
    summary: out[2 + n],
    alt: a.alt?.trim() ? out[3 + n] : null,
  };
}

function cacheKey(t: Translator, from: string, to: string, pairs: GlossaryPair[], texts: string[]): string {
  const request = { provider: t.name, model: t.model, from, to, glossary: pairs.map((p) => [p.source, p.target]), texts };
  return 'translate:' + createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** Throws a rejection saying what is wrong with the content of an answer (one string per segment), if anything. */
function checkAnswer(provider: string, source: string[], out: string[], labels: string[], to: string, pairs: GlossaryPair[]): void {
  const target = primaryLanguage(to);
  for (let i = 0; i < out.length; i++) {
    const text = out[i];
    if (!text.trim()) throw rejected(`${provider} returned the ${labels[i]} empty`);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= minLettersToJudge) {
      // the target is the hint: it decides only where the script alone cannot (kanji-only Japanese)
      const found = primaryLanguage(detectLanguage(text, to).lang);
      if (found && found !== target) throw rejected(`${provider} answered in ${found}, expected ${target} (${labels[i]})`);
    }
    const violations = glossaryViolations(source[i], text, pairs);
    if (violations.length) throw rejected(`glossary violation in the ${labels[i]}: ${describeViolations(violations)}`);
  }
}

/**
 * The answer as printed: every variant spelling the target edition's glossary
 * knows, in its canonical form, by the rules that cannot make two people one
 * (the translation's names were not learned with their story's context).
 */
async function canonicalSpellings(q: Queryable, out: string[], to: string): Promise<string[]> {
  const lang = primaryLanguage(to) ?? to;
  const entries = await glossaryFor(q, lang);
  return entries.length ? out.map((t) => applyGlossary(t, entries, lang, true)) : out;
}

interface TranslateArticleOptions {
  /** why the previous attempt was rejected, for a model to avoid */
  feedback?: string;
  /**
   * an answer with findings is published with them (NEWSROOM_TRANSLATION_CHECK=note), so it is
   * cached like any accepted one; when findings hold it, it is not, and is asked for anew
   */
  publishWithFindings?: boolean;
}

export async function translateArticle(
  q: Queryable,
  translator: Translator,
  article: ArticleText,
  from: string,
  to: string,
  options: TranslateArticleOptions = {},
): Promise<TranslatedArticle> {
  const { texts, labels } = segmentsOf(article);
  const pairs = pairsIn(texts, await glossaryPairs(q, from, to));
  const key = cacheKey(translator, from, to, pairs, texts);
  const meta = { provider: translator.name, model: translator.model };
  const hit = await cachedAnswer<{ translations: string[] }>(q, key);
  if (hit && Array.isArray(hit.translations) && hit.translations.length === texts.length) {
    const printed = await canonicalSpellings(q, hit.translations, to);
    const findings = checkTranslation(texts, printed, labels, from, to, pairs);
    // an answer that fails the check, cached before the check existed or while findings did not hold, is asked for again when they do
    if (!findings.length || options.publishWithFindings) return { ...fromSegments(article, printed), ...meta, cached: true, findings };
  }

  const guarded = translator.glossaryMode === 'placeholders' ? texts.map((t) => protectNames(t, pairs)) : undefined;
  const raw = guarded
    ? await translator.translate(guarded.map((g) => g.text), from, to)
    : await translator.translate(texts, from, to, { glossary: pairs, feedback: options.feedback });
  // The providers check this for their own protocol; one check here keeps the Translator contract for any other.
  if (raw.length !== texts.length) throw rejected(`${translator.name} returned ${raw.length} segments for ${texts.length}`);
  const out = guarded ? raw.map((r, i) => restoreNames(r, guarded[i].slots, to)) : raw;
  checkAnswer(translator.name, texts, out, labels, to, pairs);

  // what readers would get, checked against the original
  const printed = await canonicalSpellings(q, out, to);
  const findings = checkTranslation(texts, printed, labels, from, to, pairs);
  // Only an accepted answer that will be published is kept: a rejected or held one is asked again next time.
  if (!findings.length || options.publishWithFindings) await keepAnswer(q, key, 'translation', translator.model ?? translator.name, { translations: out });
  return { ...fromSegments(article, printed), ...meta, cached: false, findings };
}
