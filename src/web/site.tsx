// The reader-facing website: one edition per configured language under
// /{edition}/, pages rendered once and then served from memory with an ETag
// until something a reader would see changes, the cookie notice as a plain
// form, and first-party page views only for readers who accepted.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { csrf } from 'hono/csrf';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { imagesForPage } from '../illustrate/queries.ts';
import { sections as allSections } from '../write/article.ts';
import { Analytics } from './analytics.ts';
import { consentCookie, consentMaxAgeSeconds, readConsent } from './consent.ts';
import { chooseEdition, editionCookie } from './editions.ts';
import { policyPage, translatorFor, uiLocale } from './i18n/i18n.ts';
import { routeBodyLimit } from './guard.ts';
import { cachedBody, PageCache } from './page-cache.ts';
import { activeSections, articleFate, articleInEdition, countArticles, frontPage, latestArticles, threadArticles } from './read-model.ts';
import { safeLocalPath } from './safe-path.ts';
import { searchArticles } from './search.ts';
import { css, cssPath } from './style.ts';
import { ArticlePage } from './views/article.tsx';
import { alternatesOf, articlePath, type ViewContext } from './views/context.ts';
import { FrontPage, frontPageImageIds } from './views/front.tsx';
import { SearchPage, SectionPage, SectionsIndex, StoryPage } from './views/lists.tsx';
import { ErrorPage, PolicyPage, WithdrawnPage } from './views/static-pages.tsx';

const pageSize = 24;
/** The consent form is two short fields: anything much larger is not it. */
const consentBodyBytes = 4096;
const formType = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** A row id in a path, as the API accepts them (up to 15 digits, no leading zero), or undefined. */
function pathId(raw: string): number | undefined {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
}

export interface SiteOptions {
  cache?: PageCache;
  analytics?: Analytics;
}

/** A rendered JSX element (its string form may be a promise for async components). */
type Renderable = { toString(): string | Promise<string> };

/** Thrown by a page renderer for a page that does not exist. */
class NotFound extends Error {}

/** Thrown by a page renderer for a page that answers otherwise than 200: a redirect, or a page that is gone. */
class Answer extends Error {
  constructor(readonly respond: (c: Context) => Response | Promise<Response>) {
    super('answered');
  }
}

