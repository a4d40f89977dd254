// `newsroom users …`: the desk's staff accounts from the command line. Each
// change is written to the audit log with the actor "cli".
import { AccountError, addUser, isRole, listUsers, removeUser, resetPassword, setRole, setupLink, setupTokenHours, userByEmail } from '../desk/accounts.ts';
import { recordAudit } from '../desk/audit.ts';
import { args, printJson, printTable, say, shortTime, UsageError, withNewsroom } from './util.ts';

export const usersUsage = `usage: newsroom users list [--json]
       newsroom users add <email> --role admin|editor|viewer   prints a one-time link to set the password
       newsroom users remove <email>
       newsroom users set-role <email> admin|editor|viewer
       newsroom users reset-password <email>                   clears the password, ends the sessions, prints a new link`;

function role(raw: string | undefined) {
  if (!isRole(raw)) throw new UsageError(`a role is admin, editor or viewer${raw ? `, not ${raw}` : ''}`);
  return raw;
}

/** Account errors (unknown email, the last admin) are the user's to fix: one line, exit 1. */
async function accounts<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AccountError) throw new UsageError(e.message);
    throw e;
  }
}

export async function usersCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(usersUsage + '\n');
    return;
  }
  switch (sub) {
    case 'list': {
      const { values } = args(rest, { json: { type: 'boolean' } }, false);
      const users = await withNewsroom((nr) => listUsers(nr.db));
      if (values.json) {
        return printJson(users.map((u) => ({
          id: u.id, email: u.email, role: u.role, hasPassword: !!u.password_hash, twoFactor: !!u.totp_enabled_at,
          sessions: u.sessions, createdAt: u.created_at,
        })));
      }
      if (!users.length) return say('no accounts yet: newsroom users add <email> --role admin');
      printTable(['email', 'role', 'password', 'two-factor', 'sessions', 'added'],
        users.map((u) => [u.email, u.role, u.password_hash ? 'set' : 'not set', u.totp_enabled_at ? 'on' : 'off', u.sessions, shortTime(u.created_at)]));
      return;
    }
    case 'add': {
      const { values, positionals } = args(rest, { role: { type: 'string' } });
      if (positionals.length !== 1) throw new UsageError('usage: newsroom users add <email> --role admin|editor|viewer');
      const r = role(values.role);
      const { link, email } = await withNewsroom((nr) => accounts(async () => {
        const { user, token } = await addUser(nr.db, positionals[0], r);
        await recordAudit(nr.db, { actor: 'cli', via: 'cli', action: 'user.add', targetType: 'user', targetId: user.id, after: { email: user.email, role: user.role } });
        return { link: setupLink(nr.config.siteUrl, token), email: user.email };
      }));
      return say(`added ${email} (${r}). Send them this one-time link to set their password (good for ${setupTokenHours} hours):\n${link}`);
    }
    case 'remove': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 1) throw new UsageError('usage: newsroom users remove <email>');
      const email = await withNewsroom((nr) => accounts(async () => {
        const user = await removeUser(nr.db, positionals[0]);
        await recordAudit(nr.db, { actor: 'cli', via: 'cli', action: 'user.remove', targetType: 'user', targetId: user.id, before: { email: user.email, role: user.role } });
        return user.email;
      }));
      return say(`removed ${email} and ended their sessions`);
    }
    case 'set-role': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 2) throw new UsageError('usage: newsroom users set-role <email> admin|editor|viewer');
      const r = role(positionals[1]);
      const { email, before } = await withNewsroom((nr) => accounts(async () => {
        const { user, before } = await setRole(nr.db, positionals[0], r);
        await recordAudit(nr.db, { actor: 'cli', via: 'cli', action: 'user.set-role', targetType: 'user', targetId: user.id, before: { role: before }, after: { role: r } });
        return { email: user.email, before };
      }));
      return say(before === r ? `${email} was already ${r}` : `${email} is now ${r} (was ${before})`);
    }
    case 'reset-password': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 1) throw new UsageError('usage: newsroom users reset-password <email>');
      const { email, link } = await withNewsroom((nr) => accounts(async () => {
        if (!(await userByEmail(nr.db, positionals[0]))) throw new AccountError(`no account for ${positionals[0]}`);
        const { user, token } = await resetPassword(nr.db, positionals[0]);
        await recordAudit(nr.db, { actor: 'cli', via: 'cli', action: 'user.reset-password', targetType: 'user', targetId: user.id });
        return { email: user.email, link: setupLink(nr.config.siteUrl, token) };
      }));
      return say(`the password of ${email} is cleared and their sessions ended. Send them this one-time link (good for ${setupTokenHours} hours):\n${link}`);
    }
    default:
      throw new UsageError(`unknown users command "${sub}"\n${usersUsage}`);
  }
}
