// What every response goes through, whatever route made it: a request id,
// limits on what a request may be, the security headers, and a last check
// that no response carries a header Node would refuse to write (which would
// throw outside every handler) or sends the reader to another site.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { isSameSiteLocation } from './safe-path.ts';

/** The longest path and query the site answers (its own addresses are far shorter). */
export const maxUrlLength = 4096;
/** The largest request body any route accepts; routes may set less. */
export const maxBodyBytes = 64 * 1024;

// What Node's http writer accepts in a header value (it throws on anything else)
const invalidHeaderValue = /[^\t\x20-\x7e\x80-\xff]/;

/** Why this response must not go out, or undefined when it may. */
export function unsafeResponse(res: Response, ownOrigin: string): string | undefined {
  for (const [name, value] of res.headers) {
    if (invalidHeaderValue.test(value)) return `header ${name} holds a character that cannot be sent`;
  }
  const location = res.headers.get('location');
  if (location !== null && !isSameSiteLocation(location, ownOrigin)) return 'Location points off the site';
  return undefined;
}

export function requestIdOf(c: Context): string {
  return (c.get('requestId' as never) as string | undefined) ?? '-';
}

/**
 * Replace any response that `unsafeResponse` refuses with `fail`'s 500 (built
 * fresh, so nothing of the refused response goes out), and log why.
 */
export function responseGuard(ownOrigin: string, fail: (c: Context) => Response): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const problem = unsafeResponse(c.res, ownOrigin);
    if (!problem) return;
    console.error(`web: [${requestIdOf(c)}] ${c.req.method} ${JSON.stringify(c.req.path)}: response refused: ${problem}`);
    c.res = undefined;
    c.res = fail(c);
    c.res.headers.set('X-Request-Id', requestIdOf(c));
  };
}

/** Refuse over-long addresses, and bodies over `maxBodyBytes` on every route. */
export function requestLimits(): MiddlewareHandler {
  const limitBody = routeBodyLimit(maxBodyBytes);
  return async (c, next) => {
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    if (url.length - pathStart > maxUrlLength) return c.text('address too long', 414);
    // a GET or HEAD has no body to read (the server never passes one on), and asking for it
    // would build a whole fetch Request for every page view
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return limitBody(c, next);
  };
}

/** A body limit for one route, answering 413 in plain text. */
export function routeBodyLimit(maxSize: number): MiddlewareHandler {
  // the rest of the body is never read, so the connection cannot carry another request
  return bodyLimit({ maxSize, onError: (c) => c.text('request body too large', 413, { Connection: 'close' }) });
}

/**
 * Pages load nothing from elsewhere and run no script (JSON-LD is data, not
 * script); no site may frame them, and a form may post only here.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

export function securityHeaders(https: boolean): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    // media and feeds are public and may be shown by feed readers on other sites
    crossOriginResourcePolicy: false,
    // HSTS only where the site is served over https: over plain http it means nothing, on localhost it harms
    strictTransportSecurity: https ? 'max-age=31536000' : false,
    permissionsPolicy: {
      camera: [], microphone: [], geolocation: [], payment: [], usb: [], browsingTopics: [],
    },
    // a route that needs another policy (the status page's inline style) sets its own
    overwrite: false,
  });
}

const loopback = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Did this request come from this machine, not through a proxy? A request
 * made in-process (no socket: tests, the static export) counts as local.
 */
export function fromThisMachine(c: Context): boolean {
  if (c.req.header('forwarded') || c.req.header('x-forwarded-for') || c.req.header('x-real-ip')) return false;
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    return true;
  }
  return !!address && loopback.test(address);
}

/** Operators' pages answer only on this machine until the desk's sign-in exists. */
export function operatorsOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!fromThisMachine(c)) {
      return c.text('This page answers only on the server itself (a loopback address, not through a proxy).', 403);
    }
    c.header('Cache-Control', 'no-store');
    return next();
  };
}

/** The response an HTTPException carries (403, 413 …), for the app's error handler. */
export function httpExceptionResponse(err: unknown): Response | undefined {
  return err instanceof HTTPException ? err.getResponse() : undefined;
}
