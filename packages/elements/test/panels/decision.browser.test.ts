import type { Decision } from '@hatrack/engine'
import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import type { HatrackPolicy } from '../../src/panels/index.ts'
import {
  firstRoleScenario,
  guardrailsScenario,
  inlinePolicy,
  mount,
  shadow,
  trustPolicy,
  words,
} from './fixtures.ts'

function decisionOf(step: { decision?: Decision }): Decision {
  if (step.decision === undefined) throw new Error('step has no decision')
  return step.decision
}

describe('<hatrack-decision>', () => {
  it('explains an allowed request: every gate in order, the granting gate marked', async () => {
    const decision = decisionOf(guardrailsScenario().step('baseline'))
    const element = await mount('hatrack-decision', { decision })
    const root = shadow(element)
    const gates = [...root.querySelectorAll('[part~="gate"]')]
    expect(gates.map((gate) => gate.getAttribute('data-gate'))).toEqual(
      decision.gates.map((gate) => gate.gate),
    )
    const deciding = root.querySelectorAll('[aria-current="true"]')
    expect(deciding).toHaveLength(1)
    expect(deciding[0]?.getAttribute('data-gate')).toBe('identity')
    expect(words(deciding[0])).toContain('✓ allows')
    expect(words(deciding[0])).toContain('decided here')
    expect(words(deciding[0])).toContain('AmazonS3FullAccess')
    expect(words(root.querySelector('[part="verdict"]'))).toContain(
      'Allowed granted by the Identity-based policies gate',
    )
    expect(root.querySelector('[part="message"]')?.textContent?.trim()).toBe(decision.message)
    // A gate that does not take part says so in words, with its reason.
    const trust = root.querySelector('[data-gate="trust"]')
    expect(words(trust)).toContain('not applicable')
    expect(words(trust)).toContain('no trust policy is evaluated')
  })

  it('names an explicit deny, marks its gate, shows AWS message verbatim and opens the policy', async () => {
    const replayed = guardrailsScenario()
    const decision = decisionOf(replayed.step('explicit-deny'))
    const policies = [inlinePolicy(replayed, 'omkar', 'KeepBuckets')]
    const element = await mount('hatrack-decision', { decision, policies })
    const root = shadow(element)
    expect(words(root.querySelector('[part="verdict"]'))).toContain(
      'Explicit deny at the Identity-based policies gate',
    )
    const message = root.querySelector('[part="message"]')
    expect(message?.getAttribute('role')).toBe('note')
    expect(message?.textContent?.trim()).toBe(
      'User: arn:aws:iam::123456789012:user/omkar is not authorized to perform: s3:DeleteBucket on resource: arn:aws:s3:::acme-reports with an explicit deny in an identity-based policy',
    )
    const deciding = root.querySelector('[aria-current="true"]')
    expect(deciding?.getAttribute('data-gate')).toBe('identity')
    expect(words(deciding)).toContain('✗ explicit deny')
    expect(words(deciding)).toContain(
      'inline:KeepBuckets · Sid NoBucketDeletion (statement 0) · Deny',
    )

    const summary = deciding?.querySelector('summary')
    expect(summary).toBeTruthy()
    await userEvent.click(summary as HTMLElement)
    await element.updateComplete
    const policy = deciding?.querySelector('hatrack-policy') as HatrackPolicy | null
    expect(policy).toBeTruthy()
    await policy?.updateComplete
    const statement = shadow(policy as HatrackPolicy).querySelector('[part~="statement"]')
    expect(statement?.getAttribute('data-tone')).toBe('deny')
    expect(statement?.getAttribute('data-index')).toBe('0')
    expect(words(statement)).toContain('✗ denied this request')
    expect(words(statement)).toContain('"Sid": "NoBucketDeletion"')
  })

  it('names an SCP explicit deny and the level it was decided at', async () => {
    const decision = decisionOf(guardrailsScenario().step('scp'))
    const element = await mount('hatrack-decision', { decision })
    const root = shadow(element)
    const deciding = root.querySelector('[aria-current="true"]')
    expect(deciding?.getAttribute('data-gate')).toBe('scp')
    expect(words(deciding)).toContain('Service control policies (SCPs) ✗ explicit deny')
    expect(words(deciding)).toContain('level 1')
    expect(root.querySelector('[part="message"]')?.textContent?.trim()).toBe(decision.message)
  })

  it('names an implicit deny at the identity gate with the closest statements and their mismatches', async () => {
    const decision = decisionOf(firstRoleScenario().step('list-roles'))
    const element = await mount('hatrack-decision', { decision })
    const root = shadow(element)
    expect(words(root.querySelector('[part="verdict"]'))).toContain(
      'Implicit deny at the Identity-based policies gate',
    )
    expect(root.querySelector('[part="message"]')?.textContent?.trim()).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/AWSIAMRoleForRDS/omkar is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no identity-based policy allows the iam:ListRoles action',
    )
    const deciding = root.querySelector('[aria-current="true"]')
    expect(deciding?.getAttribute('data-gate')).toBe('identity')
    expect(words(deciding)).toContain('⊘ implicit deny')
    expect(words(deciding)).toContain('Closest statements')
    expect(words(deciding)).toContain('Action did not match')
    // The mismatch detail's backticks become code, as text.
    const code = [...(deciding?.querySelectorAll('.mismatches code') ?? [])].map(
      (c) => c.textContent,
    )
    expect(code).toContain('iam:ListRoles')
  })

  it('underlines the failing Principal of the closest trust statement', async () => {
    const replayed = firstRoleScenario()
    const decision = decisionOf(replayed.step('maria-switches'))
    const element = await mount('hatrack-decision', {
      decision,
      policies: [trustPolicy(replayed, 'AWSIAMRoleForRDS')],
    })
    const root = shadow(element)
    const deciding = root.querySelector('[aria-current="true"]')
    expect(deciding?.getAttribute('data-gate')).toBe('trust')
    expect(words(deciding)).toContain('Principal did not match')
    await userEvent.click(deciding?.querySelector('summary') as HTMLElement)
    await element.updateComplete
    const policy = deciding?.querySelector('hatrack-policy') as HatrackPolicy
    await policy.updateComplete
    const statement = shadow(policy).querySelector('[part~="statement"]')
    expect(statement?.getAttribute('data-tone')).toBe('near')
    expect(words(statement?.querySelector('.badge'))).toBe('closest: Principal did not match')
    const missed = [...shadow(policy).querySelectorAll('.line[data-miss]')].map((line) =>
      words(line),
    )
    expect(missed.join(' ')).toContain('"Principal"')
    expect(missed.join(' ')).toContain('arn:aws:iam::123456789012:user/omkar')
    expect(missed.join(' ')).not.toContain('"Effect"')
  })

  it('when compact, details only the deciding gate and lists the others in one line each', async () => {
    const replayed = guardrailsScenario()
    const decision = decisionOf(replayed.step('explicit-deny'))
    const element = await mount('hatrack-decision', {
      decision,
      compact: true,
      policies: [inlinePolicy(replayed, 'omkar', 'KeepBuckets')],
    })
    const root = shadow(element)
    expect(element.hasAttribute('compact')).toBe(true)
    expect(root.querySelectorAll('[part~="gate"]')).toHaveLength(decision.gates.length)
    expect(root.querySelector('[part~="deciding-gate"]')?.getAttribute('data-gate')).toBe(
      'identity',
    )
    expect(root.querySelector('[part="message"]')?.textContent?.trim()).toBe(decision.message)
    const lists = [...root.querySelectorAll('.statements')]
    expect(lists).toHaveLength(1)
    expect(lists[0]?.closest('[data-gate]')?.getAttribute('data-gate')).toBe('identity')
    expect(root.querySelectorAll('.reason')).toHaveLength(0)
    expect(words(root.querySelector('[data-gate="trust"]'))).toBe(
      'Role trust policy – not applicable',
    )
    expect(root.querySelector('[data-gate="identity"] summary')).toBeTruthy()
  })

  it('renders names from the decision as text', async () => {
    const decision = decisionOf(guardrailsScenario().step('explicit-deny'))
    const evil = '<img src=x onerror="window.__hatrackPwned=1">'
    const gates = decision.gates.map((gate) =>
      gate.gate === 'identity'
        ? {
            ...gate,
            reason: evil,
            matched: gate.matched.map((ref) => ({
              ...ref,
              policy: evil,
              sid: '<script>alert(1)</script>',
            })),
          }
        : gate,
    )
    const element = await mount('hatrack-decision', {
      decision: { ...decision, gates, message: evil },
      policies: [{ name: evil, kind: 'inline', text: '{"Statement":[]}' }],
    })
    const root = shadow(element)
    expect(root.querySelectorAll('img, script')).toHaveLength(0)
    expect(root.querySelector('[part="message"]')?.textContent?.trim()).toBe(evil)
    expect(words(root)).toContain('<script>alert(1)</script>')
    expect((window as { __hatrackPwned?: number }).__hatrackPwned).toBeUndefined()
  })
})
