/**
 * An immutable map that grows by appending without copying: `appendEntry(map, key, value)`
 * returns a new map holding one more entry, sharing storage with `map`. Each map is a view of
 * the first `size` entries of a shared, append-only store, so an older map never sees what a
 * newer one added. When a map that is not the store's latest view is extended (two worlds
 * branching from one), or a key is replaced, the entries are copied first, as `withEntry` does.
 *
 * The world's sessions grow this way — one per STS call, never removed — and copying the whole
 * map at each call made long replays quadratic.
 */

interface Store<K, V> {
  readonly keys: K[]
  readonly values: V[]
  readonly index: Map<K, number>
}

class AppendMap<K, V> implements ReadonlyMap<K, V> {
  readonly #store: Store<K, V>
  readonly size: number

  constructor(store: Store<K, V>, size: number) {
    this.#store = store
    this.size = size
  }

  /** This map with `key` → `value` appended, or `undefined` when it cannot share storage. */
  appended(key: K, value: V): AppendMap<K, V> | undefined {
    const store = this.#store
    if (store.keys.length !== this.size || store.index.has(key)) return undefined
    store.index.set(key, store.keys.length)
    store.keys.push(key)
    store.values.push(value)
    return new AppendMap(store, this.size + 1)
  }

  get(key: K): V | undefined {
    const at = this.#store.index.get(key)
    return at !== undefined && at < this.size ? this.#store.values[at] : undefined
  }

  has(key: K): boolean {
    const at = this.#store.index.get(key)
    return at !== undefined && at < this.size
  }

  // Array iterators over a copy of this view's part of the store: V8 runs them far faster
  // than generators, and the copy keeps a later append out of an iteration under way.
  entries(): MapIterator<[K, V]> {
    const { keys, values } = this.#store
    const pairs: [K, V][] = new Array(this.size)
    for (let i = 0; i < this.size; i++) pairs[i] = [keys[i] as K, values[i] as V]
    return pairs.values()
  }

  keys(): MapIterator<K> {
    return this.#store.keys.slice(0, this.size).values()
  }

  /** The values from the `start`-th on. */
  valuesFrom(start: number): V[] {
    return this.#store.values.slice(Math.max(0, start), this.size)
  }

  values(): MapIterator<V> {
    return this.#store.values.slice(0, this.size).values()
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.size; i++)
      callback.call(thisArg, this.#store.values[i] as V, this.#store.keys[i] as K, this)
  }
}

/** `map` with `key` set to `value`; shares storage with `map` when the key is new. */
export function appendEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  if (map instanceof AppendMap) {
    const appended = (map as AppendMap<K, V>).appended(key, value)
    if (appended !== undefined) return appended
  }
  const store: Store<K, V> = { keys: [], values: [], index: new Map() }
  for (const [existing, entry] of map) {
    store.index.set(existing, store.keys.length)
    store.keys.push(existing)
    store.values.push(existing === key ? value : entry)
  }
  if (!store.index.has(key)) {
    store.index.set(key, store.keys.length)
    store.keys.push(key)
    store.values.push(value)
  }
  return new AppendMap(store, store.keys.length)
}

/**
 * The values of `map` from its `start`-th entry on, in order: a slice of the store for a map
 * made by `appendEntry` (no walk over the entries before `start`), a walk otherwise.
 */
export function valuesFrom<K, V>(map: ReadonlyMap<K, V>, start: number): readonly V[] {
  if (map instanceof AppendMap) return (map as AppendMap<K, V>).valuesFrom(start)
  return [...map.values()].slice(start)
}
