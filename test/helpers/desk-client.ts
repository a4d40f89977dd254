// The desk as a signed-in staff member's browser asks it, for server tests:
// an account with its session cookie and CSRF token, and GET/POST requests
// made straight to the app (a form post carries the origin and the token).
import type { Role } from '../../src/desk/accounts.ts';
import { addUser } from '../../src/desk/accounts.ts';
import type { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession } from '../../src/desk/sessions.ts';
import type { Db } from '../../src/db/db.ts';

export type Who = { cookie: string; csrf: string };
type App = ReturnType<typeof createSiteWithDesk>;
const origin = 'http://localhost';

/** A new account of `role` (role@example.org), signed in at `now`. */
export async function staff(db: Db, role: Role, now = new Date()): Promise<Who> {
  const { user } = await addUser(db, `${role}@example.org`, role);
  const { cookie, session } = await openSession(db, user.id, now, {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token };
}

/** GET, signed in as `who`, or as the public when no one is given. */
export const deskGet = (app: App, path: string, who?: Who) => app.request(path, { headers: who ? { cookie: who.cookie } : {} });

/** A form POST as `who`, with the session's CSRF token. */
export const deskPost = (app: App, path: string, who: Who, fields: Record<string, string> = {}) => app.request(path, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
  body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
});
