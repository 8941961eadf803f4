import { describe, expect, it } from 'vitest';
import { DayRings } from './day-rings.js';

const sums = (rings: DayRings, id: number, from: number, bucketDays: number, count: number) => {
  const into = new Float64Array(count);
  rings.bucketSums(id, from, bucketDays, count, into);
  return Array.from(into);
};

describe('day rings', () => {
  it('sums buckets from events in any order', () => {
    const rings = new DayRings(16);
    for (const [day, weight] of [[105, 1], [100, 2], [103, 1.5], [105, 1], [101, 4]]) rings.add(3, day, weight);
    expect(sums(rings, 3, 100, 2, 3)).toEqual([6, 1.5, 2]);
    expect(rings.firstDay(3)).toBe(100);
    expect(rings.lastDay(3)).toBe(105);
    expect(sums(rings, 0, 100, 2, 3)).toEqual([0, 0, 0]);
  });

  it('forgets days a ring ago but remembers when the series was first seen', () => {
    const rings = new DayRings(16);
    rings.add(0, 10, 5);
    rings.add(0, 20, 1);
    expect(sums(rings, 0, 10, 1, 11)).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // Day 10 + 16 reuses day 10's slot: the old weight must not leak into the new day.
    rings.add(0, 26, 2);
    expect(sums(rings, 0, 10, 1, 17)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2]);
    rings.add(0, 5, 9);
    expect(sums(rings, 0, 0, 30, 1)).toEqual([3]);
    expect(rings.firstDay(0)).toBe(5);
  });

  it('clears the whole ring after a long silence', () => {
    const rings = new DayRings(8);
    for (let day = 0; day < 8; day++) rings.add(1, day, 1);
    rings.add(1, 100, 1);
    expect(sums(rings, 1, 93, 1, 8)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('keeps series in separate chunks apart', () => {
    const rings = new DayRings(8);
    rings.add(0, 50, 1);
    rings.add(2500, 50, 7);
    expect(sums(rings, 0, 50, 1, 1)).toEqual([1]);
    expect(sums(rings, 2500, 50, 1, 1)).toEqual([7]);
  });
});
