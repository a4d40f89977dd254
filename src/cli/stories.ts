import { linkStories, mergeStories, moveReport, splitStory, unlinkStories } from '../stories/editor.ts';
import { getStory, listStories } from '../stories/queries.ts';
import { args, positiveId, printJson, printTable, shortTime, UsageError, withNewsroom, say } from './util.ts';

const usage = 'usage: newsroom stories list [--json] | show <id> [--json] | merge <a> <b> | split <story> <report…> | move <report> <story> | link <earlier> <later> | unlink <earlier> <later>';

export async function storiesCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  const who = { editor: process.env.USER };
  switch (sub) {
    case 'list': {
      const { values } = args(rest, { json: { type: 'boolean' }, limit: { type: 'string' } }, false);
      const limit = values.limit === undefined ? 200 : positiveId(values.limit, '--limit');
      const stories = await withNewsroom((nr) => listStories(nr.db, { limit }));
      if (values.json) return printJson(stories);
      if (!stories.length) return say('no stories yet: they form as reports are ingested and clustered');
      printTable(
        ['id', 'langs', 'reports', 'first seen', 'last seen', 'thread', 'title'],
        stories.map((s) => [s.id, s.languages.join(','), s.report_count, shortTime(s.first_seen_at), shortTime(s.last_seen_at),
          s.follows_story_id ? `${s.thread_id} (#${s.thread_position}, after ${s.follows_story_id})` : s.thread_id, s.title]),
      );
      return;
    }
    case 'show': {
      const { values, positionals } = args(rest, { json: { type: 'boolean' } });
      const id = positiveId(positionals[0], 'the story id');
      const story = await withNewsroom((nr) => getStory(nr.db, id));
      if (!story) throw new UsageError(`no story with id ${id}`);
      if (values.json) return printJson(story);
      say(`story ${story.id}: ${story.title}`);
      say(`  ${story.state}${story.merged_into ? ` into ${story.merged_into}` : ''}, ${story.report_count} reports in ${story.languages.join(', ')}, ${shortTime(story.first_seen_at)} → ${shortTime(story.last_seen_at)}`);
      say('reports:');
      for (const r of story.reports) {
        say(`  ${r.id} [${r.lang}] ${shortTime(r.published_at)} ${r.title}${r.pinned ? ' (placed by an editor)' : ''}`);
        for (const s of r.sources) say(`      ${s.name ?? ''} ${s.url ?? ''}`);
      }
      say(`thread ${story.thread_id}:`);
      for (const t of story.thread) say(`  ${t.id === story.id ? '→' : ' '} ${t.id} ${shortTime(t.first_seen_at)} ${t.title}`);
      say('related:');
      for (const r of story.related) say(`  ${r.id} [${r.lang}] ${r.score.toFixed(2)} ${r.title}`);
      return;
    }
    case 'merge': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 2) throw new UsageError('usage: newsroom stories merge <a> <b> (b joins a)');
      const [a, b] = positionals.map((p) => positiveId(p, 'a story id'));
      await withNewsroom((nr) => mergeStories(nr.db, a, b, who));
      return say(`merged story ${b} into story ${a}`);
    }
    case 'split': {
      const { positionals } = args(rest, {});
      if (positionals.length < 2) throw new UsageError('usage: newsroom stories split <story> <report…>');
      const [storyId, ...reports] = positionals.map((p) => positiveId(p, 'an id'));
      const created = await withNewsroom((nr) => splitStory(nr.db, storyId, reports, who));
      return say(`split ${reports.length} reports from story ${storyId} into new story ${created}`);
    }
    case 'move': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 2) throw new UsageError('usage: newsroom stories move <report> <story>');
      const [report, storyId] = positionals.map((p) => positiveId(p, 'an id'));
      await withNewsroom((nr) => moveReport(nr.db, report, storyId, who));
      return say(`moved report ${report} to story ${storyId}`);
    }
    case 'link':
    case 'unlink': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 2) throw new UsageError(`usage: newsroom stories ${sub} <earlier> <later>`);
      const [earlier, later] = positionals.map((p) => positiveId(p, 'a story id'));
      await withNewsroom((nr) => (sub === 'link' ? linkStories : unlinkStories)(nr.db, earlier, later, who));
      return say(sub === 'link' ? `story ${later} now follows story ${earlier}` : `story ${later} no longer follows story ${earlier}`);
    }
    default:
      throw new UsageError(usage);
  }
}
