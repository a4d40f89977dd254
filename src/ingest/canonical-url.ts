// One URL per page: well-known tracking parameters (only those that never
// change the page, so nothing meaningful is lost) and fragments dropped, host and
// scheme lower-cased, default ports removed, remaining parameters sorted.

const trackingParams = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'ocid', 'sr_share', 'at_medium', 'at_campaign',
]);
const trackingPrefixes = ['utm_', 'pk_', 'mtm_', 'hmb_', 'oly_', 'vero_', '__hs'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return trackingParams.has(n) || trackingPrefixes.some((p) => n.startsWith(p));
}

/** The canonical form of `raw`, resolved against `base`; undefined if it is not an http(s) URL. */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  // URL already lower-cases the host and drops default ports.
  return url.toString();
}
