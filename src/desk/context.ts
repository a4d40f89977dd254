// What every desk handler can read from its Hono context, and the guards a
// section puts on its routes (requireRole). Section routers are typed
// `new Hono<DeskEnv>()`.
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { roleAllows, type Role } from './accounts.ts';
import type { DeskT, Locale } from './i18n/i18n.ts';
import type { DeskJobs } from './operations/job-port.ts';
import type { Session, SessionUser } from './sessions.ts';

/** A link in the desk's navigation. */
export interface NavItem {
  href: string;
  /** catalog key of its label */
  label: string;
  role: Role;
}

/** The signed-in person and their session, set by the desk's guard on every route behind it. */
export interface DeskRequest {
  user: SessionUser;
  session: Session;
  /** the token every form must send back as `_csrf` */
  csrf: string;
}

export interface DeskVars {
  /** the interface language of this response and its messages */
  locale: Locale;
  t: DeskT;
  /** the request's time, from the desk's clock (tests inject one) */
  now: Date;
  nav: NavItem[];
  /** undefined only on the pages before sign-in */
  desk: DeskRequest | undefined;
}

export type DeskEnv = { Variables: DeskVars };

/** What a desk section is built with. */
export interface DeskKit {
  db: Db;
  config: Config;
  now: () => Date;
  /** the job queue, when the composing process passed one in (retry, poll now) */
  jobs?: DeskJobs;
}

/** The signed-in request (throws on the few pages before sign-in, which never call it). */
export function deskOf(c: Context<DeskEnv>): DeskRequest {
  const d = c.get('desk');
  if (!d) throw new Error('desk: no signed-in person on this route');
  return d;
}

/** The person's email and id, as the audit log names them. */
export function actorOf(c: Context<DeskEnv>): { id: number; email: string } {
  const { user } = deskOf(c);
  return { id: user.id, email: user.email };
}

/**
 * Let through only people whose role is at least `role` (admin ⊃ editor ⊃
 * viewer); others get 403 (a page, or JSON under /desk/api).
 */
export function requireRole(role: Role): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const d = c.get('desk');
    if (d && roleAllows(d.user.role, role)) return next();
    return forbidden(c);
  };
}

export function forbidden(c: Context<DeskEnv>) {
  const t = c.get('t');
  if (c.req.path.startsWith('/desk/api/')) return c.json({ error: 'forbidden' }, 403);
  return c.text(t('error.forbidden'), 403);
}
