// The illustrate stage. Every published article gets a story card for each
// language its editions show it in (the edition's translation when one is
// done, otherwise the original: editions without a translation share the
// original-language card), redrawn only when what it shows changes. With an
// image API configured, each article also gets one AI image from its image
// brief, after the prompt policy; a failure is recorded with a backoff and the
// card stays the article's picture. Work per run is bounded; rows are written
// only after their files are complete, so a crash leaves nothing half-made.
import { createHash } from 'node:crypto';
import { ProviderError, type ProviderOptions } from '../ai/http.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { cardAlt, cardInputHash, type CardInput } from './card.ts';
import { PictureProcess } from './picture-process.ts';
import { imagePromptFor, policyVersion } from './policy.ts';
import { imageProviderFor, type ImageProvider } from './providers/provider.ts';
import { InvalidImageError, mediaDir } from './renditions.ts';
import { recordFailure, saveImage, subjectOf } from './store.ts';
import { xmpPacket } from './xmp.ts';

export interface IllustrateOptions {
  /** cards drawn per run at most */
  cardsPerRun?: number;
  /** AI images asked for per run at most */
  aiPerRun?: number;
  /** the image model; by default the one configured (none when NEWSROOM_IMAGE_URL is unset) */
  provider?: ImageProvider | null;
  /** time-out and retries for the configured provider */
  providerOptions?: Partial<ProviderOptions>;
  /** this one article only (a job of the runner) */
  only?: number;
  /** a picture process the caller keeps between runs (and closes); by default one per run */
  pictures?: PictureProcess;
}

export const illustrateDefaults = { cardsPerRun: 40, aiPerRun: 4 };

/** cards made at once in the picture process: satori lays out one while sharp encodes the other */
const cardParallelism = 2;
const pageSize = 200;

interface ArticleRow {
  id: number;
  lang: string;
  section: string | null;
  version: number;
  date: Date;
  headline: string;
  /** done translations' headlines for this version, by language */
  translated: Record<string, string>;
  /** existing cards' input hashes, by drawn language */
  cards: Record<string, string>;
  /** failures by subject: their inputs and whether they are due again */
  failures: Record<string, { hash: string; due: boolean }>;
}

interface CardJob {
  articleId: number;
  version: number;
  input: CardInput;
  hash: string;
}

/**
 * Published articles, newest first, in pages; stops when `visit` says enough.
 * "Published" is what the site shows (state 'published' with a published
 * version): a revision held back for review keeps its published_version but
 * is off the site, so it gets no new picture.
 */
async function eachPublished<T>(nr: Newsroom, sql: string, extra: unknown[], visit: (rows: T[]) => boolean): Promise<void> {
  for (let before = Number.MAX_SAFE_INTEGER; ;) {
    const rows = await nr.db.query<T & { id: number }>(sql, [before, pageSize, ...extra]);
    if (!rows.length) return;
    before = Number(rows[rows.length - 1].id);
    if (!visit(rows) || rows.length < pageSize) return;
  }
}

const failureJson = `coalesce((SELECT json_object_agg(f.subject, json_build_object('hash', f.input_hash,
    'due', f.next_attempt_at IS NOT NULL AND f.next_attempt_at <= now())) FROM image_failures f WHERE f.article_id = a.id), '{}') AS failures`;

/** The cards that are missing or out of date, up to `limit` (and whether there were more). */
async function planCards(nr: Newsroom, limit: number, only?: number): Promise<{ jobs: CardJob[]; more: boolean }> {
  const jobs: CardJob[] = [];
  let more = false;
  const editions = nr.config.editions;
  await eachPublished<ArticleRow>(nr,
    `SELECT a.id, a.lang, a.section, a.published_version AS version, coalesce(a.first_published_at, a.published_at, a.created_at) AS date, v.headline,
       coalesce((SELECT json_object_agg(t.lang, t.headline) FROM translations t
         WHERE t.article_id = a.id AND t.version = a.published_version AND t.state = 'done' AND t.lang = ANY($3::text[])), '{}') AS translated,
       coalesce((SELECT json_object_agg(i.lang, i.input_hash) FROM images i WHERE i.article_id = a.id AND i.kind = 'card'), '{}') AS cards,
       ${failureJson}
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.state = 'published' AND a.published_version IS NOT NULL AND a.id < $1 AND ($4::bigint IS NULL OR a.id = $4)
     ORDER BY a.id DESC LIMIT $2`, [editions, only ?? null],
    (rows) => {
      for (const a of rows) {
        const wanted = new Map<string, string>();
        for (const ed of editions) {
          // (a "translation" into the article's own language would give the original two headlines)
          const translated = ed !== a.lang ? a.translated[ed] : undefined;
          wanted.set(translated ? ed : a.lang, translated ?? a.headline);
        }
        for (const [lang, headline] of wanted) {
          const input: CardInput = { headline, section: a.section, lang, date: new Date(a.date), siteName: nr.config.siteName };
          const hash = cardInputHash(input);
          if (a.cards[lang] === hash) continue;
          const failed = a.failures[subjectOf('card', lang)];
          if (failed && failed.hash === hash && !failed.due) continue;
          if (jobs.length >= limit) {
            more = true;
            return false;
          }
          jobs.push({ articleId: Number(a.id), version: a.version, input, hash });
        }
      }
      return true;
    });
  return { jobs, more };
}

