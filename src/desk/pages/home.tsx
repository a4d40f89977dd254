// The desk's home: what waits for someone, in figures, with links to the
// sections that act on it.
import { Hono } from 'hono';
import type { Queryable } from '../../db/db.ts';
import type { DeskEnv, DeskKit } from '../context.ts';
import { deskOf } from '../context.ts';
import { deskPage } from '../layout.tsx';
import { sections } from '../sections.ts';
import { roleAllows } from '../accounts.ts';

interface Figure { label: string; count: number; href?: string }

async function count(db: Queryable, sql: string): Promise<number> {
  const [r] = await db.query<{ n: number }>(sql);
  return r.n;
}

/** The figures the shell itself can give, from the pipeline's own tables. */
async function shellFigures(db: Queryable): Promise<Figure[]> {
  const [held, review, failedTranslations, failingSources] = await Promise.all([
    count(db, "SELECT count(*)::int AS n FROM articles WHERE state = 'held'"),
    count(db, "SELECT count(*)::int AS n FROM articles WHERE state = 'needs-review'"),
    count(db, "SELECT count(*)::int AS n FROM translations WHERE state = 'failed'"),
    count(db, 'SELECT count(*)::int AS n FROM sources WHERE enabled AND consecutive_failures > 0'),
  ]);
  return [
    { label: 'home.held', count: held },
    { label: 'home.needsReview', count: review },
    { label: 'home.failedTranslations', count: failedTranslations },
    { label: 'home.failingSources', count: failingSources },
  ];
}

export function homeRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  app.get('/', async (c) => {
    const t = c.get('t');
    const { user } = deskOf(c);
    const visible = sections.filter((s) => roleAllows(user.role, s.role));
    const figures = [...await shellFigures(kit.db), ...await Promise.all(visible.filter((s) => s.homeCount).map((s) => s.homeCount!(kit.db)))];
    return deskPage(c, t('home.title'), (
      <>
        <p>{t('home.signedInAs', { email: user.email, role: t(`role.${user.role}`) })}</p>
        <h2>{t('home.waiting')}</h2>
        <ul class="cards">
          {figures.map((f) => (
            <li>{f.href ? <a href={f.href}><span class="n">{f.count}</span>{t(f.label, { count: f.count })}</a>
              : <><span class="n">{f.count}</span>{t(f.label, { count: f.count })}</>}</li>
          ))}
        </ul>
        <h2>{t('home.sections')}</h2>
        <ul>
          {visible.map((s) => <li><a href={`/desk/${s.id}`}>{t(s.label)}</a></li>)}
          {roleAllows(user.role, 'admin') ? <><li><a href="/desk/users">{t('nav.users')}</a></li><li><a href="/desk/audit">{t('nav.audit')}</a></li></> : null}
          <li><a href="/desk/account">{t('nav.account')}</a></li>
        </ul>
      </>
    ));
  });
  return app;
}
