import { describe, expect, it } from 'vitest'
import { loadLibrary } from './library.ts'

const ROLE = 'arn:aws:iam::123456789012:role/AWSIAMRoleForRDS'

function statementAt(text: string, index: number): Record<string, unknown> | undefined {
  const document = JSON.parse(text) as { Statement: unknown }
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  return statements[index] as Record<string, unknown> | undefined
}

describe('nodeDetails', () => {
  it('shows a role with its ARN, its trust policy (as decisions name it) and its permissions', () => {
    const details = loadLibrary('02-first-role.yaml').nodeDetails(ROLE, 0)
    expect(details?.arn).toBe(ROLE)
    expect(details?.kind).toBe('role')
    const trust = details?.policies.find((policy) => policy.kind === 'trust')
    expect(trust?.name).toBe('AWSIAMRoleForRDS trust policy')
    // IAM shows the user's ARN, not the unique id it stores.
    expect(trust?.text).toContain('arn:aws:iam::123456789012:user/omkar')
    expect(trust?.text).toContain('\n  "Statement"')
    const managed = details?.policies.find((policy) => policy.kind === 'managed')
    expect(managed).toMatchObject({
      name: 'AmazonRDSFullAccess',
      arn: 'arn:aws:iam::aws:policy/AmazonRDSFullAccess',
    })
    const facts = Object.fromEntries(details?.facts.map((fact) => [fact.label, fact.value]) ?? [])
    expect(facts['Unique id']).toMatch(/^AROA/)
    expect(facts['Maximum session duration']).toBe('3600 seconds (1h)')
  })

  it('shows a user with its inline policy under the engine’s name', () => {
    const details = loadLibrary('02-first-role.yaml').nodeDetails(
      'arn:aws:iam::123456789012:user/maria',
      0,
    )
    expect(details?.policies.map((policy) => [policy.name, policy.kind])).toEqual([
      ['inline:AssumeAnyRole', 'inline'],
    ])
  })

  it('shows a session only from the step that created it, with its expiry', () => {
    const loaded = loadLibrary('02-first-role.yaml')
    const session = loaded.frames.trace.steps[2]?.sessions.created[0]
    expect(session).toBeDefined()
    if (session === undefined) return
    expect(loaded.nodeDetails(session.entity, 1)?.facts).toEqual([
      { label: 'Status', value: 'does not exist at this step' },
    ])
    const details = loaded.nodeDetails(session.entity, 2)
    expect(details?.arn).toBe(session.arn)
    const facts = Object.fromEntries(details?.facts.map((fact) => [fact.label, fact.value]) ?? [])
    expect(facts['Expires']).toBe(session.expiresAt)
    expect(facts['Status']).toBe('active')
    expect(loaded.nodeDetails(session.entity, 11)?.facts).toContainEqual({
      label: 'Status',
      value: 'expired',
    })
  })

  it('reads the world before the first step at -1, and follows a user deleted and re-created', () => {
    const loaded = loadLibrary('14-unique-principal-id.yaml')
    const omkar = 'arn:aws:iam::123456789012:user/omkar'
    const id = (step: number) =>
      loaded.nodeDetails(omkar, step)?.facts.find((fact) => fact.label === 'Unique id')?.value
    expect(id(-1)).toMatch(/^AIDA/)
    expect(id(1)).toBe(id(-1))
    expect(id(2)).toBeUndefined()
    expect(id(3)).toMatch(/^AIDA/)
    expect(id(3)).not.toBe(id(-1))
    expect(loaded.nodeDetails('no-such-node', 0)).toBeUndefined()
  })

  it('shows a bucket with its resource-based policy', () => {
    const details = loadLibrary('12-resource-policy-vs-role.yaml').nodeDetails(
      'arn:aws:s3:::acme-shared-reports',
      0,
    )
    expect(details?.policies).toHaveLength(1)
    expect(details?.policies[0]).toMatchObject({
      name: 'acme-shared-reports resource-based policy',
      kind: 'resource',
    })
  })

  it('shows the SCPs on the path of an account in an organization', () => {
    const details = loadLibrary('15-guardrails.yaml').nodeDetails(
      'arn:aws:iam::123456789012:root',
      0,
    )
    expect(details?.policies.some((policy) => policy.kind === 'scp')).toBe(true)
  })
})

