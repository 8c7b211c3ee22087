import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../ast.ts'
import { freezeDocument, isFrozenDocument } from './frozen-documents.ts'
import { parsePolicy } from './parse-policy.ts'
import { policyArb } from '../../test/support/policy-arbitraries.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

const documentArb = fc.oneof(policyArb, fc.jsonValue({ maxDepth: 3 }))
const kind = fc.constantFrom<PolicyKind>('identity', 'resource', 'trust', 'session', 'scp')

const allow = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }],
}

describe('freezeDocument', () => {
  it('freezes every object and array of a JSON value and marks the value', () => {
    const document = structuredClone(allow)
    expect(freezeDocument(document)).toBe(document)
    expect(isFrozenDocument(document)).toBe(true)
    expect(Object.isFrozen(document)).toBe(true)
    expect(Object.isFrozen(document.Statement)).toBe(true)
    expect(Object.isFrozen(document.Statement[0])).toBe(true)
    expect(() => {
      ;(document.Statement as unknown[]).push({})
    }).toThrow(TypeError)
  })

  it('leaves a cyclic value untouched and unmarked: nothing is frozen halfway', () => {
    const inner: Record<string, unknown> = { Effect: 'Allow' }
    const document: Record<string, unknown> = { Version: '2012-10-17', Statement: [inner] }
    inner['Self'] = document
    freezeDocument(document)
    expect(isFrozenDocument(document)).toBe(false)
    expect(Object.isFrozen(document)).toBe(false)
    expect(Object.isFrozen(inner)).toBe(false)
  })

  it('leaves values that are not JSON, or nest deeper than 64 levels, unmarked and unfrozen', () => {
    const withDate = { Version: '2012-10-17', Statement: [{ When: new Date(0) }] }
    freezeDocument(withDate)
    expect(isFrozenDocument(withDate)).toBe(false)
    expect(Object.isFrozen(withDate.Statement)).toBe(false)
    let deep: unknown = 'leaf'
    for (let i = 0; i < 70; i++) deep = [deep]
    freezeDocument(deep)
    expect(isFrozenDocument(deep)).toBe(false)
    expect(Object.isFrozen(deep)).toBe(false)
  })

  it('gives primitives back as they are, unmarked', () => {
    expect(freezeDocument('text')).toBe('text')
    expect(isFrozenDocument('text')).toBe(false)
    expect(freezeDocument(null)).toBe(null)
  })
})

describe('parsePolicy on documents that cannot change', () => {
  it('reads a frozen document as it reads a copy that can change, and only once', () => {
    fc.assert(
      fc.property(documentArb, kind, (value, policyKind) => {
        const free = structuredClone(value)
        const frozen = freezeDocument(structuredClone(value))
        const first = parsePolicy(frozen, { kind: policyKind })
        expect(first).toEqual(parsePolicy(free, { kind: policyKind }))
        if (isFrozenDocument(frozen)) {
          expect(parsePolicy(frozen, { kind: policyKind })).toBe(first)
          expect(Object.isFrozen(first)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('reads a frozen document again for other options: the kind and the inline holder matter', () => {
    const document = freezeDocument(structuredClone(allow))
    const identity = parsePolicy(document, { kind: 'identity' })
    const resource = parsePolicy(document, { kind: 'resource' })
    expect(identity.ok).toBe(true)
    expect(resource.ok).toBe(false)
    const inline = parsePolicy(document, { kind: 'identity', inline: 'user' })
    expect(inline).not.toBe(identity)
    expect(parsePolicy(document, { kind: 'identity' })).toBe(identity)
  })

  it('reads a document that can change every time, so a change is never missed', () => {
    const document = structuredClone(allow)
    const before = parsePolicy(document, { kind: 'identity' })
    document.Statement[0]!.Effect = 'Sometimes'
    const after = parsePolicy(document, { kind: 'identity' })
    expect(before.ok).toBe(true)
    expect(after.ok).toBe(false)
  })

  it('reads a text once for the same options, and hands out a result its callers cannot change', () => {
    const text = JSON.stringify(allow)
    const first = parsePolicy(text, { kind: 'identity' })
    expect(parsePolicy(text, { kind: 'identity' })).toBe(first)
    expect(parsePolicy(text, { kind: 'trust' })).not.toBe(first)
    if (!first.ok) throw new Error('the policy should parse')
    expect(() => {
      ;(first.warnings as unknown[]).push('x')
    }).toThrow(TypeError)
    expect(Object.isFrozen(first.policy)).toBe(true)
    expect(first.policy.statements.every((statement) => Object.isFrozen(statement))).toBe(true)
  })
})
