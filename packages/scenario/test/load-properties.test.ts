/**
 * `load` never throws and never hangs: arbitrary text, full Unicode, valid scenarios with
 * characters inserted and deleted, and the inputs built to hurt parsers — an alias bomb,
 * 100,000 levels of nesting, 10 MB of text — all come back as a result.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { load, type LoadResult } from '../src/index.ts'

const runs = Number(process.env['HATRACK_FC_RUNS'] ?? 1000)
const course = readFileSync(new URL('./fixtures/course-first-role.yaml', import.meta.url), 'utf8')
const draft = readFileSync(new URL('./fixtures/draft-example.yaml', import.meta.url), 'utf8')
const everything = readFileSync(new URL('./fixtures/every-feature.yaml', import.meta.url), 'utf8')

/** A result is either a scenario with no errors, or errors: never a half of each. */
function wellFormed(result: LoadResult): boolean {
  if (result.ok) return result.warnings.every((issue) => issue.severity === 'warning')
  return (
    result.issues.length > 0 &&
    result.issues.some((issue) => issue.severity === 'error') &&
    result.issues.every(
      (issue) =>
        Number.isInteger(issue.line) &&
        issue.line >= 1 &&
        Number.isInteger(issue.column) &&
        issue.column >= 1 &&
        typeof issue.message === 'string',
    )
  )
}

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ':',
      '-',
      '[',
      '{',
      '"',
      "'",
      '\n',
      '\t',
      '&a',
      '*a',
      '!',
      '#',
      '|',
      '>',
      '  ',
      '?',
      ',',
      '}',
      ']',
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
)

/** One edit of a text. */
interface Edit {
  readonly kind: 'insert' | 'delete'
  readonly at: number
  readonly text?: string
  readonly length?: number
}

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const change of edits) {
    const at = out.length === 0 ? 0 : change.at % (out.length + 1)
    out =
      change.kind === 'insert'
        ? out.slice(0, at) + (change.text ?? '') + out.slice(at)
        : out.slice(0, at) + out.slice(at + (change.length ?? 1))
  }
  return out
}

describe('load never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => wellFormed(load(text))),
      { numRuns: runs },
    )
  }, 120_000)

  it('on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => wellFormed(load(text))),
      { numRuns: runs },
    )
  }, 120_000)

  it('on JSON-like and YAML-like fragments', () => {
    const token = fc.constantFrom(
      'hatrack: 1\n',
      'title: t\n',
      'accounts:\n',
      '  main: { id: "123456789012" }\n',
      'steps:\n',
      '  - ',
      'as: x\n',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '&a ',
      '*a ',
      '<<: ',
      '- ',
      '\n',
      '  ',
      'null',
      '~',
      '1e999',
      '.nan',
      '0x1F',
    )
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) =>
        wellFormed(load(tokens.join(''))),
      ),
      { numRuns: runs },
    )
  }, 120_000)

  it('on valid scenarios with characters inserted and deleted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(course, draft, everything),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (text, edits) => wellFormed(load(mutate(text, edits))),
      ),
      { numRuns: runs },
    )
  }, 120_000)

  it('on options that are not what they should be', () => {
    const resolveFile = (): string => {
      throw new Error('no disk here')
    }
    const results = [
      load('hatrack: 1\nextends: ./base.yaml\n', { resolveFile }),
      load(42 as unknown as string),
      load('hatrack: 1', null as unknown as object),
    ]
    expect(results.map((result) => result.ok)).toEqual([false, false, false])
    expect(results.every(wellFormed)).toBe(true)
  })
})

describe('load never hangs', () => {
  it('refuses an alias bomb', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h'],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const result = load(lines.join('\n'))
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'scenario.yaml.aliasLimit',
    ])
  })

  it('refuses an alias that contains itself', () => {
    const result = load('a: &a [1, *a]\n')
    expect(result.ok).toBe(false)
  })

  it.each([
    ['flow sequences', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['flow maps', `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['block sequences', `${'- '.repeat(100_000)}x\n`],
    ['indented maps', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('refuses 100,000 levels of %s', (_name, text) => {
    const result = load(text)
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'scenario.input.tooDeep',
    ])
  })

  it('refuses 10 MB of text', () => {
    const result = load(`hatrack: 1\ntitle: ${'x'.repeat(10 * 1024 * 1024)}\n`)
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'scenario.input.tooLarge',
    ])
  })

  it('refuses just over 1 MiB counted in UTF-8 bytes', () => {
    const text = `# ${'é'.repeat(524_288)}\n`
    expect(text.length).toBeLessThan(1024 * 1024)
    const result = load(text)
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'scenario.input.tooLarge',
    ])
  })

  it('reads a map with thousands of keys without slowing down on duplicates', () => {
    const text = `hatrack: 1\ntitle: t\naccounts: { main: { id: "123456789012" } }\nusers:\n${Array.from({ length: 5000 }, (_, i) => `  u${i}: { account: main }`).join('\n')}\n`
    const result = load(text)
    expect(result.ok && result.scenario.users.length).toBe(5000)
  })
})
