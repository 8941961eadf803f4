import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '../domain/types.js';
import { contentLanes } from './dedupe.js';
import { SeenIdentities } from './identities.js';
import { openSource } from './readers/index.js';
import { runImport, type ImportSink } from './run.js';
import { chunked, realChineseReviews, toCsv } from './testing.js';
import type { ImportedRecord, ImportReject } from './types.js';

const lanesOf = (text: string) => {
  const l = contentLanes(text);
  return [l[0], l[1], contentLanes(`content of ${text}`)[2]] as const;
};

describe('SeenIdentities', () => {
  it('answers as a map of every identity would, however small its memory (the rest spills to disk)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.nat({ max: 300 }), content: fc.nat({ max: 2 }) }), { minLength: 200, maxLength: 1500, size: 'max' }),
        fc.constantFrom(8, 16, 64, 1 << 12),
        (rows, memorySlots) => {
          const seen = new SeenIdentities(memorySlots);
          const model = new Map<number, { row: number; content: number }>();
          try {
            rows.forEach(({ id, content }, i) => {
              const row = i + 1;
              const [low, high] = lanesOf(`id ${id}`);
              const print = lanesOf(`content ${content}`)[2];
              const first = model.get(id);
              const expected = first === undefined ? 'new' : first.content === content ? 'duplicate' : first.row;
              if (first === undefined) model.set(id, { row, content });
              expect(seen.check(low, high, print, row)).toBe(expected);
            });
          } finally {
            seen.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** A sink that keeps what each commit stored, and can fail on a chosen commit like a power cut. */
function recordingSink(failOnCommit = Infinity) {
  const stored = new Map<string, Review>();
  const rejects: ImportReject[] = [];
  let commits = 0;
  let committedThrough = 0;
  const sink: ImportSink<'reviews'> = {
    async commit(records: ImportedRecord<'reviews'>[], batchRejects, throughRow) {
      if (++commits === failOnCommit) throw new Error('power cut');
      let landed = 0;
      for (const r of records) {
        if (stored.has(r.id)) continue;
        stored.set(r.id, r);
        landed++;
      }
      for (const r of batchRejects) rejects.push(r);
      committedThrough = throughRow;
      return landed;
    },
  };
  return { sink, stored, rejects, committedThrough: () => committedThrough };
}

const texts = realChineseReviews(200).map((r) => r.text.replace(/[\r\n]+/g, ' ').trim()).filter((t) => t !== '');

/**
 * A review file of `unique` ids in which each repeat copies an earlier row at a random distance
 * (many beyond the identity table's memory), either as it was (a duplicate) or with another text
 * (a conflict). Returns the file and what each repeat must be found as.
 */
function fileWithRepeats(unique: number, repeats: { distance: number; changed: boolean }[]) {
  const lines: string[][] = [['评价ID', '评分', '评价内容', '评价时间']];
  const firstRowOf = new Map<string, number>();
  const conflicts: { row: number; first: number; id: string }[] = [];
  let duplicates = 0;
  const byRow: string[][] = [];
  const positions = new Map<number, { distance: number; changed: boolean }>();
  // Repeats sit after the unique rows they may copy, spread through the file.
  repeats.forEach((r, i) => positions.set(Math.floor(((i + 1) * unique) / (repeats.length + 1)), r));
  let next = 0;
  for (let u = 0; u < unique; u++) {
    const cells = [`r${u}`, String((u % 5) + 1), texts[u % texts.length], `2024-05-01 ${String(u % 24).padStart(2, '0')}:00`];
    byRow.push(cells);
    lines.push(cells);
    firstRowOf.set(cells[0], lines.length);
    const repeat = positions.get(u);
    if (!repeat) continue;
    const copied = byRow[Math.max(0, byRow.length - 1 - repeat.distance)];
    const row = lines.length + 1;
    const cells2 = repeat.changed ? [copied[0], copied[1], `${copied[2]}（追评：又坏了 ${next++}）`, copied[3]] : copied;
    lines.push(cells2);
    if (repeat.changed) conflicts.push({ row, first: firstRowOf.get(copied[0])!, id: copied[0] });
    else duplicates++;
  }
  return { csv: Buffer.from(toCsv(lines)), conflicts, duplicates };
}

const conflictReject = (c: { row: number; first: number; id: string }) => ({ row: c.row, field: '评价ID', value: c.id, reason: `编号与第 ${c.first} 行相同，但内容不同` });

describe('conflicts inside a file', () => {
  it('are all caught, with both line numbers, however far apart the two rows are', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ distance: fc.nat({ max: 1200 }), changed: fc.boolean() }), { minLength: 1, maxLength: 40, size: 'max' }),
        fc.constantFrom(100, 333, 10_000),
        async (repeats, batchRows) => {
          const file = fileWithRepeats(1500, repeats);
          const { sink, stored } = recordingSink();
          // 64 slots hold 32 identities: almost every repeat is farther back than memory reaches.
          const summary = await runImport({
            kind: 'reviews', merchantId: 'm', sink, batchRows, identityMemorySlots: 64,
            source: await openSource('csv', chunked(file.csv, 4096)),
          });
          expect(summary.rejects).toEqual(file.conflicts.map(conflictReject));
          expect(summary).toMatchObject({ conflicts: file.conflicts.length, duplicates: file.duplicates, landed: 1500, rejected: 0 });
          for (const c of file.conflicts) expect(stored.get(c.id)?.text).not.toContain('追评');
        },
      ),
      { numRuns: 15 },
    );
  });

  it('are caught against rows read before a crash, when the import resumes', async () => {
    const repeats = Array.from({ length: 30 }, (_, i) => ({ distance: 100 + i * 37, changed: i % 3 !== 0 }));
    const file = fileWithRepeats(1500, repeats);
    const first = recordingSink(4);
    await expect(runImport({
      kind: 'reviews', merchantId: 'm', sink: first.sink, batchRows: 300, identityMemorySlots: 64,
      source: await openSource('csv', chunked(file.csv, 4096)),
    })).rejects.toThrow('power cut');
    const resumeAfterRow = first.committedThrough();
    expect(resumeAfterRow).toBe(901);
    const second = recordingSink();
    const resumed = await runImport({
      kind: 'reviews', merchantId: 'm', sink: second.sink, batchRows: 300, identityMemorySlots: 64, resumeAfterRow,
      source: await openSource('csv', chunked(file.csv, 4096)),
    });
    const after = file.conflicts.filter((c) => c.row > resumeAfterRow);
    expect(after.some((c) => c.first <= resumeAfterRow - 64)).toBe(true);
    expect(resumed.rejects).toEqual(after.map(conflictReject));
    expect([...first.rejects, ...second.rejects]).toEqual(file.conflicts.map(conflictReject));
  });
});
