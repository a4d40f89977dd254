// `newsroom export <dir> [--base-url URL] [--json]`: the public site as static files.
import { loadConfig } from '../config.ts';
import { ExportError, exportSite, siteOrigin } from '../export/export.ts';
import { ExportFolderError, readManifest } from '../export/files.ts';
import { args, printJson, say, UsageError, withNewsroom } from './util.ts';

const usage = 'usage: newsroom export <dir> [--base-url https://news.example] [--json]';

export async function exportCommand(argv: string[]) {
  const { values, positionals } = args(argv, { 'base-url': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return void process.stdout.write(`${usage}

Renders every public page, feed, sitemap, media file and static API answer into <dir>,
each text file also as .br and .gz. A second export into the same folder writes only
what changed and deletes what is gone. Absolute links use --base-url, else NEWSROOM_SITE_URL.
See docs/nginx-static.conf for serving it.
`);
  if (positionals.length !== 1) throw new UsageError(usage);
  const config = loadConfig();
  try {
    // bad input is refused before the database is opened (an embedded one belongs to one process)
    siteOrigin(values['base-url'] ?? config.siteUrl);
    await readManifest(positionals[0]);
  } catch (e) {
    if (e instanceof ExportError || e instanceof ExportFolderError) throw new UsageError(e.message);
    throw e;
  }
  // through withNewsroom, so that on PGlite a serving process can run it with its open database
  await withNewsroom(async (nr) => {
    try {
      const s = await exportSite(nr.db, nr.config, positionals[0], { baseUrl: values['base-url'] });
      if (values.json) return printJson(s);
      say(`exported ${s.addresses} addresses for ${s.baseUrl} to ${s.dir}: ${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB`);
      say(`${s.written.length} addresses written (${s.filesWritten} files), ${s.unchanged} unchanged, ${s.deleted.length} deleted, in ${s.seconds.toFixed(1)} s`);
      if (s.notExported.length) say(`left to a server (they depend on the request): ${s.notExported.length} addresses, e.g. ${s.notExported.slice(0, 3).join(', ')}`);
      for (const b of s.broken) say(`warning: ${b.address} answered ${b.status} (linked from ${b.from})`);
    } catch (e) {
      if (e instanceof ExportError || e instanceof ExportFolderError) throw new UsageError(e.message);
      throw e;
    }
  }, config);
}
