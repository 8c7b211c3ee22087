import { describe, expect, it } from 'vitest'
import { FIXTURES, hatrack } from './support/memory-io.ts'

describe('hatrack explain', () => {
  it('explains an implicit deny gate by gate, with the closest statements', async () => {
    const { code, lines, stdout, stderr } = await hatrack(
      ['explain', 'first-role.yaml', '--step', 'list-roles'],
      {
        cwd: FIXTURES,
      },
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(lines[0]).toMatch(
      /^step 2: list-roles \(first-role\.yaml:\d+:\d+, 2026-01-01 09:00:00\)$/,
    )
    expect(lines).toContain('✗ implicitDeny at the identity gate')
    expect(stdout).toMatch(/AWS: User: arn:aws:sts::123456789012:assumed-role\/AWSIAMRoleForRDS\//)
    expect(lines).toContain('gates, in AWS’s order of evaluation:')
    const identity = lines.findIndex((line) =>
      /^ {2}\d\. identity \(identity-based policies\): ✗ implicitDeny$/.test(line),
    )
    expect(identity).toBeGreaterThan(0)
    expect(lines.slice(identity)).toContain('      closest statements:')
    expect(stdout).toMatch(/^ {8}1\. AmazonRDSFullAccess, statement \d+/m)
    expect(stdout).toMatch(/^ {11}✗ action \(Statement\[\d+\]\.Action\): /m)
    expect(
      lines.some((line) => /^ {2}\d\. session \(session policies\): – not applicable$/.test(line)),
    ).toBe(true)
  })

  it('finds a step by number, and prints it as JSON', async () => {
    const { code, stdout } = await hatrack(['explain', 'first-role.yaml', '-s', '2', '--json'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(0)
    const step = JSON.parse(stdout) as { id: string; decision: { decision: string; gate: string } }
    expect(step.id).toBe('list-roles')
    expect(step.decision).toMatchObject({ decision: 'implicitDeny', gate: 'identity' })
  })

  it('says a step without a decision has none to explain', async () => {
    const { code, lines } = await hatrack(['explain', 'first-role.yaml', '--step', '10'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(0)
    expect(lines).toContain('this step made no authorization decision to explain')
  })

  it('suggests the closest step id for an unknown one', async () => {
    const { code, stderr } = await hatrack(['explain', 'first-role.yaml', '--step', 'list-role'], {
      cwd: FIXTURES,
    })
    expect(code).toBe(2)
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'hatrack explain: the scenario has no step `list-role`',
      '  hint: did you mean `list-roles`?',
    ])
  })

  it('needs --step', async () => {
    const { code, stderr } = await hatrack(['explain', 'first-role.yaml'], { cwd: FIXTURES })
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('hatrack explain: the option `--step` is needed')
  })
})
