import type { JournalEntry } from '../shared/store/journal';
import { asNumber, type Row } from './database';

/** The columns of `actions` that make a JournalEntry back, exactly as the desktop hashed it. */
export const ENTRY_COLUMNS = 'a.id, a.case_id, a.seq, a.type, a.payload, a.actor, a.device_time, a.service_id, a.version, a.prev_hash, a.hash';

export function rowToEntry(row: Row): JournalEntry {
  return {
    id: String(row.id),
    caseId: String(row.case_id),
    seq: asNumber(row.seq),
    type: row.type as JournalEntry['type'],
    payload: row.payload as JournalEntry['payload'],
    actor: row.actor as JournalEntry['actor'],
    deviceTime: String(row.device_time),
    regulation: { serviceId: String(row.service_id), version: String(row.version) },
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  };
}
