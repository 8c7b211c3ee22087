/**
 * A property computed the first time it is read, then kept as an ordinary data property. Steps
 * and trace steps say where they start in their file, which takes the file's positioned reading;
 * a player that plays a file without problems never reads it, so it is never made.
 */

/**
 * Defines `key` on `target` (enumerable, in the order of definition, as an assignment would
 * put it): `compute` runs when it is first read, by a read, a spread or `JSON.stringify`, and its
 * value replaces the accessor.
 */
export function defineLazy<T extends object>(target: T, key: string, compute: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute()
      Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: false,
        configurable: false,
      })
      return value
    },
  })
}
