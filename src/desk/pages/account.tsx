// One's own account: language, password, two-factor sign-in, and the list
// of one's sessions with "sign out everywhere".
import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { setLocale, setPassword, userById } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, type DeskEnv, type DeskKit } from '../context.ts';
import { isLocale, localeNames, locales } from '../i18n/i18n.ts';
import { CsrfInput, deskPage, NewPasswordFields, Notice } from '../layout.tsx';
import { checkPassword, minPasswordLength, passwordProblem } from '../passwords.ts';
import { readForm } from '../request.ts';
import { closeAllSessions, sessionCookie, sessionsOf } from '../sessions.ts';
import { getSetting, requireTwoFactorKey } from '../settings.ts';
import { checkTotp, newTotpSecret, totpUri } from '../totp.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';

type Flash = { kind: 'error' | 'info'; text: string };

export function accountRoutes(kit: DeskKit) {
  const { db, config } = kit;
  const app = new Hono<DeskEnv>();

  async function accountPage(c: Context<DeskEnv>, flash?: Flash, status: 200 | 400 | 401 = 200) {
    const t = c.get('t');
    const locale = c.get('locale');
    const { user, session } = deskOf(c);
    const sessions = await sessionsOf(db, user.id, c.get('now'));
    const chosen = (await userById(db, user.id))?.locale ?? '';
    return deskPage(c, t('account.title'), (
      <>
        {flash ? <Notice kind={flash.kind}>{flash.text}</Notice> : null}
        <p>{t('home.signedInAs', { email: user.email, role: t(`role.${user.role}`) })}</p>

        <h2 id="language">{t('account.language')}</h2>
        <form method="post" action="/desk/account/language" class="desk-form">
          <CsrfInput c={c} />
          <label>{t('account.language')}
            <select name="locale">
              <option value="" selected={!chosen}>{t('account.languageBrowser')}</option>
              {locales.map((l) => <option value={l} lang={l} selected={chosen === l}>{localeNames[l]}</option>)}
            </select>
          </label>
          <div><button type="submit">{t('action.save')}</button></div>
        </form>

        <h2 id="password">{t('account.password')}</h2>
        <form method="post" action="/desk/account/password" class="desk-form">
          <CsrfInput c={c} />
          <label>{t('field.currentPassword')}
            <input type="password" name="current" autocomplete="current-password" required />
          </label>
          <NewPasswordFields c={c} />
          <div><button type="submit">{t('account.changePassword')}</button></div>
        </form>

        <h2 id="two-factor">{t('twoFactor.title')}</h2>
        <p>{user.totp_enabled ? t('twoFactor.on') : t('twoFactor.off')}</p>
        <p><a href="/desk/account/two-factor">{user.totp_enabled ? t('twoFactor.manage') : t('twoFactor.enrol')}</a></p>

        <h2 id="sessions">{t('account.sessions')}</h2>
        <table class="desk">
          <thead><tr><th scope="col">{t('session.started')}</th><th scope="col">{t('session.lastSeen')}</th><th scope="col">{t('session.address')}</th><th scope="col">{t('session.browser')}</th></tr></thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <td>{formatDateTime(locale, s.created_at)}{s.id_hash === session.id_hash ? ` (${t('session.this')})` : ''}</td>
                <td>{formatDateTime(locale, s.last_seen_at)}</td>
                <td>{s.address || '—'}</td>
                <td>{s.user_agent || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/desk/account/sign-out-everywhere" class="desk-form">
          <CsrfInput c={c} />
          <div><button type="submit">{t('account.signOutEverywhere')}</button></div>
        </form>
      </>
    ), status);
  }


  app.get('/account', (c) => accountPage(c));

  app.post('/account/language', async (c) => {
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const locale = isLocale(form.locale) ? form.locale : null;
    await setLocale(db, deskOf(c).user.id, locale);
    return c.redirect('/desk/account', 303);
  });

  app.post('/account/password', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const { user } = deskOf(c);
    const stored = (await userById(db, user.id))?.password_hash;
    if (!(await checkPassword(stored, form.current ?? ''))) return accountPage(c, { kind: 'error', text: t('account.currentWrong') }, 401);
    const problem = passwordProblem(form.password ?? '');
    if (problem) return accountPage(c, { kind: 'error', text: t(problem === 'short' ? 'password.short' : 'password.long', { min: minPasswordLength }) }, 400);
    if (form.password !== form.password2) return accountPage(c, { kind: 'error', text: t('password.mismatch') }, 400);
    await setPassword(db, user.id, form.password);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.set-password', targetType: 'user', targetId: user.id }, c.get('now'));
    return accountPage(c, { kind: 'info', text: t('account.passwordChanged') });
  });

  app.post('/account/sign-out-everywhere', async (c) => {
    const { user } = deskOf(c);
    const ended = await closeAllSessions(db, user.id);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'session.sign-out-everywhere', targetType: 'user', targetId: user.id, after: { ended } }, c.get('now'));
    deleteCookie(c, sessionCookie, { path: '/desk', secure: config.siteUrl.startsWith('https:') });
    return c.redirect('/desk/sign-in', 303);
  });

  async function twoFactorPage(c: Context<DeskEnv>, flash?: Flash, status: 200 | 400 | 401 = 200) {
    const t = c.get('t');
    const { user } = deskOf(c);
    const required = (await getSetting(db, requireTwoFactorKey, false)) === true;
    const row = (await userById(db, user.id))!;
    if (row.totp_enabled_at) {
      return deskPage(c, t('twoFactor.title'), (
        <>
          {flash ? <Notice kind={flash.kind}>{flash.text}</Notice> : null}
          <p>{t('twoFactor.on')}</p>
          {required ? <p>{t('twoFactor.requiredKeep')}</p> : (
            <form method="post" action="/desk/account/two-factor/remove" class="desk-form">
              <CsrfInput c={c} />
              <label>{t('field.currentPassword')}
                <input type="password" name="current" autocomplete="current-password" required />
              </label>
              <div><button type="submit">{t('twoFactor.remove')}</button></div>
            </form>
          )}
          <p><a href="/desk/account">{t('nav.account')}</a></p>
        </>
      ), status);
    }
    // the secret waits in the account, unused, until a code from it is given
    let secret = row.totp_secret;
    if (!secret) {
      secret = newTotpSecret();
      await db.query('UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL', [user.id, secret]);
    }
    const uri = totpUri(secret, config.siteName, user.email);
    return deskPage(c, t('twoFactor.title'), (
      <>
        {required ? <Notice kind="error">{t('twoFactor.required')}</Notice> : null}
        {flash ? <Notice kind={flash.kind}>{flash.text}</Notice> : null}
        <p>{t('twoFactor.howTo')}</p>
        <dl>
          <dt>{t('twoFactor.secret')}</dt>
          <dd><code class="secret">{secret.replace(/(.{4})(?=.)/g, '$1 ')}</code></dd>
          <dt>{t('twoFactor.uri')}</dt>
          <dd><code class="secret">{uri}</code></dd>
        </dl>
        <form method="post" action="/desk/account/two-factor" class="desk-form">
          <CsrfInput c={c} />
          <label>{t('field.code')}
            <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" required />
          </label>
          <div><button type="submit">{t('twoFactor.confirm')}</button></div>
        </form>
      </>
    ), status);
  }

  app.get('/account/two-factor', (c) => twoFactorPage(c));

  app.post('/account/two-factor', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const { user } = deskOf(c);
    const row = (await userById(db, user.id))!;
    if (row.totp_enabled_at) return c.redirect('/desk/account/two-factor', 303);
    if (!row.totp_secret || !checkTotp(row.totp_secret, form.code ?? '', c.get('now'))) return twoFactorPage(c, { kind: 'error', text: t('twoFactor.wrong') }, 400);
    await db.query('UPDATE users SET totp_enabled_at = $2 WHERE id = $1', [user.id, c.get('now')]);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.two-factor.on', targetType: 'user', targetId: user.id }, c.get('now'));
    deskOf(c).user.totp_enabled = true;
    return twoFactorPage(c, { kind: 'info', text: t('twoFactor.enrolled') });
  });

  app.post('/account/two-factor/remove', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text('bad form', 400);
    const { user } = deskOf(c);
    if ((await getSetting(db, requireTwoFactorKey, false)) === true) return twoFactorPage(c, { kind: 'error', text: t('twoFactor.requiredKeep') }, 400);
    const stored = (await userById(db, user.id))?.password_hash;
    if (!(await checkPassword(stored, form.current ?? ''))) return twoFactorPage(c, { kind: 'error', text: t('account.currentWrong') }, 401);
    await db.query('UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1', [user.id]);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'user.two-factor.off', targetType: 'user', targetId: user.id }, c.get('now'));
    deskOf(c).user.totp_enabled = false;
    return twoFactorPage(c, { kind: 'info', text: t('twoFactor.removed') });
  });

  return app;
}
