import { describe, expect, it } from 'vitest'
import type { PrincipalElement } from '../ast.ts'
import type { PrincipalFacts } from '../request.ts'
import { matchPrincipal } from './principal.ts'

const PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'
const NOT_PRINCIPAL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html'

function element(parts: Partial<PrincipalElement>): PrincipalElement {
  return {
    negated: false,
    wildcard: false,
    aws: [],
    service: [],
    federated: [],
    canonicalUser: [],
    path: ['Statement', 0, 'Principal'],
    ...parts,
  }
}

const ACCT = '111122223333'
const callers = {
  root: { kind: 'root', arn: `arn:aws:iam::${ACCT}:root`, accountId: ACCT },
  bob: {
    kind: 'user',
    arn: `arn:aws:iam::${ACCT}:user/Bob`,
    accountId: ACCT,
    uniqueId: 'AIDAEXAMPLEBOB',
  },
  session: {
    kind: 'assumedRole',
    arn: `arn:aws:sts::${ACCT}:assumed-role/Admin/alice`,
    accountId: ACCT,
    roleArn: `arn:aws:iam::${ACCT}:role/ops/Admin`,
    uniqueId: 'AROAEXAMPLEADMIN',
  },
  fed: { kind: 'federatedUser', arn: `arn:aws:sts::${ACCT}:federated-user/carol`, accountId: ACCT },
  lambda: { kind: 'service', service: 'lambda.amazonaws.com' },
  anonymous: { kind: 'anonymous' },
  webIdentity: { kind: 'anonymous', federatedProvider: 'accounts.google.com' },
  other: { kind: 'user', arn: 'arn:aws:iam::444455556666:user/Bob', accountId: '444455556666' },
} satisfies Record<string, PrincipalFacts>

