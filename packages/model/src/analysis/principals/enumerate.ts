/**
 * Every principal of a world, as the analysis sees it (issue #3, "The analysis"): its IAM users,
 * the sessions of its roles (role chaining), its root users, and what its trust policies name
 * from outside the IAM identities: service principals, identity providers (`Principal.Federated`)
 * and accounts that are not part of the world. Deterministic: accounts, then entities, in the
 * world's order; named principals in the order the trust policies name them.
 */
import { ROOT_CANNOT_ASSUME } from '../../sts/assume-role.ts'
import { rootArn } from '../../world/arn.ts'
import type { Role, User, World } from '../../world/types.ts'
import type { PrincipalNode } from '../types.ts'
import { federatedPrincipal, type FederatedSource } from './federated.ts'

/** Where a principal comes from, with what the analysis needs to make its calls. */
export type PrincipalSource =
  | { readonly kind: 'user'; readonly user: User }
  | { readonly kind: 'roleSession'; readonly role: Role }
  | { readonly kind: 'root'; readonly accountId: string }
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'federated'; readonly provider: FederatedSource }
  | { readonly kind: 'externalAccount'; readonly accountId: string }

/** A principal and its source. */
export interface AnalysedPrincipal {
  readonly node: PrincipalNode
  readonly source: PrincipalSource
}

const ACCOUNT_ID = /^\d{12}$/
const ROOT_ARN = /^arn:aws:iam::(\d{12}):root$/

/** The principals of `world`, in a stable order. */
export function enumeratePrincipals(world: World): AnalysedPrincipal[] {
  const principals: AnalysedPrincipal[] = []
  for (const account of world.accounts.values()) {
    for (const user of account.users.values()) principals.push(userPrincipal(user))
  }
  for (const account of world.accounts.values()) {
    for (const role of account.roles.values()) principals.push(sessionPrincipal(role))
  }
  for (const account of world.accounts.values()) principals.push(rootPrincipal(account.id))
  const services = new Set<string>()
  const federated = new Set<string>()
  const external = new Set<string>()
  for (const account of world.accounts.values()) {
    for (const role of account.roles.values()) {
      for (const statement of role.trustPolicy.policy.statements) {
        const element = statement.principal
        if (element === undefined) continue
        for (const service of element.service) services.add(service)
        for (const provider of element.federated) federated.add(provider)
        for (const entry of element.aws) {
          const accountId = ACCOUNT_ID.test(entry) ? entry : ROOT_ARN.exec(entry)?.[1]
          if (accountId !== undefined && !world.accounts.has(accountId)) external.add(accountId)
        }
      }
    }
  }
  for (const service of services) {
    principals.push({
      node: {
        id: service,
        kind: 'service',
        label: service,
        accountId: undefined,
        action: 'sts:AssumeRole',
      },
      source: { kind: 'service', service },
    })
  }
  for (const entry of federated) principals.push(federatedPrincipal(world, entry))
  for (const accountId of external) {
    principals.push({
      node: {
        id: accountId,
        kind: 'externalAccount',
        label: `account ${accountId} (outside the world)`,
        accountId,
        action: 'sts:AssumeRole',
      },
      source: { kind: 'externalAccount', accountId },
    })
  }
  return principals
}

function userPrincipal(user: User): AnalysedPrincipal {
  return {
    node: {
      id: user.arn,
      kind: 'user',
      label: `user ${user.name} (${user.accountId})`,
      accountId: user.accountId,
      uniqueId: user.id,
      action: 'sts:AssumeRole',
      mfaDevice: user.mfaDevices.length > 0,
    },
    source: { kind: 'user', user },
  }
}

function sessionPrincipal(role: Role): AnalysedPrincipal {
  return {
    node: {
      id: role.arn,
      kind: 'roleSession',
      label: `sessions of role ${role.name} (${role.accountId})`,
      accountId: role.accountId,
      uniqueId: role.id,
      action: 'sts:AssumeRole',
    },
    source: { kind: 'roleSession', role },
  }
}

function rootPrincipal(accountId: string): AnalysedPrincipal {
  return {
    node: {
      id: rootArn(accountId),
      kind: 'root',
      label: `root user of ${accountId}`,
      accountId,
      action: 'sts:AssumeRole',
      cannotAssume: { code: 'AccessDenied', message: ROOT_CANNOT_ASSUME },
    },
    source: { kind: 'root', accountId },
  }
}
