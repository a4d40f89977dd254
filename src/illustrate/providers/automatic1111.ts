// Stable Diffusion web UI (AUTOMATIC1111) API: POST {url}/sdapi/v1/txt2img
// answered with {images: [base64 png], parameters, info}.
import { endpointUrl, ProviderClient, ProviderError, type ProviderOptions } from '../../ai/http.ts';
import { decodeBase64Image, type ImageProvider } from './provider.ts';

interface Answer {
  images?: string[];
}

/** What a local model should stay away from, whatever the prompt says. */
export const negativePrompt = 'photorealistic person, human face, portrait, celebrity, text, letters, caption, watermark, logo, signature';

export class Automatic1111Provider implements ImageProvider {
  readonly name = 'automatic1111';
  readonly model: string | null;
  private client: ProviderClient;

  constructor(private cfg: { url: string; model?: string; key?: string }, opts: Partial<ProviderOptions> = {}) {
    this.model = cfg.model ?? null;
    this.client = new ProviderClient('image provider (automatic1111)', cfg.key, opts);
  }

  /** 16:9 in multiples of 64, wide enough for the 1024 rendition without upscaling. */
  requestBody(prompt: string): Record<string, unknown> {
    return {
      prompt, negative_prompt: negativePrompt, width: 1024, height: 576, steps: 28, batch_size: 1, n_iter: 1,
      ...(this.model ? { override_settings: { sd_model_checkpoint: this.model } } : {}),
    };
  }

  async generate(prompt: string): Promise<Buffer> {
    const answer = await this.client.postJson<Answer>(endpointUrl(this.cfg.url, 'sdapi/v1/txt2img'), this.requestBody(prompt));
    if (!Array.isArray(answer?.images) || !answer.images.length) throw new ProviderError(`${this.name}: the answer has no images`);
    return decodeBase64Image(this.name, answer.images[0]);
  }
}
