// Every `newsroom` command by name, shared by the process entry (main.ts) and
// the serving process, which runs forwarded commands against its open database.
import { readFile } from 'node:fs/promises';
import { UsageError } from './util.ts';

export const help = `newsroom — an AI newsroom

  newsroom start                       migrate, load the demo corpus into an empty database, run the pipeline and serve the site
  newsroom serve                       serve the site only
  newsroom worker [--queues poll,extract,…] [--concurrency N]   run pipeline jobs only (PostgreSQL: any number of them)
  newsroom jobs list [--json] | retry <id> | retry-all   jobs whose retries ran out, with their last error; put them back
  newsroom run [--json]                one full pass of every pipeline stage, then exit
  newsroom db migrate                  apply database migrations
  newsroom sources add <url> [--name N] [--lang L]
  newsroom sources import <file.opml>
  newsroom sources list [--json]
  newsroom sources remove <id>
  newsroom sources trust <id|url> <low|trusted> [--json]   new sources start low: what they alone say is held
        for review; audited, and their stories are written again
  newsroom ingest [--source <id>] [--json]   poll sources now and extract their new items
  newsroom reports list [--json] [--limit N]
  newsroom stories list [--json] [--limit N]
  newsroom stories show <id> [--json]      its reports with their source URLs, its thread, its related stories
  newsroom stories merge <a> <b>           story b joins story a
  newsroom stories split <story> <report…> these reports leave for a new story
  newsroom stories move <report> <story>
  newsroom stories link <earlier> <later> | unlink <earlier> <later>
  newsroom articles list [--status draft|needs-review|published|held|merged] [--json]
  newsroom articles show <id> [--json]
  newsroom articles publish <id> [--reason R]   a version the grounding check held back needs a reason
  newsroom articles reject <id> [--reason R]    reject the newest version; readers keep the published one
  newsroom articles hold <id> --reason R | correct <id> --note N
  newsroom glossary list [--lang L] [--json] | set <key> <lang> <spelling> | remove <key> <lang>
  newsroom users list [--json] | add <email> --role admin|editor|viewer   desk accounts; add prints a one-time setup link
  newsroom users remove <email> | set-role <email> <role> | reset-password <email>
  newsroom backup <file> [--json]          the database and the media folder in one file
  newsroom restore <file> [--force] [--json]   into an empty database (--force replaces a non-empty one)
  newsroom export <dir> [--base-url URL] [--json]   the public site as static files
`;

// commands that print a longer help of their own for --help
const ownHelp = new Set(['export']);

// Commands are loaded when used: a quick command does not load the site's
// and the pictures' modules (satori, sharp …), which take seconds to start.
export async function dispatch(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === 'version') return void process.stdout.write(`newsroom ${await packageVersion()}\n`);
  if (command && !ownHelp.has(command) && (rest.includes('--help') || rest.includes('-h'))) return commandHelp(command);
  switch (command) {
    case 'start':
      return (await import('./serve.ts')).serveCommand(rest, true, dispatch);
    case 'serve':
      return (await import('./serve.ts')).serveCommand(rest, false, dispatch);
    case 'worker':
      return (await import('./worker.ts')).workerCommand(rest);
    case 'jobs':
      return (await import('./jobs.ts')).jobsCommand(rest);
    case 'run':
      return (await import('./run.ts')).runCommand(rest);
    case 'db':
      return (await import('./db.ts')).dbCommand(rest);
    case 'sources':
      if (rest[0] === 'trust') return (await import('./source-trust.ts')).sourceTrustCommand(rest.slice(1));
      return (await import('./sources.ts')).sourcesCommand(rest);
    case 'ingest':
      return (await import('./ingest.ts')).ingestCommand(rest);
    case 'reports':
      return (await import('./reports.ts')).reportsCommand(rest);
    case 'stories':
      return (await import('./stories.ts')).storiesCommand(rest);
    case 'articles':
      return (await import('./articles.ts')).articlesCommand(rest);
    case 'glossary':
      return (await import('./glossary.ts')).glossaryCommand(rest);
    case 'users':
      return (await import('./users.ts')).usersCommand(rest);
    case 'backup':
      return (await import('./backup.ts')).backupCommand(rest);
    case 'restore':
      return (await import('./backup.ts')).restoreCommand(rest);
    case 'export':
      return (await import('./export.ts')).exportCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(help);
      return;
    default:
      throw new UsageError(`unknown command "${command}" (try: newsroom help)`);
  }
}


async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `newsroom <command> --help`: that command's lines of the overview (a line and its indented continuations). */
function commandHelp(command: string) {
  const lines = help.split('\n');
  const mine: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith(`  newsroom ${command} `) && lines[i] !== `  newsroom ${command}`) continue;
    mine.push(lines[i]);
    while (lines[i + 1]?.startsWith('      ')) mine.push(lines[++i]);
  }
  if (!mine.length) throw new UsageError(`unknown command "${command}" (try: newsroom help)`);
  process.stdout.write(mine.join('\n') + '\n');
}
