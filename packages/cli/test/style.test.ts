import { describe, expect, it } from 'vitest'
import { colourWanted, createStyle } from '../src/render/style.ts'

const tty = { isTTY: true }
const pipe = { isTTY: false }

describe('colourWanted', () => {
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['NO_COLOR on a terminal', tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR (ignored, as no-color.org says)', tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR on a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR over NO_COLOR', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, false],
    ['a dumb terminal', tty, { TERM: 'dumb' }, false],
  ] as const)('%s', (_name, stream, env, expected) => {
    expect(colourWanted(stream, env)).toBe(expected)
  })
})

describe('createStyle', () => {
  it('wraps text in SGR codes only when enabled', () => {
    expect(createStyle(true).red('no')).toBe('\u001b[31mno\u001b[39m')
    expect(createStyle(false).red('no')).toBe('no')
    expect(createStyle(true).bold('')).toBe('')
  })
})
