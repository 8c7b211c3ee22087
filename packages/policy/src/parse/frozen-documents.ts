/**
 * Documents that can no longer change. A scenario's policies are read once by its loader, again
 * when the model stores them (as IAM would, since `CreateRole` takes a document, not a parsed
 * policy), and again by whoever asks: parsing is a pure function of the document, so a document
 * that cannot change can be parsed once. {@link freezeDocument} deep-freezes a JSON value and
 * marks it; `parsePolicy` keeps its results for marked documents only, so a caller that goes on
 * changing its own objects never gets a stale answer.
 */

/** The deepest value {@link freezeDocument} walks (deeper ones are left alone, unmarked). */
const MAX_DEPTH = 64

const frozen = new WeakSet<object>()

/** The objects and arrays of `value`, or `undefined` when it is cyclic, too deep or not JSON. */
function containers(value: object): object[] | undefined {
  const found: object[] = []
  const onPath = new Set<object>()
  const visit = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== 'object') return typeof node !== 'function'
    if (depth > MAX_DEPTH || onPath.has(node)) return false
    const proto = Object.getPrototypeOf(node) as unknown
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) return false
    onPath.add(node)
    found.push(node)
    for (const child of Object.values(node)) if (!visit(child, depth + 1)) return false
    onPath.delete(node)
    return true
  }
  return visit(value, 1) ? found : undefined
}

/**
 * Deep-freezes `value` (a JSON value: plain objects, arrays, strings, numbers, booleans, null)
 * and marks it as a document that cannot change, then returns it. A value that is not JSON, is
 * cyclic or nests deeper than 64 levels is returned untouched and unmarked: nothing is frozen
 * halfway.
 */
export function freezeDocument<T>(value: T): T {
  if (value === null || typeof value !== 'object' || frozen.has(value)) return value
  const all = containers(value)
  if (all === undefined) return value
  for (const node of all) Object.freeze(node)
  frozen.add(value)
  return value
}

/** Whether `value` was marked by {@link freezeDocument}. */
export function isFrozenDocument(value: unknown): value is object {
  return value !== null && typeof value === 'object' && frozen.has(value)
}
