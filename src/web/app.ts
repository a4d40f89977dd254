// The web server: the readers' site (pages, feeds, sitemaps, the JSON API,
// media) and, at /status, a plain operators' index of the latest stories,
// reports, sources and pipeline runs, answered only on the server itself.
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { html, raw } from 'hono/html';
import { requestId } from 'hono/request-id';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { mediaHandler } from '../illustrate/media-route.ts';
import { apiRoutes } from './api.ts';
import { feedRoutes } from './feeds.ts';
import { healthRoutes } from './health.ts';
import { contentSecurityPolicy, httpExceptionResponse, operatorsOnly, requestIdOf, requestLimits, responseGuard, securityHeaders } from './guard.ts';
import { keepPrivateAnswersPrivate } from './cache-headers.ts';
import { PageCache } from './page-cache.ts';
import { countRequests, deadLetters, metricsHandler } from './metrics.ts';
import { publicError, publicUrl } from './redact.ts';
import { errorPage, errorPageHtml, siteRoutes, type SiteOptions } from './site.tsx';
import { sitemapRoutes } from './sitemaps.ts';
import { listStories } from '../stories/queries.ts';
import { latestReports, latestRuns, reportCount, sourceHealth } from './queries.ts';

const langNames: Record<string, string> = { ko: '한국어', en: 'English', ja: '日本語' };

const sourceName = (s: { name: string | null; url: string }) => s.name ?? publicUrl(s.url) ?? '(local file)';

function when(d: Date | null): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—';
}

