import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonNode } from './node.ts'
import { MAX_JSON_DEPTH, parseJsonText } from './parse-text.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

/** The plain value of a node, as `JSON.parse` would give it. */
function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]))
    case 'array':
      return node.items.map(plain)
    case 'null':
      return null
    default:
      return node.value
  }
}

describe('parseJsonText reads valid JSON', () => {
  const valid: Array<{ name: string; text: string; value: unknown }> = [
    { name: 'an empty object', text: '{}', value: {} },
    {
      name: 'nested values',
      text: '{"a": [1, -2.5e3, true, false, null, "x"]}',
      value: { a: [1, -2500, true, false, null, 'x'] },
    },
    {
      name: 'escapes',
      text: '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"',
      value: '"\\/\b\f\n\r\té😀',
    },
    { name: 'a bare number', text: ' 0 ', value: 0 },
    { name: 'an empty key', text: '{"": 1}', value: { '': 1 } },
    { name: 'white space of all four kinds', text: '\t\r\n [ 1 ,\r\n2 ] \n', value: [1, 2] },
  ]
  for (const c of valid) {
    it(`reads ${c.name}`, () => {
      const result = parseJsonText(c.text)
      expect(result.ok).toBe(true)
      if (result.ok) expect(plain(result.root)).toEqual(c.value)
    })
  }

  it('keeps the text numbers were written with', () => {
    const result = parseJsonText('[12.50, 1e3, 123456789012345678901]')
    expect(
      result.ok && result.root.kind === 'array'
        ? result.root.items.map((n) => (n.kind === 'number' ? n.text : ''))
        : [],
    ).toEqual(['12.50', '1e3', '123456789012345678901'])
  })

  it('gives each value and key a 1-based line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\r\n  "Statement": [\r  {"Effect": "Allow"}\n  ]\n}'
    const result = parseJsonText(text)
    expect(result.ok).toBe(true)
    if (!result.ok || result.root.kind !== 'object') return
    expect(result.root.position).toEqual({ offset: 0, line: 1, column: 1 })
    const [version, statement] = result.root.entries
    expect(version?.keyPosition).toMatchObject({ line: 2, column: 3 })
    expect(version?.value.position).toMatchObject({ line: 2, column: 14 })
    expect(statement?.keyPosition).toMatchObject({ line: 3, column: 3 })
    const first = statement?.value.kind === 'array' ? statement.value.items[0] : undefined
    expect(first?.position).toMatchObject({ line: 4, column: 3 })
    const effect = first?.kind === 'object' ? first.entries[0]?.value : undefined
    expect(effect?.position).toMatchObject({ line: 4, column: 14 })
  })

  it('reports duplicate keys with both positions and the path of the second', () => {
    const result = parseJsonText('{"Statement": {"Effect": "Allow",\n "Effect": "Deny"}}')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.duplicateKeys).toEqual([
      {
        key: 'Effect',
        path: ['Statement', 'Effect'],
        position: { offset: 35, line: 2, column: 2 },
        firstPosition: { offset: 15, line: 1, column: 16 },
      },
    ])
  })
})

