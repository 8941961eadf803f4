import type { WordSpans } from './word-spans.js';

/** "No node" / "no tag". */
export const NONE = -1;

/**
 * Node record, two int32s: [first child | tag << 24], [code unit on the edge in | score class << 16].
 * Score class 0 means no word ends at the node; class k ≥ 1 has score classScores[k]. A dictionary's
 * scores take a few thousand values (one per distinct frequency), so the doubles sit in a small,
 * always-cached table and a record is 8 bytes.
 */
const I32_PER_RECORD = 2;
const CHILD_AND_TAG = 0;
const UNIT_AND_CLASS = 1;
const LOW_BITS = 0xffff;
const CHILD_BITS = 0xffffff;
const TAG_SHIFT = 24;
const CLASS_SHIFT = 16;
const NO_WORD = 0;
/** Pair slot, two int32s: key (first unit << 16 | second unit), depth-2 node; node 0 (the root) marks an empty slot. */
const I32_PER_PAIR = 2;
const PAIR_NODE = 1;
/** Pair slots per depth-2 node at least: the table stays at most ~80% full, so probes stay short. */
const PAIR_SLOTS_PER_NODE = 1.25;
/** 2^21 bits (256 KB): one bit per hashed pair, set for about 8% of them with the default dictionary. */
const FILTER_BITS = 21;

/**
 * Words with a route score and a tag each, as a trie over UTF-16 code units laid out for a text
 * walk that makes no substring and touches few cache lines: at ~6 MB for jieba's dictionary, most
 * probes outside the hottest words are cache (and TLB) misses, and those misses are the cost.
 *
 * Nodes are numbered breadth-first, so node n's children are the nodes firstChild(n) ..
 * firstChild(n+1)-1, sorted by code unit, and a node's record holds all a step needs (score, tag,
 * children). The first two steps are where the fan-out is (a character starts words with up to
 * thousands of second characters; deeper nodes have a handful of children), so step one reads an
 * array indexed by the code unit and step two a hash keyed by both units, behind a 256 KB bit
 * filter that answers most "no word starts so" without touching the hash. A binary search over
 * wide nodes, or a (node, unit) hash over all 500k edges, made segmentation about twice as slow.
 */
export class WordTrie {
  private readonly pairs: Int32Array;
  private readonly pairShift: number;
  private readonly pairFilter = new Int32Array(1 << (FILTER_BITS - 5));

  /** See WordTrie.build; `records` ends with one record whose first child closes the last range. */
  private constructor(
    /** The depth-1 node of each code unit, or NONE. */
    readonly rootChild: Int32Array,
    private readonly records: Int32Array,
    private readonly classScores: Float64Array,
  ) {
    const depth1End = this.firstChild(1);
    const depth2Count = this.firstChild(depth1End) - depth1End;
    const bits = Math.max(4, Math.ceil(Math.log2(depth2Count * PAIR_SLOTS_PER_NODE)));
    this.pairs = new Int32Array(I32_PER_PAIR << bits);
    this.pairShift = 32 - bits;
    for (let first = 1; first < depth1End; first++) {
      for (let second = this.firstChild(first); second < this.firstChild(first + 1); second++) {
        this.addPair((this.unit(first) << 16) | this.unit(second), second);
      }
    }
  }

