/**
 * int32 → non-negative int32, by open addressing over one typed array: for keys that are not small
 * integers (a pair of UTF-16 codes), which a Map would box on every lookup. Each slot holds its key
 * and value side by side, so a probe reads one cache line, not one in each of two arrays.
 */
export class IntKeyMap {
  /** [key, value] per slot; value -1 marks an empty slot, so every int32 can be a key. */
  private slots = new Int32Array(2 * 1024).fill(-1);
  private count = 0;

  get(key: number): number {
    const { slots } = this;
    const mask = slots.length - 2;
    for (let at = slotOf(key, mask); ; at = (at + 2) & mask) {
      const value = slots[at + 1];
      if (value === -1 || slots[at] === key) return value;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    const { slots } = this;
    const mask = slots.length - 2;
    let at = slotOf(key, mask);
    while (slots[at + 1] !== -1 && slots[at] !== key) at = (at + 2) & mask;
    if (slots[at + 1] === -1) this.count++;
    slots[at] = key;
    slots[at + 1] = value;
  }

  *entries(): Generator<[number, number]> {
    for (let at = 0; at < this.slots.length; at += 2) if (this.slots[at + 1] !== -1) yield [this.slots[at], this.slots[at + 1]];
  }

  /** Kept at most half full, so probes stay short. */
  private grow(): void {
    const entries = [...this.entries()];
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.count = 0;
    for (const [key, value] of entries) this.set(key, value);
  }
}

/** Fibonacci hashing: pairs of nearby codes spread over the table instead of clustering; an even index. */
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 15) & mask;