describe('parseJsonText explains syntax errors with a line and a column', () => {
  const invalid: Array<{
    name: string
    text: string
    message: string
    line: number
    column: number
    hint?: string
  }> = [
    { name: 'an empty text', text: '  \n ', message: 'the document is empty', line: 2, column: 2 },
    {
      name: 'a missing comma',
      text: '{"a": 1\n "b": 2}',
      message: 'expected `,` or `}` after a property, found `"`',
      line: 2,
      column: 2,
    },
    {
      name: 'a bracket for a brace',
      text: '{"a": 1]',
      message: 'expected `,` or `}` after a property, found `]`',
      line: 1,
      column: 8,
    },
    {
      name: 'a brace for a bracket',
      text: '[1, 2}',
      message: 'expected `,` or `]` after an array item, found `}`',
      line: 1,
      column: 6,
    },
    {
      name: 'a trailing comma in an object',
      text: '{"a": 1,\n}',
      message: 'a trailing `,` before `}` is not allowed in JSON',
      line: 1,
      column: 8,
      hint: 'remove the `,`',
    },
    {
      name: 'a trailing comma in an array',
      text: '[1,\n  ]',
      message: 'a trailing `,` before `]` is not allowed in JSON',
      line: 2,
      column: 3,
    },
    {
      name: 'an unquoted key',
      text: '{Version: 1}',
      message: 'expected a property name in double quotes, found `Version`',
      line: 1,
      column: 2,
    },
    {
      name: 'single quotes',
      text: "{'a': 1}",
      message: "expected a property name in double quotes, found `'`",
      line: 1,
      column: 2,
      hint: 'JSON uses double quotes, never single quotes',
    },
    {
      name: 'a missing colon',
      text: '{"a" 1}',
      message: 'expected `:` after the property name, found `1`',
      line: 1,
      column: 6,
    },
    {
      name: 'an unquoted value',
      text: '{"Effect": Allow}',
      message: 'expected a value, found `Allow`',
      line: 1,
      column: 12,
    },
    {
      name: 'a misspelled literal',
      text: '[tru]',
      message: 'expected a value, found `tru`',
      line: 1,
      column: 2,
    },
    {
      name: 'a comment',
      text: '{\n// note\n}',
      message: 'expected a property name in double quotes, found `/`',
      line: 2,
      column: 1,
    },
    {
      name: 'an unclosed string',
      text: '{"a": "abc',
      message: 'the string is not closed',
      line: 1,
      column: 7,
      hint: 'add a `"` at its end',
    },
    {
      name: 'a line break in a string',
      text: '["ab\ncd"]',
      message: 'a string cannot span lines',
      line: 1,
      column: 5,
    },
    {
      name: 'a control character in a string',
      text: '["a\u0001"]',
      message: 'the control character U+0001 must be escaped in a string',
      line: 1,
      column: 4,
    },
    {
      name: 'a bad escape',
      text: '["a\\x"]',
      message: 'invalid escape `\\x` in a string',
      line: 1,
      column: 4,
    },
    {
      name: 'a short unicode escape',
      text: '["\\u12"]',
      message: 'invalid escape `\\u12"]` in a string',
      line: 1,
      column: 3,
    },
    { name: 'a leading zero', text: '[01]', message: 'invalid number `01`', line: 1, column: 2 },
    { name: 'a lone minus', text: '[-]', message: 'invalid number `-`', line: 1, column: 2 },
    { name: 'a trailing dot', text: '[1.]', message: 'invalid number `1.`', line: 1, column: 2 },
    {
      name: 'two documents',
      text: '{}\n{}',
      message: 'unexpected `{` after the end of the document',
      line: 2,
      column: 1,
    },
    {
      name: 'an unclosed object',
      text: '{"a": [1, 2]',
      message: 'expected `,` or `}` after a property, found the end of the document',
      line: 1,
      column: 13,
    },
    {
      name: 'a byte-order mark',
      text: '\uFEFF{}',
      message: 'expected a value, found the character U+FEFF',
      line: 1,
      column: 1,
    },
  ]
  for (const c of invalid) {
    it(`refuses ${c.name}`, () => {
      const result = parseJsonText(c.text)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.message).toBe(c.message)
      expect({ line: result.error.position.line, column: result.error.position.column }).toEqual({
        line: c.line,
        column: c.column,
      })
      if (c.hint !== undefined) expect(result.error.hint).toBe(c.hint)
    })
  }

  it('names the path being read when it fails', () => {
    const result = parseJsonText('{"Statement": [{"Effect": "Allow"}, {"Action": [1, }]}')
    expect(result.ok ? [] : result.error.path).toEqual(['Statement', 1, 'Action', 1])
  })

  it(`refuses more than ${MAX_JSON_DEPTH} levels of nesting, without exhausting the stack`, () => {
    const deep = '['.repeat(100_000)
    const result = parseJsonText(deep)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.tooDeep).toBe(true)
    expect(result.error.message).toBe(
      'the document nests objects and arrays more than 64 levels deep',
    )
    expect(result.error.position.column).toBe(MAX_JSON_DEPTH + 1)
  })

  it(`accepts exactly ${MAX_JSON_DEPTH} levels`, () => {
    expect(parseJsonText('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)).ok).toBe(true)
    expect(parseJsonText('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)).ok).toBe(
      false,
    )
  })
})

describe('parseJsonText on generated input', () => {
  it('agrees with JSON.parse on whether a text is JSON, and on its value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        let expected: { ok: true; value: unknown } | { ok: false }
        try {
          expected = { ok: true, value: JSON.parse(text) }
        } catch {
          expected = { ok: false }
        }
        const result = parseJsonText(text)
        expect(result.ok).toBe(expected.ok)
        if (result.ok && expected.ok) expect(plain(result.root)).toEqual(expected.value)
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws, and every error points inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseJsonText(text)
        if (result.ok) return
        const lines = text.split(/\r\n|\r|\n/)
        const { line, column, offset } = result.error.position
        expect(offset).toBeGreaterThanOrEqual(0)
        expect(offset).toBeLessThanOrEqual(text.length)
        expect(line).toBeGreaterThanOrEqual(1)
        expect(line).toBeLessThanOrEqual(lines.length)
        expect(column).toBeGreaterThanOrEqual(1)
        expect(column).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1)
      }),
      { numRuns: RUNS },
    )
  })
})
