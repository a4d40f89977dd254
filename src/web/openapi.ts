// The public read-only API's contract: response schemas in zod (the API builds
// its answers to these types, and tests check real answers against them), and
// the OpenAPI 3.1 document generated from the same schemas.
import { z } from 'zod';
import type { Config } from '../config.ts';
import { sections } from '../write/article.ts';

export const apiLimits = { defaultLimit: 20, maxLimit: 100 } as const;

const dateTime = z.iso.datetime();
const id = z.number().int().positive();

const imageSchema = z
  .object({
    kind: z.enum(['card', 'ai']).describe('card: a graphic drawn from the article; ai: an AI-generated image'),
    aiGenerated: z.boolean(),
    src: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    alt: z.string(),
    altLang: z.string().describe('the language `alt` is written in'),
    ogImage: z.string().describe('a 1200×630 JPEG for link previews'),
  })
  .strict();

const articleCardSchema = z
  .object({
    id,
    url: z.string().describe('the article page in the requested edition'),
    edition: z.string(),
    lang: z.string().describe("language of headline and summary: the edition's, or the original's when untranslated"),
    originalLang: z.string(),
    translated: z.boolean(),
    headline: z.string(),
    summary: z.string(),
    section: z.string().nullable(),
    storyId: id,
    threadId: id.nullable(),
    threadUrl: z.string().nullable().describe("the story timeline page of the article's thread"),
    newsAt: dateTime.describe("when the news happened: the story's latest report"),
    firstPublishedAt: dateTime,
    publishedAt: dateTime,
    updatedAt: dateTime,
    reportCount: z.number().int().nonnegative(),
    outletCount: z.number().int().nonnegative(),
    image: imageSchema.nullable(),
  })
  .strict();

export const articleListSchema = z
  .object({
    edition: z.string(),
    section: z.string().nullable(),
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int().nonnegative(),
    items: z.array(articleCardSchema),
  })
  .strict();

export const articleFullSchema = articleCardSchema
  .extend({
    version: z.number().int().positive(),
    lead: z.string(),
    body: z.array(z.object({ text: z.string(), sources: z.array(z.number().int().positive()).describe('numbers of the entries in `sources`') }).strict()),
    imageAlt: z.string().nullable(),
    sources: z.array(
      z
        .object({
          n: z.number().int().positive(),
          reportId: id,
          title: z.string(),
          outlet: z.string().nullable(),
          url: z.string().nullable(),
          lang: z.string().nullable(),
          publishedAt: dateTime.nullable(),
        })
        .strict(),
    ),
    corrections: z.array(z.object({ note: z.string(), createdAt: dateTime }).strict()),
    prior: articleCardSchema.nullable().describe('the article of the story this one follows'),
    thread: z.array(articleCardSchema).describe("every article of the thread, oldest first"),
    related: z.array(articleCardSchema),
    alternates: z.record(z.string(), z.string()).describe('the article page in every edition'),
    ai: z
      .object({
        writer: z.string().describe('extractive (no model) or llm'),
        model: z.string().nullable(),
        translatedBy: z.object({ provider: z.string(), model: z.string().nullable() }).strict().nullable(),
      })
      .strict(),
  })
  .strict();

const storySchema = z
  .object({
    id,
    title: z.string(),
    lang: z.string().nullable(),
    languages: z.array(z.string()).describe('languages of its reports'),
    reportCount: z.number().int().nonnegative(),
    state: z.string(),
    firstSeenAt: dateTime,
    lastSeenAt: dateTime,
    threadId: id.nullable(),
    threadPosition: z.number().int().nullable(),
    followsStoryId: id.nullable(),
    articleId: id.nullable().describe('its published article, if any'),
  })
  .strict();

export const storyListSchema = z.object({ limit: z.number().int(), offset: z.number().int(), items: z.array(storySchema) }).strict();

export const storyDetailSchema = storySchema
  .extend({
    mergedInto: id.nullable(),
    reports: z.array(
      z
        .object({
          id,
          title: z.string(),
          lang: z.string().nullable(),
          publishedAt: dateTime.nullable(),
          outlets: z.array(z.object({ name: z.string().nullable(), url: z.string().nullable() }).strict()),
        })
        .strict(),
    ),
    thread: z.array(z.object({ id, title: z.string(), position: z.number().int().nullable(), firstSeenAt: dateTime }).strict()),
    related: z.array(z.object({ id, title: z.string(), lang: z.string().nullable(), score: z.number(), lastSeenAt: dateTime }).strict()),
  })
  .strict();

