/**
 * Memoises a value on a tuple of keys compared by identity: objects are held
 * weakly (a configuration that is dropped frees its compiled matcher),
 * strings, numbers and booleans by value. Rules use it to compile their
 * configuration once, since the engine hands them a fresh options object on
 * every lint while the arrays inside it stay the same.
 */
interface CacheNode<V> {
  objects: WeakMap<object, CacheNode<V>>;
  primitives: Map<unknown, CacheNode<V>>;
  filled: boolean;
  value?: V;
}

function emptyNode<V>(): CacheNode<V> {
  return { objects: new WeakMap(), primitives: new Map(), filled: false };
}

export class IdentityCache<V> {
  private readonly root: CacheNode<V> = emptyNode();

  get(keys: readonly unknown[], compute: () => V): V {
    let node = this.root;
    for (const key of [...keys, keys.length]) {
      const isObject = (typeof key === 'object' && key !== null) || typeof key === 'function';
      let next = isObject ? node.objects.get(key as object) : node.primitives.get(key);
      if (!next) {
        next = emptyNode();
        if (isObject) node.objects.set(key as object, next);
        else node.primitives.set(key, next);
      }
      node = next;
    }
    if (!node.filled) {
      node.value = compute();
      node.filled = true;
    }
    return node.value as V;
  }
}
