/**
 * A bounded cache of values computed from short pieces of a text (words),
 * looked up by the span (text, start, end) without cutting the piece out:
 * a rule that reads every word of every draft finds each known word by a
 * hash of its code units and a comparison in place, so no string is made
 * and hashed again per occurrence. Built for the `syllable` rule, where
 * cutting each word out and looking it up in a Map cost about as much as
 * the rest of the rule together.
 *
 * Open addressing with linear probing; the table doubles when half full and
 * is emptied when it holds `limit` entries, so memory stays bounded however
 * many distinct pieces a workspace has.
 */
export class SpanCache<V> {
  private keys: Array<string | undefined> = [];
  private values: Array<V | undefined> = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly initialCapacity = 1024,
  ) {
    this.reset(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `text.slice(start, end)`, made by `compute` on first sight (pass a function, not a new closure per call). */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const hash = spanHash(text, start, end);
    const length = end - start;
    let slot = hash & this.mask;
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === hash && key.length === length && text.startsWith(key, start)) return this.values[slot] as V;
      slot = (slot + 1) & this.mask;
    }
    const key = text.slice(start, end);
    const value = compute(key);
    if (this.count >= this.limit) {
      this.reset(this.initialCapacity);
    } else if ((this.count + 1) * 2 > this.keys.length) {
      this.grow();
    } else {
      this.place(slot, hash, key, value);
      return value;
    }
    this.insert(hash, key, value);
    return value;
  }

  private reset(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    this.reset(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot += 1) {
      const key = keys[slot];
      if (key !== undefined) this.insert(hashes[slot], key, values[slot] as V);
    }
  }

  private insert(hash: number, key: string, value: V): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.place(slot, hash, key, value);
  }

  private place(slot: number, hash: number, key: string, value: V): void {
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.count += 1;
  }
}

/** A 32-bit hash of the code units of `text` from `start` to `end`, mixed so that its low bits spread. */
function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
