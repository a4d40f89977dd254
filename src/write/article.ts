// The one shape of an article, whichever writer wrote it: validated with zod
// so that the extractive writer, a model's answer and the database agree.
import { z } from 'zod';

export const sections = ['politics', 'business', 'economy', 'society', 'world', 'science', 'technology', 'culture', 'sports', 'weather', 'disaster', 'labour', 'courts', 'transport'] as const;

export const paragraphSchema = z.object({
  text: z.string().min(1),
  /** report ids this paragraph rests on; at least one */
  citations: z.array(z.number().int().positive()).min(1),
});

export const imageBriefSchema = z.object({
  /** what to draw: places, objects, symbols; never an identifiable real person */
  prompt: z.string().min(1),
  /** a description of the picture for readers who cannot see it, in the article's language */
  alt: z.string().min(1),
});

export const articleSchema = z.object({
  headline: z.string().min(1).max(300),
  /** two or three sentences: who, what, where, when */
  lead: z.string().min(1),
  body: z.array(paragraphSchema).min(1),
  /** report ids the headline and lead rest on; absent (older versions, editors' edits): all of the story's reports */
  leadCitations: z.array(z.number().int().positive()).min(1).optional(),
  /** two or three sentences for lists */
  summary: z.string().min(1),
  section: z.enum(sections),
  entities: z.array(z.string()),
  imageBrief: imageBriefSchema,
  lang: z.string().min(2),
  writer: z.enum(['extractive', 'llm']),
  model: z.string().nullable(),
  tokensIn: z.number().int().nonnegative().nullable(),
  tokensOut: z.number().int().nonnegative().nullable(),
});

export type Article = z.infer<typeof articleSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Section = (typeof sections)[number];

/** A report as writers see it. */
export interface SourceReport {
  id: number;
  title: string;
  body: string;
  lang: string | null;
  publishedAt: Date;
  outlet: string | null;
  url: string | null;
}
