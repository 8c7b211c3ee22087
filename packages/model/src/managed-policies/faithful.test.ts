/**
 * "Faithful in what they allow": each case of the `faithful/*.json` corpora is read off an
 * AWS-published policy document and checked through the engine, with the managed policy as the
 * caller's only identity policy.
 */
import { evaluate, type AccessRequest, type DecisionKind, type PolicySet } from '@hatrack/engine'
import type { ContextRecord } from '@hatrack/policy'
import { describe, expect, it } from 'vitest'
import compute from './faithful/compute.json' with { type: 'json' }
import data from './faithful/data.json' with { type: 'json' }
import identityAndKeys from './faithful/identity-and-keys.json' with { type: 'json' }
import integration from './faithful/integration.json' with { type: 'json' }
import jobFunctions from './faithful/job-functions.json' with { type: 'json' }
import { awsManagedPolicies, findAwsManagedPolicy } from './index.ts'
import { parseAwsManagedDocument } from '../../test/managed-policies-support.ts'

interface FaithfulCase {
  readonly name: string
  readonly policy: string
  readonly action: string
  readonly resource: string
  readonly context?: ContextRecord
  readonly expect: DecisionKind
}

const corpora: Readonly<Record<string, readonly FaithfulCase[]>> = {
  'job functions': jobFunctions.cases as FaithfulCase[],
  'identity and keys': identityAndKeys.cases as FaithfulCase[],
  compute: compute.cases as FaithfulCase[],
  data: data.cases as FaithfulCase[],
  integration: integration.cases as FaithfulCase[],
}

const ACCOUNT = '111122223333'

/** A role session in the account that owns every resource of the corpora. */
const caller: AccessRequest['principal'] = {
  kind: 'assumedRole',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Learner/alice`,
  accountId: ACCOUNT,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/Learner`,
  uniqueId: 'AROAEXAMPLEID0000001',
}

function onlyIdentityPolicy(name: string): PolicySet {
  const managed = findAwsManagedPolicy(name)
  if (managed === undefined) throw new Error(`corpus names an unknown managed policy ${name}`)
  const parsed = parseAwsManagedDocument(managed)
  if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.issues[0]?.message}`)
  return { identity: [{ name: managed.name, arn: managed.arn, policy: parsed.policy }] }
}

describe.each(Object.entries(corpora))('%s managed policies', (_family, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const request: AccessRequest = {
      principal: caller,
      action: c.action,
      resource: c.resource,
      resourceAccount: ACCOUNT,
      ...(c.context === undefined ? {} : { context: c.context }),
    }
    const decision = evaluate(request, onlyIdentityPolicy(c.policy))
    expect(decision.decision).toBe(c.expect)
    expect(decision.notEvaluated).toEqual([])
  })
})

describe('the faithful corpora', () => {
  const all = Object.values(corpora).flat()

  it('check every managed policy, both what it allows and what it does not', () => {
    for (const policy of awsManagedPolicies) {
      const outcomes = new Set(all.filter((c) => c.policy === policy.name).map((c) => c.expect))
      expect(outcomes.has('allowed'), `${policy.name} allows something`).toBe(true)
      if (policy.name !== 'AdministratorAccess') {
        expect(outcomes.has('implicitDeny'), `${policy.name} denies something`).toBe(true)
      }
    }
  })

  it('give every case a distinct name', () => {
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length)
  })
})
