/**
 * The error reference promises every error code explained, so the registries it is generated
 * from must hold every code the code base emits, and nothing it no longer emits. The compiler
 * ties `awsErrorCodes` and `organizationsErrorCodes` to their unions and the resource codes to
 * theirs; these tests read the sources where errors are built (emitted-codes.ts), which also
 * covers Hatrack's own codes in packages devtools cannot import.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { awsErrorCodes, organizationsErrorCodes, resourceErrorCodes } from '@hatrack/model'
import { policyIssueCodes } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import { elementErrorKinds, hatrackCodes } from '../src/docs/hatrack-codes.ts'
import { emittedCodes, sourcesUnder } from './emitted-codes.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8')

const awsRegistries = [awsErrorCodes, organizationsErrorCodes, resourceErrorCodes] as const
const isAwsCode = (code: string) => awsRegistries.some((registry) => Object.hasOwn(registry, code))
const scenarioFormat = read('docs/reference/scenario-format.md')
/** Codes of other references: the policy issue codes, the scenario format's `scenario.*` and `challenge.*`. */
const isIssueCode = (code: string) =>
  Object.hasOwn(policyIssueCodes, code) ||
  (/^(scenario|challenge)\./.test(code) && scenarioFormat.includes(`\`${code}\``))
/**
 * Literals in a code position that no outcome carries: `'Error'` stands in for a failed step
 * without an error, and only ever appears inside the message of `NoCredentials`.
 */
const NOT_EMITTED = new Set(['Error'])

const modelCodes = emittedCodes(sourcesUnder(root, 'packages/model/src'))
const hatrackSources = [
  ...sourcesUnder(root, 'packages/scenario/src'),
  ...sourcesUnder(root, 'packages/elements/src'),
]
const otherCodes = emittedCodes(hatrackSources, { properties: true })

function unregistered(found: Map<string, Set<string>>, known: (code: string) => boolean) {
  return [...found]
    .filter(([code]) => !known(code))
    .map(([code, files]) => `${code} (${[...files].join(', ')})`)
}

describe('the source scan', () => {
  it('finds the codes of every way the model builds an error', () => {
    for (const code of [
      'NoSuchEntity', // awsError('NoSuchEntity', …)
      'ExpiredToken', // { code: 'ExpiredToken', … }
      'MalformedPolicyDocument', // code: validation ? 'ValidationError' : 'MalformedPolicyDocument'
      'QueueAlreadyExists', // alreadyExistsCode: 'QueueAlreadyExists'
      'TooManyTagsException', // resourceError('TooManyTagsException', …)
      'DestinationParentNotFoundException', // Organizations' error('…', …)
    ])
      expect(modelCodes.has(code), code).toBe(true)
  })

  it('resolves a code held in a constant', () => {
    expect(otherCodes.get('HatrackInternalError')).toContain(
      'packages/scenario/src/replay/replay.ts',
    )
    expect(otherCodes.get('NoCredentials')).toContain('packages/scenario/src/replay/callers.ts')
  })

  it('reports a code no registry knows', () => {
    const found = emittedCodes([
      {
        path: 'x.ts',
        text: "const WIDGET = 'NoSuchWidget'\nreturn awsError('NoSuchGadget', 'gone')\nfail({ code: WIDGET })\nif (error.code === 'NoSuchGizmo') {}",
      },
    ])
    expect(
      unregistered(found, isAwsCode)
        .map((entry) => entry.split(' ')[0])
        .sort(),
    ).toEqual(['NoSuchGadget', 'NoSuchGizmo', 'NoSuchWidget'])
  })
})

describe('the error registries', () => {
  it('hold every code the model emits', () => {
    expect(unregistered(modelCodes, (code) => isAwsCode(code) || isIssueCode(code))).toEqual([])
  })

  it('hold every code the replay and the components emit', () => {
    const known = (code: string) =>
      isIssueCode(code) ||
      isAwsCode(code) ||
      Object.hasOwn(hatrackCodes, code) ||
      NOT_EMITTED.has(code)
    expect(unregistered(otherCodes, known)).toEqual([])
  })

  it.each(awsRegistries.flatMap((registry) => Object.entries(registry)))(
    '%s is emitted by the model, or its entry says Hatrack never returns it',
    (code, info) => {
      const never = info.inHatrack.startsWith('Hatrack never returns it')
      expect(modelCodes.has(code) || otherCodes.has(code)).toBe(!never)
    },
  )

  it.each(Object.entries(hatrackCodes))(
    '%s is emitted by the file its entry names',
    (code, info) => {
      expect([...(otherCodes.get(code) ?? [])]).toContain(info.emittedBy)
    },
  )

  it('name every AWS error a policy issue maps to', () => {
    const missing = Object.entries(policyIssueCodes).filter(
      ([, info]) => info.awsError !== undefined && !isAwsCode(info.awsError),
    )
    expect(missing).toEqual([])
  })
})

describe('the element error kinds', () => {
  it('are the kinds of `ElementError`', () => {
    const types = read('packages/elements/src/core/types.ts')
    const union = /interface ElementError \{\s*readonly type: ([^\n]+)/.exec(types)?.[1] ?? ''
    const kinds = [...union.matchAll(/'(\w+)'/g)].map(([, kind]) => kind)
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.sort()).toEqual(Object.keys(elementErrorKinds).sort())
  })

  it('have the headings the player shows', () => {
    const view = read('packages/elements/src/player/error-view.ts')
    const block = /const headings[^{]*\{([^}]*)\}/.exec(view)?.[1] ?? ''
    const headings = Object.fromEntries(
      [...block.matchAll(/(\w+): '([^']*)'/g)].map(([, kind, heading]) => [kind, heading]),
    )
    const documented = Object.fromEntries(
      Object.entries(elementErrorKinds).map(([kind, info]) => [kind, info.heading]),
    )
    expect(headings).toEqual(documented)
  })
})
