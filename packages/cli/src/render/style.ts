/**
 * Terminal styles. Colour only adds to what the text already says: every verdict has its glyph
 * and its words, so output without colour (a pipe, `NO_COLOR`) loses nothing.
 *
 * When colour is used (https://no-color.org, and the `FORCE_COLOR` convention of Node and most
 * terminal tools): `FORCE_COLOR` set to anything but `0` or `false` turns it on, `FORCE_COLOR=0`
 * off; otherwise a non-empty `NO_COLOR` turns it off; otherwise the stream must be a terminal
 * and `TERM` not `dumb`.
 */
import type { Output } from '../io.ts'

/** Functions that wrap text in a style, or return it unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly italic: (text: string) => string
  readonly red: (text: string) => string
  readonly green: (text: string) => string
  readonly yellow: (text: string) => string
  readonly cyan: (text: string) => string
  readonly magenta: (text: string) => string
}

/** Whether to colour what is written to `stream`, given the environment. */
export function colourWanted(
  stream: Pick<Output, 'isTTY'>,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  const noColor = env['NO_COLOR']
  if (noColor !== undefined && noColor !== '') return false
  return stream.isTTY && env['TERM'] !== 'dumb'
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`)
}

const plain = (text: string): string => text

/** The styles, real or plain. */
export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return {
      enabled,
      bold: plain,
      dim: plain,
      italic: plain,
      red: plain,
      green: plain,
      yellow: plain,
      cyan: plain,
      magenta: plain,
    }
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    italic: sgr(3, 23),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    magenta: sgr(35, 39),
  }
}

/** The style for `stream`. */
export function styleFor(
  stream: Pick<Output, 'isTTY'>,
  env: Readonly<Record<string, string | undefined>>,
): Style {
  return createStyle(colourWanted(stream, env))
}
