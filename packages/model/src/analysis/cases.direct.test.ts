/**
 * Named cases of direct edges between IAM principals and roles (iam-facts §2, §7–9), each checked
 * by `canAssume`, by the whole graph, and by the model's simulated `AssumeRole`.
 */
import { describe, it } from 'vitest'
import {
  A,
  B,
  allow,
  emptyWorld,
  roleArn,
  trust,
  userArn,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { putUserPermissionsBoundary } from '../iam/permissions-boundary.ts'
import { createPolicy } from '../iam/create-policy.ts'
import type { World } from '../world/types.ts'
import { ADMIN, must } from './testing/build.ts'
import { runCase, type AnalysisCase } from './testing/case-runner.ts'

const alice = userArn(A, 'alice')
const carol = userArn(B, 'carol')
const target = roleArn(A, 'Target')
const assumeAll = allow('sts:AssumeRole')

/** `alice` (A) with `policies`, and role `Target` (A) with `trustPolicy`. */
function pair(trustPolicy: object, policies: readonly object[] = []): World {
  return withRole(withUser(emptyWorld(), A, 'alice', policies), A, 'Target', trustPolicy)
}

/** `carol` (B) with `policies`, and role `Target` (A) with `trustPolicy`. */
function crossPair(trustPolicy: object, policies: readonly object[] = []): World {
  return withRole(withUser(emptyWorld(), B, 'carol', policies), A, 'Target', trustPolicy)
}

/** `alice` with a boundary that allows only `s3:*`. */
function withS3Boundary(world: World): World {
  const made = must(
    createPolicy(world, ADMIN, {
      accountId: A,
      policyName: 'S3Only',
      policyDocument: allow('s3:*'),
    }),
  )
  return must(
    putUserPermissionsBoundary(made.world, ADMIN, {
      accountId: A,
      userName: 'alice',
      permissionsBoundary: made.value.arn,
    }),
  ).world
}

const cases: AnalysisCase[] = [
  {
    name: 'a user named in the trust policy assumes the role with no identity policy',
    source: 'iam-facts §9, same account (b): "no additional identity-based policy is required"',
    world: () => withRole(withUser(emptyWorld(), A, 'alice'), A, 'Target', trust({ AWS: alice })),
    principal: alice,
    role: target,
    expect: {
      edge: { requires: [], identityNeeded: false, trustStatements: 1, reason: /names the user/ },
    },
  },
  {
    name: 'an account named in the trust policy needs the identity policy of its user',
    source: 'iam-facts §9, same account (a); §2 account principal "delegates to the account"',
    world: () => pair(trust({ AWS: A }), [assumeAll]),
    principal: alice,
    role: target,
    expect: {
      edge: { requires: [], identityNeeded: true, reason: /names the account .*identity policy/ },
    },
  },
  {
    name: 'an account named in the trust policy, no identity policy: the identity gate says no',
    source: 'iam-facts §9 (a); §7 step 5',
    world: () => pair(trust({ AWS: `arn:aws:iam::${A}:root` })),
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'identity' } },
  },
  {
    name: 'across accounts, the trust policy and the identity policy both allow',
    source: 'iam-facts §8 "Allow only if both allow"; §9 cross account',
    world: () => crossPair(trust({ AWS: B }), [allow('sts:AssumeRole', target)]),
    principal: carol,
    role: target,
    expect: { edge: { requires: [], identityNeeded: true } },
  },
  {
    name: 'across accounts, a trust policy naming the user is not enough without its identity policy',
    source: 'iam-facts §8 "Cross-account principal always needs an identity-based allow"',
    world: () => crossPair(trust({ AWS: B })),
    principal: carol,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'identity' } },
  },
  {
    name: 'across accounts, an identity policy is not enough when the trust names another account',
    source: 'iam-facts §9 cross account: "trust must allow the caller"',
    world: () => crossPair(trust({ AWS: A }), [assumeAll]),
    principal: carol,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'trust' } },
  },
  {
    name: 'an explicit deny in the trust policy wins over the allow',
    source: 'iam-facts §7 step 1 "explicit deny in any applicable policy wins"',
    world: () =>
      pair(
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' },
            { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
          ],
        },
        [assumeAll],
      ),
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'explicitDeny', gate: 'trust' } },
  },
  {
    name: 'a permissions boundary stops an account-trusted user at the boundary gate',
    source: 'iam-facts §7 step 6; identity ∩ boundary',
    world: () => withS3Boundary(pair(trust({ AWS: A }), [assumeAll])),
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'boundary' } },
  },
  {
    name: 'a permissions boundary does not limit a user the trust policy names',
    source: 'iam-facts §7 step 4 "Named IAM user ARN (same account): not limited by … boundary"',
    world: () => withS3Boundary(pair(trust({ AWS: userArn(A, 'alice') }))),
    principal: alice,
    role: target,
    expect: { edge: { requires: [], identityNeeded: false } },
  },
  {
    name: 'an identity policy that allows only from a network: the source IP is required',
    source: 'iam-facts §6 `aws:SourceIp`; §4 IpAddress',
    world: () =>
      pair(trust({ AWS: A }), [
        allow('sts:AssumeRole', target, { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
      ]),
    principal: alice,
    role: target,
    expect: {
      edge: { requires: ['sourceIp'], identityNeeded: true, reason: /source IP `203.0.113.1`/ },
    },
  },
  {
    name: 'session tags need sts:TagSession in the trust policy',
    source: 'iam-facts §12 "Requires sts:TagSession in the role trust policy"',
    world: () =>
      pair(
        trust({ AWS: userArn(A, 'alice') }, ['sts:AssumeRole', 'sts:TagSession'], {
          StringEquals: { 'aws:RequestTag/team': 'blue' },
        }),
      ),
    principal: alice,
    role: target,
    expect: { edge: { requires: ['tag'] } },
  },
  {
    name: 'a tag condition without sts:TagSession in the trust policy can never hold',
    source: 'iam-facts §12',
    world: () =>
      pair(
        trust({ AWS: userArn(A, 'alice') }, 'sts:AssumeRole', {
          StringEquals: { 'aws:RequestTag/team': 'blue' },
        }),
      ),
    principal: alice,
    role: target,
    expect: { denied: { reason: 'decision', decision: 'implicitDeny', gate: 'trust' } },
  },
  {
    name: 'a source identity needs sts:SetSourceIdentity in the trust policy',
    source: 'iam-facts §13 "Requires sts:SetSourceIdentity in the target role\'s trust policy"',
    world: () =>
      pair(
        trust({ AWS: userArn(A, 'alice') }, ['sts:AssumeRole', 'sts:SetSourceIdentity'], {
          StringLike: { 'sts:SourceIdentity': 'alice*' },
        }),
      ),
    principal: alice,
    role: target,
    expect: { edge: { requires: ['sourceIdentity'] } },
  },
  {
    name: 'a trust policy on the session name: `${aws:username}` resolves to the user',
    source: 'iam-facts §5 "trust policy StringLike sts:RoleSessionName ${aws:username}"',
    world: () =>
      pair(
        trust({ AWS: userArn(A, 'alice') }, 'sts:AssumeRole', {
          StringLike: { 'sts:RoleSessionName': '${aws:username}' },
        }),
      ),
    principal: alice,
    role: target,
    expect: { edge: { requires: ['sessionName'], reason: /session name `alice`/ } },
  },
]

describe('direct edges (named cases)', () => {
  for (const c of cases) it(`${c.name} (${c.source})`, () => void runCase(c))
})
