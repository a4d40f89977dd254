// Korean outlets on 127.0.0.1 that spell people their own way, run through
// the whole pipeline (no model): for tests of what the glossary and its
// reviews make the editions print.
import assert from 'node:assert/strict';
import type { Db } from '../../src/db/db.ts';
import { addSource } from '../../src/ingest/sources.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { rss, type TestItem } from './feeds.ts';
import { startServer, type TestServer } from './http-server.ts';
import { testNewsroom } from './newsroom.ts';

export interface Report {
  guid: string;
  name: string;
  title: string;
  place: string;
  topic: string;
  amount: number;
  day: number;
  hour?: number;
}

export class KoreanFeeds {
  private constructor(readonly server: TestServer, private readonly feeds: Map<string, string>) {}

  static async start(): Promise<KoreanFeeds> {
    const feeds = new Map<string, string>();
    const server = await startServer((req, res) => {
      const body = feeds.get(req.url ?? '');
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    });
    return new KoreanFeeds(server, feeds);
  }

  /** One outlet's report of an event: the same facts, the outlet's spelling of the person. */
  item(r: Report): TestItem {
    const p = [
      `${r.name} ${r.title}은 ${r.day}일 ${r.place}에서 ${r.topic} 계획에 ${r.amount}억원을 투입한다고 발표했다.`,
      `${r.name} ${r.title}은 이날 ${r.topic} 사업이 ${r.place} 지역 경제에 큰 도움이 될 것이라고 말했다.`,
      `${r.place} 주민 설명회는 ${r.day + 3}일 열릴 예정이다.`,
      `사업은 내년 상반기에 착공해 ${(r.amount % 5) + 2}년 안에 마무리될 예정이다.`,
    ];
    return {
      guid: r.guid, title: `${r.name} ${r.title}, ${r.place} ${r.topic} 계획 ${r.amount}억원 발표`, link: `${this.server.url}/news/${r.guid}`,
      pubDate: new Date(Date.UTC(2026, 10, r.day, r.hour ?? 1)).toUTCString(),
      description: p[0], content: p.map((x) => `<p>${x}</p>`).join(''),
    };
  }

  /** Each outlet a trusted Korean source with its reports, then the pipeline until every story is written. */
  async publish(db: Db, outlets: Record<string, Report[]>) {
    for (const [outlet, reports] of Object.entries(outlets)) {
      const path = `/feed/${this.feeds.size}`;
      this.feeds.set(path, rss(reports.map((r) => this.item(r)), { title: outlet, lang: 'ko' }));
      await addSource(db, { url: `${this.server.url}${path}`, name: outlet, lang: 'ko', trust: 'trusted' });
    }
    await runUntilWritten(db);
  }

  close() {
    return this.server.close();
  }
}

/** The pipeline until nothing is left to write (a glossary change sends stories back to the writer). */
export async function runUntilWritten(db: Db) {
  const nr = testNewsroom(db);
  for (let pass = 0; pass < 6; pass++) {
    const results = await runAllStages(nr, undefined, textStages);
    for (const [stage, r] of Object.entries(results)) assert.ok(!(r instanceof Error), `${stage}: ${(r as Error).message}`);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM stories WHERE needs_writing AND state <> 'merged'`);
    if (!n) return;
  }
  assert.fail('stories still waiting to be written after 6 passes');
}

/** The published Korean articles' live text (headline, lead, summary, body), by id. */
export async function publishedTexts(db: Db): Promise<Map<number, string>> {
  const rows = await db.query<{ id: number; text: string }>(
    `SELECT a.id::int AS id, concat_ws(E'\\n', v.headline, v.lead, v.summary, v.body::text) AS text
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.state = 'published' AND a.lang = 'ko' ORDER BY a.id`);
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** 유민수 the coach in one story, 류민수 the member of parliament in another: a pair waiting for an editor. */
export const coachAndMember: Record<string, Report[]> = {
  한빛일보: [{ guid: 'c1', name: '유민수', title: '감독', place: '울산', topic: '축구 전용구장', amount: 310, day: 5 }],
  새벽뉴스: [
    { guid: 'd1', name: '류민수', title: '의원', place: '대전', topic: '과학 연구단지', amount: 760, day: 12 },
    { guid: 'd2', name: '류민수', title: '의원', place: '대전', topic: '과학 연구단지', amount: 760, day: 12, hour: 3 },
  ],
};
