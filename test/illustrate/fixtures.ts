// Published articles written straight into the database for the illustrate
// tests, a media folder per test, and a small real PNG for fake providers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Queryable } from '../../src/db/db.ts';

export interface ArticleSeed {
  lang: string;
  headline: string;
  section?: string;
  brief?: { prompt: string; alt: string } | null;
  entities?: string[];
  publishedAt?: string;
}

let seq = 0;

/** A published article (story, article, version 1); returns its id. */
export async function insertArticle(q: Queryable, a: ArticleSeed): Promise<number> {
  const n = ++seq;
  const [story] = await q.query<{ id: number }>(`INSERT INTO stories (title, lang) VALUES ($1, $2) RETURNING id`, [a.headline, a.lang]);
  const when = a.publishedAt ?? '2026-11-01T03:00:00Z';
  const [article] = await q.query<{ id: number }>(
    `INSERT INTO articles (story_id, lang, slug, section, state, current_version, published_version, first_published_at, published_at)
     VALUES ($1, $2, $3, $4, 'published', 1, 1, $5, $5) RETURNING id`,
    [story.id, a.lang, `article-${n}`, a.section ?? 'politics', when]);
  await addVersion(q, article.id, 1, a);
  return article.id;
}

export async function addVersion(q: Queryable, articleId: number, version: number, a: ArticleSeed) {
  const brief = a.brief === undefined ? { prompt: 'the facade of a parliament building with flags at dusk, no people', alt: 'A parliament building at dusk' } : a.brief;
  await q.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, entities, image_brief, writer)
     VALUES ($1, $2, $3, 'Lead.', '[{"text":"Body.","citations":[1]}]', 'Summary.', $4, $5, 'extractive')`,
    [articleId, version, a.headline, JSON.stringify(a.entities ?? []), brief ? JSON.stringify(brief) : null]);
}

export async function publishVersion(q: Queryable, articleId: number, version: number) {
  await q.query(`UPDATE articles SET current_version = $2, published_version = $2, published_at = now() WHERE id = $1`, [articleId, version]);
}

export async function addTranslation(q: Queryable, articleId: number, version: number, lang: string, headline: string, altText: string | null = null, state = 'done') {
  await q.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, alt_text, provider, state)
     VALUES ($1, $2, $3, $4, 'Lead.', '[]', 'Summary.', $5, 'test', $6)
     ON CONFLICT (article_id, version, lang) DO UPDATE SET headline = excluded.headline, alt_text = excluded.alt_text, state = excluded.state`,
    [articleId, version, lang, headline, altText, state]);
}

/** A temporary data folder; `remove` deletes it. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-illustrate-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real PNG with some structure in it, as an image model might return. */
export async function samplePng(width = 1024, height = 576): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = (x * 255) / width;
      pixels[i + 1] = (y * 255) / height;
      pixels[i + 2] = (x ^ y) & 0xff;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}
