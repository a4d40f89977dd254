// Admins: the staff accounts (add with a one-time setup link, change a role,
// reset a password, remove) and the setting that requires two-factor sign-in.
import { Hono, type Context } from 'hono';
import { AccountError, addUser, isRole, listUsers, removeUser, resetPassword, roles, setRole, setupLink, userById } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { getSetting, putSetting, requireTwoFactorKey } from '../settings.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';

type Flash = { kind: 'error' | 'info'; text: string; link?: string };

export function usersRoutes(kit: DeskKit) {
  const { db, config } = kit;
  const app = new Hono<DeskEnv>();
  app.use('/users', requireRole('admin'));
  app.use('/users/*', requireRole('admin'));

  async function usersPage(c: Context<DeskEnv>, flash?: Flash, status: 200 | 400 | 404 | 409 = 200) {
    const t = c.get('t');
    const locale = c.get('locale');
    const users = await listUsers(db);
    const required = (await getSetting(db, requireTwoFactorKey, false)) === true;
    return deskPage(c, t('users.title'), (
      <>
        {flash ? <Notice kind={flash.kind}>{flash.text}{flash.link ? <> <code class="secret">{flash.link}</code></> : null}</Notice> : null}
        <table class="desk">
          <thead><tr>
            <th scope="col">{t('field.email')}</th><th scope="col">{t('users.role')}</th><th scope="col">{t('twoFactor.title')}</th>
            <th scope="col">{t('users.created')}</th><th scope="col">{t('users.actions')}</th>
          </tr></thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <th scope="row">{u.email}</th>
                <td>
                  <form method="post" action={`/desk/users/${u.id}/role`}>
                    <CsrfInput c={c} />
                    <label class="visually-hidden" for={`role-${u.id}`}>{t('users.roleOf', { email: u.email })}</label>
                    <select name="role" id={`role-${u.id}`}>
                      {roles.map((r) => <option value={r} selected={u.role === r}>{t(`role.${r}`)}</option>)}
                    </select>
                    <button type="submit" class="secondary">{t('action.save')}</button>
                  </form>
                </td>
                <td>{u.totp_enabled_at ? t('twoFactor.on') : t('twoFactor.off')}{u.password_hash ? '' : ` · ${t('users.noPassword')}`}</td>
                <td>{formatDateTime(locale, u.created_at)}</td>
                <td>
                  <form method="post" action={`/desk/users/${u.id}/reset-password`}>
                    <CsrfInput c={c} />
                    <button type="submit" class="secondary">{t('users.reset')}<span class="visually-hidden"> ({u.email})</span></button>
                  </form>
                  <form method="post" action={`/desk/users/${u.id}/remove`}>
                    <CsrfInput c={c} />
                    <button type="submit" class="secondary">{t('users.remove')}<span class="visually-hidden"> ({u.email})</span></button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t('users.add')}</h2>
        <form method="post" action="/desk/users" class="desk-form">
          <CsrfInput c={c} />
          <label>{t('field.email')}<input type="email" name="email" required /></label>
          <label>{t('users.role')}
            <select name="role">{roles.map((r) => <option value={r} selected={r === 'editor'}>{t(`role.${r}`)}</option>)}</select>
          </label>
          <div><button type="submit">{t('users.addSubmit')}</button></div>
        </form>

        <h2>{t('users.settings')}</h2>
        <form method="post" action="/desk/users/settings" class="desk-form">
          <CsrfInput c={c} />
          <label><span><input type="checkbox" name="requireTwoFactor" value="1" checked={required} /> {t('users.requireTwoFactor')}</span></label>
          <div><button type="submit">{t('action.save')}</button></div>
        </form>
      </>
    ), status);
  }

  const target = async (c: Context<DeskEnv>) => {
    const id = Number(c.req.param('id'));
    return Number.isSafeInteger(id) && id > 0 ? userById(db, id) : undefined;
  };

  app.get('/users', (c) => usersPage(c));

  app.post('/users', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    if (!isRole(form.role)) return usersPage(c, { kind: 'error', text: t('users.badRole') }, 400);
    try {
      const { user, token } = await addUser(db, form.email ?? '', form.role, c.get('now'));
      await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.add', targetType: 'user', targetId: user.id, after: { email: user.email, role: user.role } }, c.get('now'));
      return usersPage(c, { kind: 'info', text: t('users.added', { email: user.email }), link: setupLink(config.siteUrl, token) });
    } catch (e) {
      if (e instanceof AccountError) return usersPage(c, { kind: 'error', text: e.message }, 409);
      throw e;
    }
  });

  app.post('/users/settings', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const value = form.requireTwoFactor === '1';
    // an admin who requires it of everyone has it first (else the rule would lock them out of this page)
    if (value && !deskOf(c).user.totp_enabled) return usersPage(c, { kind: 'error', text: t('users.requireTwoFactorFirst') }, 400);
    const before = await putSetting(db, requireTwoFactorKey, value);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'setting.set', targetType: 'setting', targetId: requireTwoFactorKey, before: before ?? false, after: value }, c.get('now'));
    return usersPage(c, { kind: 'info', text: t('users.settingsSaved') });
  });

  app.post('/users/:id/role', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const user = await target(c);
    if (!user) return usersPage(c, { kind: 'error', text: t('users.unknown') }, 404);
    if (!isRole(form.role)) return usersPage(c, { kind: 'error', text: t('users.badRole') }, 400);
    try {
      const { before } = await setRole(db, user.email, form.role);
      await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.set-role', targetType: 'user', targetId: user.id, before: { role: before }, after: { role: form.role } }, c.get('now'));
      return usersPage(c, { kind: 'info', text: t('users.roleSet', { email: user.email, role: t(`role.${form.role}`) }) });
    } catch (e) {
      if (e instanceof AccountError) return usersPage(c, { kind: 'error', text: e.message }, 409);
      throw e;
    }
  });

  app.post('/users/:id/reset-password', async (c) => {
    const t = c.get('t');
    const user = await target(c);
    if (!user) return usersPage(c, { kind: 'error', text: t('users.unknown') }, 404);
    const { token } = await resetPassword(db, user.email, c.get('now'));
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.reset-password', targetType: 'user', targetId: user.id }, c.get('now'));
    return usersPage(c, { kind: 'info', text: t('users.resetDone', { email: user.email }), link: setupLink(config.siteUrl, token) });
  });

  app.post('/users/:id/remove', async (c) => {
    const t = c.get('t');
    const user = await target(c);
    if (!user) return usersPage(c, { kind: 'error', text: t('users.unknown') }, 404);
    try {
      await removeUser(db, user.email);
      await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.remove', targetType: 'user', targetId: user.id, before: { email: user.email, role: user.role } }, c.get('now'));
      return usersPage(c, { kind: 'info', text: t('users.removed', { email: user.email }) });
    } catch (e) {
      if (e instanceof AccountError) return usersPage(c, { kind: 'error', text: e.message }, 409);
      throw e;
    }
  });

  return app;
}
