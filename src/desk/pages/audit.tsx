// Admins: the audit log, newest first, 50 rows a page.
import { Hono } from 'hono';
import { auditPage } from '../audit.ts';
import { requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { deskPage } from '../layout.tsx';
import { formatDateTime } from '../../web/i18n/i18n.ts';

const pageSize = 50;

const brief = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

export function auditRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  app.get('/audit', requireRole('admin'), async (c) => {
    const t = c.get('t');
    const locale = c.get('locale');
    const raw = c.req.query('before');
    const before = raw && /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
    const rows = await auditPage(kit.db, { limit: pageSize + 1, before });
    const more = rows.length > pageSize;
    const shown = rows.slice(0, pageSize);
    return deskPage(c, t('audit.title'), (
      <>
        <p>{t('audit.intro')}</p>
        {shown.length ? (
          <table class="desk">
            <thead><tr>
              <th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.via')}</th>
              <th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.target')}</th><th scope="col">{t('audit.change')}</th>
            </tr></thead>
            <tbody>
              {shown.map((r) => (
                <tr>
                  <td>{formatDateTime(locale, r.at)}</td>
                  <td>{r.actor}</td>
                  <td>{r.via}</td>
                  <td><code>{r.action}</code></td>
                  <td>{r.target_type ? `${r.target_type} ${r.target_id ?? ''}` : '—'}</td>
                  <td>{r.before !== null ? <div>{t('audit.before')}: <code>{brief(r.before)}</code></div> : null}
                    {r.after !== null ? <div>{t('audit.after')}: <code>{brief(r.after)}</code></div> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p>{t('audit.empty')}</p>}
        <nav class="pager" aria-label={t('audit.pages')}>
          {before ? <a href="/desk/audit">{t('audit.newest')}</a> : null}
          {more ? <a href={`/desk/audit?before=${shown[shown.length - 1].id}`}>{t('audit.older')}</a> : null}
        </nav>
      </>
    ));
  });
  return app;
}
