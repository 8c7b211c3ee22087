/**
 * A read-only array whose items are made the first time they are read, then kept: `length`,
 * indexing, iteration and every array method work as on a plain array (each item is an accessor
 * that replaces itself with its value). The frames of a long trace are built this way, so that a
 * player draws its first frame without building all the others first.
 */

/** An array of `length` items, item `i` being `make(i)`, called at most once and on first read. */
export function lazyList<T>(length: number, make: (index: number) => T): readonly T[] {
  const list = new Array<T>(length)
  for (let index = 0; index < length; index++) {
    Object.defineProperty(list, index, {
      configurable: true,
      enumerable: true,
      get(): T {
        const value = make(index)
        Object.defineProperty(list, index, { value, enumerable: true, writable: false })
        return value
      },
    })
  }
  return list
}
