/**
 * The editor's pure parts: the tokenizers (whose runs always join back into the input), the
 * undo history, Tab and Shift+Tab, the underline marks and the issue positions.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EditHistory,
  HISTORY_DEPTH,
  indent,
  markLine,
  marksByLine,
  offsetOf,
  outdent,
  tokenLines,
  tokenizeJson,
  tokenizeYaml,
  issuePosition,
} from '../../src/tutorial/editor/index.ts'
import type { Token } from '../../src/tutorial/editor/index.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

const joined = (tokens: readonly Token[]): string => tokens.map((token) => token.text).join('')
const kinds = (tokens: readonly Token[]) =>
  tokens.filter((token) => token.kind !== 'space').map((token) => [token.kind, token.text])

describe('tokenizeJson', () => {
  it('tells keys from string values, and numbers, keywords and punctuation apart', () => {
    expect(kinds(tokenizeJson('{"Effect": "Allow", "n": -1.5e3, "b": [true, null]}'))).toEqual([
      ['punct', '{'],
      ['key', '"Effect"'],
      ['punct', ':'],
      ['string', '"Allow"'],
      ['punct', ','],
      ['key', '"n"'],
      ['punct', ':'],
      ['number', '-1.5e3'],
      ['punct', ','],
      ['key', '"b"'],
      ['punct', ':'],
      ['punct', '['],
      ['keyword', 'true'],
      ['punct', ','],
      ['keyword', 'null'],
      ['punct', ']'],
      ['punct', '}'],
    ])
  })

  it('marks stray words invalid and ends an unterminated string at its line', () => {
    const tokens = tokenizeJson('{"a": Allow, "b": "open\n}')
    expect(kinds(tokens)).toContainEqual(['invalid', 'Allow'])
    expect(kinds(tokens)).toContainEqual(['string', '"open'])
    expect(kinds(tokens).at(-1)).toEqual(['punct', '}'])
  })

  it('joins back into any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => joined(tokenizeJson(text)) === text),
      { numRuns: RUNS },
    )
  })
})

describe('tokenizeYaml', () => {
  it('finds keys, dashes, comments, quoted strings, numbers and keywords', () => {
    const text =
      "# a comment\nroles:\n  - name: 'App Role' # trailing\n    max: 3600\n    ok: true\n"
    expect(kinds(tokenizeYaml(text))).toEqual([
      ['comment', '# a comment'],
      ['key', 'roles'],
      ['punct', ':'],
      ['punct', '-'],
      ['key', 'name'],
      ['punct', ':'],
      ['string', "'App Role'"],
      ['comment', '# trailing'],
      ['key', 'max'],
      ['punct', ':'],
      ['number', '3600'],
      ['key', 'ok'],
      ['punct', ':'],
      ['keyword', 'true'],
    ])
  })

  it('keeps colons inside an ARN in one plain scalar, and keys inside flow maps', () => {
    const tokens = kinds(tokenizeYaml('p: { AWS: arn:aws:iam::123456789012:user/omkar }'))
    expect(tokens).toContainEqual(['key', 'AWS'])
    expect(tokens).toContainEqual(['text', 'arn:aws:iam::123456789012:user/omkar'])
  })

  it('colours the lines of a block scalar as a string, up to the next key', () => {
    const tokens = kinds(tokenizeYaml('say: |\n  Omkar: switches\n  # not a comment\nnext: 1'))
    expect(tokens).toContainEqual(['string', '  Omkar: switches'])
    expect(tokens).toContainEqual(['string', '  # not a comment'])
    expect(tokens).toContainEqual(['key', 'next'])
  })

  it('joins back into any input', () => {
    const yamlish = fc.stringMatching(/^[a-z0-9 :#'"\-|>{}[\],&*!\n]*$/)
    fc.assert(
      fc.property(
        fc.oneof(yamlish, fc.string({ unit: 'binary' })),
        (text) => joined(tokenizeYaml(text)) === text,
      ),
      { numRuns: RUNS },
    )
  })
})

describe('tokenLines', () => {
  it('splits runs at line ends, dropping the newline', () => {
    const lines = tokenLines(tokenizeJson('{\n  "a": 1\n}'))
    expect(lines.map((line) => line.map((token) => token.text).join(''))).toEqual([
      '{',
      '  "a": 1',
      '}',
    ])
  })
})

describe('EditHistory', () => {
  const at = (text: string) => ({ text, selectionStart: text.length, selectionEnd: text.length })

  it('undoes and redoes edits in order, and a new edit drops the redo branch', () => {
    const history = new EditHistory(at(''))
    history.record(at('a'))
    history.record(at('ab'))
    expect(history.undo()?.text).toBe('a')
    expect(history.undo()?.text).toBe('')
    expect(history.undo()).toBeUndefined()
    expect(history.redo()?.text).toBe('a')
    history.record(at('ax'))
    expect(history.canRedo).toBe(false)
    expect(history.undo()?.text).toBe('a')
  })

  it('merges typing of one group within a second into one step, not beyond', () => {
    const history = new EditHistory(at(''))
    history.record(at('a'), { group: 'type', at: 0 })
    history.record(at('ab'), { group: 'type', at: 500 })
    history.record(at('abc'), { group: 'type', at: 900 })
    history.record(at('abcd'), { group: 'type', at: 5000 })
    expect(history.undo()?.text).toBe('abc')
    expect(history.undo()?.text).toBe('')
  })

  it('keeps at most HISTORY_DEPTH steps, and a selection move is no step', () => {
    const history = new EditHistory(at(''))
    for (let i = 1; i <= HISTORY_DEPTH + 10; i++) history.record(at('x'.repeat(i)))
    history.record({ text: 'x'.repeat(HISTORY_DEPTH + 10), selectionStart: 0, selectionEnd: 0 })
    let steps = 0
    while (history.undo() !== undefined) steps++
    expect(steps).toBe(HISTORY_DEPTH)
    expect(history.present.text).toBe('x'.repeat(10))
  })
})

describe('indent and outdent', () => {
  it('Tab inserts two spaces at the caret, replacing a selection within a line', () => {
    expect(indent({ text: 'ab', selectionStart: 1, selectionEnd: 1 })).toEqual({
      text: 'a  b',
      selectionStart: 3,
      selectionEnd: 3,
    })
  })

  it('Tab indents every line a selection spans; Shift+Tab takes it back', () => {
    const state = { text: 'a\nb\nc', selectionStart: 0, selectionEnd: 3 }
    const indented = indent(state)
    expect(indented.text).toBe('  a\n  b\nc')
    expect(outdent(indented).text).toBe('a\nb\nc')
  })

  it('Shift+Tab removes at most two spaces and never moves the caret before its line', () => {
    expect(outdent({ text: '     x', selectionStart: 6, selectionEnd: 6 })).toEqual({
      text: '   x',
      selectionStart: 4,
      selectionEnd: 4,
    })
    expect(outdent({ text: 'x', selectionStart: 1, selectionEnd: 1 }).text).toBe('x')
  })
})

describe('marks', () => {
  const line = tokenLines(tokenizeJson('  "Effect": Allow'))[0] ?? []

  it('underlines from the column to the end of its token', () => {
    const runs = markLine(line, [{ column: 13, severity: 'error' }])
    expect(runs.filter((run) => run.mark === 'error').map((run) => run.text)).toEqual(['Allow'])
    expect(runs.map((run) => run.text).join('')).toBe('  "Effect": Allow')
  })

  it('adds a marked space for a column past the end of the line', () => {
    const runs = markLine(line, [{ column: 40, severity: 'warning' }])
    expect(runs.at(-1)).toEqual({ kind: 'space', text: ' ', mark: 'warning' })
  })

  it('groups issues by line, the worst severity winning', () => {
    const marks = marksByLine([
      { severity: 'warning', message: 'w', line: 2, column: 1 },
      { severity: 'error', message: 'e', line: 2 },
      { severity: 'error', message: 'no line' },
    ])
    expect([...marks.keys()]).toEqual([2])
    expect(marks.get(2)).toMatchObject({ severity: 'error', messages: ['w', 'e'] })
  })

  it('words positions, and finds the offset of a line and column', () => {
    expect(issuePosition({ severity: 'error', message: '', line: 4, column: 7 })).toBe(
      'line 4, column 7',
    )
    expect(issuePosition({ severity: 'error', message: '', line: 4 })).toBe('line 4')
    expect(offsetOf('ab\ncde\nf', 2, 2)).toBe(4)
    expect(offsetOf('ab\ncde', 2, 99)).toBe(6)
    expect(offsetOf('ab', 9)).toBe(2)
  })
})
