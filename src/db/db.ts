// The one storage interface every stage uses. Two implementations speak the
// same SQL: PGlite (embedded, in the data folder) and PostgreSQL (a server).
export type Row = Record<string, any>;

export interface Queryable {
  /** Run one parameterized statement ($1, $2 …) and return its rows. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run a script of several statements with no parameters. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run `fn` inside one transaction: all of its writes land, or none do. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
