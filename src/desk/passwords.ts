// Passwords: argon2id with the library's defaults (19 MiB, 2 passes).
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is a const enum in the library's types; 2 is Argon2id
const argon2id = 2 as Algorithm;

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export class PasswordError extends Error {}

/** Why this password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): 'short' | 'long' | undefined {
  const length = [...password].length;
  if (length < minPasswordLength) return 'short';
  if (length > maxPasswordLength) return 'long';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) {
    throw new PasswordError(problem === 'short' ? `a password needs at least ${minPasswordLength} characters` : `a password has at most ${maxPasswordLength} characters`);
  }
  return hash(password, { algorithm: argon2id });
}

// A hash of a password nobody has, checked when the email is unknown so that
// an unknown email costs the same work (and time) as a wrong password.
let dummy: Promise<string> | undefined;

export async function checkPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > maxPasswordLength * 4) password = password.slice(0, maxPasswordLength * 4);
  if (!stored) {
    dummy ??= hash('not a password anyone has: ' + Math.random(), { algorithm: argon2id });
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
