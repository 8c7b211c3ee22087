/**
 * The organization of the declared world: its management account and members, its OUs (names
 * unique in the scenario, each account in at most one), its SCPs and RCPs and where they are
 * attached (`root`, an OU, a member account).
 */
import type { JsonPath } from '@hatrack/policy'
import type {
  OrganizationDecl,
  OrganizationPolicyDecl,
  OrganizationTarget,
  OrganizationalUnitDecl,
} from '../../format/world.ts'
import type { OrganizationalUnitInput } from '../../schema/definitions/organization.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { closestNames } from '../text/closest.ts'
import { code, suggestion } from '../text/words.ts'
import { resolveAccount } from './accounts.ts'
import type { Context } from './context.ts'
import { readPolicyDocument } from './policy-documents.ts'

/** AWS's policies, attached everywhere from the start. */
export const AWS_ORGANIZATION_POLICIES = ['FullAWSAccess', 'RCPFullAWSAccess'] as const

/** The names an organization target may take: `root`, OU names, member account keys and ids. */
export interface TargetNames {
  readonly units: ReadonlySet<string>
  readonly members: ReadonlyMap<string, { readonly key: string; readonly id: string }>
}

/** The target `ref` names, or `undefined` after an issue. */
export function resolveTarget(
  ctx: Context,
  names: TargetNames,
  ref: string,
  path: JsonPath,
  options: { readonly accounts: boolean },
): OrganizationTarget | undefined {
  if (ref === 'root') return { kind: 'root' }
  if (names.units.has(ref)) return { kind: 'unit', name: ref }
  const member = options.accounts ? names.members.get(ref) : undefined
  if (member !== undefined) return { kind: 'account', account: member.key, accountId: member.id }
  const candidates = [
    'root',
    ...names.units,
    ...(options.accounts ? [...names.members.keys()].filter((key) => !/^\d{12}$/.test(key)) : []),
  ]
  ctx.report(
    'scenario.reference.unknownOrganizationUnit',
    path,
    `unknown ${options.accounts ? 'target' : 'parent'} ${code(ref)}: neither \`root\`, an OU${options.accounts ? ' nor a member account' : ''}`,
    suggestion(closestNames(ref, candidates), candidates, options.accounts ? 'targets' : 'OUs'),
  )
  return undefined
}

/** Reads `organization`; `undefined` when the scenario has none. */
export function readOrganization(
  ctx: Context,
  raw: ScenarioInput,
): { organization: OrganizationDecl; names: TargetNames } | undefined {
  const input = raw.organization
  if (input === undefined) return undefined
  const management = resolveAccount(ctx, input.management, ['organization', 'management'])
  const memberRefs = input.members ?? ctx.accounts.map((account) => account.key)
  const members = new Map<string, { key: string; id: string }>()
  memberRefs.forEach((ref, index) => {
    const account = resolveAccount(
      ctx,
      ref,
      input.members === undefined ? ['organization'] : ['organization', 'members', index],
    )
    if (account !== undefined) {
      members.set(account.key, { key: account.key, id: account.id })
      members.set(account.id, { key: account.key, id: account.id })
    }
  })
  if (management !== undefined && !members.has(management.key)) {
    ctx.report(
      'scenario.world.organization',
      ['organization', 'members'],
      `the management account ${code(management.key)} is not among the members`,
      'add it to `members`',
    )
  }
  const units = new Set<string>()
  const placed = new Map<string, string>()
  const readUnits = (
    input: Readonly<Record<string, OrganizationalUnitInput>> | undefined,
    path: JsonPath,
  ): OrganizationalUnitDecl[] =>
    Object.entries(input ?? {}).map(([name, unit]) => {
      if (units.has(name) || name === 'root') {
        ctx.report(
          'scenario.world.organization',
          [...path, name],
          `the OU name ${code(name)} is used twice`,
          "OU names are unique in a scenario, and `root` is the root's",
          'key',
        )
      }
      units.add(name)
      const accounts = (unit.accounts ?? []).flatMap((ref, index) => {
        const where = [...path, name, 'accounts', index]
        const account = resolveAccount(ctx, ref, where)
        if (account === undefined) return []
        if (!members.has(account.key)) {
          ctx.report(
            'scenario.world.organization',
            where,
            `the account ${code(account.key)} is not a member of the organization`,
            'add it to `members`',
          )
          return []
        }
        const other = placed.get(account.key)
        if (other !== undefined) {
          ctx.report(
            'scenario.world.organization',
            where,
            `the account ${code(account.key)} is already in the OU ${code(other)}`,
            'an account sits in one OU',
          )
          return []
        }
        placed.set(account.key, name)
        return [account.key]
      })
      return { name, accounts, units: readUnits(unit.units, [...path, name, 'units']) }
    })
  const tree = readUnits(input.units, ['organization', 'units'])
  const names: TargetNames = { units, members }
  const policies: OrganizationPolicyDecl[] = []
  for (const [name, policy] of Object.entries(input.policies ?? {})) {
    const document = readPolicyDocument(
      ctx,
      policy.document,
      ['organization', 'policies', name, 'document'],
      policy.kind,
    )
    if (document !== undefined)
      policies.push({ name, kind: policy.kind, description: policy.description, document })
  }
  const policyNames = [...Object.keys(input.policies ?? {}), ...AWS_ORGANIZATION_POLICIES]
  const attachments: OrganizationDecl['attachments'][number][] = []
  for (const [policy, targets] of Object.entries(input.attach ?? {})) {
    if (!policyNames.includes(policy)) {
      ctx.report(
        'scenario.reference.unknownOrganizationPolicy',
        ['organization', 'attach', policy],
        `unknown organization policy ${code(policy)}`,
        suggestion(closestNames(policy, policyNames), policyNames, 'organization policies'),
        'key',
      )
      continue
    }
    targets.forEach((ref, index) => {
      const target = resolveTarget(ctx, names, ref, ['organization', 'attach', policy, index], {
        accounts: true,
      })
      if (target !== undefined) attachments.push({ policy, target })
    })
  }
  if (management === undefined) return undefined
  return {
    organization: {
      management: management.key,
      managementId: management.id,
      members: [...new Set([...members.values()].map((member) => member.key))],
      units: tree,
      policies,
      attachments,
    },
    names,
  }
}
