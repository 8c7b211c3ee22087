/**
 * Matching names against AWS's templates: condition keys with `${TagKey}` parts
 * (`aws:PrincipalTag/${TagKey}`, or `aws:PrincipalTag/tag-key` in the global list), and ARNs
 * against resource-type templates (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`), where
 * a policy's ARN may itself hold wildcards and variables. Both in linear-ish time: no regular
 * expression is built from user text.
 */

/** Whether `key` fits the condition key `template` (case-insensitively). */
export function keyFits(key: string, template: string): boolean {
  const normalized = template.replace(/\/tag-key$/i, '/${TagKey}')
  const parts = normalized.split(/\$\{[^}]*\}/)
  const lower = key.toLowerCase()
  if (parts.length === 1) return lower === normalized.toLowerCase()
  // Literal parts in order, each placeholder at least one character.
  let at = 0
  for (let i = 0; i < parts.length; i++) {
    const part = (parts[i] ?? '').toLowerCase()
    if (i === 0) {
      if (!lower.startsWith(part)) return false
      at = part.length
      continue
    }
    const last = i === parts.length - 1
    const found = last
      ? lower.endsWith(part) && lower.length - part.length >= at + 1
        ? lower.length - part.length
        : -1
      : lower.indexOf(part, at + 1)
    if (found < 0) return false
    at = found + part.length
  }
  return true
}

/**
 * One element of a pattern: a character, `?`, `*` (anything), or a template part (no `:`; a
 * `name` part holds no `/` either).
 */
type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'any' }
  | { readonly kind: 'part' }
  | { readonly kind: 'name' }

/** A policy's ARN: `*` and `?` are wildcards; a policy variable `${…}` may be anything. */
export function policyArnTokens(arn: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < arn.length; i++) {
    const c = arn[i] ?? ''
    if (c === '$' && arn[i + 1] === '{') {
      const end = arn.indexOf('}', i)
      if (end > 0) {
        tokens.push({ kind: 'any' })
        i = end
        continue
      }
    }
    tokens.push(
      c === '*' ? { kind: 'any' } : c === '?' ? { kind: 'one' } : { kind: 'char', char: c },
    )
  }
  return tokens
}

/**
 * A resource type's ARN template: each `${Name}` is a part without `:`. With `names`, a part
 * named like one name (`${BucketName}`, `${TableName}`, not `${ObjectName}`, `${KeyName}` or
 * `${RoleNameWithPath}`) holds no `/` either, so a bucket's template does not take an object's
 * ARN (`arn:aws:s3:::reports/*`).
 */
export function templateTokens(template: string, names = false): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < template.length; i++) {
    const c = template[i] ?? ''
    if (c === '$' && template[i + 1] === '{') {
      const end = template.indexOf('}', i)
      if (end > 0) {
        const name = template.slice(i + 2, end)
        const single = names && /Name$/.test(name) && !/^(Object|Key)Name$/.test(name)
        tokens.push({ kind: single ? 'name' : 'part' })
        i = end
        continue
      }
    }
    tokens.push({ kind: 'char', char: c })
  }
  return tokens
}

/** Whether some ARN fits both the policy's `a` and the template's `b`. */
export function overlaps(a: readonly Token[], b: readonly Token[]): boolean {
  const width = b.length + 1
  const memo = new Uint8Array((a.length + 1) * width)
  const go = (i: number, j: number): boolean => {
    if (i === a.length && j === b.length) return true
    const slot = i * width + j
    const seen = memo[slot]
    if (seen !== 0) return seen === 1
    const x = a[i]
    const y = b[j]
    let result = false
    if (x?.kind === 'any') result = go(i + 1, j) || (j < b.length && go(i, j + 1))
    if (!result && (y?.kind === 'part' || y?.kind === 'name')) {
      const stops = (char: string): boolean => char === ':' || (y.kind === 'name' && char === '/')
      result =
        go(i, j + 1) || (x !== undefined && !(x.kind === 'char' && stops(x.char)) && go(i + 1, j))
    }
    if (
      !result &&
      x !== undefined &&
      y !== undefined &&
      x.kind !== 'any' &&
      y.kind !== 'part' &&
      y.kind !== 'name'
    ) {
      const fits = x.kind === 'one' || (y.kind === 'char' && x.kind === 'char' && x.char === y.char)
      result = fits && go(i + 1, j + 1)
    }
    memo[slot] = result ? 1 : 2
    return result
  }
  return go(0, 0)
}