type CallerName = keyof typeof callers
const cases: Array<{
  name: string
  element: Partial<PrincipalElement>
  caller: CallerName
  via: string | false
  source: string
}> = [
  {
    name: '`*` matches an anonymous caller',
    element: { wildcard: true },
    caller: 'anonymous',
    via: 'wildcard',
    source: PRINCIPAL,
  },
  {
    name: '`*` matches a service',
    element: { wildcard: true },
    caller: 'lambda',
    via: 'wildcard',
    source: PRINCIPAL,
  },
  {
    name: 'an account id matches a user of the account',
    element: { aws: [ACCT] },
    caller: 'bob',
    via: 'account',
    source: PRINCIPAL,
  },
  {
    name: 'a root ARN matches a role session of the account',
    element: { aws: [`arn:aws:iam::${ACCT}:root`] },
    caller: 'session',
    via: 'account',
    source: PRINCIPAL,
  },
  {
    name: 'a root ARN matches the root user',
    element: { aws: [`arn:aws:iam::${ACCT}:root`] },
    caller: 'root',
    via: 'account',
    source: PRINCIPAL,
  },
  {
    name: 'a root ARN in another partition does not match',
    element: { aws: [`arn:aws-cn:iam::${ACCT}:root`] },
    caller: 'bob',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'an account id does not match another account',
    element: { aws: [ACCT] },
    caller: 'other',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'an account id does not match a service',
    element: { aws: [ACCT] },
    caller: 'lambda',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'an account id does not match an anonymous caller',
    element: { aws: [ACCT] },
    caller: 'anonymous',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a user ARN matches that user',
    element: { aws: [`arn:aws:iam::${ACCT}:user/Bob`] },
    caller: 'bob',
    via: 'user',
    source: PRINCIPAL,
  },
  {
    name: 'a user ARN is case-sensitive',
    element: { aws: [`arn:aws:iam::${ACCT}:user/bob`] },
    caller: 'bob',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a user unique id matches that user',
    element: { aws: ['AIDAEXAMPLEBOB'] },
    caller: 'bob',
    via: 'user',
    source: PRINCIPAL,
  },
  {
    name: 'a role ARN (path included) matches its sessions',
    element: { aws: [`arn:aws:iam::${ACCT}:role/ops/Admin`] },
    caller: 'session',
    via: 'role',
    source: PRINCIPAL,
  },
  {
    name: 'a role ARN without the path does not match',
    element: { aws: [`arn:aws:iam::${ACCT}:role/Admin`] },
    caller: 'session',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a role unique id matches its sessions',
    element: { aws: ['AROAEXAMPLEADMIN'] },
    caller: 'session',
    via: 'role',
    source: PRINCIPAL,
  },
  {
    name: 'a session ARN matches that session',
    element: { aws: [`arn:aws:sts::${ACCT}:assumed-role/Admin/alice`] },
    caller: 'session',
    via: 'session',
    source: PRINCIPAL,
  },
  {
    name: 'a session ARN does not match another session',
    element: { aws: [`arn:aws:sts::${ACCT}:assumed-role/Admin/bob`] },
    caller: 'session',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a partial wildcard matches nothing',
    element: { aws: [`arn:aws:sts::${ACCT}:assumed-role/Admin/*`] },
    caller: 'session',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a partial wildcard user ARN matches nothing',
    element: { aws: [`arn:aws:iam::${ACCT}:user/*`] },
    caller: 'bob',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'a federated-user ARN matches that session',
    element: { aws: [`arn:aws:sts::${ACCT}:federated-user/carol`] },
    caller: 'fed',
    via: 'federatedUser',
    source: PRINCIPAL,
  },
  {
    name: 'a user ARN does not match its federated-user session',
    element: { aws: [`arn:aws:iam::${ACCT}:user/carol`] },
    caller: 'fed',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'Service matches the service',
    element: { service: ['lambda.amazonaws.com'] },
    caller: 'lambda',
    via: 'service',
    source: PRINCIPAL,
  },
  {
    name: 'Service does not match another service',
    element: { service: ['ec2.amazonaws.com'] },
    caller: 'lambda',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'Federated matches a web-identity call from that provider',
    element: { federated: ['accounts.google.com'] },
    caller: 'webIdentity',
    via: 'federated',
    source: PRINCIPAL,
  },
  {
    name: 'Federated does not match a plain anonymous caller',
    element: { federated: ['accounts.google.com'] },
    caller: 'anonymous',
    via: false,
    source: PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming user and account excepts that user',
    element: { negated: true, aws: [`arn:aws:iam::${ACCT}:user/Bob`, `arn:aws:iam::${ACCT}:root`] },
    caller: 'bob',
    via: false,
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming only the user does not except it',
    element: { negated: true, aws: [`arn:aws:iam::${ACCT}:user/Bob`] },
    caller: 'bob',
    via: 'account',
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming only the account does not except a user',
    element: { negated: true, aws: [ACCT] },
    caller: 'bob',
    via: 'user',
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming account, role and session excepts the session',
    element: {
      negated: true,
      aws: [
        `arn:aws:sts::${ACCT}:assumed-role/Admin/alice`,
        `arn:aws:iam::${ACCT}:role/ops/Admin`,
        `arn:aws:iam::${ACCT}:root`,
      ],
    },
    caller: 'session',
    via: false,
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal missing the role does not except the session',
    element: {
      negated: true,
      aws: [`arn:aws:sts::${ACCT}:assumed-role/Admin/alice`, `arn:aws:iam::${ACCT}:root`],
    },
    caller: 'session',
    via: 'role',
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal applies to other accounts',
    element: { negated: true, aws: [`arn:aws:iam::${ACCT}:user/Bob`, ACCT] },
    caller: 'other',
    via: 'account',
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal applies to anonymous callers',
    element: { negated: true, aws: [ACCT] },
    caller: 'anonymous',
    via: 'wildcard',
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming the root account excepts the root user',
    element: { negated: true, aws: [ACCT] },
    caller: 'root',
    via: false,
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal `*` excepts everyone',
    element: { negated: true, wildcard: true },
    caller: 'bob',
    via: false,
    source: NOT_PRINCIPAL,
  },
  {
    name: 'NotPrincipal naming a service excepts it',
    element: { negated: true, service: ['lambda.amazonaws.com'] },
    caller: 'lambda',
    via: false,
    source: NOT_PRINCIPAL,
  },
]

describe('matchPrincipal', () => {
  it.each(cases)('$name ($source)', ({ element: parts, caller, via }) => {
    const result = matchPrincipal(element(parts), callers[caller])
    if (via === false) expect(result).toEqual({ matched: false })
    else expect(result).toMatchObject({ matched: true, via })
  })

  it('returns the entry that matched', () => {
    const result = matchPrincipal(element({ aws: ['999999999999', ACCT] }), callers.bob)
    expect(result).toEqual({ matched: true, via: 'account', entry: ACCT })
  })
})

describe('matchPrincipal picks the most specific entry', () => {
  it('prefers the session ARN over the role ARN and the account (' + PRINCIPAL + ')', () => {
    const aws = [
      ACCT,
      `arn:aws:iam::${ACCT}:role/ops/Admin`,
      `arn:aws:sts::${ACCT}:assumed-role/Admin/alice`,
    ]
    expect(matchPrincipal(element({ aws }), callers.session)).toMatchObject({ via: 'session' })
    expect(matchPrincipal(element({ aws: aws.slice(0, 2) }), callers.session)).toMatchObject({
      via: 'role',
    })
    expect(
      matchPrincipal(element({ aws: [ACCT, `arn:aws:iam::${ACCT}:user/Bob`] }), callers.bob),
    ).toMatchObject({ via: 'user' })
  })
})
