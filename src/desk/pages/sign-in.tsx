// The pages before sign-in: sign-in (and its second-factor step), the setup
// page that turns a one-time token into a password, and sign-out.
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { findSetupToken, useSetupToken, userByEmail, userById, userCount, AccountError } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import type { DeskEnv, DeskKit } from '../context.ts';
import { CsrfInput, deskPage, NewPasswordFields, Notice } from '../layout.tsx';
import { checkPassword, minPasswordLength, passwordProblem } from '../passwords.ts';
import { clientAddress, FormError, formOf } from '../request.ts';
import { closeSession, markVerified, openSession, absoluteDays, sessionCookie, type Session } from '../sessions.ts';
import { recordFailure, recordSuccess, secondsToWait, throttleKeys } from '../throttle.ts';
import { checkTotp } from '../totp.ts';
import { sameSecret } from '../secrets.ts';
import { safeLocalPath } from '../../web/safe-path.ts';

/** Where to go after sign-in: a desk path, never elsewhere. */
function nextPath(raw: string | undefined): string {
  const p = safeLocalPath(raw, '/desk');
  return p === '/desk' || p.startsWith('/desk/') ? p : '/desk';
}

/** "Try again in 30 seconds" / "in 4 minutes". */
export function waitText(c: Context<DeskEnv>, seconds: number): string {
  const t = c.get('t');
  return seconds >= 90 ? t('signIn.waitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('signIn.waitSeconds', { seconds });
}

export function signInRoutes(kit: DeskKit) {
  const { db, config } = kit;
  const app = new Hono<DeskEnv>();
  const secure = config.siteUrl.startsWith('https:');

  function setSessionCookie(c: Context<DeskEnv>, value: string) {
    setCookie(c, sessionCookie, value, { path: '/desk', httpOnly: true, sameSite: 'Lax', secure, maxAge: absoluteDays * 86400 });
  }

  async function signInPage(c: Context<DeskEnv>, opts: { error?: string; email?: string; next?: string; status?: 200 | 401 | 429 | 400 } = {}) {
    const t = c.get('t');
    const noUsers = (await userCount(db)) === 0;
    return deskPage(c, t('signIn.title'), (
      <>
        {noUsers ? <Notice>{t('signIn.noUsers')} <a href="/desk/setup">{t('setup.title')}</a></Notice> : null}
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        <form method="post" action="/desk/sign-in" class="desk-form">
          <input type="hidden" name="next" value={nextPath(opts.next)} />
          <label>{t('field.email')}
            <input type="email" name="email" autocomplete="username" required value={opts.email ?? ''} />
          </label>
          <label>{t('field.password')}
            <input type="password" name="password" autocomplete="current-password" required />
          </label>
          <div><button type="submit">{t('signIn.submit')}</button></div>
        </form>
      </>
    ), opts.status ?? 200);
  }

  app.get('/sign-in', (c) => {
    if (c.get('desk')?.session.verified) return c.redirect('/desk', 303);
    return signInPage(c, { next: c.req.query('next') });
  });

  app.post('/sign-in', async (c) => {
    const t = c.get('t');
    const now = c.get('now');
    let form: Record<string, string>;
    try {
      form = await formOf(c);
    } catch (e) {
      return c.text((e as FormError).message, 400);
    }
    const email = (form.email ?? '').trim();
    const keys = throttleKeys(email, clientAddress(c));
    const waiting = await secondsToWait(db, keys, now);
    if (waiting > 0) {
      c.header('Retry-After', String(waiting));
      return signInPage(c, { error: `${t('signIn.throttled')} ${waitText(c, waiting)}`, email, next: form.next, status: 429 });
    }
    const user = email ? await userByEmail(db, email) : undefined;
    // the same work for an unknown email as for a wrong password: checkPassword hashes a dummy
    const passwordOk = await checkPassword(user && !user.disabled_at ? user.password_hash : null, form.password ?? '');
    if (!user || !passwordOk) {
      await recordFailure(db, keys, now);
      const wait = await secondsToWait(db, keys, now);
      if (wait > 0) c.header('Retry-After', String(wait));
      return signInPage(c, { error: `${t('signIn.wrong')}${wait > 0 ? ' ' + waitText(c, wait) : ''}`, email, next: form.next, status: 401 });
    }
    await recordSuccess(db, keys);
    const old = c.get('desk');
    if (old) await closeSession(db, old.session.id_hash);
    const twoFactor = !!user.totp_enabled_at;
    const { cookie } = await openSession(db, user.id, now, { address: clientAddress(c), userAgent: c.req.header('user-agent'), verified: !twoFactor });
    setSessionCookie(c, cookie);
    if (twoFactor) return c.redirect(`/desk/sign-in/two-factor?next=${encodeURIComponent(nextPath(form.next))}`, 303);
    await recordAudit(db, { actor: { id: user.id, email: user.email }, via: 'desk', action: 'session.sign-in', targetType: 'user', targetId: user.id }, now);
    return c.redirect(nextPath(form.next), 303);
  });

  // the second step for people with an authenticator app: their session exists but is not yet verified
  const pendingSession = (c: Context<DeskEnv>): Session | undefined => {
    const d = c.get('desk');
    return d && !d.session.verified ? d.session : undefined;
  };

  function twoFactorPage(c: Context<DeskEnv>, error?: string, status: 200 | 401 | 429 = 200) {
    const t = c.get('t');
    return deskPage(c, t('twoFactor.signInTitle'), (
      <>
        {error ? <Notice kind="error">{error}</Notice> : null}
        <form method="post" action="/desk/sign-in/two-factor" class="desk-form">
          <CsrfInput c={c} />
          <input type="hidden" name="next" value={nextPath(c.req.query('next'))} />
          <label>{t('field.code')}
            <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" required />
          </label>
          <div><button type="submit">{t('twoFactor.verify')}</button></div>
        </form>
      </>
    ), status);
  }

  app.get('/sign-in/two-factor', (c) => {
    if (!pendingSession(c)) return c.redirect(c.get('desk') ? '/desk' : '/desk/sign-in', 303);
    return twoFactorPage(c);
  });

  app.post('/sign-in/two-factor', async (c) => {
    const session = pendingSession(c);
    if (!session) return c.redirect('/desk/sign-in', 303);
    const t = c.get('t');
    const now = c.get('now');
    let form: Record<string, string>;
    try {
      form = await formOf(c);
    } catch (e) {
      return c.text((e as FormError).message, 400);
    }
    if (!sameSecret(form._csrf ?? '', c.get('desk')!.csrf)) return c.text(t('error.csrf'), 403);
    const keys = [`totp:${session.user_id}`, `address:${clientAddress(c) || 'unknown'}`];
    const waiting = await secondsToWait(db, keys, now);
    if (waiting > 0) return twoFactorPage(c, `${t('signIn.throttled')} ${waitText(c, waiting)}`, 429);
    const user = await userById(db, session.user_id);
    if (!user?.totp_secret || !checkTotp(user.totp_secret, form.code ?? '', now)) {
      await recordFailure(db, keys, now);
      return twoFactorPage(c, t('twoFactor.wrong'), 401);
    }
    await recordSuccess(db, keys);
    await markVerified(db, session.id_hash);
    await recordAudit(db, { actor: { id: user.id, email: user.email }, via: 'desk', action: 'session.sign-in', targetType: 'user', targetId: user.id, after: { twoFactor: true } }, now);
    return c.redirect(nextPath(form.next), 303);
  });

  async function setupPage(c: Context<DeskEnv>, token: string, error?: string, status: 200 | 400 | 404 = 200) {
    const t = c.get('t');
    const found = token ? await findSetupToken(db, token, c.get('now')) : undefined;
    const firstAdmin = (await userCount(db)) === 0;
    if (!found && !firstAdmin) {
      return deskPage(c, t('setup.title'), <Notice kind="error">{t('setup.badToken')}</Notice>, token ? 404 : status);
    }
    return deskPage(c, t('setup.title'), (
      <>
        <p>{found?.email ? t('setup.forAccount', { email: found.email }) : t('setup.firstAdmin')}</p>
        {error ? <Notice kind="error">{error}</Notice> : null}
        <form method="post" action="/desk/setup" class="desk-form">
          {found ? <input type="hidden" name="token" value={token} /> : (
            <label>{t('field.setupToken')} <span class="hint">{t('setup.tokenHint')}</span>
              <input type="text" name="token" autocomplete="off" required />
            </label>
          )}
          {found?.email ? null : (
            <label>{t('field.email')}
              <input type="email" name="email" autocomplete="username" required />
            </label>
          )}
          <NewPasswordFields c={c} />
          <div><button type="submit">{t('setup.submit')}</button></div>
        </form>
      </>
    ), status);
  }

  app.get('/setup', (c) => setupPage(c, c.req.query('token') ?? ''));

  app.post('/setup', async (c) => {
    const t = c.get('t');
    const now = c.get('now');
    let form: Record<string, string>;
    try {
      form = await formOf(c);
    } catch (e) {
      return c.text((e as FormError).message, 400);
    }
    const token = (form.token ?? '').trim();
    const password = form.password ?? '';
    // a wrong token is a failed try like a wrong password: it is throttled the same way
    const keys = [`address:${clientAddress(c) || 'unknown'}`];
    const waiting = await secondsToWait(db, keys, now);
    if (waiting > 0) return setupPage(c, '', `${t('signIn.throttled')} ${waitText(c, waiting)}`, 400);
    const found = await findSetupToken(db, token, now);
    if (!found) {
      await recordFailure(db, keys, now);
      return setupPage(c, '', t('setup.badToken'), 400);
    }
    const problem = passwordProblem(password);
    if (problem) return setupPage(c, token, t(problem === 'short' ? 'password.short' : 'password.long', { min: minPasswordLength }), 400);
    if (password !== form.password2) return setupPage(c, token, t('password.mismatch'), 400);
    let user;
    try {
      user = await useSetupToken(db, token, password, found.user_id === null ? form.email : undefined, now);
    } catch (e) {
      if (e instanceof AccountError) return setupPage(c, token, t('setup.badEmail'), 400);
      throw e;
    }
    if (!user) return setupPage(c, '', t('setup.badToken'), 400);
    await recordAudit(db, {
      actor: found.user_id === null ? 'setup' : { id: user.id, email: user.email }, via: 'desk',
      action: found.user_id === null ? 'user.add' : 'user.set-password', targetType: 'user', targetId: user.id,
      after: found.user_id === null ? { email: user.email, role: user.role } : undefined,
    }, now);
    const { cookie } = await openSession(db, user.id, now, { address: clientAddress(c), userAgent: c.req.header('user-agent') });
    setSessionCookie(c, cookie);
    return c.redirect('/desk', 303);
  });

  // behind the guard in effect: a post without a session has nothing to end; the CSRF token is checked here
  app.post('/sign-out', async (c) => {
    const d = c.get('desk');
    if (!d) return c.redirect('/desk/sign-in', 303);
    let form: Record<string, string>;
    try {
      form = await formOf(c);
    } catch (e) {
      return c.text((e as FormError).message, 400);
    }
    if (!sameSecret(form._csrf ?? '', d.csrf)) return c.text(c.get('t')('error.csrf'), 403);
    await closeSession(db, d.session.id_hash);
    await recordAudit(db, { actor: { id: d.user.id, email: d.user.email }, via: 'desk', action: 'session.sign-out', targetType: 'user', targetId: d.user.id }, c.get('now'));
    deleteCookie(c, sessionCookie, { path: '/desk', secure });
    return c.redirect('/desk/sign-in', 303);
  });

  return app;
}
