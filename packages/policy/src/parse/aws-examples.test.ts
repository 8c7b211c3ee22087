/**
 * Policies from the AWS documentation, kept as data in `test/corpus/aws-examples.json`: they
 * must parse unchanged, as a value and as text, with no issue at all. Each case names the page
 * it comes from.
 */
import { describe, expect, it } from 'vitest'
import corpus from '../../test/corpus/aws-examples.json' with { type: 'json' }
import type { PolicyKind } from '../ast.ts'
import { issuesOf } from '../../test/policy-cases.ts'
import { parsePolicy } from './parse-policy.ts'

interface Example {
  readonly source: string
  readonly name: string
  readonly kind: PolicyKind
  readonly document: unknown
}

const examples = corpus.cases as readonly Example[]

describe('parsePolicy accepts the policies of the AWS documentation unchanged', () => {
  it('has examples of every kind of policy', () => {
    expect(new Set(examples.map((e) => e.kind))).toEqual(
      new Set(['identity', 'boundary', 'trust', 'resource', 'scp', 'rcp', 'session']),
    )
  })

  for (const example of examples) {
    it(`${example.name} (${example.kind}; ${example.source})`, () => {
      for (const input of [example.document, JSON.stringify(example.document, null, 4)]) {
        const result = parsePolicy(input, { kind: example.kind })
        expect(issuesOf(result)).toEqual([])
        expect(result.ok).toBe(true)
      }
    })
  }
})
