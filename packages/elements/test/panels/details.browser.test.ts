import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import type { NodeDetails } from '../../src/core/types.ts'
import type { HatrackPolicy } from '../../src/panels/index.ts'
import { firstRoleScenario, mount, shadow, trustPolicy, words } from './fixtures.ts'

function roleDetails(): NodeDetails {
  const replayed = firstRoleScenario()
  return {
    id: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    kind: 'role',
    label: 'AWSIAMRoleForRDS',
    arn: 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    facts: [
      { label: 'Account', value: 'acme (123456789012)' },
      { label: 'Max session duration', value: '1h' },
    ],
    policies: [
      { name: 'Boundary', kind: 'boundary', text: '{"Statement":[]}' },
      {
        name: 'AmazonRDSFullAccess',
        kind: 'managed',
        text: '{"Statement":[{"Effect":"Allow","Action":"rds:*","Resource":"*"}]}',
      },
      trustPolicy(replayed, 'AWSIAMRoleForRDS'),
    ],
  }
}

describe('<hatrack-details>', () => {
  it('shows the label, kind, ARN, facts and policies, trust first', async () => {
    const element = await mount('hatrack-details', { details: roleDetails() })
    const root = shadow(element)
    expect(words(root.querySelector('h3'))).toBe('AWSIAMRoleForRDS')
    expect(words(root.querySelector('[part="arn"]'))).toBe(
      'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS',
    )
    expect([...root.querySelectorAll('dt')].map((dt) => words(dt))).toEqual([
      'Account',
      'Max session duration',
    ])
    const summaries = [...root.querySelectorAll('details.policy summary .name')].map((s) =>
      words(s),
    )
    expect(summaries).toEqual(['AWSIAMRoleForRDS trust policy', 'AmazonRDSFullAccess', 'Boundary'])
  })

  it('opens a policy as hatrack-policy with its highlights', async () => {
    const element = await mount('hatrack-details', {
      details: roleDetails(),
      highlights: { 'AWSIAMRoleForRDS trust policy': [{ index: 0, tone: 'allow' }] },
    })
    const root = shadow(element)
    expect(root.querySelector('hatrack-policy')).toBeNull()
    await userEvent.click(root.querySelector('details.policy summary') as HTMLElement)
    await element.updateComplete
    const policy = root.querySelector('hatrack-policy') as HatrackPolicy
    await policy.updateComplete
    expect(words(shadow(policy))).toContain('"Principal"')
    expect(words(shadow(policy).querySelector('[part="badge"]'))).toBe('✓ allowed this request')
  })

  it('copies the ARN with the clipboard API and says so', async () => {
    const written: string[] = []
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    })
    const element = await mount('hatrack-details', { details: roleDetails() })
    const root = shadow(element)
    await userEvent.click(root.querySelector('.arn-row button') as HTMLButtonElement)
    await element.updateComplete
    expect(written).toEqual(['arn:aws:iam::123456789012:role/AWSIAMRoleForRDS'])
    expect(words(root.querySelector('[role="status"]'))).toBe('Copied.')
  })
})
