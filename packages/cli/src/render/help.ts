/** Help text: `hatrack --help` (every command) and `hatrack CMD --help` (one command). */
import { helpOption, type CommandSpec, type OptionSpec } from '../args/spec.ts'
import type { Style } from './style.ts'

function optionLabel(option: OptionSpec): string {
  const short = option.short === undefined ? '    ' : `-${option.short}, `
  const value =
    option.type === 'string'
      ? ` ${option.choices === undefined ? (option.placeholder ?? 'VALUE') : option.choices.join('|')}`
      : ''
  return `${short}--${option.name}${value}`
}

function table(rows: readonly (readonly [string, string])[], style: Style): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${style.bold(left.padEnd(width))}  ${right}`)
}

/** The help of one command. */
export function commandHelp(spec: CommandSpec, style: Style): string {
  const options = [...spec.options, helpOption]
  const lines = [
    `${style.bold('usage:')} hatrack ${spec.synopsis}`,
    '',
    spec.summary,
    '',
    spec.description,
    '',
    style.bold('options:'),
    ...table(
      options.map((option) => [
        optionLabel(option),
        option.default === undefined
          ? option.description
          : `${option.description} (default: ${option.default})`,
      ]),
      style,
    ),
  ]
  if (spec.examples.length > 0) {
    lines.push('', style.bold('examples:'))
    for (const example of spec.examples)
      lines.push(`  ${example.command}`, `      ${style.dim(example.note)}`)
  }
  lines.push('', style.bold('exit codes:'), '  0 ok, 1 a check failed, 2 invalid input or usage')
  return lines.join('\n')
}

/** The help of `hatrack` itself. */
export function mainHelp(commands: readonly CommandSpec[], version: string, style: Style): string {
  return [
    `${style.bold('hatrack')} ${version}: replay, check and explain AWS IAM role scenarios`,
    '',
    `${style.bold('usage:')} hatrack COMMAND [ARGS…] [OPTIONS]`,
    '',
    style.bold('commands:'),
    ...table(
      [
        ...commands.map((spec): [string, string] => [spec.name, spec.summary]),
        ['help COMMAND', 'the help of one command'],
      ],
      style,
    ),
    '',
    style.bold('options:'),
    ...table(
      [
        ['-h, --help', 'show this help'],
        ['-v, --version', 'print the version'],
      ],
      style,
    ),
    '',
    `Run \`hatrack COMMAND --help\` for a command's options and examples.`,
    style.bold('exit codes:') + ' 0 ok, 1 a check failed, 2 invalid input or usage',
    `Colour: on when stdout is a terminal; \`NO_COLOR=1\` turns it off, \`FORCE_COLOR=1\` on.`,
  ].join('\n')
}
