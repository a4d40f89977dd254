// LibreTranslate (self-hosted machine translation): POST {url}/translate with
// {q: [segments], source, target, format: 'text', api_key?} answers
// {translatedText: [segments]}; errors come as {error: "…"} with a 4xx/5xx.
import { z } from 'zod';
import { endpointUrl, ProviderClient, type ProviderOptions } from '../ai/http.ts';
import { primaryLanguage } from '../text/language.ts';
import { rejected, type Translator } from './common.ts';

interface LibreTranslateConfig {
  url: string;
  key?: string;
}

const answerSchema = z.object({ translatedText: z.union([z.array(z.string()), z.string()]) });

/** LibreTranslate's codes are bare ("ko"), but for the scripts and variants it tells apart ("zh-Hant", "pt-BR"). */
export function libreCode(tag: string): string {
  const [primary, sub] = tag.toLowerCase().split('-');
  if (primary === 'zh' && sub === 'hant') return 'zh-Hant';
  if (primary === 'pt' && sub === 'br') return 'pt-BR';
  return primaryLanguage(tag) ?? tag;
}

export class LibreTranslator implements Translator {
  readonly name = 'libretranslate';
  readonly model = null;
  readonly glossaryMode = 'placeholders' as const;
  private client: ProviderClient;

  constructor(readonly config: LibreTranslateConfig, opts: Partial<ProviderOptions> = {}) {
    // the key travels in the body (api_key), not in an Authorization header
    this.client = new ProviderClient('LibreTranslate', undefined, opts);
  }

  async translate(texts: string[], from: string, to: string): Promise<string[]> {
    if (!texts.length) return [];
    const body = { q: texts, source: libreCode(from), target: libreCode(to), format: 'text', ...(this.config.key ? { api_key: this.config.key } : {}) };
    const raw = await this.client.postJson<unknown>(endpointUrl(this.config.url, 'translate'), body);
    const parsed = answerSchema.safeParse(raw);
    if (!parsed.success) throw rejected(`LibreTranslate's answer does not fit {"translatedText": [strings]}: ${parsed.error.issues[0]?.message}`);
    const out = parsed.data.translatedText;
    // A single string answers a single q; we always send an array, but one segment may come back bare.
    const list = typeof out === 'string' ? [out] : out;
    if (list.length !== texts.length) throw rejected(`LibreTranslate returned ${list.length} translations for ${texts.length} segments`);
    return list;
  }
}
