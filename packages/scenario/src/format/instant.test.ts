import { describe, expect, it } from 'vitest'
import { DEFAULT_START, parseInstant } from './instant.ts'

describe('parseInstant', () => {
  it.each([
    ['2026-01-01T09:00:00Z', Date.UTC(2026, 0, 1, 9)],
    ['2026-01-01T09:00Z', Date.UTC(2026, 0, 1, 9)],
    ['2024-02-29T23:59:59.5Z', Date.UTC(2024, 1, 29, 23, 59, 59, 500)],
  ])('reads `%s`', (text, time) => {
    expect(parseInstant(text)).toBe(time)
  })

  it.each([
    '2026-02-30T09:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01 09:00:00Z',
    '2026-01-01T09:00:00+01:00',
    'yesterday',
  ])('refuses `%s`', (text) => {
    expect(parseInstant(text)).toBeUndefined()
  })

  it('starts the clock at 2026-01-01T00:00:00Z by default', () => {
    expect(DEFAULT_START).toBe(parseInstant('2026-01-01T00:00:00Z'))
  })
})
