// Backup and restore of a large office in Node (fake-indexeddb), streamed to and from a file on disk:
//   NODE_OPTIONS=--expose-gc npx tsx tests/bench/backup-bench.ts [--cases=20000] [--page=500]
// Prints throughput (compressed and uncompressed MB/s, rows/s) and the peak memory of each phase above the memory
// held before it (fake-indexeddb keeps both databases in the same heap, so absolute numbers include them). The LAST
// line is one JSON object.
import 'fake-indexeddb/auto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CaseDatabase, officeDirectory, planBackup, restoreBackup, verify, writeBackup } from '../../shared/store';
import { seedOffice } from './officeSeed';
import { buildTemplates } from './officeTemplates';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const cases = arg('cases', 20_000);
const pageSize = arg('page', 500);
const err = (line: string) => process.stderr.write(`${line}\n`);
const MB = 1024 * 1024;

/** Samples memory every 20 ms during `work`; returns its result and the peaks above the level before it. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakHeapMB: number; peakRssMB: number; retainedHeapMB: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 20);
  const t0 = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - t0;
    global.gc?.();
    // What stays after the phase (the restored database in fake-indexeddb's heap): peak minus this is the transient.
    const retained = (process.memoryUsage().heapUsed - before.heapUsed) / MB;
    return { value, ms, peakHeapMB: (peakHeap - before.heapUsed) / MB, peakRssMB: (peakRss - before.rss) / MB, retainedHeapMB: retained };
  } finally {
    clearInterval(timer);
  }
}

const folder = mkdtempSync(join(tmpdir(), 'backup-bench-'));
const file = join(folder, 'backup.jsonl.gz');
try {
  const source = new CaseDatabase({ name: 'bench-source', durability: 'relaxed' });
  await source.open();
  await officeDirectory.putOffice(source, { id: 'ALM-AU', name: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы' } });
  const seedStart = performance.now();
  const seeded = await seedOffice(source, buildTemplates(), {
    cases,
    office: 'ALM-AU',
    deviceId: 'bench',
    now: new Date('2026-03-02T04:00:00.000Z'),
    onProgress: (n) => n % 5000 === 0 && err(`seeded ${n}`),
  });
  err(`seeded ${seeded.cases} cases, ${seeded.actions} actions in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const backup = await measured(async () => {
    const out = createWriteStream(file);
    const plan = await planBackup(source);
    const header = await writeBackup(
      source,
      plan,
      async (chunk) => {
        if (!out.write(chunk)) await once(out, 'drain');
      },
      { pageSize },
    );
    out.end();
    await once(out, 'finish');
    return header;
  });
  const fileBytes = statSync(file).size;
  const rows = Object.values(backup.value.counts).reduce((a, b) => a + b, 0);

  const target = new CaseDatabase({ name: 'bench-target', durability: 'relaxed' });
  await target.open();
  const restore = await measured(() => restoreBackup(target, Readable.toWeb(createReadStream(file, { highWaterMark: 4 * MB })) as ReadableStream<Uint8Array>));
  const check = await verify(target);

  const result = {
    cases: seeded.cases,
    actions: seeded.actions,
    rows,
    pageSize,
    fileMB: +(fileBytes / MB).toFixed(1),
    bodyMB: +(backup.value.bodyBytes / MB).toFixed(1),
    backup: {
      seconds: +(backup.ms / 1000).toFixed(1),
      compressedMBps: +(fileBytes / MB / (backup.ms / 1000)).toFixed(2),
      uncompressedMBps: +(backup.value.bodyBytes / MB / (backup.ms / 1000)).toFixed(2),
      rowsPerSecond: Math.round(rows / (backup.ms / 1000)),
      peakHeapAboveMB: +backup.peakHeapMB.toFixed(0),
      peakRssAboveMB: +backup.peakRssMB.toFixed(0),
      retainedHeapMB: +backup.retainedHeapMB.toFixed(0),
    },
    restore: {
      seconds: +(restore.ms / 1000).toFixed(1),
      compressedMBps: +(fileBytes / MB / (restore.ms / 1000)).toFixed(2),
      uncompressedMBps: +(backup.value.bodyBytes / MB / (restore.ms / 1000)).toFixed(2),
      rowsPerSecond: Math.round(rows / (restore.ms / 1000)),
      peakHeapAboveMB: +restore.peakHeapMB.toFixed(0),
      peakRssAboveMB: +restore.peakRssMB.toFixed(0),
      retainedHeapMB: +restore.retainedHeapMB.toFixed(0),
    },
    restoredVerifies: check.ok,
  };
  err(`backup: ${result.backup.seconds} s, ${result.fileMB} MB file (${result.bodyMB} MB of JSON), peak heap +${result.backup.peakHeapAboveMB} MB`);
  err(`restore: ${result.restore.seconds} s, peak heap +${result.restore.peakHeapAboveMB} MB, verifies: ${check.ok}`);
  console.log(JSON.stringify(result));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
