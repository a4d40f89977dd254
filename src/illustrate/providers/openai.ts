// OpenAI's image API (and servers that speak it): POST {url}/images/generations
// answered with {data: [{b64_json}]}. An answer that only gives a URL is an
// error: the picture must come in the answer itself.
import { endpointUrl, ProviderClient, ProviderError, type ProviderOptions } from '../../ai/http.ts';
import { decodeBase64Image, type ImageProvider } from './provider.ts';

interface Answer {
  data?: Array<{ b64_json?: string; url?: string }>;
}

export class OpenAiImageProvider implements ImageProvider {
  readonly name = 'openai';
  readonly model: string;
  private client: ProviderClient;

  constructor(private cfg: { url: string; model?: string; key?: string }, opts: Partial<ProviderOptions> = {}) {
    this.model = cfg.model ?? 'gpt-image-1';
    this.client = new ProviderClient('image provider (openai)', cfg.key, opts);
  }

  /** gpt-image models draw 1536×1024 and always answer in base64 (they reject response_format); older ones take 1024×1024. */
  requestBody(prompt: string): Record<string, unknown> {
    const gptImage = /^gpt-image/.test(this.model);
    return gptImage
      ? { model: this.model, prompt, n: 1, size: '1536x1024' }
      : { model: this.model, prompt, n: 1, size: '1024x1024', response_format: 'b64_json' };
  }

  async generate(prompt: string): Promise<Buffer> {
    const answer = await this.client.postJson<Answer>(endpointUrl(this.cfg.url, 'images/generations'), this.requestBody(prompt));
    const first = answer?.data?.[0];
    if (!first) throw new ProviderError(`${this.name}: the answer has no data`);
    if (!first.b64_json && first.url) throw new ProviderError(`${this.name}: the answer gives a URL instead of the picture; URLs from a provider are not fetched`);
    return decodeBase64Image(this.name, first.b64_json);
  }
}
