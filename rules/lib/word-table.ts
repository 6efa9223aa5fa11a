/**
 * A bounded table of the distinct words a rule meets, for rules that read
 * every word of every draft. A word is found by its place in the text
 * (text, start, end): no string is cut out and hashed per occurrence. Each
 * word gets an id, a value (made once, on first sight) and a small integer
 * of bits the rule reads and sets without touching the value.
 *
 * Why not a Map from word to value: within a full lint, the other rules and
 * the parser push a rule's data out of the processor's caches between two
 * documents, so what costs is the memory a look-up touches. Here it touches
 * the slot array and one packed entry (hash, length, bits, letters); the
 * value, an object elsewhere in the heap, only when the bits cannot answer.
 * For the `syllable` rule this is the difference between about 250 and
 * 110 ms of CPU in the full lint of the 1,000-draft benchmark archive
 * (about 70 and 48 ms when it runs alone, its data kept in the caches).
 *
 * Open addressing with linear probing; the slots double when half full.
 * `trim()`, called between documents, empties the table once it holds
 * `limit` words, so ids stay valid while one document is read.
 */
import { detached } from './detached.js';
export class WordTable<V> {
  /** Entry offset + 1 of the word in each slot; 0 for an empty slot. */
  private slots: Int32Array;
  /** Entries one after another: hash, length, bits, value index, then the word's code units. */
  private pool: Int32Array;
  private poolEnd = 0;
  private values: V[] = [];

  /** `limit`: words held before `trim()` empties the table; `initialSlots`: a power of two. */
  constructor(
    private readonly limit: number,
    private readonly initialSlots = 1024,
  ) {
    this.slots = new Int32Array(initialSlots);
    this.pool = new Int32Array(initialSlots * 4);
  }

  /** Distinct words held. */
  get size(): number {
    return this.values.length;
  }

  /**
   * The id of `text.slice(start, end)`; on first sight its value is made by
   * `compute` (pass a function, not a new closure per call) and its bits are 0.
   */
  idOf(text: string, start: number, end: number, compute: (word: string) => V): number {
    const hash = spanHash(text, start, end);
    const length = end - start;
    const { slots, pool } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let entry = slots[slot] - 1; entry >= 0; entry = slots[slot] - 1) {
      if (pool[entry] === hash && pool[entry + 1] === length && sameUnits(pool, entry + HEADER, text, start, length)) return entry;
      slot = (slot + 1) & mask;
    }
    return this.add(slot, hash, text, start, end, compute(detached(text.slice(start, end))));
  }

  bits(id: number): number {
    return this.pool[id + 2];
  }

  setBits(id: number, bits: number): void {
    this.pool[id + 2] = bits;
  }

  value(id: number): V {
    return this.values[this.pool[id + 3]];
  }

  /** Empties the table when it holds `limit` words or more; call it only when no id is in use. */
  trim(): void {
    if (this.values.length < this.limit) return;
    this.slots = new Int32Array(this.initialSlots);
    this.pool = new Int32Array(this.initialSlots * 4);
    this.poolEnd = 0;
    this.values = [];
  }

  private add(slot: number, hash: number, text: string, start: number, end: number, value: V): number {
    const length = end - start;
    const entry = this.poolEnd;
    if (entry + HEADER + length > this.pool.length) {
      const pool = new Int32Array(Math.max(this.pool.length * 2, entry + HEADER + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const { pool } = this;
    pool[entry] = hash;
    pool[entry + 1] = length;
    pool[entry + 2] = 0;
    pool[entry + 3] = this.values.length;
    for (let index = 0; index < length; index += 1) pool[entry + HEADER + index] = text.charCodeAt(start + index);
    this.poolEnd = entry + HEADER + length;
    this.values.push(value);
    this.slots[slot] = entry + 1;
    if (this.values.length * 2 > this.slots.length) this.growSlots();
    return entry;
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (const filled of this.slots) {
      if (filled === 0) continue;
      let slot = this.pool[filled - 1] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = filled;
    }
    this.slots = slots;
  }
}

/** Entry header: hash, length, bits, value index. */
const HEADER = 4;

function sameUnits(pool: Int32Array, from: number, text: string, start: number, length: number): boolean {
  for (let index = 0; index < length; index += 1) if (pool[from + index] !== text.charCodeAt(start + index)) return false;
  return true;
}

/** A 32-bit hash of the code units of `text` from `start` to `end`, mixed so that its low bits spread. */
function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
