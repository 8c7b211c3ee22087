/**
 * `parseCommandArgs`: a command's arguments checked against its {@link CommandSpec}. Node's
 * `util.parseArgs` splits them; this checks what it lets through (unknown options, missing
 * values, values outside `choices`, too many or too few positionals) and says what was meant.
 */
import { parseArgs } from 'node:util'
import { closestNames } from '@hatrack/scenario'
import { helpOption, type CommandSpec, type OptionSpec } from './spec.ts'

/** Parsed arguments: option values by long name, and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>
  readonly positionals: readonly string[]
  /** `--help` or `-h` was given: the rest was not checked. */
  readonly help: boolean
}

/** A usage mistake: one lowercase sentence and, apart, what would fix it. */
export interface UsageError {
  readonly message: string
  readonly hint?: string
}

/** The parse's outcome. */
export type ParseResult =
  ({ readonly ok: true } & ParsedArgs) | ({ readonly ok: false } & UsageError)

function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const near = closestNames(word, candidates, 1)[0]
  return near === undefined ? undefined : `did you mean \`${near}\`?`
}

function optionNames(options: readonly OptionSpec[]): string[] {
  return options.map((option) => `--${option.name}`)
}

function fail(message: string, hint: string | undefined): ParseResult {
  return hint === undefined ? { ok: false, message } : { ok: false, message, hint }
}

/** Parses `args` (the words after the command's name) against `spec`. */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): ParseResult {
  const options = [...spec.options, helpOption]
  const config = Object.fromEntries(
    options.map((option) => [
      option.name,
      option.short === undefined
        ? { type: option.type }
        : { type: option.type, short: option.short },
    ]),
  )
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    allowPositionals: true,
    strict: false,
    tokens: true,
  })
  const values: Record<string, string | boolean | undefined> = {}
  const positionals: string[] = []
  const byName = new Map(options.map((option) => [option.name, option]))
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value)
      continue
    }
    if (token.kind === 'option-terminator') continue
    const option = byName.get(token.name)
    if (option === undefined) {
      const written = token.rawName
      const hint = didYouMean(written.replace(/^-+/, '--'), optionNames(options))
      return fail(
        `unknown option \`${written}\``,
        hint ?? `the options of \`hatrack ${spec.name}\` are ${optionNames(options).join(', ')}`,
      )
    }
    if (option.name === 'help') return { ok: true, values, positionals, help: true }
    if (option.type === 'boolean') {
      if (token.value !== undefined)
        return fail(
          `the option \`--${option.name}\` takes no value`,
          `write \`--${option.name}\` alone`,
        )
      values[option.name] = true
      continue
    }
    if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('-')))
      return fail(
        `the option \`--${option.name}\` needs a value`,
        `write \`--${option.name} ${option.placeholder ?? 'VALUE'}\``,
      )
    if (option.choices !== undefined && !option.choices.includes(token.value)) {
      return fail(
        `\`${token.value}\` is not a value of \`--${option.name}\``,
        didYouMean(token.value, option.choices) ??
          `the values are ${option.choices.map((choice) => `\`${choice}\``).join(', ')}`,
      )
    }
    if (values[option.name] !== undefined)
      return fail(`the option \`--${option.name}\` is given twice`, 'give it once')
    values[option.name] = token.value
  }
  for (const option of options)
    if (values[option.name] === undefined && option.default !== undefined)
      values[option.name] = option.default
  const { name, min, max } = spec.positionals
  if (positionals.length < min)
    return fail(
      min === 1 ? `a ${name} is needed` : `${min} ${name}s are needed`,
      `usage: hatrack ${spec.synopsis}`,
    )
  if (max !== undefined && positionals.length > max) {
    const extra = positionals[max] ?? ''
    return fail(
      max === 0
        ? `unexpected argument \`${extra}\``
        : `${max === 1 ? `one ${name}` : `${max} ${name}s`} only: \`${extra}\` is one too many`,
      `usage: hatrack ${spec.synopsis}`,
    )
  }
  return { ok: true, values, positionals, help: false }
}
