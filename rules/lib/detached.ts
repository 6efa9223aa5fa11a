/**
 * A copy of `text` that does not keep alive the string it was cut from, for
 * keys and values of caches that outlive a lint. V8 makes a `slice` of 13
 * characters or more a view into its parent (SlicedString::kMinLength), so a
 * cache of words cut from drafts held every draft text it had seen: the
 * language server grew by some 50 MB per 500 edits of one draft. Shorter
 * strings are copies already.
 */
export function detached(text: string): string {
  // The concatenation is flattened into a new string before the slice is taken from it.
  return text.length < 13 ? text : (' ' + text).slice(1);
}
