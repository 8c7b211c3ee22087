import { describe, expect, it } from 'vitest'
import { FIXTURES, hatrack } from './support/memory-io.ts'

const ESC = '\u001b['

describe('hatrack replay', () => {
  it('prints the timeline with verdicts, AWS messages, sessions and expectations', async () => {
    const { code, stdout, lines, stderr } = await hatrack(['replay', 'first-role.yaml'], {
      cwd: FIXTURES,
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(lines[0]).toBe('Your first role')
    expect(lines).toContain('── Assuming a role ' + '─'.repeat(80 - 'Assuming a role'.length - 4))
    expect(lines).toContain('[1] switch  2026-01-01 09:00:00')
    expect(lines).toContain('    Omkar switches to the role. His own permissions are set aside.')
    expect(lines).toContain('    ✗ implicitDeny at the identity gate')
    expect(stdout).toMatch(
      /AWS: User: arn:aws:sts::123456789012:assumed-role\/AWSIAMRoleForRDS\/\S+\s+is\s+not\s+authorized\s+to\s+perform:\s+iam:ListRoles/,
    )
    expect(lines.filter((line) => line.startsWith('    ✓ allowed')).length).toBeGreaterThanOrEqual(
      3,
    )
    expect(lines.some((line) => /^ {4}\+ session omkar@AWSIAMRoleForRDS /.test(line))).toBe(true)
    expect(
      lines.some((line) => /^ {4}- session AWSCLI-Session@AWSIAMRoleForRDS expired$/.test(line)),
    ).toBe(true)
    expect(lines).toContain('    ✗ ExpiredToken')
    expect(lines.filter((line) => line.startsWith('    ✓ expectation held')).length).toBe(8)
    expect(lines.at(-1)).toBe('✓ 11 steps · expectations: 8 held, 0 failed, 3 unchecked')
  })

  it('colours a terminal, and not with NO_COLOR, a pipe, or FORCE_COLOR=0', async () => {
    const coloured = await hatrack(['replay', 'first-role.yaml'], { cwd: FIXTURES, tty: true })
    expect(coloured.stdout).toContain(`${ESC}31m✗ implicitDeny${ESC}39m`)
    expect(coloured.stdout).toContain(`${ESC}32m✓ allowed${ESC}39m`)
    for (const options of [
      { tty: true, env: { NO_COLOR: '1' } },
      { tty: false },
      { tty: true, env: { FORCE_COLOR: '0' } },
    ]) {
      const plain = await hatrack(['replay', 'first-role.yaml'], { cwd: FIXTURES, ...options })
      expect(plain.stdout).not.toContain(ESC)
      expect(plain.stdout).toContain('✗ implicitDeny at the identity gate')
    }
    const forced = await hatrack(['replay', 'first-role.yaml'], {
      cwd: FIXTURES,
      env: { FORCE_COLOR: '1' },
    })
    expect(forced.stdout).toContain(ESC)
  })

  it('prints the trace as JSON, byte for byte the same on every run', async () => {
    const first = await hatrack(['replay', 'first-role.yaml', '--json'], { cwd: FIXTURES })
    const second = await hatrack(['replay', '--json', 'first-role.yaml'], {
      cwd: FIXTURES,
      tty: true,
    })
    expect(first.code).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    const trace = JSON.parse(first.stdout) as { format: string; steps: unknown[] }
    expect(trace.format).toBe('hatrack-trace')
    expect(trace.steps).toHaveLength(11)
    expect(first.stdout).not.toContain(ESC)
  })

  it('exits 1 when an expectation fails, and says what differed', async () => {
    const { code, lines } = await hatrack(['replay', 'failing.yaml'], { cwd: FIXTURES })
    expect(code).toBe(1)
    expect(lines.some((line) => line.startsWith('    ✗ expectation failed:'))).toBe(true)
    expect(lines).toContain('    Omkar has no policy, so this is denied.')
    expect(lines.at(-1)).toBe('✗ 2 steps · expectations: 1 held, 1 failed, 0 unchecked')
  })

  it('reads a base scenario relative to the file that extends it', async () => {
    const { code, lines, stderr } = await hatrack(['replay', 'extends/child/child.yaml'], {
      cwd: FIXTURES,
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(lines[0]).toBe('The child')
    expect(lines).toContain('[1] denied  2026-01-01 00:00:00')
    expect(lines).toContain('    • Attached `AmazonS3ReadOnlyAccess` to user `omkar`.')
    expect(lines).not.toContain('    ~ attached `AmazonS3ReadOnlyAccess` to user `omkar`')
    expect(lines.at(-1)).toBe('✓ 3 steps · expectations: 2 held, 0 failed, 1 unchecked')
  })

  it('shows a narrating step’s narration once, and an administrator’s change once', async () => {
    const { code, lines } = await hatrack(['replay', 'graph.yaml'], { cwd: FIXTURES })
    expect(code).toBe(0)
    const first = lines.indexOf('[1] before  2026-01-01 00:00:00')
    expect(lines.slice(first, first + 3)).toEqual([
      '[1] before  2026-01-01 00:00:00',
      '    Bob cannot assume anything yet.',
      '',
    ])
    expect(lines.filter((line) => line.includes('Bob cannot assume anything yet.'))).toHaveLength(1)
    expect(lines.filter((line) => line.includes('trust policy of role `WebRole`'))).toEqual([
      '    • Replaced the trust policy of role `WebRole`.',
    ])
  })
})
