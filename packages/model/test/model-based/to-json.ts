/**
 * Plain JSON of a model value, for deep comparison: maps become arrays of entries, sets arrays,
 * `undefined` members disappear (as in `JSON.stringify`), and the keys in `omit` are left out
 * at every depth (an outcome's `world`, compared separately).
 */
export function toJson(value: unknown, omit: readonly string[] = []): unknown {
  const text = JSON.stringify(value, function (key, member: unknown) {
    if (omit.includes(key) && this !== null && typeof this === 'object' && !Array.isArray(this))
      return undefined
    if (member instanceof Map) return { map: [...member.entries()] }
    if (member instanceof Set) return { set: [...member.values()] }
    return member
  })
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}
