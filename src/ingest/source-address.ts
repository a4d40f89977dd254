// The check a new source's address gets before it is added (the CLI's
// `sources add` and the desk's form): the fetcher's address guard would refuse
// it at every poll, so say so now, with the setting that allows it.
import { envNames } from '../config.ts';
import { refusedAddresses, type ResolveAll } from './address-guard.ts';

/** The addresses the guard refuses for `url` (empty when it may be fetched, or private fetches are allowed). */
export async function refusedSourceAddresses(url: string, allowPrivateFetch: boolean, resolve?: ResolveAll): Promise<string[]> {
  if (allowPrivateFetch || !/^https?:/i.test(url)) return [];
  return resolve ? refusedAddresses(url, resolve) : refusedAddresses(url);
}

/** The sentence the CLI prints for a refused address. */
export function addressRefusal(url: string, refused: string[]): string {
  return `refused: the address guard keeps the fetcher from ${url} (${refused.join(', ')}: a private, loopback or link-local address); set ${envNames.allowPrivateFetch}=1 (or "allowPrivateFetch": true in newsroom.config.json) to allow it`;
}
