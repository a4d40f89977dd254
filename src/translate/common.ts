// What every translation provider shares: the Translator interface and the
// marking of unusable answers.
// (translator.ts picks the configured provider; this file keeps the
// providers free of an import cycle with it.)
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


