// DeepL API v2: POST {url}/v2/translate with "Authorization: DeepL-Auth-Key
// <key>" and {text: [segments], source_lang, target_lang}, answering
// {translations: [{detected_source_language, text}]}. Source codes are bare
// ("KO"); some targets need a variant ("EN-US", "PT-PT", "ZH-HANS").
// 456 means the quota is used up and 429 too many requests: both are tried
// again later by the stage, which keeps the failure on the translation row.
import { z } from 'zod';
import { ProviderClient, ProviderError, type ProviderOptions } from '../ai/http.ts';
import { primaryLanguage } from '../text/language.ts';
import { rejected, type Translator } from './common.ts';

interface DeeplConfig {
  url: string;
  key?: string;
}

const answerSchema = z.object({
  translations: z.array(z.object({ text: z.string(), detected_source_language: z.string().optional() })),
});

/** DeepL takes at most 50 texts per request. */
const maxTexts = 50;

const bare = (tag: string) => {
  const p = primaryLanguage(tag) ?? tag.toLowerCase();
  return p === 'no' ? 'NB' : p.toUpperCase();
};

export function deeplSource(tag: string): string {
  return bare(tag);
}

/** The target code: a variant DeepL knows is kept (en-GB, pt-BR, zh-Hant), else the default variant where one is required. */
export function deeplTarget(tag: string): string {
  const [primary, sub] = tag.toLowerCase().split('-');
  const variants: Record<string, string[]> = { en: ['us', 'gb'], pt: ['pt', 'br'], zh: ['hans', 'hant'] };
  if (sub && variants[primary]?.includes(sub)) return `${primary}-${sub}`.toUpperCase();
  const defaults: Record<string, string> = { en: 'EN-US', pt: 'PT-PT', zh: 'ZH-HANS' };
  return defaults[primary] ?? bare(tag);
}

/** The v2 translate endpoint under a configured base ("https://api-free.deepl.com", "…/v2" or the full URL). */
export function deeplEndpoint(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (trimmed.endsWith('/v2/translate')) return trimmed;
  return trimmed.endsWith('/v2') ? `${trimmed}/translate` : `${trimmed}/v2/translate`;
}

const statusWords: Record<number, string> = {
  403: 'the key was refused (is NEWSROOM_TRANSLATE_KEY right?)',
  456: 'the quota is used up; trying again later',
  429: 'too many requests; trying again later',
};

export class DeeplTranslator implements Translator {
  readonly name = 'deepl';
  readonly model = null;
  readonly glossaryMode = 'placeholders' as const;

  private client: ProviderClient;

  constructor(readonly config: DeeplConfig, opts: Partial<ProviderOptions> = {}) {
    this.client = new ProviderClient('DeepL', config.key, opts, 'DeepL-Auth-Key');
  }

  async translate(texts: string[], from: string, to: string): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < texts.length; i += maxTexts) out.push(...(await this.request(texts.slice(i, i + maxTexts), from, to)));
    return out;
  }

  private async request(texts: string[], from: string, to: string): Promise<string[]> {
    const body = { text: texts, source_lang: deeplSource(from), target_lang: deeplTarget(to) };
    let raw: unknown;
    try {
      raw = await this.client.postJson<unknown>(deeplEndpoint(this.config.url), body);
    } catch (e) {
      // DeepL's statuses have meanings of their own (456: the quota is used up)
      const words = e instanceof ProviderError && e.status ? statusWords[e.status] : undefined;
      throw words ? new ProviderError(`DeepL: ${words} (HTTP ${(e as ProviderError).status})`, (e as ProviderError).status) : e;
    }
    const parsed = answerSchema.safeParse(raw);
    if (!parsed.success) throw rejected(`DeepL's answer does not fit {"translations": [{"text": string}]}: ${parsed.error.issues[0]?.message}`);
    const list = parsed.data.translations.map((t) => t.text);
    if (list.length !== texts.length) throw rejected(`DeepL returned ${list.length} translations for ${texts.length} segments`);
    return list;
  }
}
