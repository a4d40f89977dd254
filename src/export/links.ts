// The same-site addresses a page names, so the export finds every page by
// following them from a few roots: href, src and srcset in HTML (and absolute
// URLs in meta content, for Open Graph), href, url and src attributes and
// URL-valued text (<loc>, <link>) in XML, URL strings in JSON, and
// URLs in plain text (robots.txt's Sitemap lines).
import { DomUtils, parseDocument } from 'htmlparser2';

const urlText = /^https?:\/\/\S+$/;

/** Candidate references of a body, by its kind; not yet checked for being on this site. */
export function referencesIn(kind: 'html' | 'xml' | 'json' | 'txt', body: string): string[] {
  switch (kind) {
    case 'html':
      return htmlReferences(body);
    case 'xml':
      return xmlReferences(body);
    case 'json':
      return jsonReferences(body);
    case 'txt':
      return body.split(/\s+/).filter((w) => urlText.test(w));
  }
}

function htmlReferences(body: string): string[] {
  const out: string[] = [];
  const doc = parseDocument(body);
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const a = el.attribs;
    if (a.href) out.push(a.href);
    if (a.src) out.push(a.src);
    if (a.srcset) out.push(...srcsetUrls(a.srcset));
    if (el.name === 'meta' && a.content && urlText.test(a.content.trim())) out.push(a.content.trim());
  }
  return out;
}

/** `a.avif 400w, b.avif 800w` → the URLs. */
function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
}

function xmlReferences(body: string): string[] {
  const out: string[] = [];
  const doc = parseDocument(body, { xmlMode: true });
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    for (const name of ['href', 'url', 'src']) if (el.attribs[name]) out.push(el.attribs[name]);
    // an <id> or a guid not marked a permalink names an entry for good; it need not be a page
    const identifier = el.name === 'id' || (el.name === 'guid' && el.attribs.isPermaLink === 'false');
    if (!identifier && el.children.length && el.children.every((c) => c.type === 'text' || c.type === 'cdata')) {
      const text = DomUtils.textContent(el).trim();
      if (urlText.test(text)) out.push(text);
    }
  }
  return out;
}

function jsonReferences(body: string): string[] {
  const out: string[] = [];
  // a JSON Feed item's id names it for good, like Atom's <id>: not followed
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (urlText.test(v)) out.push(v);
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'id') walk(x);
    }
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // not JSON after all: nothing to follow
  }
  return out;
}

/**
 * A reference as a path and query on this site (fragment dropped), or
 * undefined for one elsewhere, a scheme that is no page (mailto:), or a template (`{id}`).
 */
export function sameSite(ref: string, pageUrl: URL, origin: string): { path: string; query: string } | undefined {
  if (ref.includes('{')) return undefined;
  let url: URL;
  try {
    url = new URL(ref, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  return { path: url.pathname, query: url.search.replace(/^\?/, '') };
}
