/**
 * The declared world, built as an administrator would build it, in an order where everything
 * exists before it is named: accounts and the organization; customer managed policies, groups
 * and users; identity providers; service-linked roles and roles; instance profiles; resources;
 * Roles Anywhere. Within each kind, the file's order — which is the order ids are drawn in.
 */
import { addAccount, createWorld, rootArn, updateAccount, type World } from '@hatrack/model'
import type { Scenario } from '../../format/scenario.ts'
import type { SetupError } from '../../trace/types.ts'
import type { EntityRegistry } from '../entities.ts'
import { createBuilder, locationOf } from './builder.ts'
import { buildGroups, buildPolicies, buildUsers } from './identities.ts'
import {
  buildOrganization,
  emptyOrganizationNames,
  type OrganizationNames,
} from './organization.ts'
import { buildProviders } from './providers.ts'
import { buildResources } from './resources.ts'
import { buildInstanceProfiles, buildRoles, buildServiceLinkedRoles } from './roles.ts'
import { buildRolesAnywhere } from './roles-anywhere.ts'

/** The built world, what went wrong, and the generated names later steps need. */
export interface BuiltWorld {
  readonly world: World
  readonly errors: readonly SetupError[]
  readonly resourceArns: Map<string, string>
  readonly anchorArns: Map<string, string>
  readonly profileArns: Map<string, string>
  readonly organization: OrganizationNames
}

function accountsWorld(scenario: Scenario, entities: EntityRegistry, errors: SetupError[]): World {
  const created = createWorld({ seed: scenario.seed, now: scenario.start, accounts: [] })
  if (!created.ok) throw new Error('invariant: a world without accounts cannot be refused')
  let world = created.world
  for (const account of scenario.accounts) {
    const added = addAccount(world, {
      id: account.id,
      ...(account.alias === undefined ? {} : { alias: account.alias }),
    })
    if (!added.ok) {
      const path = ['accounts', account.key]
      const location = locationOf(scenario, path)
      for (const issue of added.issues)
        errors.push({
          declaration: `account ${account.key}`,
          path,
          ...(location === undefined ? {} : { location }),
          error: { code: issue.code, message: issue.message },
        })
      continue
    }
    world = added.world
    if (account.rootMfa) world = updateAccount(world, account.id, (a) => ({ ...a, rootMfa: true }))
    entities.appear(
      { id: account.id, kind: 'account', label: account.key, accountId: account.id },
      0,
    )
    entities.appear(
      {
        id: rootArn(account.id),
        kind: 'root',
        label: `root@${account.key}`,
        accountId: account.id,
      },
      0,
    )
  }
  return world
}

/** Builds the world `scenario` declares. Never throws on what the scenario says. */
export function buildWorld(scenario: Scenario, entities: EntityRegistry): BuiltWorld {
  const errors: SetupError[] = []
  const builder = createBuilder(scenario, entities, accountsWorld(scenario, entities, errors))
  const organization = emptyOrganizationNames()
  const resourceArns = new Map<string, string>()
  const anchorArns = new Map<string, string>()
  const profileArns = new Map<string, string>()
  buildOrganization(builder, organization)
  buildPolicies(builder)
  buildGroups(builder)
  buildUsers(builder)
  buildProviders(builder)
  buildServiceLinkedRoles(builder)
  buildRoles(builder)
  buildInstanceProfiles(builder)
  buildResources(builder, resourceArns)
  buildRolesAnywhere(builder, anchorArns, profileArns)
  for (const profile of scenario.cliProfiles)
    entities.appear(
      { id: `profile:${profile.key}`, kind: 'cliProfile', label: `profile:${profile.key}` },
      0,
    )
  return {
    world: builder.world,
    errors: [...errors, ...builder.errors],
    resourceArns,
    anchorArns,
    profileArns,
    organization,
  }
}
