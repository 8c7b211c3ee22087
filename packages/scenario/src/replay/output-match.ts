/**
 * Partial matching of a call's output: every key the expectation gives must be in the output
 * with the same value; keys compare regardless of case (`assumedRoleUser.arn` matches AWS's
 * `AssumedRoleUser.Arn`), values as text (a YAML number matches a digit string), lists element
 * by element with the same length. Keys the expectation leaves out are not checked.
 */

function show(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : `\`${JSON.stringify(value)}\``
}

/** The differences between `expected` and `actual`, one line each, under `path`. */
export function outputMismatches(expected: unknown, actual: unknown, path = 'output'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path} is ${show(actual)}, not a list`]
    if (actual.length !== expected.length)
      return [`${path} has ${actual.length} entries, not ${expected.length}`]
    return expected.flatMap((entry, index) =>
      outputMismatches(entry, actual[index], `${path}[${index}]`),
    )
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path} is ${actual === undefined ? 'absent' : show(actual)}, not a map`]
    const fields = actual as Record<string, unknown>
    const keys = new Map(Object.keys(fields).map((key) => [key.toLowerCase(), key]))
    return Object.entries(expected).flatMap(([key, value]) => {
      const found = keys.get(key.toLowerCase())
      if (found === undefined) return [`${path}.${key} is absent`]
      return outputMismatches(value, fields[found], `${path}.${found}`)
    })
  }
  if (actual === undefined) return [`${path} is absent`]
  if (typeof actual === 'object' && actual !== null)
    return [`${path} is ${show(actual)}, not ${show(expected)}`]
  return String(actual) === String(expected)
    ? []
    : [`${path} is ${show(actual)}, not ${show(expected)}`]
}