  /**
   * The trie of `words` (sorted by code unit, no duplicates) whose i-th word has score scores[i]
   * and tag index tags[i]. Sorted input numbers the nodes breadth-first in one pass: the nodes at
   * depth d are the distinct d-unit prefixes in sorted order, and a word adds the nodes past its
   * common prefix with the word before it.
   */
  static build(words: WordSpans, scores: Float64Array, tags: Int32Array): WordTrie {
    const shared = new Int32Array(words.count); // units in common with the previous word
    const nodesAtDepth: number[] = [0];
    for (let i = 0; i < words.count; i++) {
      if (i > 0) shared[i] = words.commonPrefix(i - 1, i);
      for (let depth = shared[i] + 1; depth <= words.length(i); depth++) nodesAtDepth[depth] = (nodesAtDepth[depth] ?? 0) + 1;
    }
    const nextAtDepth = [0, 1];
    for (let depth = 1; depth < nodesAtDepth.length; depth++) nextAtDepth[depth + 1] = nextAtDepth[depth] + nodesAtDepth[depth];
    const nodeCount = nextAtDepth[nodesAtDepth.length];
    if (nodeCount > CHILD_BITS) throw new RangeError(`${nodeCount} trie nodes do not fit a record`);

    const records = new Int32Array(I32_PER_RECORD * (nodeCount + 1));
    const rootChild = new Int32Array(0x10000).fill(NONE);
    const classOf = new Map<number, number>();
    const classScores = [NaN];
    const path = [0]; // the node at each depth along the current word
    for (let i = 0; i < words.count; i++) {
      for (let depth = shared[i] + 1; depth <= words.length(i); depth++) {
        const node = nextAtDepth[depth]++;
        const unit = words.unit(i, depth - 1);
        if (depth === 1) rootChild[unit] = node;
        records[node * I32_PER_RECORD + UNIT_AND_CLASS] = unit;
        records[path[depth - 1] * I32_PER_RECORD + CHILD_AND_TAG]++; // a child count until the prefix sums below
        path[depth] = node;
      }
      let scoreClass = classOf.get(scores[i]);
      if (scoreClass === undefined) classOf.set(scores[i], (scoreClass = classScores.push(scores[i]) - 1));
      if (scoreClass > LOW_BITS || tags[i] > 0xff) throw new RangeError('too many distinct scores or tags for a trie record');
      const node = path[words.length(i)];
      records[node * I32_PER_RECORD + UNIT_AND_CLASS] |= scoreClass << CLASS_SHIFT;
      records[node * I32_PER_RECORD + CHILD_AND_TAG] |= tags[i] << TAG_SHIFT; // the node is new: no children counted yet
    }
    // Breadth-first, each node's children follow the previous node's: first children are prefix sums.
    let firstChild = 1;
    for (let node = 0; node <= nodeCount; node++) {
      const field = records[node * I32_PER_RECORD + CHILD_AND_TAG];
      records[node * I32_PER_RECORD + CHILD_AND_TAG] = (field & ~CHILD_BITS) | firstChild;
      firstChild += field & CHILD_BITS;
    }
    return new WordTrie(rootChild, records, Float64Array.from(classScores));
  }

  /** The depth-2 node of the two code units, or NONE. */
  pairChild(first: number, second: number): number {
    const key = (first << 16) | second;
    const bit = filterBit(key);
    if ((this.pairFilter[bit >>> 5] & (1 << (bit & 31))) === 0) return NONE;
    const { pairs } = this;
    const mask = pairs.length - 1;
    for (let slot = pairHash(key, this.pairShift) * I32_PER_PAIR; ; slot = (slot + I32_PER_PAIR) & mask) {
      const node = pairs[slot + PAIR_NODE];
      if (node === 0) return NONE;
      if (pairs[slot] === key) return node;
    }
  }

  /** The child of `node` (at depth ≥ 2, where children are few) on the edge `unit`, or NONE. */
  child(node: number, unit: number): number {
    for (let child = this.firstChild(node), last = this.firstChild(node + 1); child < last; child++) {
      const childUnit = this.unit(child);
      if (childUnit >= unit) return childUnit === unit ? child : NONE;
    }
    return NONE;
  }

  /** The route score of the word ending at node; NaN when none does. */
  score(node: number): number {
    return this.classScores[this.records[node * I32_PER_RECORD + UNIT_AND_CLASS] >>> CLASS_SHIFT];
  }

  tag(node: number): number {
    return this.records[node * I32_PER_RECORD + CHILD_AND_TAG] >>> TAG_SHIFT;
  }

  /** The node of text[start, end) when it is a word, else NONE. */
  wordAt(text: string, start: number, end: number): number {
    const first = text.charCodeAt(start);
    let node = end - start === 1 ? this.rootChild[first] : this.pairChild(first, text.charCodeAt(start + 1));
    for (let i = start + 2; i < end && node !== NONE; i++) node = this.child(node, text.charCodeAt(i));
    const isWord = node !== NONE && this.records[node * I32_PER_RECORD + UNIT_AND_CLASS] >>> CLASS_SHIFT !== NO_WORD;
    return isWord ? node : NONE;
  }

  /** Node numbers run from 0 to below this (sparse as word ids: prefixes are nodes too). */
  get nodeLimit(): number {
    return this.records.length / I32_PER_RECORD;
  }

  private firstChild(node: number): number {
    return this.records[node * I32_PER_RECORD + CHILD_AND_TAG] & CHILD_BITS;
  }

  private unit(node: number): number {
    return this.records[node * I32_PER_RECORD + UNIT_AND_CLASS] & LOW_BITS;
  }

  private addPair(key: number, node: number): void {
    const bit = filterBit(key);
    this.pairFilter[bit >>> 5] |= 1 << (bit & 31);
    const { pairs } = this;
    const mask = pairs.length - 1;
    let slot = pairHash(key, this.pairShift) * I32_PER_PAIR;
    while (pairs[slot + PAIR_NODE] !== 0) slot = (slot + I32_PER_PAIR) & mask;
    pairs[slot] = key;
    pairs[slot + PAIR_NODE] = node;
  }
}

function pairHash(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Independent of pairHash, so filter and table collisions do not coincide. */
function filterBit(key: number): number {
  return Math.imul(key ^ (key >>> 13), 0x85ebca6b) >>> (32 - FILTER_BITS);
}
