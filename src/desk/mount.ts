// The desk, mounted on the site's app at /desk: its base middleware (clock,
// language, session, no caching, the Origin check), the pages open before
// sign-in, then the guard every other route sits behind, then the shell's
// pages and the sections of sections.ts.
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { createApp } from '../web/app.ts';
import type { SiteOptions } from '../web/site.tsx';
import type { DeskEnv, DeskKit, NavItem } from './context.ts';
import type { DeskJobs } from './operations/job-port.ts';
import { deskLocale, deskTranslator } from './i18n/i18n.ts';
import { accountRoutes } from './pages/account.tsx';
import { auditRoutes } from './pages/audit.tsx';
import { homeRoutes } from './pages/home.tsx';
import { signInRoutes } from './pages/sign-in.tsx';
import { usersRoutes } from './pages/users.tsx';
import { sameSecret } from './secrets.ts';
import { sections } from './sections.ts';
import { sessionCookie, touchSession } from './sessions.ts';
import { getSetting, requireTwoFactorKey } from './settings.ts';
import { css, cssPath } from './style.ts';

export interface DeskOptions {
  /** the desk's clock (sessions, throttling, setup tokens); tests pass their own */
  now?: () => Date;
  /** the runner's job queue (src/cli/serve.ts passes it in): without it the desk shows jobs but cannot send them */
  jobs?: DeskJobs;
}

const unsafeMethod = (m: string) => !/^(GET|HEAD|OPTIONS)$/.test(m);

/** Pages a signed-in person who must still enrol a second factor may open. */
const enrolPaths = /^\/desk\/(account(\/.*)?|sign-out)$/;

export function deskRoutes(db: Db, config: Config, opts: DeskOptions = {}): Hono<DeskEnv> {
  const kit: DeskKit = { db, config, now: opts.now ?? (() => new Date()), jobs: opts.jobs };
  const desk = new Hono<DeskEnv>();
  const nav: NavItem[] = [
    { href: '/desk', label: 'nav.home', role: 'viewer' },
    ...sections.map((s) => ({ href: `/desk/${s.id}`, label: s.label, role: s.role })),
    { href: '/desk/users', label: 'nav.users', role: 'admin' },
    { href: '/desk/audit', label: 'nav.audit', role: 'admin' },
    { href: '/desk/account', label: 'nav.account', role: 'viewer' },
  ];
  const siteOrigin = new URL(config.siteUrl).origin;
  // forms post only from this site's own pages (as for the cookie notice)
  const sameOrigin = csrf({ origin: (origin, c) => origin === siteOrigin || origin === new URL(c.req.url).origin });

  desk.use('*', async (c, next) => {
    const now = kit.now();
    c.set('now', now);
    c.set('nav', nav);
    const found = await touchSession(db, getCookie(c, sessionCookie), now);
    c.set('desk', found ? { ...found, csrf: found.session.csrf_token } : undefined);
    const locale = deskLocale(found?.user.locale, c.req.header('accept-language'));
    c.set('locale', locale);
    c.set('t', deskTranslator(locale));
    try {
      if (unsafeMethod(c.req.method)) await sameOrigin(c, next);
      else await next();
    } finally {
      // staff pages and answers are never kept by a browser or a cache between, nor indexed
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
      c.header('Vary', 'Cookie, Accept-Language');
    }
  });

  desk.get('/assets/:file', (c) => {
    if (`/desk/assets/${c.req.param('file')}` !== cssPath) return c.text('not found', 404);
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  desk.route('/', signInRoutes(kit));

  // the guard: everything below needs a session (with its second factor given) and, to change anything, the CSRF token
  desk.use('*', async (c, next) => {
    const d = c.get('desk');
    if (!d) {
      if (c.req.path.startsWith('/desk/api/')) return c.json({ error: 'sign in first' }, 401);
      const back = c.req.method === 'GET' && c.req.path !== '/desk' ? `?next=${encodeURIComponent(c.req.path)}` : '';
      return c.redirect(`/desk/sign-in${back}`, 303);
    }
    if (!d.session.verified) return c.redirect('/desk/sign-in/two-factor', 303);
    if (unsafeMethod(c.req.method) && !(await csrfTokenOk(c, d.csrf))) return c.text(c.get('t')('error.csrf'), 403);
    if (!d.user.totp_enabled && !enrolPaths.test(c.req.path) && (await getSetting(db, requireTwoFactorKey, false)) === true) {
      return c.redirect('/desk/account/two-factor', 303);
    }
    return next();
  });

  desk.route('/', homeRoutes(kit));
  desk.route('/', accountRoutes(kit));
  desk.route('/', usersRoutes(kit));
  desk.route('/', auditRoutes(kit));
  for (const s of sections) desk.route(`/${s.id}`, s.routes(kit));
  return desk;
}

/** The token from the `_csrf` form field or the X-CSRF-Token header. */
async function csrfTokenOk(c: Context<DeskEnv>, expected: string): Promise<boolean> {
  let sent = c.req.header('x-csrf-token');
  if (!sent && /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(c.req.header('content-type') ?? '')) {
    try {
      const body = await c.req.parseBody();
      sent = typeof body._csrf === 'string' ? body._csrf : undefined;
    } catch {
      return false;
    }
  }
  return !!sent && sameSecret(sent, expected);
}

/** Mount the desk on the site's app (before the site's own routes, so /desk is never an edition). */
export function mountDesk(app: Hono, db: Db, config: Config, opts: DeskOptions = {}): void {
  app.route('/desk', deskRoutes(db, config, opts));
}

/** The site with the desk: what `serve` and `start` run, and what desk tests request. */
export function createSiteWithDesk(db: Db, config: Config, opts: SiteOptions & DeskOptions = {}) {
  return createApp(db, config, { ...opts, mount: (app) => mountDesk(app, db, config, opts) });
}
