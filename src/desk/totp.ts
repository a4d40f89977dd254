// Two-factor sign-in with an authenticator app: TOTP (RFC 6238), 6 digits,
// 30-second steps, one step of drift either way.
import { Secret, TOTP } from 'otpauth';

function totp(secret: string, issuer: string, label: string): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads (typed in, or as a QR code the person makes themselves). */
export function totpUri(secret: string, issuer: string, email: string): string {
  return totp(secret, issuer, email).toString();
}

export function checkTotp(secret: string, code: string, now: Date): boolean {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  return totp(secret, 'x', 'x').validate({ token, timestamp: now.getTime(), window: 1 }) !== null;
}

export function totpCode(secret: string, now: Date): string {
  return totp(secret, 'x', 'x').generate({ timestamp: now.getTime() });
}
