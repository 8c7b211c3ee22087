import { describe, expect, it } from 'vitest'
import { FIXTURES, hatrack, WITH_BROKEN } from './support/memory-io.ts'

describe('errors at file:line:column', () => {
  it('points at the broken YAML, with the hint on the next line, and exits 2', async () => {
    for (const command of ['replay', 'explain', 'graph', 'serve'] as const) {
      const args =
        command === 'explain' ? ['explain', 'broken.yaml', '--step', '1'] : [command, 'broken.yaml']
      const { code, stderr, stdout } = await hatrack(args, WITH_BROKEN)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      const [first, second] = stderr.split('\n')
      expect(first).toMatch(/^broken\.yaml:5:1: .+/)
      expect(second).toMatch(/^ {2}hint: keys of the same map start at the same column/)
    }
  })

  it('points at an unknown role and suggests the one declared', async () => {
    const { code, stderr } = await hatrack(['replay', 'unknown-role.yaml'], { cwd: FIXTURES })
    expect(code).toBe(2)
    expect(stderr).toBe(
      'unknown-role.yaml:19:28: unknown role `Deployr`\n  hint: did you mean `Deployer`?\n',
    )
  })

  it('says a missing file is missing', async () => {
    const { code, stderr } = await hatrack(['replay', 'nowhere.yaml'], { cwd: FIXTURES })
    expect(code).toBe(2)
    expect(stderr).toBe('nowhere.yaml: no such file\n')
  })

  it('points at a missing base scenario in the file that extends it', async () => {
    const files = { 'a/child.yaml': 'hatrack: 1\nextends: ../missing.yaml\ntitle: Child\n' }
    const { code, stderr } = await hatrack(['replay', 'a/child.yaml'], { files })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^a\/child\.yaml:2:10: .*missing\.yaml/)
  })
})

describe('declarations AWS refuses', () => {
  const files = {
    'ghost.yaml': [
      'hatrack: 1',
      'title: A trust policy naming nobody',
      'accounts:',
      "  main: { id: '123456789012' }",
      'roles:',
      '  Ghost:',
      '    account: main',
      '    trust:',
      "      Version: '2012-10-17'",
      '      Statement:',
      '        - Effect: Allow',
      '          Principal: { AWS: arn:aws:iam::123456789012:user/nobody }',
      '          Action: sts:AssumeRole',
      'steps:',
      '  - say: Nothing happens.',
      '',
    ].join('\n'),
  }

  it('are errors at their place, and invalid input for replay and check', async () => {
    const replayed = await hatrack(['replay', 'ghost.yaml'], { files })
    expect(replayed.code).toBe(2)
    expect(replayed.lines).toContain('✗ AWS refused 1 declaration of the world:')
    expect(replayed.stderr).toMatch(
      /^ghost\.yaml:8:5: AWS refuses role Ghost: MalformedPolicyDocument: Invalid principal in policy/,
    )
    expect(replayed.stderr).toContain(
      '  hint: AWS answers `MalformedPolicyDocument` to it, so the replay built the world without it\n',
    )
    const checked = await hatrack(['check', 'ghost.yaml'], { files })
    expect(checked.code).toBe(2)
    expect(checked.lines).toEqual([
      '✗ ghost.yaml: 0 passed, 0 failed, 1 declaration refused',
      '0 passed, 0 failed',
    ])
  })
})
