// Refuses private, loopback, link-local and other non-public addresses, so a
// hostile feed or redirect cannot make the fetcher reach inside the network.
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8],
  ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  ['2001:db8::', 32], ['100::', 64],
  ['2002::', 16], // 6to4 can carry any IPv4 address inside; nothing legitimate needs it
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** True when `ip` is a public unicast address that the fetcher may contact. */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return !blocked.check(ip, 'ipv4');
  if (family !== 6) return false;
  const lower = ip.toLowerCase();
  // IPv4 inside IPv6 (mapped ::ffff:, translated ::ffff:0:, compatible ::, NAT64 64:ff9b::) is judged as IPv4.
  const prefix = '(?:::ffff:0:|::ffff:|64:ff9b::|::)';
  const embedded = lower.match(new RegExp(`^${prefix}(\\d+\\.\\d+\\.\\d+\\.\\d+)$`));
  if (embedded) return isPublicAddress(embedded[1]);
  const hexMapped = lower.match(new RegExp(`^${prefix}([0-9a-f]{1,4}):([0-9a-f]{1,4})$`));
  if (hexMapped) {
    const hi = parseInt(hexMapped[1], 16), lo = parseInt(hexMapped[2], 16);
    return isPublicAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return !blocked.check(lower, 'ipv6');
}

/** How names are resolved: node's dns.lookup with `all: true`, or a stand-in that never leaves the machine. */
export type ResolveAll = (hostname: string) => Promise<Array<{ address: string }>>;

const lookupAll: ResolveAll = async (hostname) => (await import('node:dns')).promises.lookup(hostname, { all: true });

/**
 * The addresses the fetcher would refuse for `url`, as it judges them: a
 * literal address that is not public, or a name that resolves only to such
 * addresses. Empty when the fetcher may reach it, and also when the name does
 * not resolve now (the poll will say so).
 */
export async function refusedAddresses(url: string, resolve: ResolveAll = lookupAll): Promise<string[]> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return [];
  }
  if (!host) return [];
  if (isIP(host)) return isPublicAddress(host) ? [] : [host];
  let addresses: Array<{ address: string }>;
  try {
    addresses = await resolve(host);
  } catch {
    return [];
  }
  return addresses.length && !addresses.some((a) => isPublicAddress(a.address)) ? addresses.map((a) => a.address) : [];
}
