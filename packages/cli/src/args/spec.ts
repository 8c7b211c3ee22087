/**
 * How a command describes itself: its arguments, options and examples. One description drives
 * argument parsing, `--help`, unknown-option suggestions and the reference page.
 */

/** One `--option` of a command. */
export interface OptionSpec {
  /** The long name, without dashes: `format`. */
  readonly name: string
  /** A one-letter alias: `h` for `-h`. */
  readonly short?: string
  /** `boolean` for a flag, `string` for an option that takes a value. */
  readonly type: 'boolean' | 'string'
  /** The value's placeholder in help: `STEP`. */
  readonly placeholder?: string
  /** The values allowed; anything else is a usage error with the closest suggested. */
  readonly choices?: readonly string[]
  /** The value when the option is not given (shown in help). */
  readonly default?: string
  /** One line for help. */
  readonly description: string
}

/** The positional arguments a command takes. */
export interface PositionalSpec {
  /** The placeholder: `FILE`. */
  readonly name: string
  readonly min: number
  /** `undefined`: any number. */
  readonly max: number | undefined
}

/** An example for help and the reference page. */
export interface Example {
  readonly command: string
  readonly note: string
}

/** A command's description. */
export interface CommandSpec {
  readonly name: string
  /** One line, for `hatrack --help`. */
  readonly summary: string
  /** The synopsis after `hatrack`: `replay FILE [--json]`. */
  readonly synopsis: string
  /** A paragraph for the command's own help. */
  readonly description: string
  readonly positionals: PositionalSpec
  readonly options: readonly OptionSpec[]
  readonly examples: readonly Example[]
}

/** The option every command has. */
export const helpOption: OptionSpec = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  description: 'show this help',
}
