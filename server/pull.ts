import type { JournalEntry } from '../shared/store/journal';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, type Checkpoint } from '../shared/sync/protocol';
import { asNumber, type Sql } from './database';
import { ENTRY_COLUMNS, rowToEntry } from './journalRows';

export type PullPage = { readonly actions: JournalEntry[]; readonly checkpoint: Checkpoint; readonly more: boolean };

/**
 * The office's feed after `since`: every entry of every case the office may read, in the order it became readable
 * (push.ts appends to the feed in the transaction that accepts an entry, positions in commit order per office).
 * Read-only, so pulling the same `since` again returns the same page: a lost response costs a repeat, never a gap.
 */
export async function pullFeed(db: Sql, officeId: string, since: Checkpoint, limit = DEFAULT_PULL_LIMIT, maxLimit = MAX_PULL_LIMIT): Promise<PullPage> {
  const size = Math.max(1, Math.min(maxLimit, Math.trunc(limit)));
  const { rows } = await db.query(
    `SELECT f.position, ${ENTRY_COLUMNS} FROM office_feed f JOIN actions a ON a.id = f.action_id
     WHERE f.office_id = $1 AND f.position > $2::bigint ORDER BY f.position LIMIT $3`,
    [officeId, since, size + 1],
  );
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    actions: page.map(rowToEntry),
    checkpoint: last ? String(asNumber(last.position)) : since,
    more: rows.length > size,
  };
}
