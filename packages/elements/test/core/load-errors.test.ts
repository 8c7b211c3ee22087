import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadScenario } from '../../src/core/index.ts'
import { scenarioText } from './library.ts'

const RUNS = Number(process.env['HATRACK_FC_RUNS'] ?? 100)

const minimal = `hatrack: 1
title: Minimal
accounts:
  main: { id: '123456789012' }
users:
  omkar:
    account: main
steps:
  - as: omkar
    request: { action: s3:ListAllMyBuckets, resource: '*' }
`

describe('loadScenario: errors a learner can act on', () => {
  it('loads a minimal scenario', () => {
    const result = loadScenario(minimal)
    expect(result.ok).toBe(true)
  })

  it('reports malformed YAML as a `parse` error with its line and column', () => {
    const result = loadScenario('hatrack: 1\ntitle: [unclosed\nsteps: []\n', {
      fileName: 'bad.yaml',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.type).toBe('parse')
    expect(result.error.line).toBeGreaterThanOrEqual(2)
    expect(result.error.column).toBeGreaterThanOrEqual(1)
    expect(result.error.code).toMatch(/^scenario\.yaml\./)
    expect(result.error.message).not.toBe('')
  })

  it('reports an unknown key as a `validate` error with its path and a hint', () => {
    const text = minimal.replace('    account: main', '    account: main\n    acount: main')
    const result = loadScenario(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.type).toBe('validate')
    expect(result.error.path).toBe('$.users.omkar.acount')
    expect(result.error.hint).toContain('account')
    expect(result.error.line).toBe(8)
    expect(result.error.column).toBe(5)
  })

  it('lists every issue when there are several, the first on top', () => {
    const text = minimal
      .replace('title: Minimal', 'title: Minimal\ntitel: again')
      .replace('    account: main', '    account: main\n    acount: main')
    const result = loadScenario(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues?.length).toBeGreaterThanOrEqual(2)
    expect(result.error.issues?.[0]?.message).toBe(result.error.message)
  })

  it('reports an unknown name with its path', () => {
    const result = loadScenario(minimal.replace('as: omkar', 'as: omkra'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.type).toBe('validate')
    expect(result.error.path).toBe('$.steps[0].as')
    expect(result.error.hint).toContain('omkar')
  })

  it('refuses to play a world the model cannot build, as an `evaluate` error with its place', () => {
    const text = `${minimal}roles:
  Broken:
    account: main
    trust:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: 'arn:aws:iam::123456789012:user/nobody' }
          Action: sts:AssumeRole
`
    const result = loadScenario(text, { fileName: 'broken.yaml' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.type).toBe('evaluate')
    expect(result.error.code).toBe('MalformedPolicyDocument')
    expect(result.error.message).toContain('role Broken')
    expect(result.error.path).toBe('$.roles.Broken.trust')
    expect(result.error.line).toBe(14)
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = loadScenario(text)
        if (!result.ok) expect(result.error.message).not.toBe('')
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws on mutilated library text', () => {
    const text = scenarioText('10-role-chaining.yaml')
    fc.assert(
      fc.property(
        fc.nat(text.length),
        fc.nat(40),
        fc.string({ maxLength: 5 }),
        (at, cut, insert) => {
          const mutated = text.slice(0, at) + insert + text.slice(at + cut)
          const result = loadScenario(mutated)
          if (!result.ok) {
            expect(['parse', 'validate', 'evaluate']).toContain(result.error.type)
            if (result.error.type !== 'evaluate') expect(result.error.line).toBeGreaterThan(0)
          } else
            expect(result.loaded.frames.frames.length).toBe(result.loaded.frames.trace.steps.length)
        },
      ),
      { numRuns: Math.min(RUNS, 30) },
    )
  })
})
