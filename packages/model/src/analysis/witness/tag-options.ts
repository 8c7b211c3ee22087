/**
 * Session tags to try, from the clauses on `aws:RequestTag/KEY`, `aws:TagKeys` and
 * `sts:TransitiveTagKeys` (iam-facts §12): the tags the request-tag clauses name, then with the
 * keys the `aws:TagKeys` clauses list, then with the transitive keys marked (or added).
 */
import type { SessionTag } from '../../world/types.ts'
import type { ClauseSource } from '../principals/caller-model.ts'
import type { AssumeConditions } from '../types.ts'
import { OTHER_VALUE } from './values.ts'

const REQUEST_TAG = 'aws:requesttag/'

/** The tag sets to try, each as conditions; none when no clause reads tags. */
export function tagOptions(
  clauses: readonly { readonly entry: ClauseSource; readonly values: readonly string[] }[],
): AssumeConditions[] {
  const named = new Map<string, SessionTag>()
  const listed: string[] = []
  const transitive: string[] = []
  for (const { entry, values } of clauses) {
    const key = entry.clause.key
    const lower = key.toLowerCase()
    if (lower.startsWith(REQUEST_TAG)) {
      const tagKey = key.slice(REQUEST_TAG.length)
      if (tagKey !== '' && !named.has(tagKey.toLowerCase()))
        named.set(tagKey.toLowerCase(), {
          key: tagKey,
          value: values[0] ?? OTHER_VALUE,
          transitive: false,
        })
    } else if (lower === 'aws:tagkeys') {
      const first = values[0]
      if (first !== undefined && first !== '') listed.push(first)
    } else {
      transitive.push(...values.filter((value) => value !== ''))
    }
  }
  const options: SessionTag[][] = []
  const first = [...named.values()]
  if (first.length > 0) options.push(first)
  const second = withKeys(first, listed, false)
  if (second.length > first.length) options.push(second)
  const third = withKeys(second, transitive, true)
  if (transitive.length > 0) options.push(third)
  return options.map((tags) => ({ tags }))
}

function withKeys(
  tags: readonly SessionTag[],
  keys: readonly string[],
  transitive: boolean,
): SessionTag[] {
  const result: { key: string; value: string; transitive: boolean }[] = tags.map((tag) => ({
    ...tag,
  }))
  for (const key of keys) {
    const found = result.find((tag) => tag.key.toLowerCase() === key.toLowerCase())
    if (found === undefined) result.push({ key, value: OTHER_VALUE, transitive })
    else if (transitive) found.transitive = true
  }
  return result
}
