// The desk's sections beyond its shell. To add one: build its routes as a
// `new Hono<DeskEnv>()` in src/desk/<id>/, and add one entry here. It is
// mounted at /desk/<id>, behind the sign-in guard and the CSRF check, and its
// link shows in the navigation for people whose role is at least `role`.
import type { Hono } from 'hono';
import type { Queryable } from '../db/db.ts';
import type { Role } from './accounts.ts';
import type { DeskEnv, DeskKit } from './context.ts';
import { editorRoutes } from './editor/routes.tsx';
import { nameReviewCount } from './glossary/queries.ts';
import { glossaryRoutes } from './glossary/routes.tsx';
import { editionsRoutes } from './editions/routes.tsx';
import { operationsRoutes } from './operations/routes.tsx';
import { publishingRoutes } from './publishing/routes.tsx';
import { waitingTranslationCount } from './publishing/rules.ts';
import { reviewCount } from './review/queue.ts';
import { reviewRoutes } from './review/routes.tsx';
import { storiesRoutes } from './stories/routes.tsx';
import { sourcesRoutes } from './sources/routes.tsx';

export interface DeskSection {
  /** the path segment: /desk/<id> */
  id: string;
  /** catalog key of the navigation label (in the section's own src/desk/<id>/i18n/<locale>.json) */
  label: string;
  /** least role that sees the link and may open its pages; state changes put their own requireRole on */
  role: Role;
  routes: (kit: DeskKit) => Hono<DeskEnv>;
  /** an optional figure on the desk's home page: a catalog key taking {count}, and the count */
  homeCount?: (db: Queryable) => Promise<{ label: string; count: number; href?: string }>;
}

export const sections: DeskSection[] = [
  { id: 'review', label: 'nav.review', role: 'viewer', routes: reviewRoutes, homeCount: async (db) => ({ label: 'review.homeCount', count: await reviewCount(db), href: '/desk/review' }) },
  { id: 'articles', label: 'nav.articles', role: 'viewer', routes: editorRoutes },
  { id: 'publishing', label: 'nav.publishing', role: 'viewer', routes: publishingRoutes, homeCount: async (db) => ({ label: 'publishing.homeCount', count: await waitingTranslationCount(db), href: '/desk/publishing' }) },
  { id: 'stories', label: 'nav.stories', role: 'viewer', routes: storiesRoutes },
  { id: 'glossary', label: 'nav.glossary', role: 'viewer', routes: glossaryRoutes, homeCount: async (db) => ({ label: 'glossary.homeCount', count: await nameReviewCount(db), href: '/desk/glossary/reviews' }) },
  { id: 'sources', label: 'nav.sources', role: 'viewer', routes: sourcesRoutes },
  { id: 'editions', label: 'nav.editions', role: 'viewer', routes: editionsRoutes },
  { id: 'operations', label: 'nav.operations', role: 'admin', routes: operationsRoutes },
];
