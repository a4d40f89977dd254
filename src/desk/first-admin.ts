// While no account exists, every start of the server makes a fresh
// first-admin setup token (the previous one stops working) for its console.
import type { Db } from '../db/db.ts';
import { issueSetupToken, userCount } from './accounts.ts';

export async function firstAdminToken(db: Db, now = new Date()): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7245012)');
    if ((await userCount(tx)) > 0) return undefined;
    return issueSetupToken(tx, null, now);
  });
}
