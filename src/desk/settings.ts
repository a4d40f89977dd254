// Site settings as the desk uses them: the plain key/value store lives in the
// kernel (src/db/settings.ts) so stages can read what the desk sets.
export { getSetting, putSetting } from '../db/settings.ts';

/** Admins can require every staff account to sign in with a second factor. */
export const requireTwoFactorKey = 'desk.requireTwoFactor';
