/**
 * The tutorial core: challenges loaded, graded and checked as the element shows them (the
 * reference solution solves each, every listed wrong answer fails what it must), and the
 * sandbox's edits — whole scenarios and single policies checked with positions in the editor's
 * text, a policy read from and spliced into a scenario, and steps forked with comments kept.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { load } from '@hatrack/scenario'
import { tutorial } from '../../src/core/challenge/index.ts'
import { outsideIssue } from '../../src/core/challenge/issues.ts'
import { loadScenario } from '../../src/core/load-scenario.ts'

const root = new URL('../../../../scenarios/', import.meta.url)
const challengeDir = new URL('challenges/', root)
const files = readdirSync(challengeDir).filter((name) => name.endsWith('.yaml'))
const read = (name: string) => readFileSync(new URL(name, challengeDir), 'utf8')
const firstRole = readFileSync(new URL('02-first-role.yaml', root), 'utf8')

function loaded(name: string) {
  const result = tutorial.loadChallenge(read(name), { fileName: name })
  if (!result.ok) throw new Error(result.error.message)
  return result.challenge
}

describe('loadChallenge', () => {
  it.each(files)('%s: the reference solution solves it, every goal item holding', (name) => {
    const challenge = loaded(name)
    expect(challenge.items.length).toBeGreaterThan(0)
    expect(challenge.items.every((item) => item.held === undefined)).toBe(true)
    const grade = challenge.grade(challenge.solution)
    expect(grade).toMatchObject({ status: 'solved', solved: true, failed: [], extras: [] })
    expect(grade.items.map((item) => item.id)).toEqual(challenge.items.map((item) => item.id))
    expect(grade.items.every((item) => item.held === true)).toBe(true)
  })

  it.each(files)('%s: each wrong answer fails what it must and says so', (name) => {
    const scenario = load(read(name))
    if (!scenario.ok || scenario.scenario.challenge === undefined) throw new Error('no challenge')
    const challenge = loaded(name)
    for (const wrong of scenario.scenario.challenge.wrong) {
      const grade = challenge.grade(wrong.document)
      expect(grade.solved).toBe(false)
      for (const check of wrong.fails) expect(grade.failed).toContain(check)
      const failing = grade.items.filter((item) => item.held === false).map((item) => item.id)
      for (const check of wrong.fails.filter((id) => id !== 'parse' && id !== 'unreachable'))
        expect(failing).toContain(check)
      if (wrong.says !== undefined) {
        const words = [
          grade.verdict,
          ...grade.extras,
          ...grade.items.map((item) => item.detail ?? ''),
          ...grade.issues.map((issue) => `line ${issue.line}`),
        ].join('\n')
        expect(words).toContain(wrong.says)
      }
    }
  })

  it('names what an over-broad policy allows beyond the need, one sentence per extra', () => {
    const grade = loaded('02-permission-policy.yaml').grade(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    )
    expect(grade.failed).toContain('leastPrivilege')
    expect(grade.extras.join('\n')).toContain('`arn:aws:s3:::payroll/*`')
    const lp = grade.items.find((item) => item.id === 'leastPrivilege')
    expect(lp).toMatchObject({ kind: 'leastPrivilege', held: false })
  })

  it("gives AWS's message beside a goal step AWS refused", () => {
    const grade = loaded('02-permission-policy.yaml').grade(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports' }],
      }),
    )
    const read = grade.items.find((item) => item.id === 'read-report')
    expect(read?.held).toBe(false)
    expect(read?.aws).toMatch(/not authorized to perform: s3:GetObject/)
    expect(grade.items.find((item) => item.id === 'switch')?.aws).toBeUndefined()
  })

  it('grades a malformed document invalid, with the line and column of the problem', () => {
    const challenge = loaded('01-trust-a-user.yaml')
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow" "Action": "x" }]\n}'
    const grade = challenge.grade(text)
    expect(grade).toMatchObject({ status: 'invalid', items: [], failed: ['parse'] })
    expect(grade.issues[0]).toMatchObject({ severity: 'error', line: 3 })
    expect(grade.issues[0]?.column).toBeGreaterThan(1)
    expect(challenge.check(text)[0]).toMatchObject({ severity: 'error', line: 3 })
    expect(challenge.check(challenge.solution)).toEqual([])
  })

  it('puts a document into the scenario for a player, keeping the file as written around it', () => {
    const challenge = loaded('01-trust-a-user.yaml')
    const text = challenge.scenarioWith(challenge.solution)
    expect(text).toContain('# yaml-language-server')
    expect(text).toContain('arn:aws:iam::123456789012:user/omkar')
    expect(loadScenario(text ?? '').ok).toBe(true)
    expect(challenge.scenarioWith('{ not json')).toBeUndefined()
  })

  it('refuses a scenario without a challenge, and text that does not load', () => {
    expect(tutorial.loadChallenge(firstRole)).toMatchObject({
      ok: false,
      error: { message: 'this scenario has no `challenge:` section' },
    })
    const broken = tutorial.loadChallenge('hatrack: 1\ntitle: [unclosed\n')
    expect(broken).toMatchObject({ ok: false, error: { type: 'parse' } })
  })
})

describe('checkEdit', () => {
  it('plays a whole scenario that loads, and places YAML errors in its text', () => {
    expect(tutorial.checkEdit({ base: firstRole, text: firstRole })).toMatchObject({
      ok: true,
      scenario: firstRole,
    })
    const broken = firstRole.replace('steps:', 'steps: [')
    const result = tutorial.checkEdit({ base: broken, text: broken })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]?.line).toBeGreaterThan(1)
  })

  it('checks one policy with positions in its own text, then splices it into the scenario', () => {
    const target = 'role:AWSIAMRoleForRDS/trust'
    const policy = tutorial.policyTarget(firstRole, target)
    expect(policy.ok).toBe(true)
    if (!policy.ok) return
    expect(policy.policy.label).toBe('the trust policy of role `AWSIAMRoleForRDS`')
    expect(JSON.parse(policy.policy.text)).toHaveProperty('Statement')
    const edited = policy.policy.text.replace('sts:AssumeRole', 'sts:AssumeRole*')
    const ok = tutorial.checkEdit({ base: firstRole, text: edited, target })
    expect(ok.ok).toBe(true)
    if (ok.ok) expect(ok.scenario).toContain('sts:AssumeRole*')
    const bad = policy.policy.text.replace('"Statement"', '"Statement" "x"')
    const result = tutorial.checkEdit({ base: firstRole, text: bad, target })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]).toMatchObject({ severity: 'error', line: 3 })
  })

  it('moves the positions of problems found elsewhere in the scenario into the message', () => {
    expect(
      outsideIssue({ severity: 'error', message: 'no such user', line: 12, column: 5 }),
    ).toEqual({
      severity: 'error',
      message: 'no such user (in the scenario, line 12, column 5)',
    })
    expect(outsideIssue({ severity: 'warning', message: 'w' })).toEqual({
      severity: 'warning',
      message: 'w',
    })
  })

  it('refuses targets it cannot read, saying which forms exist', () => {
    expect(tutorial.policyTarget(firstRole, 'role:Nobody/trust')).toMatchObject({ ok: false })
    const wrong = tutorial.policyTarget(firstRole, 'trust of AppRole')
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringContaining('`role:NAME/trust`'),
    })
    expect(tutorial.checkEdit({ base: firstRole, text: '{}', target: 'nonsense' }).ok).toBe(false)
  })
})

describe('forkAt', () => {
  it('keeps the steps up to the given one, and the comments', () => {
    const text =
      '# top comment\nhatrack: 1\ntitle: t\nsteps:\n  # first\n  - id: a\n  - id: b # second\n  - id: c\n'
    const forked = tutorial.forkAt(text, 1)
    expect(forked).toMatchObject({ ok: true, steps: 2 })
    if (!forked.ok) return
    expect(forked.text).toContain('# top comment')
    expect(forked.text).toContain('# first')
    expect(forked.text).toContain('id: b')
    expect(forked.text).not.toContain('id: c')
  })

  it('forks a real scenario that still loads, and refuses text without steps', () => {
    const forked = tutorial.forkAt(firstRole, 2)
    expect(forked.ok).toBe(true)
    if (forked.ok) {
      const result = loadScenario(forked.text)
      expect(result.ok).toBe(true)
      if (result.ok) expect(result.loaded.frames.frames).toHaveLength(3)
    }
    expect(tutorial.forkAt('hatrack: 1\n', 0)).toMatchObject({ ok: false })
    expect(tutorial.forkAt('a: [', 0)).toMatchObject({ ok: false })
  })
})
