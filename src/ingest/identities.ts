import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Slots of the in-memory table at its largest: 2^21 slots of 16 bytes (32 MB, off the heap), half
 * filled at most, hold the first 1,048,576 identities of a file. A file with more identities moves
 * the full table to a file on disk and starts an empty one, so memory stays at this bound whatever
 * the file, and every row is still compared with every earlier one (no window, no sampling).
 */
export const MEMORY_SLOTS = 1 << 21;
/** A small import should not allocate 32 MB: the table starts here and doubles as it fills. */
const FIRST_SLOTS = 1 << 12;
/** Four numbers per slot: identity (two 32-bit halves of its hash), content fingerprint, first row. */
const WORDS = 4;
const SLOT_BYTES = WORDS * 4;
/** Slots read from a spilled table at a time: a probe run at half load is short, one read covers it. */
const PROBE_SLOTS = 16;

/** A full table moved to disk: probed by reading slots at their offset. */
interface Spilled {
  fd: number;
  slots: number;
}

/**
 * Every identity seen in a file so far → its first row and content fingerprint, exactly: a row with
 * a known identity is a duplicate (same fingerprint) or a conflict with that first row. Identities
 * are 64-bit hashes (no collision expected below ~10^9 rows per file), rows start at 1 (0 marks an
 * empty slot). An import that resumes re-reads the rows before its resume point, which rebuilds the
 * table, spilled parts included: nothing has to outlive the process.
 */
export class SeenIdentities {
  private slots: number;
  private table: Uint32Array;
  private count = 0;
  private readonly spilled: Spilled[] = [];
  private spillDir: string | undefined;
  private readonly probe = new Uint32Array(PROBE_SLOTS * WORDS);

  constructor(private readonly memorySlots = MEMORY_SLOTS) {
    this.slots = Math.min(FIRST_SLOTS, memorySlots);
    this.table = new Uint32Array(this.slots * WORDS);
  }

  /** 'new' (now remembered), 'duplicate', or the earlier row whose content this one contradicts. */
  check(low: number, high: number, print: number, row: number): 'new' | 'duplicate' | number {
    let slot = this.findInMemory(low, high);
    if (slot >= 0) return this.verdict(this.table, slot, print);
    for (const part of this.spilled) {
      const verdict = this.findSpilled(part, low, high, print);
      if (verdict !== undefined) return verdict;
    }
    if (this.count + 1 > this.slots / 2) {
      this.makeRoom();
      slot = this.findInMemory(low, high);
    }
    const at = (-slot - 1) * WORDS;
    this.table[at] = low;
    this.table[at + 1] = high;
    this.table[at + 2] = print;
    this.table[at + 3] = row;
    this.count++;
    return 'new';
  }

  /** Removes the spilled tables; the object is not used again. */
  close(): void {
    for (const part of this.spilled) closeSync(part.fd);
    this.spilled.length = 0;
    if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
    this.spillDir = undefined;
  }

  private verdict(words: Uint32Array, slot: number, print: number): 'duplicate' | number {
    const at = slot * WORDS;
    return words[at + 2] === print ? 'duplicate' : words[at + 3];
  }

  /** The slot holding the identity, or -(empty slot + 1) where it would go. */
  private findInMemory(low: number, high: number): number {
    const mask = this.slots - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WORDS;
      if (this.table[at + 3] === 0) return -slot - 1;
      if (this.table[at] === low && this.table[at + 1] === high) return slot;
    }
  }

  private findSpilled(part: Spilled, low: number, high: number, print: number): 'duplicate' | number | undefined {
    const mask = part.slots - 1;
    let slot = low & mask;
    for (;;) {
      const run = Math.min(PROBE_SLOTS, part.slots - slot);
      const view = new Uint8Array(this.probe.buffer, 0, run * SLOT_BYTES);
      readSync(part.fd, view, 0, view.length, slot * SLOT_BYTES);
      for (let i = 0; i < run; i++) {
        const at = i * WORDS;
        if (this.probe[at + 3] === 0) return undefined;
        if (this.probe[at] === low && this.probe[at + 1] === high) return this.verdict(this.probe, i, print);
      }
      slot = (slot + run) & mask;
    }
  }

  /** Doubles the table while it may grow, else moves it to disk and starts an empty one. */
  private makeRoom(): void {
    if (this.slots < this.memorySlots) {
      const old = this.table;
      this.slots *= 2;
      this.table = new Uint32Array(this.slots * WORDS);
      for (let at = 0; at < old.length; at += WORDS) {
        if (old[at + 3] === 0) continue;
        const slot = -this.findInMemory(old[at], old[at + 1]) - 1;
        this.table.set(old.subarray(at, at + WORDS), slot * WORDS);
      }
      return;
    }
    this.spillDir ??= mkdtempSync(join(tmpdir(), 'kaikuan-identities-'));
    const fd = openSync(join(this.spillDir, `${this.spilled.length}.bin`), 'w+');
    const bytes = new Uint8Array(this.table.buffer, this.table.byteOffset, this.table.byteLength);
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written, written);
    this.spilled.push({ fd, slots: this.slots });
    this.table.fill(0);
    this.count = 0;
  }
}