export function siteRoutes(db: Db, config: Config, opts: SiteOptions = {}) {
  const app = new Hono();
  const cache = opts.cache ?? new PageCache();
  const analytics = opts.analytics ?? new Analytics(db, config.analyticsRetentionDays);
  const ownHost = new URL(config.siteUrl).hostname;
  const secureCookies = config.siteUrl.startsWith('https:');
  const isEdition = (ed: string) => config.editions.includes(ed);

  function recordView(c: Context, edition: string) {
    let ip = '';
    try {
      ip = getConnInfo(c).remote.address ?? '';
    } catch {
      // no socket (an in-process request): the hash still counts the browser
    }
    analytics.record({ path: c.req.path, edition, referrer: c.req.header('referer'), ip, userAgent: c.req.header('user-agent') ?? '', ownHost })
      .catch((e) => console.error(`analytics: ${(e as Error).message}`));
  }

  /**
   * Serve a page from the cache, or render and keep it. Two variants exist of
   * every page: with the cookie notice (for readers who have not answered)
   * and without it. A page is kept under its path and the parameters it
   * reads (`params`), never the whole address: an unknown parameter must not
   * make a new copy.
   */
  async function page(c: Context, edition: string, render: (ctx: (alternates?: Record<string, string>) => ViewContext) => Promise<Renderable>,
    opts: { cacheable?: boolean; params?: string } = {}) {
    const cacheable = opts.cacheable ?? true;
    const consent = readConsent(getCookie(c, consentCookie));
    const askConsent = consent === 'unanswered';
    if (consent === 'accepted') recordView(c, edition);
    c.header('Vary', 'Cookie');
    const build = async () => {
      try {
        return '<!doctype html>' + (await (await render((alternates) => viewContext(c, config, edition, askConsent, alternates))).toString());
      } catch (e) {
        if (e instanceof NotFound) return undefined;
        throw e;
      }
    };
    try {
      if (cacheable) return await cachedBody(c, cache, `${c.req.path}?${opts.params ?? ''}|${askConsent ? 'ask' : 'quiet'}`, 'text/html; charset=UTF-8', build);
      const body = await build();
      c.header('Cache-Control', 'no-cache');
      return body === undefined ? errorPage(c, config, 404) : c.html(body);
    } catch (e) {
      if (e instanceof Answer) return e.respond(c);
      throw e;
    }
  }

  app.get(cssPath, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/', (c) => {
    const edition = chooseEdition(config.editions, getCookie(c, editionCookie), c.req.header('accept-language'));
    c.header('Vary', 'Cookie, Accept-Language');
    c.header('Cache-Control', 'no-cache');
    return c.redirect(`/${edition}/`, 302);
  });

  // The language switcher: remember the choice (a preference the reader asked for, not tracking), then go.
  app.get('/edition/:ed', (c) => {
    const ed = c.req.param('ed');
    if (!isEdition(ed)) return c.notFound();
    setCookie(c, editionCookie, ed, { path: '/', maxAge: consentMaxAgeSeconds, sameSite: 'Lax', httpOnly: true, secure: secureCookies });
    return c.redirect(safeLocalPath(c.req.query('to'), `/${ed}/`), 303);
  });

  // only this site's own pages may answer the notice: another site's form cannot set consent
  const sameSite = csrf({ origin: (origin, c) => origin === new URL(config.siteUrl).origin || origin === new URL(c.req.url).origin });
  app.post('/consent', sameSite, routeBodyLimit(consentBodyBytes), async (c) => {
    if (!formType.test(c.req.header('content-type') ?? '')) return c.text('send the form as application/x-www-form-urlencoded', 415);
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      return c.text('the form could not be read', 400);
    }
    const choice = String(form.choice ?? '');
    const back = safeLocalPath(String(form.back ?? ''), '/');
    if (choice === 'accept' || choice === 'decline') {
      setCookie(c, consentCookie, choice === 'accept' ? 'yes' : 'no', { path: '/', maxAge: consentMaxAgeSeconds, sameSite: 'Lax', httpOnly: true, secure: secureCookies });
    } else if (choice === 'reset') {
      deleteCookie(c, consentCookie, { path: '/' });
    } else {
      return c.text('choice must be accept, decline or reset', 400);
    }
    return c.redirect(back, 303);
  });

  app.get('/:ed', (c, next) => (isEdition(c.req.param('ed')) ? c.redirect(`/${c.req.param('ed')}/`, 301) : next()));

  app.get('/:ed/', (c, next) => {
    const ed = c.req.param('ed');
    if (!isEdition(ed)) return next();
    return page(c, ed, async (ctx) => {
      const front = await frontPage(db, ed);
      const images = await imagesForPage(db, frontPageImageIds(front), ed);
      return <FrontPage ctx={ctx()} front={front} images={images} />;
    });
  });

  app.get('/:ed/articles/:id{[0-9]+}', (c, next) => {
    const ed = c.req.param('ed');
    const id = pathId(c.req.param('id'));
    if (!isEdition(ed) || id === undefined) return next();
    return page(c, ed, async (ctx) => {
      const article = await articleInEdition(db, id, ed);
      if (!article) {
        // a merged-away article leads to the one that carries its story now; a withdrawn one says so, with its corrections
        const fate = await articleFate(db, id);
        if (fate.kind === 'moved') throw new Answer((c) => c.redirect(articlePath(ed, fate.to), 301));
        if (fate.kind === 'withdrawn') {
          const body = '<!doctype html>' + (await (<WithdrawnPage ctx={ctx({})} lang={fate.lang} corrections={fate.corrections} />).toString());
          throw new Answer((c) => {
            c.header('Cache-Control', 'no-cache');
            return c.html(body, 410);
          });
        }
        throw new NotFound();
      }
      // the article's picture and the related articles' in one query
      const images = await imagesForPage(db, [id, ...article.related.map((r) => r.id)], ed);
      const alternates = Object.fromEntries(config.editions.map((e) => [e, articlePath(e, id)]));
      return <ArticlePage ctx={ctx(alternates)} article={article} image={images.get(id)} related={images} />;
    });
  });

  app.get('/:ed/stories/:thread{[0-9]+}', (c, next) => {
    const ed = c.req.param('ed');
    const thread = pathId(c.req.param('thread'));
    if (!isEdition(ed) || thread === undefined) return next();
    return page(c, ed, async (ctx) => {
      const articles = await threadArticles(db, ed, thread);
      if (!articles.length) throw new NotFound();
      return <StoryPage ctx={ctx()} articles={articles} />;
    });
  });

  app.get('/:ed/sections', (c, next) => {
    const ed = c.req.param('ed');
    if (!isEdition(ed)) return next();
    return page(c, ed, async (ctx) => <SectionsIndex ctx={ctx()} sections={await activeSections(db)} />);
  });

  app.get('/:ed/sections/:section', (c, next) => {
    const ed = c.req.param('ed');
    const section = c.req.param('section');
    if (!isEdition(ed) || !(allSections as readonly string[]).includes(section)) return next();
    const pageNo = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    return page(c, ed, async (ctx) => {
      const [articles, total] = await Promise.all([latestArticles(db, ed, { section, limit: pageSize, offset: (pageNo - 1) * pageSize }), countArticles(db, section)]);
      if (!articles.length && pageNo > 1) throw new NotFound();
      const images = await imagesForPage(db, articles.map((a) => a.id), ed);
      return <SectionPage ctx={ctx()} section={section} articles={articles} images={images} page={pageNo} pages={Math.max(1, Math.ceil(total / pageSize))} />;
    }, { params: `page=${pageNo}` });
  });

  app.get('/:ed/search', (c, next) => {
    const ed = c.req.param('ed');
    if (!isEdition(ed)) return next();
    const query = (c.req.query('q') ?? '').slice(0, 200);
    return page(c, ed, async (ctx) => {
      const { total, hits } = query.trim() ? await searchArticles(db, { lang: ed, query, limit: 30 }) : { total: 0, hits: [] };
      return <SearchPage ctx={ctx()} query={query} total={total} hits={hits} />;
    }, { cacheable: false });
  });

  for (const which of ['ai-policy', 'privacy'] as const) {
    app.get(`/:ed/${which}`, (c, next) => {
      const ed = c.req.param('ed');
      if (!isEdition(ed)) return next();
      return page(c, ed, async (ctx) => {
        const view = ctx();
        const policy = policyPage(view.uiLang, which === 'ai-policy' ? 'ai' : 'privacy', {
          siteName: config.siteName, retentionDays: config.analyticsRetentionDays, contact: `corrections@${ownHost}`,
        });
        return <PolicyPage ctx={view} policy={policy} />;
      });
    });
  }

  return app;
}

