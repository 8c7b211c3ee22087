/**
 * The benchmark's organization (issue #3, Budget): by default 100 accounts in an organization
 * with a few OUs and SCPs, 5,000 roles with the trust policies real organizations write, and
 * 10,000 users whose groups allow `sts:AssumeRole` on role patterns. Deterministic: the same
 * options give the same world, ids included. Built with the model's own operations, as an
 * administrator's changes. Test and benchmark support only.
 *
 * Per account (50 roles, 100 users by default):
 * - groups `developers` (`dev-*` roles of the account), `operators` (`ops-*` everywhere),
 *   `auditors` (`audit-*` everywhere), `admins` (any role, with MFA); users with MFA devices;
 * - `dev-*` roles trusting the account, one of them able to assume the others (chains);
 * - `ops-*` roles trusting the tooling account (account 2), some requiring MFA; the tooling
 *   account's `ops-hub` may assume every `ops-*` role (chains across the organization);
 * - `audit-*` roles trusting the audit account with an external id;
 * - `app-*` roles naming one to three users of the account, some requiring MFA;
 * - service roles (Lambda, EC2, ECS tasks; some with `aws:SourceAccount`);
 * - `deploy-*` roles for GitHub Actions' OIDC provider with `aud` and `sub` conditions;
 * - `partner-*` roles for accounts outside the world with an external id;
 * - in two accounts, `org-read` trusting everyone in the organization (`aws:PrincipalOrgID`).
 * SCPs: a region guard exempting IAM and STS on the workloads OU, and a deny-all on a
 * quarantine OU holding one account.
 */
import { addUserToGroup } from '../../iam/add-user-to-group.ts'
import { createGroup } from '../../iam/create-group.ts'
import { createOidcProvider } from '../../iam/create-oidc-provider.ts'
import { createRole } from '../../iam/create-role.ts'
import { createUser } from '../../iam/create-user.ts'
import { enableMfaDevice } from '../../iam/enable-mfa-device.ts'
import { putGroupPolicy, putRolePolicy } from '../../iam/put-inline-policy.ts'
import { createWorld } from '../../world/create-world.ts'
import type { World } from '../../world/types.ts'
import { ADMIN, allowDocument, must, seededRandom, trustDocument } from './build.ts'
import { organize } from './org-structure.ts'

/** The size of the generated organization. */
export interface OrgWorldOptions {
  readonly accounts?: number
  readonly rolesPerAccount?: number
  readonly usersPerAccount?: number
  readonly seed?: number
}

/** The id of account `index` (0 is the management account). */
export const accountIdOf = (index: number): string => String(100000000000 + index * 1111)
/** 2026-01-01T09:00:00Z */
export const ORG_WORLD_NOW = Date.UTC(2026, 0, 1, 9, 0, 0)
const GITHUB = 'token.actions.githubusercontent.com'

