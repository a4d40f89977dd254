// The frame of every desk page: a banner with the desk's navigation (the
// sections the person's role may open) and a sign-out button, then the
// page's main content under its one h1. No script; one stylesheet file.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { roleAllows } from './accounts.ts';
import { deskOf, type DeskEnv } from './context.ts';
import { minPasswordLength } from './passwords.ts';
import { cssPath } from './style.ts';

export function CsrfInput(props: { c: Context<DeskEnv> }) {
  return <input type="hidden" name="_csrf" value={deskOf(props.c).csrf} />;
}

/** A new password and its repetition, as the setup page and the account page ask for it. */
export function NewPasswordFields(props: { c: Context<DeskEnv> }) {
  const t = props.c.get('t');
  return (
    <>
      <label>{t('field.newPassword')} <span class="hint">{t('field.passwordHint', { min: minPasswordLength })}</span>
        <input type="password" name="password" autocomplete="new-password" minlength={minPasswordLength} required />
      </label>
      <label>{t('field.repeatPassword')}
        <input type="password" name="password2" autocomplete="new-password" minlength={minPasswordLength} required />
      </label>
    </>
  );
}

export function Notice(props: { kind?: 'error' | 'info'; children?: Child }) {
  return (
    <p class={props.kind === 'error' ? 'notice error' : 'notice'} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}

function DeskFrame(props: { c: Context<DeskEnv>; title: string; children?: Child }) {
  const { c, title } = props;
  const t = c.get('t');
  const desk = c.get('desk');
  const path = c.req.path.replace(/\/$/, '') || '/desk';
  const nav = desk && desk.session.verified ? c.get('nav').filter((n) => roleAllows(desk.user.role, n.role)) : [];
  // the longest link that starts this path is the current section
  const current = nav.filter((n) => path === n.href || path.startsWith(n.href + '/')).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <html lang={c.get('locale')}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} — ${t('desk.name')}`}</title>
        <link rel="stylesheet" href={cssPath} />
      </head>
      <body>
        <a class="skip" href="#main">{t('nav.skip')}</a>
        <header class="desk-head">
          <div class="wrap">
            <a class="brand" href="/desk">{t('desk.name')}</a>
            {nav.length ? (
              <nav class="desk-nav" aria-label={t('nav.label')}>
                <ul>
                  {nav.map((n) => (
                    <li><a href={n.href} aria-current={n === current ? 'page' : undefined}>{t(n.label)}</a></li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {desk ? (
              <form method="post" action="/desk/sign-out">
                <CsrfInput c={c} />
                <button type="submit" class="secondary">{t('nav.signOut', { email: desk.user.email })}</button>
              </form>
            ) : null}
          </div>
        </header>
        <main id="main" class="wrap">
          <h1>{title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** Answer a desk page: `<DeskFrame>` around `body`, never cached. */
export function deskPage(c: Context<DeskEnv>, title: string, body: Child, status: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 429 = 200) {
  const page = (<DeskFrame c={c} title={title}>{body}</DeskFrame>).toString();
  return c.html(Promise.resolve(page).then((html) => '<!doctype html>' + html), status);
}
