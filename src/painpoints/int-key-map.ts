/**
 * int32 → non-negative int32, by open addressing over typed arrays: for keys that are not small
 * integers (a pair of UTF-16 codes), which a Map would box on every lookup.
 */
export class IntKeyMap {
  private keys = new Int32Array(1024);
  /** -1 marks an empty slot, so every int32 can be a key. */
  private values = new Int32Array(1024).fill(-1);
  private count = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === -1 || this.keys[slot] === key) return value;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.values[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.values[slot] === -1) this.count++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  *entries(): Generator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.values[slot] !== -1) yield [this.keys[slot], this.values[slot]];
  }

  private grow(): void {
    const entries = [...this.entries()];
    this.keys = new Int32Array(this.keys.length * 2);
    this.values = new Int32Array(this.keys.length).fill(-1);
    this.count = 0;
    for (const [key, value] of entries) this.set(key, value);
  }
}

/** Fibonacci hashing: pairs of nearby codes spread over the table instead of clustering. */
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
