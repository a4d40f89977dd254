// What every translation provider shares: the Translator interface, the
// marking of unusable answers, language names, and provider errors in words.
// (translator.ts picks the configured provider; this file keeps the
// providers free of an import cycle with it.)
import { ProviderError } from '../ai/http.ts';
import type { GlossaryPair } from './glossary-terms.ts';

export interface TranslateOptions {
  /** names to write exactly so (prompt-based providers only) */
  glossary?: GlossaryPair[];
  /** why an earlier answer to this request was rejected, so a model can avoid it */
  feedback?: string;
}

export interface Translator {
  /** recorded on every translation: 'llm', 'libretranslate', 'deepl' */
  name: string;
  model: string | null;
  /** how glossary names reach the provider: in the prompt, or protected by placeholders */
  glossaryMode: 'prompt' | 'placeholders';
  translate(texts: string[], from: string, to: string, options?: TranslateOptions): Promise<string[]>;
}

/** Errors whose text starts so are the answer's fault, not the connection's: a model may be told about them. */
export const rejectedPrefix = 'rejected: ';

/** An answer that cannot be used (malformed, wrong count, wrong language, glossary violation). */
export function rejected(message: string): Error {
  return new Error(rejectedPrefix + message);
}

/**
 * A provider's HTTP error in plain words: the message its error body carries
 * ({"error": "…"} or {"message": "…"}), else what the client said.
 */
export function providerFailure(provider: string, e: unknown): Error {
  if (!(e instanceof ProviderError)) return e as Error;
  const body = e.message.match(/HTTP \d{3} (\{.*)$/s)?.[1];
  let said: string | undefined;
  if (body) {
    try {
      const parsed = JSON.parse(body);
      said = typeof parsed?.error === 'string' ? parsed.error : typeof parsed?.message === 'string' ? parsed.message : undefined;
    } catch {
      // a truncated or non-JSON body: the raw message says enough
    }
  }
  return said ? new ProviderError(`${provider}: ${said} (HTTP ${e.status})`, e.status) : e;
}

