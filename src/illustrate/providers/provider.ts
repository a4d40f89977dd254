// An image model behind an HTTP API. A provider only ever hands back the
// picture's own bytes from the answer it was given: it never follows a URL
// the answer names (that would be a fetch to an address nobody configured).
import type { Config } from '../../config.ts';
import type { ProviderOptions } from '../../ai/http.ts';
import { ProviderError } from '../../ai/http.ts';
import { Automatic1111Provider } from './automatic1111.ts';
import { OpenAiImageProvider } from './openai.ts';

export interface ImageProvider {
  /** 'openai' or 'automatic1111', stored with the image */
  readonly name: string;
  /** the model asked for, when known */
  readonly model: string | null;
  /** one picture for this prompt, as the provider encoded it (validated by the caller) */
  generate(prompt: string): Promise<Buffer>;
}

/** Image models are slow: a long time-out, and a single retry on a 5xx or 429. */
export const imageProviderDefaults: Partial<ProviderOptions> = { timeoutMs: 120_000, retries: 1, backoffMs: 2_000, concurrency: 2 };

export function imageProviderFor(config: Config, opts: Partial<ProviderOptions> = {}): ImageProvider | undefined {
  if (!config.imageUrl) return undefined;
  const o = { ...imageProviderDefaults, ...opts };
  return config.imageApi === 'automatic1111'
    ? new Automatic1111Provider({ url: config.imageUrl, model: config.imageModel, key: config.imageKey }, o)
    : new OpenAiImageProvider({ url: config.imageUrl, model: config.imageModel, key: config.imageKey }, o);
}

/** Base64 from an answer, with or without a data: prefix; anything else is the provider's fault. */
export function decodeBase64Image(name: string, value: unknown): Buffer {
  if (typeof value !== 'string' || !value.trim()) throw new ProviderError(`${name}: the answer carries no picture`);
  const b64 = value.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(b64)) throw new ProviderError(`${name}: the picture is not base64`);
  return Buffer.from(b64, 'base64');
}
