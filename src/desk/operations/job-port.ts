// What the desk asks of the job queue the runner works. The desk sits below
// the runner and cannot import it: the process that composes the server
// (src/cli/serve.ts) passes one in through the desk's options.
export interface DeskJobs {
  /** put these dead jobs (or all of them) back in their queues, as `newsroom jobs retry` does; how many moved */
  retryDead(ids?: string[]): Promise<number>;
  /** send this source's poll job now (a poll already waiting for later is brought forward) */
  pollNow(sourceId: number): Promise<void>;
  /** send a translate job now, for translations an editor made due again */
  translateNow(): Promise<void>;
}
