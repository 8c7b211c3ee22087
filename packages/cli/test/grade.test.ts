/**
 * `hatrack grade CHALLENGE FILE` grades a document against a challenge of the course, and
 * `hatrack check` counts a scenario's prediction checkpoints as expectations.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { hatrack } from './support/memory-io.ts'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const CHALLENGE = 'scenarios/challenges/01-trust-a-user.yaml'

function trust(principal: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
    },
    null,
    2,
  )
}

describe('hatrack grade', () => {
  it('exits 0 when the document solves the challenge, the verdict last', async () => {
    const { code, lines, stderr } = await hatrack(['grade', CHALLENGE, 'trust.json'], {
      cwd: ROOT,
      files: { 'trust.json': trust('arn:aws:iam::123456789012:user/omkar') },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(lines[0]).toBe('Let Omkar assume the role: the trust policy of role `AppRole`')
    expect(lines).toContain('  ✓ allows nothing beyond the reference solution')
    expect(lines.at(-1)).toBe('Solved: both goals hold, nothing allowed beyond what is needed.')
  })

  it('exits 1 when it does not, saying what fails and what more it allows', async () => {
    const { code, lines } = await hatrack(['grade', CHALLENGE, 'trust.json'], {
      cwd: ROOT,
      files: { 'trust.json': trust('arn:aws:iam::123456789012:root') },
    })
    expect(code).toBe(1)
    expect(lines).toContain('  ✗ also lets user `maria` assume role `AppRole`')
    expect(lines.at(-1)).toMatch(/^Not yet: 2 of 2 goals fail /)
  })

  it('prints the problems of a document that does not parse at FILE:line:column', async () => {
    const { code, stderr, lines } = await hatrack(['grade', CHALLENGE, 'trust.json'], {
      cwd: ROOT,
      files: { 'trust.json': '{\n  "Version": "2012-10-17"\n  "Statement": []\n}\n' },
    })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^trust\.json:3:3: /)
    expect(lines.at(-1)).toMatch(/^The document does not parse: /)
  })

  it('prints the grade as JSON with --json', async () => {
    const { code, stdout } = await hatrack(['grade', CHALLENGE, 'trust.json', '--json'], {
      cwd: ROOT,
      files: { 'trust.json': trust('arn:aws:iam::123456789012:user/omkar') },
    })
    expect(code).toBe(0)
    const grade = JSON.parse(stdout) as Record<string, unknown>
    expect(grade).toMatchObject({ status: 'solved', solved: true, failed: [] })
    expect(grade['trace']).toBeUndefined()
  })

  it('exits 2 when the scenario has no challenge or the document cannot be read', async () => {
    const plain = await hatrack(['grade', 'scenarios/02-first-role.yaml', 'trust.json'], {
      cwd: ROOT,
      files: { 'trust.json': trust('*') },
    })
    expect(plain.code).toBe(2)
    expect(plain.stderr).toContain('has no `challenge:` section')
    const missing = await hatrack(['grade', CHALLENGE, 'nowhere.json'], { cwd: ROOT })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nowhere.json: no such file')
  })

  it('needs both the challenge and the document', async () => {
    const { code, stderr } = await hatrack(['grade', CHALLENGE])
    expect(code).toBe(2)
    expect(stderr).toContain('hatrack grade: 2 FILEs are needed')
  })
})

describe('hatrack check, on checkpoints', () => {
  it('counts each checkpoint as an expectation', async () => {
    const { code, lines } = await hatrack(['check', 'scenarios/02-first-role.yaml'], { cwd: ROOT })
    expect(code).toBe(0)
    expect(lines).toContain('✓ scenarios/02-first-role.yaml: 16 passed, 0 failed, 3 checkpoints')
  })

  it('fails a checkpoint whose answer the replay contradicts, at its step', async () => {
    const text = `hatrack: 1
title: t
accounts: { main: { id: '123456789012' } }
users: { omkar: { account: main } }
steps:
  - id: list
    as: omkar
    request: { action: s3:ListAllMyBuckets }
    expect: implicitDeny
    checkpoint:
      question: Can he?
      choices: [{ text: 'Yes', expect: allowed }, { text: 'No', expect: implicitDeny }]
      answer: 1
      explain: He has no policy.
`
    const { code, lines } = await hatrack(['check', 'quiz.yaml'], { files: { 'quiz.yaml': text } })
    expect(code).toBe(1)
    expect(lines).toContain(
      'quiz.yaml:6:5: ✗ step `list`: checkpoint: the answer, choice 1 (`Yes`), does not match the replay: expected allowed, got implicitDeny at identity (no statement of the identity gate allows it); choice 2 (`No`) matches the replay too, yet it is not the answer',
    )
    expect(lines.at(-1)).toBe('1 passed, 1 failed')
  })
})
