// One typed configuration, read from environment variables and an optional
// newsroom.config.json in the working directory. Environment variables win.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || v === '1' || v === 'true' || v === 'yes');

const intFrom = (min: number) => z.coerce.number().int().min(min);

/** Left as this, the site's address is taken from where the server listens (see cli/serve.ts). */
export const defaultSiteUrl = 'http://localhost:3000';

export const configSchema = z.object({
  port: intFrom(0).max(65535).default(3000),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.string().url().optional(),
  editions: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/)).min(1))
    .default(['ko', 'en', 'ja']),
  allowPrivateFetch: flag.default(false),
  pollIntervalSeconds: intFrom(60).default(900),
  fetchTimeoutMs: intFrom(100).default(20_000),
  fetchMaxBytes: intFrom(1024).default(10 * 1024 * 1024),
  fetchMaxRedirects: intFrom(0).default(5),
  fetchPerHost: intFrom(1).default(2),
  userAgent: z.string().default('Newsroom/0.1 (+https://github.com/newsroom)'),
  loadDemo: flag.default(true),
  storyQuietHours: intFrom(1).default(72),
  embedUrl: z.string().url().optional(),
  embedModel: z.string().optional(),
  embedKey: z.string().optional(),
  llmUrl: z.string().url().optional(),
  llmModel: z.string().optional(),
  llmKey: z.string().optional(),
  llmFallback: z.enum(['extractive', 'none']).default('extractive'),
  /** unset: `llm` when an LLM is configured, otherwise no translation (originals shown, marked) */
  translate: z.enum(['llm', 'libretranslate', 'deepl']).optional(),
  translateUrl: z.string().url().optional(),
  translateKey: z.string().optional(),
  /**
   * what a translation the translation check finds fault with gets: 'hold' keeps it from
   * readers until an editor approves it; 'note' (the default, while the check still flags
   * most good translations of long text) publishes it with its findings listed on the desk
   */
  translationCheck: z.enum(['note', 'hold']).default('note'),
  imageApi: z.enum(['openai', 'automatic1111']).default('openai'),
  imageUrl: z.string().url().optional(),
  imageModel: z.string().optional(),
  imageKey: z.string().optional(),
  /** the public address of the site, for canonical links, feeds and sitemaps */
  siteUrl: z.string().url().default(defaultSiteUrl),
  siteName: z.string().min(1).default('Newsroom'),
  /** seconds a CDN or other shared cache may keep a public page (s-maxage) */
  cdnMaxAge: intFrom(0).default(300),
  /** POSTed {"keys": [...]} (the pages' Surrogate-Key values) after every change of the site */
  purgeUrl: z.string().url().optional(),
  analyticsRetentionDays: intFrom(1).default(90),
  /** seconds after which a job whose worker stopped touching it (killed, host lost) is retried */
  jobHeartbeatSeconds: intFrom(10).default(30),
  /** the first retry of a failed job waits this long, each next one about twice as long */
  jobRetryDelaySeconds: intFrom(1).default(10),
});

export type Config = z.infer<typeof configSchema>;

/** Environment variable name for each config key. */
export const envNames: Record<keyof Config, string> = {
  port: 'PORT',
  dataDir: 'NEWSROOM_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  editions: 'NEWSROOM_EDITIONS',
  allowPrivateFetch: 'NEWSROOM_ALLOW_PRIVATE_FETCH',
  pollIntervalSeconds: 'NEWSROOM_POLL_INTERVAL',
  fetchTimeoutMs: 'NEWSROOM_FETCH_TIMEOUT_MS',
  fetchMaxBytes: 'NEWSROOM_FETCH_MAX_BYTES',
  fetchMaxRedirects: 'NEWSROOM_FETCH_MAX_REDIRECTS',
  fetchPerHost: 'NEWSROOM_FETCH_PER_HOST',
  userAgent: 'NEWSROOM_USER_AGENT',
  loadDemo: 'NEWSROOM_DEMO',
  storyQuietHours: 'NEWSROOM_STORY_QUIET_HOURS',
  embedUrl: 'NEWSROOM_EMBED_URL',
  embedModel: 'NEWSROOM_EMBED_MODEL',
  embedKey: 'NEWSROOM_EMBED_KEY',
  llmUrl: 'NEWSROOM_LLM_URL',
  llmModel: 'NEWSROOM_LLM_MODEL',
  llmKey: 'NEWSROOM_LLM_KEY',
  llmFallback: 'NEWSROOM_LLM_FALLBACK',
  translate: 'NEWSROOM_TRANSLATE',
  translateUrl: 'NEWSROOM_TRANSLATE_URL',
  translateKey: 'NEWSROOM_TRANSLATE_KEY',
  translationCheck: 'NEWSROOM_TRANSLATION_CHECK',
  imageApi: 'NEWSROOM_IMAGE_API',
  imageUrl: 'NEWSROOM_IMAGE_URL',
  imageModel: 'NEWSROOM_IMAGE_MODEL',
  imageKey: 'NEWSROOM_IMAGE_KEY',
  siteUrl: 'NEWSROOM_SITE_URL',
  siteName: 'NEWSROOM_SITE_NAME',
  cdnMaxAge: 'NEWSROOM_CDN_MAX_AGE',
  purgeUrl: 'NEWSROOM_PURGE_URL',
  analyticsRetentionDays: 'NEWSROOM_ANALYTICS_RETENTION_DAYS',
  jobHeartbeatSeconds: 'NEWSROOM_JOB_HEARTBEAT',
  jobRetryDelaySeconds: 'NEWSROOM_JOB_RETRY_DELAY',
};

export class ConfigError extends Error {}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Config {
  const file = resolve(cwd, 'newsroom.config.json');
  let fromFile: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`newsroom.config.json is not valid JSON: ${(e as Error).message}`);
    }
  }
  const merged: Record<string, unknown> = { ...fromFile };
  for (const [key, name] of Object.entries(envNames)) {
    const v = env[name];
    if (v !== undefined && v !== '') merged[key] = v;
  }
  const parsed = configSchema.safeParse(merged);
  if (parsed.success && parsed.data.embedUrl && !parsed.data.embedModel) {
    throw new ConfigError('invalid configuration NEWSROOM_EMBED_MODEL: required when NEWSROOM_EMBED_URL is set');
  }
  if (parsed.success && parsed.data.llmUrl && !parsed.data.llmModel) {
    throw new ConfigError('invalid configuration NEWSROOM_LLM_MODEL: required when NEWSROOM_LLM_URL is set');
  }
  if (parsed.success) {
    const c = parsed.data;
    if (c.translate === 'llm' && !c.llmUrl) throw new ConfigError('invalid configuration NEWSROOM_TRANSLATE: llm needs NEWSROOM_LLM_URL');
    if ((c.translate === 'libretranslate' || c.translate === 'deepl') && !c.translateUrl) {
      throw new ConfigError(`invalid configuration NEWSROOM_TRANSLATE_URL: required when NEWSROOM_TRANSLATE is ${c.translate}`);
    }
    if (!c.translate && c.llmUrl) c.translate = 'llm';
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const name = envNames[key as keyof Config] ?? key;
    throw new ConfigError(`invalid configuration ${name}: ${issue.message}`);
  }
  return parsed.data;
}