async function drawCard(nr: Newsroom, pictures: PictureProcess, job: CardJob): Promise<boolean> {
  const alt = cardAlt(job.input.headline, job.input.lang);
  const stored = await pictures.run({ kind: 'card', input: job.input, dir: mediaDir(nr.config.dataDir),
    xmp: xmpPacket({ kind: 'card', description: alt, lang: job.input.lang, creditLine: nr.config.siteName }) });
  await saveImage(nr.db, {
    articleId: job.articleId, version: job.version, kind: 'card', lang: job.input.lang, provider: null, model: null, prompt: null,
    alt: { [job.input.lang]: alt }, inputHash: job.hash,
  }, stored);
  return stored.written > 0;
}

async function runCards(nr: Newsroom, pictures: PictureProcess, report: StageReport, limit: number, only?: number) {
  const { jobs, more } = await planCards(nr, limit, only);
  if (more) bump(report, 'more_waiting');
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      try {
        const wrote = await drawCard(nr, pictures, job);
        bump(report, wrote ? 'cards_drawn' : 'cards_reused_files');
      } catch (e) {
        const message = (e as Error).message ?? String(e);
        await recordFailure(nr.db, job.articleId, subjectOf('card', job.input.lang), job.hash, message);
        bump(report, 'cards_failed');
        report.errors.push({ subject: `article ${job.articleId} card ${job.input.lang}`, message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(cardParallelism, jobs.length) }, worker));
}

interface AiRow {
  id: number;
  lang: string;
  version: number;
  brief: { prompt: string; alt: string };
  entities: string[];
  image_hash: string | null;
  image_version: number | null;
  failures: Record<string, { hash: string; due: boolean }>;
}

interface AiJob {
  row: AiRow;
  hash: string;
}

/** What an AI image is drawn from: the brief, the policy and the model. */
export function aiInputHash(provider: ImageProvider, brief: { prompt: string }): string {
  return createHash('sha256').update(JSON.stringify({ policy: policyVersion, api: provider.name, model: provider.model, brief: brief.prompt })).digest('hex');
}

/** The AI images that are missing or out of date and due, up to `limit` (and whether there were more). */
async function planAi(nr: Newsroom, provider: ImageProvider, limit: number, only?: number): Promise<{ jobs: AiJob[]; more: boolean }> {
  const jobs: AiJob[] = [];
  let more = false;
  const moved: Array<[number, number]> = [];
  await eachPublished<AiRow>(nr,
    `SELECT a.id, a.lang, a.published_version AS version, v.image_brief AS brief, v.entities,
       i.input_hash AS image_hash, i.version AS image_version, ${failureJson}
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     LEFT JOIN images i ON i.article_id = a.id AND i.kind = 'ai'
     WHERE a.state = 'published' AND a.published_version IS NOT NULL AND v.image_brief IS NOT NULL AND a.id < $1 AND ($3::bigint IS NULL OR a.id = $3)
     ORDER BY a.id DESC LIMIT $2`, [only ?? null],
    (rows) => {
      for (const row of rows) {
        if (typeof row.brief?.prompt !== 'string') continue;
        const hash = aiInputHash(provider, row.brief);
        if (row.image_hash === hash) {
          // a revision with the same brief keeps its picture; its alt texts follow the new version
          if (row.image_version !== row.version) moved.push([Number(row.id), row.version]);
          continue;
        }
        const failed = row.failures.ai;
        if (failed && failed.hash === hash && !failed.due) continue;
        if (jobs.length >= limit) {
          more = true;
          return false;
        }
        jobs.push({ row, hash });
      }
      return true;
    });
  for (const [id, version] of moved) {
    await nr.db.query(`UPDATE images SET version = $2, updated_at = now() WHERE article_id = $1 AND kind = 'ai'`, [id, version]);
  }
  return { jobs, more };
}