/** Builds the organization. */
export function orgWorld(options: OrgWorldOptions = {}): World {
  const accounts = options.accounts ?? 100
  const rolesPer = options.rolesPerAccount ?? 50
  const usersPer = options.usersPerAccount ?? 100
  const random = seededRandom(options.seed ?? 42)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const ids = Array.from({ length: accounts }, (_, i) => accountIdOf(i))
  const created = createWorld({
    seed: options.seed ?? 42,
    now: ORG_WORLD_NOW,
    accounts: ids.map((id) => ({ id })),
  })
  if (!created.ok) throw new Error('fixture: invalid accounts')
  let world = organize(created.world, ids)
  const tooling = ids[Math.min(2, accounts - 1)] ?? ''
  const audit = ids[Math.min(1, accounts - 1)] ?? ''
  const groups: readonly (readonly [string, (account: string) => object])[] = [
    ['developers', (a) => allowDocument('sts:AssumeRole', `arn:aws:iam::${a}:role/dev-*`)],
    ['operators', () => allowDocument('sts:AssumeRole', 'arn:aws:iam::*:role/ops-*')],
    ['auditors', () => allowDocument('sts:AssumeRole', 'arn:aws:iam::*:role/audit-*')],
    [
      'admins',
      () =>
        allowDocument('sts:AssumeRole', '*', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    ],
  ]
  const groupOf = (u: number): string | undefined => {
    const share = u / usersPer
    return share < 0.4
      ? 'developers'
      : share < 0.6
        ? 'operators'
        : share < 0.7
          ? 'auditors'
          : share < 0.73
            ? 'admins'
            : undefined
  }

  ids.forEach((accountId, a) => {
    for (const [groupName, document] of groups) {
      world = must(createGroup(world, ADMIN, { accountId, groupName })).world
      world = must(
        putGroupPolicy(world, ADMIN, {
          accountId,
          groupName,
          policyName: 'assume',
          policyDocument: document(accountId),
        }),
      ).world
    }
    const users: string[] = []
    for (let u = 0; u < usersPer; u += 1) {
      const userName = `user-${String(u).padStart(4, '0')}`
      users.push(`arn:aws:iam::${accountId}:user/${userName}`)
      world = must(createUser(world, ADMIN, { accountId, userName })).world
      const groupName = groupOf(u)
      if (groupName !== undefined)
        world = must(addUserToGroup(world, ADMIN, { accountId, groupName, userName })).world
      if (groupName === 'admins' || groupName === 'operators')
        world = must(
          enableMfaDevice(world, ADMIN, { accountId, userName, deviceName: userName }),
        ).world
    }
    world = must(
      createOidcProvider(world, ADMIN, {
        accountId,
        url: `https://${GITHUB}`,
        clientIds: ['sts.amazonaws.com'],
      }),
    ).world
    const oidc = `arn:aws:iam::${accountId}:oidc-provider/${GITHUB}`
    const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
    const kinds = roleKinds(rolesPer)
    kinds.forEach((kind, r) => {
      const roleName = `${kind}-${String(r).padStart(3, '0')}`
      let trust: object
      let policy: object | undefined
      switch (kind) {
        case 'dev':
          trust = trustDocument({ AWS: `arn:aws:iam::${accountId}:root` })
          if (r === 0)
            policy = allowDocument('sts:AssumeRole', `arn:aws:iam::${accountId}:role/dev-*`)
          break
        case 'ops':
          trust = trustDocument(
            { AWS: `arn:aws:iam::${tooling}:root` },
            'sts:AssumeRole',
            random() < 0.5 ? mfa : undefined,
          )
          break
        case 'audit':
          trust = trustDocument({ AWS: audit }, 'sts:AssumeRole', {
            StringEquals: { 'sts:ExternalId': `audit-${accountId}` },
          })
          break
        case 'app': {
          const named = [pick(users), pick(users), pick(users)].slice(
            0,
            1 + Math.floor(random() * 3),
          )
          trust = trustDocument(
            { AWS: [...new Set(named)] },
            'sts:AssumeRole',
            random() < 0.3 ? mfa : undefined,
          )
          break
        }
        case 'svc': {
          const service = pick([
            'lambda.amazonaws.com',
            'ec2.amazonaws.com',
            'ecs-tasks.amazonaws.com',
          ])
          trust = trustDocument(
            { Service: service },
            'sts:AssumeRole',
            random() < 0.5 ? { StringEquals: { 'aws:SourceAccount': accountId } } : undefined,
          )
          break
        }
        case 'deploy':
          trust = trustDocument({ Federated: oidc }, 'sts:AssumeRoleWithWebIdentity', {
            StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
            StringLike: { [`${GITHUB}:sub`]: `repo:example/app-${r}:*` },
          })
          break
        case 'partner':
          trust = trustDocument(
            { AWS: `arn:aws:iam::${String(999900000000 + (r % 7))}:root` },
            'sts:AssumeRole',
            { StringEquals: { 'sts:ExternalId': `partner-${r}` } },
          )
          break
        default:
          trust = trustDocument('*', 'sts:AssumeRole', {
            StringEquals: { 'aws:PrincipalOrgID': world.organization?.id ?? '' },
          })
      }
      if (kind === 'org' && a % 50 !== 3)
        trust = trustDocument({ AWS: `arn:aws:iam::${accountId}:root` })
      if (kind === 'ops' && accountId === tooling && r === kinds.indexOf('ops'))
        policy = allowDocument('sts:AssumeRole', 'arn:aws:iam::*:role/ops-*')
      world = must(
        createRole(world, ADMIN, { accountId, roleName, assumeRolePolicyDocument: trust }),
      ).world
      if (policy !== undefined)
        world = must(
          putRolePolicy(world, ADMIN, {
            accountId,
            roleName,
            policyName: 'chain',
            policyDocument: policy,
          }),
        ).world
    })
  })
  return world
}

/** The kind of each role of an account, in proportions that scale with the count. */
function roleKinds(count: number): string[] {
  const shares: readonly (readonly [string, number])[] = [
    ['dev', 10],
    ['ops', 8],
    ['audit', 2],
    ['app', 12],
    ['svc', 8],
    ['deploy', 5],
    ['partner', 2],
    ['org', 3],
  ]
  const total = shares.reduce((sum, [, share]) => sum + share, 0)
  const kinds: string[] = []
  for (const [kind, share] of shares) {
    const n = Math.max(1, Math.round((share * count) / total))
    for (let i = 0; i < n && kinds.length < count; i += 1) kinds.push(kind)
  }
  while (kinds.length < count) kinds.push('app')
  return kinds
}
