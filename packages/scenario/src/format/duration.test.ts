import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from './duration.ts'

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['1h30m', 5400],
    ['12h', 43200],
    ['2d', 172800],
    ['1d2h3m4s', 93784],
    ['3600', 3600],
    [' 1h ', 3600],
    [0, 0],
    [900, 900],
  ] as const)('reads `%s` as %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toEqual({ ok: true, seconds })
  })

  it.each(['', 'h', '1x', '30m1h', '1h1h', '1.5h', '-1h', '1 h'])('refuses `%s`', (input) => {
    expect(parseDuration(input).ok).toBe(false)
  })

  it.each([-1, 1.5, Number.NaN, 1e12])('refuses the number %s', (input) => {
    expect(parseDuration(input).ok).toBe(false)
  })

  it('refuses a duration too long to be a safe number', () => {
    expect(parseDuration('99999999999999999999d')).toEqual({
      ok: false,
      message: 'the duration is too long',
    })
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [90, '1m30s'],
    [3600, '1h'],
    [5400, '1h30m'],
    [93784, '1d2h3m4s'],
  ])('writes %i seconds as `%s`', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
    expect(parseDuration(text)).toEqual({ ok: true, seconds })
  })
})
