// A loopback server that speaks the OpenAI HTTP protocol with scripted answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type TestServer } from './http-server.ts';

export interface Scripted {
  server: TestServer;
  /** request bodies received, parsed */
  bodies: any[];
}

export type Answer = (body: any, n: number) => { status?: number; json?: unknown; raw?: string; headers?: Record<string, string>; hang?: boolean };

/** POST /v1/<path>: each request gets `answer(body, n)` (n counts requests from 0). */
export async function startOpenAiServer(answer: Answer): Promise<Scripted> {
  const bodies: any[] = [];
  const server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      let body: any;
      try {
        body = JSON.parse(data);
      } catch {
        res.writeHead(400);
        return res.end('bad json');
      }
      bodies.push(body);
      const a = answer(body, bodies.length - 1);
      if (a.hang) return;
      res.writeHead(a.status ?? 200, { 'content-type': 'application/json', ...a.headers });
      res.end(a.raw ?? JSON.stringify(a.json));
    });
  });
  return { server, bodies };
}

/** An OpenAI embeddings answer for these vectors. */
export function embeddingsAnswer(model: string, vectors: number[][]) {
  return {
    object: 'list',
    model,
    data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    usage: { prompt_tokens: vectors.length * 10, total_tokens: vectors.length * 10 },
  };
}