function viewContext(c: Context, config: Config, edition: string, askConsent: boolean, alternates?: Record<string, string>): ViewContext {
  const uiLang = uiLocale(edition);
  return { edition, uiLang, t: translatorFor(uiLang), config, path: c.req.path, askConsent, alternates: alternates ?? alternatesOf(config.editions, c.req.path) };
}

/** The edition a path belongs to, for localizing error pages. */
function editionOfPath(config: Config, path: string, acceptLanguage: string | undefined, remembered: string | undefined): string {
  const first = path.split('/')[1] ?? '';
  return config.editions.includes(first) ? first : chooseEdition(config.editions, remembered, acceptLanguage);
}

/** A localized error page's HTML. */
export function errorPageHtml(c: Context, config: Config, status: 404 | 500): string {
  const edition = editionOfPath(config, c.req.path, c.req.header('accept-language'), getCookie(c, editionCookie));
  const ctx = viewContext(c, config, edition, readConsent(getCookie(c, consentCookie)) === 'unanswered', {});
  return `<!doctype html>${(<ErrorPage ctx={ctx} status={status} />).toString()}`;
}

/** A localized error page, outside the cache. */
export function errorPage(c: Context, config: Config, status: 404 | 500) {
  c.header('Cache-Control', 'no-store');
  return c.html(errorPageHtml(c, config, status), status);
}