async function runAi(nr: Newsroom, pictures: PictureProcess, report: StageReport, provider: ImageProvider, limit: number, only?: number) {
  const { jobs, more } = await planAi(nr, provider, limit, only);
  if (!jobs.length) return;
  const glossary = (await nr.db.query<{ spelling: string }>('SELECT DISTINCT spelling FROM glossary')).map((r) => r.spelling);
  for (let n = 0; n < jobs.length; n++) {
    const { row, hash } = jobs[n];
    const decision = imagePromptFor(row.brief, { entities: Array.isArray(row.entities) ? row.entities : [], glossarySpellings: glossary });
    if ('refused' in decision) {
      await recordFailure(nr.db, row.id, 'ai', hash, `refused by the image policy: ${decision.refused}`, true);
      bump(report, 'ai_refused');
      continue;
    }
    try {
      const bytes = await provider.generate(decision.prompt);
      // checked (a provider may send garbage) and stored in the picture process
      const stored = await pictures.run({ kind: 'picture', bytes, dir: mediaDir(nr.config.dataDir), xmp: xmpPacket({
        kind: 'ai', description: row.brief.alt, lang: row.lang, creditLine: nr.config.siteName,
        aiSystem: provider.model ? `${provider.model} (${provider.name})` : provider.name,
      }) });
      await saveImage(nr.db, {
        articleId: Number(row.id), version: row.version, kind: 'ai', lang: null, provider: provider.name, model: provider.model,
        prompt: decision.prompt, alt: { [row.lang]: row.brief.alt }, inputHash: hash,
      }, stored);
      bump(report, 'ai_drawn');
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      const attempts = await recordFailure(nr.db, row.id, 'ai', hash, message);
      bump(report, 'ai_failed');
      report.errors.push({ subject: `article ${row.id} AI image (attempt ${attempts})`, message });
      if (e instanceof ProviderError || e instanceof InvalidImageError) {
        // the provider is down or broken: the rest wait for the next run rather than each waiting out a time-out
        // (nor is more work announced: an immediate next pass would only wait out the same provider)
        bump(report, 'ai_deferred', jobs.length - n - 1);
        return;
      }
    }
  }
  if (more) bump(report, 'more_waiting');
}

const providerOf = (nr: Newsroom, opts: IllustrateOptions) =>
  opts.provider !== undefined ? opts.provider : imageProviderFor(nr.config, opts.providerOptions);

export async function runIllustrateStage(nr: Newsroom, opts: IllustrateOptions = {}): Promise<StageReport> {
  const cardsPerRun = opts.cardsPerRun ?? illustrateDefaults.cardsPerRun;
  const aiPerRun = opts.aiPerRun ?? illustrateDefaults.aiPerRun;
  const provider = providerOf(nr, opts);
  return recordRun(nr.db, 'illustrate', nr.worker, async (report) => {
    // started on the first picture to make, gone when the run ends (unless the caller keeps it)
    const pictures = opts.pictures ?? new PictureProcess();
    try {
      await runCards(nr, pictures, report, cardsPerRun, opts.only);
      if (provider) await runAi(nr, pictures, report, provider, aiPerRun, opts.only);
    } finally {
      if (!opts.pictures) await pictures.close();
    }
  });
}

/**
 * Articles with a card or an AI image to draw now (missing, out of date, or a
 * failure due again), about `limit` pictures' worth: the job runner's sweep
 * sends one illustrate job for each.
 */
export async function articlesToIllustrate(nr: Newsroom, limit: number, opts: Pick<IllustrateOptions, 'provider' | 'providerOptions'> = {}): Promise<number[]> {
  const ids = new Set((await planCards(nr, limit)).jobs.map((j) => j.articleId));
  const provider = providerOf(nr, opts);
  if (provider) for (const j of (await planAi(nr, provider, limit)).jobs) ids.add(Number(j.row.id));
  return [...ids];
}