const statusCss = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Noto Sans JP",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #ddd}
ol{padding-left:1.4rem}li{margin:.5rem 0}.meta{color:#555;font-size:.875rem}
table{border-collapse:collapse;width:100%;font-size:.875rem}td,th{border-bottom:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}
.err{color:#a40000}
`;
const style = raw(`<style>${statusCss}</style>`);
// the status page's one inline style, allowed by its hash and nothing else
const statusCsp = Object.entries({ ...contentSecurityPolicy, styleSrc: [`'sha256-${createHash('sha256').update(statusCss).digest('base64')}'`] })
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)} ${v.join(' ')}`)
  .join('; ');

/** A 500 built from nothing of the failed response: no internals, no headers of its. */
function serverError(c: Context, config: Config): Response {
  let body = 'Internal Server Error';
  try {
    body = errorPageHtml(c, config, 500);
  } catch {
    // the plain text will do
  }
  return new Response(body, { status: 500, headers: { 'Content-Type': 'text/html; charset=UTF-8', 'Cache-Control': 'no-store' } });
}

export interface AppOptions extends SiteOptions {
  /** routes composed in from above the site (the editor's desk at /desk), added before the site's own */
  mount?: (app: Hono) => void;
}

export function createApp(db: Db, config: Config, opts: AppOptions = {}) {
  const app = new Hono();
  const media = mediaHandler(config.dataDir);
  // one cache for pages, feeds and sitemaps: any site change empties it
  const cache = opts.cache ?? new PageCache({ cdn: { sMaxAge: config.cdnMaxAge } });
  const ctx = { db, config, cache };

  // outermost first: every response, the refused ones' replacements included, gets an id and the headers
  app.use(countRequests());
  app.use(requestId());
  app.use(securityHeaders(config.siteUrl.startsWith('https:')));
  app.use(responseGuard(new URL(config.siteUrl).origin, (c) => serverError(c, config)));
  app.use(requestLimits());
  // nothing for one reader or for the operators is marked public, whatever a route said
  app.use(keepPrivateAnswersPrivate());

  app.route('/', healthRoutes(db));

  app.get('/metrics', metricsHandler(db, cache));
  app.get('/media/:file', (c) => media(c.req.param('file'), c.req.raw));
  opts.mount?.(app);
  app.route('/', sitemapRoutes(ctx));
  app.route('/', apiRoutes(ctx));
  app.route('/', feedRoutes(ctx));
  app.route('/', siteRoutes(db, config, { ...opts, cache }));

  app.get('/status', operatorsOnly(), async (c) => {
    const [stories, reports, total, sources, runs, dead] = await Promise.all([
      listStories(db, { limit: 30 }), latestReports(db), reportCount(db), sourceHealth(db), latestRuns(db), deadLetters(db)]);
    // a failing source shows its error; what its last successful poll could not read waits until it reads again
    const reading = sources.filter((s) => s.read_problem && !s.last_error);
    const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Newsroom — status</title>${style}</head>
<body><main>
<h1>Newsroom status</h1>
<p>For the site's operators: the latest stories (reports of one event grouped together,
follow-ups linked to the story they continue), the reports they were made from, the sources'
health and the pipeline's recent runs. Readers' pages start at <a href="/">the front page</a>.</p>
<h2 id="stories">Latest stories (${stories.length})</h2>
<ol>${stories.map(
      (s) => html`<li lang="${s.lang ?? ''}"><strong>${s.title}</strong>
<div class="meta" lang="en">${s.report_count} ${s.report_count === 1 ? 'report' : 'reports'} in ${s.languages.map((l) => langNames[l] ?? l).join(', ')} · ${when(s.last_seen_at)}${
        s.follows_story_id ? html` · follows “<span lang="">${s.follows_title ?? `story ${s.follows_story_id}`}</span>”` : ''}</div></li>`,
    )}</ol>
<h2 id="reports">Latest reports (${reports.length < total ? `${reports.length} of ${total}` : total})</h2>
<ol>${reports.map(
      (r) => html`<li lang="${r.lang ?? ''}"><a href="${(r.canonical_url && publicUrl(r.canonical_url)) ?? '#'}">${r.title}</a>
<div class="meta" lang="en">${langNames[r.lang ?? ''] ?? r.lang ?? 'unknown language'} · ${when(r.published_at)} · ${r.outlets
        .map((o) => o.name ?? '')
        .join(', ')}${r.outlets.length > 1 ? ` (${r.outlets.length} outlets carried this text)` : ''}</div></li>`,
    )}</ol>
<h2 id="sources">Sources (${sources.length})</h2>
<table><thead><tr><th>Source</th><th>Lang</th><th>Items</th><th>Last success</th><th>Status</th></tr></thead><tbody>
${sources.map(
      (s) => html`<tr><td>${sourceName(s)}</td><td>${s.lang ?? ''}</td><td>${s.items}</td><td>${when(s.last_ok_at)}</td>
<td>${s.last_error ? html`<span class="err">${publicError(s.last_error)} (${s.consecutive_failures} failures)</span>`
        : s.read_problem ? html`<a href="#reading">${/^partly read\b/.test(s.read_problem) ? 'partly read' : 'read with a problem'}</a>` : 'ok'}${
        s.reuses_guids ? ' · reuses guids' : ''}</td></tr>`,
    )}</tbody></table>
<h2 id="reading">Sources read with problems (${reading.length})</h2>
<p>The last successful poll of these sources stored what it could read but not the whole feed as
written: “partly read” when entries or text were lost (a cut or ill-formed document read in
recovery mode, entries skipped, bytes not in the feed's charset), or entries dated in the future,
given the fetch time instead.</p>
${reading.length ? html`<ul>${reading.map((s) => html`<li><strong>${sourceName(s)}</strong>: ${publicError(s.read_problem!)}</li>`)}</ul>` : html`<p>None.</p>`}
<h2 id="runs">Recent pipeline runs</h2>
<table><thead><tr><th>Stage</th><th>State</th><th>Started</th><th>Duration</th><th>Counts</th></tr></thead><tbody>
${runs.map(
      (r) => html`<tr><td>${r.stage}</td><td>${r.state}</td><td>${when(r.started_at)}</td><td>${r.duration_ms ?? '—'} ms</td>
<td>${Object.entries(r.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}${r.errors.length ? html` <span class="err">${r.errors.length} errors</span>` : ''}</td></tr>`,
    )}</tbody></table>
<h2 id="dead-letters">Failed jobs (${dead.length})</h2>
<p>Jobs that failed on every retry. <code>newsroom jobs retry &lt;id&gt;</code> (or <code>retry-all</code>) puts them back.</p>
${dead.length ? html`<table><thead><tr><th>Job</th><th>Queue</th><th>Work</th><th>Failed</th><th>Last error</th></tr></thead><tbody>
${dead.map((d) => html`<tr><td>${d.id}</td><td>${d.queue}</td><td>${JSON.stringify(d.data)}</td><td>${when(d.failedAt)}</td><td><span class="err">${publicError(d.error)}</span></td></tr>`)}
</tbody></table>` : html`<p>None.</p>`}
</main></body></html>`;
    c.header('Content-Security-Policy', statusCsp);
    return c.html(page);
  });

  app.notFound((c) => errorPage(c, config, 404));
  app.onError((err, c) => {
    const answer = httpExceptionResponse(err);
    if (answer) return answer;
    // the log has the detail, keyed by the request id the reader's response carries; the page has none
    console.error(`web: [${requestIdOf(c)}] ${c.req.method} ${JSON.stringify(c.req.path)}: ${err.stack ?? err.message}`);
    return errorPage(c, config, 500);
  });

  return app;
}