describe('decisionPolicies', () => {
  it.each([
    ['15-guardrails.yaml', 'scp'],
    ['20-revoke-sessions.yaml', 'identity'],
  ] as const)(
    'gives %s’s explicit deny its denying policy, under the name its statement uses',
    (name, gate) => {
      const loaded = loadLibrary(name)
      const index = loaded.frames.trace.steps.findIndex(
        (step) => step.outcome.decision === 'explicitDeny' && step.outcome.gate === gate,
      )
      expect(index).toBeGreaterThanOrEqual(0)
      const step = loaded.frames.trace.steps[index]
      const ref = step?.decision?.gates.find((g) => g.outcome === 'explicitDeny')?.matched[0]
      expect(ref?.effect).toBe('Deny')
      if (ref === undefined) return
      const view = loaded.decisionPolicies(index).find((policy) => policy.name === ref.policy)
      expect(view).toBeDefined()
      if (view === undefined) return
      expect(statementAt(view.text, ref.index)?.['Effect']).toBe('Deny')
    },
  )

  it('reads the policies as they stood before the step: a policy the step adds is absent', () => {
    const loaded = loadLibrary('20-revoke-sessions.yaml')
    const steps = loaded.frames.trace.steps
    const change = steps.findIndex((step) => step.call?.action === 'iam:PutRolePolicy')
    expect(change).toBeGreaterThan(0)
    const role = 'arn:aws:iam::123456789012:role/DataScientist'
    const before = loaded.nodeDetails(role, change - 1)?.policies.length ?? 0
    const after = loaded.nodeDetails(role, change)?.policies.length ?? 0
    expect(after).toBe(before + 1)
  })

  it('gives nothing for a step without a decision or out of range', () => {
    const loaded = loadLibrary('02-first-role.yaml')
    expect(loaded.decisionPolicies(11)).toEqual([])
    expect(loaded.decisionPolicies(99)).toEqual([])
    expect(loaded.decisionPolicies(-1)).toEqual([])
  })
})

describe('assumeView', () => {
  it('draws role chaining from the role, on one layout for every step', () => {
    const loaded = loadLibrary('10-role-chaining.yaml')
    const first = loaded.assumeView(-1)
    const last = loaded.assumeView(8)
    expect(last.layout).toBe(first.layout)
    const ids = new Set(first.layout.nodes.map((node) => node.id))
    for (const edge of first.edges) {
      expect(ids).toContain(edge.from)
      expect(ids).toContain(edge.to)
      expect(edge.kind).toBe('trust')
    }
    expect(first.edges.map((edge) => edge.id)).toContain(
      'trust:arn:aws:iam::123456789012:role/DevOpsRole->arn:aws:iam::123456789012:role/DeployRole',
    )
  })

  it('marks a trust that needs MFA as conditional, with what the call must carry', () => {
    const view = loadLibrary('19-mfa-protected-role.yaml').assumeView(0)
    const edge = view.edges.find((e) => e.to.endsWith(':role/BreakGlassAdmin'))
    expect(edge).toMatchObject({ conditional: true, requires: ['MFA'] })
  })

  it('draws a trust policy that changes at a step from that step on', () => {
    const loaded = loadLibrary('16-external-id.yaml')
    const change = loaded.frames.trace.steps.findIndex(
      (step) => step.call?.action === 'iam:UpdateAssumeRolePolicy',
    )
    const before = loaded
      .assumeView(change - 1)
      .edges.find((e) => e.to.endsWith('CloudCostlyAccess'))
    const after = loaded.assumeView(change).edges.find((e) => e.to.endsWith('CloudCostlyAccess'))
    expect(before?.conditional).toBe(false)
    expect(after?.conditional).toBe(true)
    expect(after?.requires).toContain('external id')
  })
})
