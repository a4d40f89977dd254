// What the website needs to show an article's picture in an edition: the AI
// image when there is one, otherwise the story card in the language the
// edition shows the article in (the translation's, or the original's), with
// its sources per format, alt text and Open Graph image. One query for a
// whole list of articles. An AI picture's alt text is read from the article
// and its translations, so a translation that arrives later describes it at once.
import type { Queryable } from '../db/db.ts';

export interface PageImage {
  kind: 'card' | 'ai';
  aiGenerated: boolean;
  alt: string;
  /** the language `alt` is written in */
  altLang: string;
  /** of the picture `src` points at */
  width: number;
  height: number;
  sources: Array<{ type: 'image/avif' | 'image/webp'; srcset: string }>;
  /** the widest JPEG */
  src: string;
  /** every JPEG width */
  srcset: string;
  /** a 1200×630 JPEG (smaller only when the master is) */
  ogImage: string;
}

interface Row {
  article_id: number;
  article_lang: string;
  kind: 'card' | 'ai';
  ai_generated: boolean;
  alt: Record<string, string>;
  image_lang: string | null;
  width: number;
  height: number;
  renditions: Array<{ w: number; f: string; p: string }> | null;
}

export const mediaUrl = (file: string) => `/media/${file}`;

function toPageImage(r: Row, lang: string): PageImage | undefined {
  const renditions = r.renditions ?? [];
  const of = (format: string) => renditions.filter((x) => x.f === format).sort((a, b) => a.w - b.w);
  const jpeg = of('jpeg');
  if (!jpeg.length) return undefined;
  const srcset = (list: typeof jpeg) => list.map((x) => `${mediaUrl(x.p)} ${x.w}w`).join(', ');
  const widest = jpeg[jpeg.length - 1];
  const altLang = r.alt[lang] ? lang : r.alt[r.article_lang] ? r.article_lang : r.image_lang && r.alt[r.image_lang] ? r.image_lang : Object.keys(r.alt)[0] ?? r.article_lang;
  const sources: PageImage['sources'] = [];
  if (of('avif').length) sources.push({ type: 'image/avif', srcset: srcset(of('avif')) });
  if (of('webp').length) sources.push({ type: 'image/webp', srcset: srcset(of('webp')) });
  const og = of('og')[0] ?? widest;
  return {
    kind: r.kind,
    aiGenerated: r.ai_generated,
    alt: r.alt[altLang] ?? '',
    altLang,
    width: widest.w,
    height: Math.round((r.height * widest.w) / r.width),
    sources,
    src: mediaUrl(widest.p),
    srcset: srcset(jpeg),
    ogImage: mediaUrl(og.p),
  };
}

/** Pictures for many articles in edition `lang`, keyed by article id; articles with none are left out. */
export async function imagesForPage(q: Queryable, articleIds: number[], lang: string): Promise<Map<number, PageImage>> {
  const out = new Map<number, PageImage>();
  const ids = [...new Set(articleIds.map(Number))].filter(Number.isFinite);
  if (!ids.length) return out;
  const rows = await q.query<Row>(
    `SELECT a.id AS article_id, a.lang AS article_lang, img.kind, img.ai_generated, img.lang AS image_lang, img.width, img.height,
       -- an AI picture is described by the published version's brief, in the edition's language once translated
       CASE WHEN img.kind = 'ai' THEN jsonb_strip_nulls(jsonb_build_object(a.lang, v.image_brief->>'alt'))
         || coalesce((SELECT jsonb_build_object(t.lang, t.alt_text) FROM translations t WHERE t.article_id = a.id AND t.version = a.published_version
              AND t.lang = $2 AND t.lang <> a.lang AND t.state = 'done' AND t.alt_text <> ''), '{}'::jsonb)
         ELSE img.alt END AS alt,
       (SELECT json_agg(json_build_object('w', r.width, 'f', r.format, 'p', r.path)) FROM image_renditions r WHERE r.image_id = img.id) AS renditions
     FROM articles a
     LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     CROSS JOIN LATERAL (
       SELECT i.id, i.kind, i.ai_generated, i.alt, i.lang, i.width, i.height FROM images i
       WHERE i.article_id = a.id AND i.width > 0 AND i.height > 0
       ORDER BY (i.kind = 'ai') DESC,
         coalesce(i.lang = CASE WHEN EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.version = a.published_version
           AND t.lang = $2 AND t.state = 'done') THEN $2 ELSE a.lang END, false) DESC,
         coalesce(i.lang = a.lang, false) DESC, i.id
       LIMIT 1) img
     WHERE a.id = ANY($1::bigint[])`,
    [ids, lang],
  );
  for (const r of rows) {
    const image = toPageImage(r, lang);
    if (image) out.set(Number(r.article_id), image);
  }
  return out;
}

/** The picture for one article in edition `lang`. */
export async function imageForPage(q: Queryable, articleId: number, lang: string): Promise<PageImage | undefined> {
  return (await imagesForPage(q, [articleId], lang)).get(Number(articleId));
}
