// The Translator interface: a batch of plain-text segments in, the same
// number of translated segments out, in order. Providers: an OpenAI-compatible
// model (told the glossary in its prompt) or a machine-translation API
// (LibreTranslate, DeepL), whose glossary names are protected by placeholders
// before the engine sees the text.
import type { Config } from '../config.ts';
import type { ProviderOptions } from '../ai/http.ts';
import type { Translator } from './common.ts';
import { DeeplTranslator } from './deepl.ts';
import { LibreTranslator } from './libretranslate.ts';
import { LlmTranslator } from './llm.ts';

/** The configured translator, or undefined when editions show originals (NEWSROOM_TRANSLATE unset). */
export function createTranslator(config: Config, opts: Partial<ProviderOptions> = {}): Translator | undefined {
  switch (config.translate) {
    case 'llm':
      if (!config.llmUrl || !config.llmModel) throw new Error('translating with llm needs NEWSROOM_LLM_URL and NEWSROOM_LLM_MODEL');
      return new LlmTranslator({ url: config.llmUrl, model: config.llmModel, key: config.llmKey }, opts);
    case 'libretranslate':
      if (!config.translateUrl) throw new Error('translating with libretranslate needs NEWSROOM_TRANSLATE_URL');
      return new LibreTranslator({ url: config.translateUrl, key: config.translateKey }, opts);
    case 'deepl':
      if (!config.translateUrl) throw new Error('translating with deepl needs NEWSROOM_TRANSLATE_URL');
      return new DeeplTranslator({ url: config.translateUrl, key: config.translateKey }, opts);
    default:
      return undefined;
  }
}