const sourceSchema = z
  .object({
    id,
    name: z.string().nullable(),
    url: z.string().nullable().describe('the feed address (null for local files); credentials removed'),
    homepage: z.string().nullable().describe("the outlet's website, as its feed gives it"),
    lang: z.string().nullable(),
    items: z.number().int().nonnegative(),
    health: z
      .object({
        ok: z.boolean(),
        lastOkAt: dateTime.nullable(),
        lastError: z.string().nullable(),
        consecutiveFailures: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();

export const sourceListSchema = z.object({ items: z.array(sourceSchema) }).strict();
export const errorSchema = z.object({ error: z.string() }).strict();
export const goneSchema = z
  .object({
    error: z.string(),
    withdrawn: z.literal(true),
    corrections: z.array(z.object({ note: z.string(), createdAt: dateTime }).strict()),
  })
  .strict();
export const indexSchema = z
  .object({
    name: z.string(),
    version: z.literal('1'),
    openapi: z.string().describe('the OpenAPI 3.1 document describing every endpoint'),
    endpoints: z.array(
      z.object({
        method: z.literal('GET'),
        path: z.string().describe('with `{id}` for a path parameter'),
        url: z.string().describe('the absolute address (a template where the path has parameters)'),
        summary: z.string(),
        parameters: z.array(z.string()).describe('the names of its query and path parameters'),
      }).strict(),
    ),
  })
  .strict();

export type ImageJson = z.infer<typeof imageSchema>;
export type ArticleCardJson = z.infer<typeof articleCardSchema>;
export type ArticleListJson = z.infer<typeof articleListSchema>;
export type ArticleFullJson = z.infer<typeof articleFullSchema>;
export type StoryJson = z.infer<typeof storySchema>;
export type StoryListJson = z.infer<typeof storyListSchema>;
export type StoryDetailJson = z.infer<typeof storyDetailSchema>;
export type SourceListJson = z.infer<typeof sourceListSchema>;
export type IndexJson = z.infer<typeof indexSchema>;
export type GoneJson = z.infer<typeof goneSchema>;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) without zod's long date-time regex: `format` says it. */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, {
    override: (ctx) => {
      if ((ctx.jsonSchema as { format?: string }).format === 'date-time') delete (ctx.jsonSchema as { pattern?: string }).pattern;
    },
  }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: jsonSchema(schema) } } });
const errors = {
  400: json(errorSchema, 'a query or path parameter is invalid; `error` names it'),
};
const notFound = { 404: json(errorSchema, 'no such item') };

/** The OpenAPI 3.1 document for exactly the routes `apiRoutes` serves. */
export function openApiDocument(config: Config) {
  const editionParam = {
    name: 'edition',
    in: 'query',
    required: false,
    description: `the edition to read in; defaults to the first configured (${config.editions[0]})`,
    schema: { type: 'string', enum: [...config.editions], default: config.editions[0] },
  };
  const limitParam = {
    name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: apiLimits.maxLimit, default: apiLimits.defaultLimit },
  };
  const offsetParam = { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } };
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  return {
    openapi: '3.1.0',
    info: {
      title: `${config.siteName} API`,
      version: '1',
      description: 'Read-only public data of the newsroom: published articles in every edition, the stories they were written from, and the sources. Every AI step is labelled in `ai`.',
    },
    servers: [{ url: config.siteUrl.replace(/\/+$/, '') }],
    paths: {
      '/api/v1': {
        get: {
          operationId: 'index',
          summary: 'This index: every endpoint of the API with its address',
          responses: { 200: json(indexSchema, 'the endpoints') },
        },
      },
      '/api/v1/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Published articles, newest news first, as one edition shows them',
          parameters: [
            editionParam,
            { name: 'section', in: 'query', required: false, schema: { type: 'string', enum: [...sections] } },
            limitParam,
            offsetParam,
          ],
          responses: { 200: json(articleListSchema, 'a page of article cards'), ...errors },
        },
      },
      '/api/v1/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One published article with its sources, corrections, thread and related articles',
          parameters: [idParam, editionParam],
          responses: {
            200: json(articleFullSchema, 'the article'),
            301: { description: "the article's story was merged into another: `Location` is the surviving story's article" },
            ...errors,
            ...notFound,
            410: json(goneSchema, 'the article was published and then withdrawn; its corrections stay listed'),
          },
        },
      },
      '/api/v1/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories (reports of one event grouped together), latest first',
          parameters: [limitParam, offsetParam],
          responses: { 200: json(storyListSchema, 'a page of stories'), ...errors },
        },
      },
      '/api/v1/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story with its reports and their outlets, its thread and related stories',
          parameters: [idParam],
          responses: { 200: json(storyDetailSchema, 'the story'), ...errors, ...notFound },
        },
      },
      '/api/v1/sources': {
        get: {
          operationId: 'listSources',
          summary: 'The sources the newsroom reads, with their health',
          responses: { 200: json(sourceListSchema, 'every source') },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document',
          responses: { 200: { description: 'an OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
}
