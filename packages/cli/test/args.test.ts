import { describe, expect, it } from 'vitest'
import { parseCommandArgs } from '../src/args/parse.ts'
import type { CommandSpec } from '../src/args/spec.ts'

const spec: CommandSpec = {
  name: 'graph',
  summary: 's',
  synopsis: 'graph FILE [--at STEP] [--format mermaid|dot|json]',
  description: 'd',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: [
    { name: 'at', type: 'string', placeholder: 'STEP', description: 'a' },
    {
      name: 'format',
      short: 'f',
      type: 'string',
      choices: ['mermaid', 'dot', 'json'],
      default: 'mermaid',
      description: 'f',
    },
    { name: 'all', type: 'boolean', description: 'x' },
  ],
  examples: [],
}

describe('parseCommandArgs', () => {
  it('reads options, short aliases, inline values and defaults', () => {
    const parsed = parseCommandArgs(spec, ['a.yaml', '-f', 'dot', '--at=step-2', '--all'])
    expect(parsed).toEqual({
      ok: true,
      help: false,
      positionals: ['a.yaml'],
      values: { format: 'dot', at: 'step-2', all: true },
    })
    const defaulted = parseCommandArgs(spec, ['a.yaml'])
    expect(defaulted.ok && defaulted.values['format']).toBe('mermaid')
  })

  it('answers --help before checking anything else', () => {
    expect(parseCommandArgs(spec, ['--nope', '--help'])).toMatchObject({ ok: false })
    expect(parseCommandArgs(spec, ['-h'])).toMatchObject({ ok: true, help: true })
  })

  it.each([
    [['a.yaml', '--fromat', 'dot'], 'unknown option `--fromat`', 'did you mean `--format`?'],
    [['a.yaml', '--format', 'dto'], '`dto` is not a value of `--format`', 'did you mean `dot`?'],
    [
      ['a.yaml', '--format', 'png'],
      '`png` is not a value of `--format`',
      'the values are `mermaid`, `dot`, `json`',
    ],
    [['a.yaml', '--at'], 'the option `--at` needs a value', 'write `--at STEP`'],
    [['a.yaml', '--at', '--all'], 'the option `--at` needs a value', 'write `--at STEP`'],
    [['a.yaml', '--all=yes'], 'the option `--all` takes no value', 'write `--all` alone'],
    [['a.yaml', '--at', 'x', '--at', 'y'], 'the option `--at` is given twice', 'give it once'],
    [[], 'a FILE is needed', 'usage: hatrack graph FILE [--at STEP] [--format mermaid|dot|json]'],
    [
      ['a.yaml', 'b.yaml'],
      'one FILE only: `b.yaml` is one too many',
      'usage: hatrack graph FILE [--at STEP] [--format mermaid|dot|json]',
    ],
  ])('refuses %j', (args, message, hint) => {
    expect(parseCommandArgs(spec, args)).toEqual({ ok: false, message, hint })
  })

  it('takes words after `--` as positionals', () => {
    const parsed = parseCommandArgs(spec, ['--', '-odd-name.yaml'])
    expect(parsed.ok && parsed.positionals).toEqual(['-odd-name.yaml'])
  })
})
