// What the site's generated documents (feeds, sitemaps) are built from.
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import type { PageCache } from './page-cache.ts';

export interface SiteContext {
  db: Db;
  config: Config;
  /** built bodies, kept until the site changes; one cache per app (keys are request paths) */
  cache: PageCache;
}
