import { describe, expect, it } from 'vitest'
import { FIXTURES, hatrack, WITH_BROKEN } from './support/memory-io.ts'

describe('hatrack check', () => {
  it('exits 0 when every expectation holds, the last line counting them', async () => {
    const { code, lines, stderr } = await hatrack(
      ['check', 'first-role.yaml', 'extends/child/child.yaml'],
      {
        cwd: FIXTURES,
      },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(lines).toContain('✓ first-role.yaml: 8 passed, 0 failed')
    expect(lines.at(-1)).toBe('10 passed, 0 failed')
  })

  it('exits 1 when one fails, printing the failure at its step', async () => {
    const { code, lines } = await hatrack(['check', 'first-role.yaml', 'failing.yaml'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(1)
    const failure = lines.find((line) => line.startsWith('failing.yaml:'))
    expect(failure).toMatch(/^failing\.yaml:8:5: ✗ step `list-roles`: /)
    expect(lines).toContain('✗ failing.yaml: 1 passed, 1 failed')
    expect(lines.at(-1)).toBe('9 passed, 1 failed')
  })

  it('exits 2 on invalid input, still checking the other files', async () => {
    const { code, lines, stderr } = await hatrack(
      ['check', 'broken.yaml', 'failing.yaml', 'nowhere.yaml'],
      WITH_BROKEN,
    )
    expect(code).toBe(2)
    expect(stderr).toMatch(/^broken\.yaml:5:1: /m)
    expect(stderr).toContain('nowhere.yaml: no such file\n')
    expect(lines).toContain('✗ broken.yaml: invalid, not replayed')
    expect(lines.at(-1)).toBe('1 passed, 1 failed')
  })

  it('warns about names AWS does not define, and fails on them only with --strict', async () => {
    const loose = await hatrack(['check', 'vocabulary.yaml'], { cwd: FIXTURES, vocabulary: true })
    expect(loose.code).toBe(0)
    expect(loose.stderr).toMatch(
      /^vocabulary\.yaml:\d+:\d+: warning: AWS defines no action `s3:GetObjects`\n {2}hint: did you mean `s3:GetObject`\?/,
    )
    expect(loose.lines).toContain('✓ vocabulary.yaml: 1 passed, 0 failed, 1 warning')
    expect(loose.lines.at(-1)).toBe('1 passed, 0 failed')
    const strict = await hatrack(['check', '--strict', 'vocabulary.yaml'], {
      cwd: FIXTURES,
      vocabulary: true,
    })
    expect(strict.code).toBe(1)
    expect(strict.lines.at(-1)).toBe('1 passed, 0 failed')
  })

  it('needs at least one file', async () => {
    const { code, stderr } = await hatrack(['check'])
    expect(code).toBe(2)
    expect(stderr).toContain('hatrack check: a FILE is needed')
  })
})
