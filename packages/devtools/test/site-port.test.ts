/**
 * `sitePort`: the port `pnpm start` serves on, from `PORT`. Unset means 5173; a whole number
 * from 0 to 65535 is taken as it is; anything else is refused with a message that names the
 * value and what would work, never a random port or NaN.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_SITE_PORT, sitePort } from '../src/site/site-port.ts'

const port = (value: string | undefined) => sitePort(value === undefined ? {} : { PORT: value })

describe('sitePort', () => {
  it('is 5173 when PORT is unset', () => {
    expect(DEFAULT_SITE_PORT).toBe(5173)
    expect(port(undefined)).toEqual({ ok: true, port: 5173 })
    expect(sitePort({ HOST: '0.0.0.0' })).toEqual({ ok: true, port: 5173 })
  })

  it('takes a whole number from 1 to 65535', () => {
    for (const value of [1, 80, 1024, 5173, 8080, 65535])
      expect(port(String(value))).toEqual({ ok: true, port: value })
  })

  it('takes 0, for any free port', () => {
    expect(port('0')).toEqual({ ok: true, port: 0 })
  })

  it('refuses an empty or blank PORT instead of picking a random port', () => {
    for (const value of ['', ' ', '\t']) {
      const result = port(value)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.message).toMatch(/^PORT is set but empty: unset it to serve on 5173/)
        expect(result.message).toContain('a whole number from 1 to 65535')
      }
    }
  })

  it.each([
    ['abc', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not 'abc'."],
    ['65536', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '65536'."],
    [
      '100000',
      "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '100000'.",
    ],
    ['-1', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '-1'."],
    ['+80', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '+80'."],
    [
      '8080.5',
      "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '8080.5'.",
    ],
    [
      '8080.0',
      "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '8080.0'.",
    ],
    ['08080', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '08080'."],
    ['00', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '00'."],
    ['1e3', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '1e3'."],
    ['0x50', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '0x50'."],
    [' 8080', "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not ' 8080'."],
    [
      '8080\n',
      "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '8080\\n'.",
    ],
    [
      'Infinity',
      "PORT must be a whole number from 1 to 65535 (or 0 for any free port), not 'Infinity'.",
    ],
  ])('refuses %j with a message naming it', (value, message) => {
    expect(port(value)).toEqual({ ok: false, message })
  })
})
