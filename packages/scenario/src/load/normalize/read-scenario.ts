/**
 * From a validated scenario (the merged one, with `extends`) to the loaded {@link Scenario}:
 * accounts first, then every declared name (so references may point forward), then the world's
 * references and policies, then the timeline. Every problem is an issue; the scenario is only
 * returned when there is none (warnings aside).
 */
import type { Scenario } from '../../format/scenario.ts'
import type { StepInput } from '../../schema/definitions/steps.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { DEFAULT_START, parseInstant } from '../../format/instant.ts'
import { hasErrors, issue, type PendingIssue } from '../issues/index.ts'
import type { SourceLocator } from '../source/locator.ts'
import { code } from '../text/words.ts'
import { readAccounts } from './accounts.ts'
import { readChallenge } from './challenge/read-challenge.ts'
import { readCliProfiles } from './cli-profiles.ts'
import { createContext } from './context.ts'
import { readIdentities } from './identities.ts'
import { readOrganization } from './organization.ts'
import { readProviders, readResources } from './providers-resources.ts'
import { NameRegistry } from './registry.ts'
import { readRolesAnywhere } from './roles-anywhere.ts'
import { readSteps } from './steps/read-steps.ts'

/** What {@link readScenario} gives. */
export type ReadScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly issues: readonly PendingIssue[] }
  | { readonly ok: false; readonly issues: readonly PendingIssue[] }

/** Reads the validated `raw`. */
export function readScenario(
  raw: ScenarioInput,
  locator: SourceLocator,
  files: readonly (string | undefined)[],
): ReadScenarioResult {
  const { accounts, issues: accountIssues } = readAccounts(raw)
  const ctx = createContext(locator, raw.region ?? 'us-east-1', accounts)
  ctx.issues.push(...accountIssues)
  const start = raw.start === undefined ? DEFAULT_START : parseInstant(raw.start)
  if (start === undefined) {
    ctx.issues.push(
      issue('scenario.value.instant', ['start'], `${code(raw.start ?? '')} is not a real time`, {
        hint: 'check the month, the day and the hour',
      }),
    )
  }
  const registry = new NameRegistry()
  const identities = readIdentities(ctx, registry, raw)
  const providers = readProviders(ctx, raw)
  const resources = readResources(ctx, registry, raw)
  const rolesAnywhere = readRolesAnywhere(ctx, registry, raw)
  const cliProfiles = readCliProfiles(ctx, registry, raw, identities.users)
  const organization = readOrganization(ctx, raw)
  const steps = readSteps(
    {
      ctx,
      registry: registry.clone(),
      world: {
        users: identities.users,
        resources,
        providers,
        anchors: rolesAnywhere.trustAnchors,
        profiles: rolesAnywhere.profiles,
        cliProfiles,
      },
      sessions: new Map(),
      stack: [],
      organization:
        organization === undefined
          ? undefined
          : {
              names: {
                units: new Set(organization.names.units),
                members: organization.names.members,
              },
              policies: new Set(organization.organization.policies.map((policy) => policy.name)),
            },
    },
    Array.isArray(raw.steps) ? (raw.steps as readonly StepInput[]) : [],
  )
  const challenge =
    raw.challenge === undefined
      ? undefined
      : readChallenge(ctx, registry, { ...identities, resources }, steps, raw.challenge)
  if (hasErrors(ctx.issues) || start === undefined) return { ok: false, issues: ctx.issues }
  return {
    ok: true,
    issues: ctx.issues,
    scenario: {
      format: 1,
      title: raw.title,
      summary: raw.summary,
      fileName: files[files.length - 1],
      files,
      seed: raw.seed ?? 1,
      start,
      region: ctx.region,
      accounts,
      organization: organization?.organization,
      users: identities.users,
      groups: identities.groups,
      roles: identities.roles,
      policies: identities.policies,
      serviceLinkedRoles: identities.serviceLinkedRoles,
      identityProviders: providers,
      resources,
      instanceProfiles: identities.instanceProfiles,
      trustAnchors: rolesAnywhere.trustAnchors,
      rolesAnywhereProfiles: rolesAnywhere.profiles,
      cliProfiles,
      steps,
      chapters: steps.flatMap((step) =>
        step.chapter === undefined ? [] : [{ title: step.chapter, step: step.index }],
      ),
      ...(challenge === undefined ? {} : { challenge }),
      source: locator,
    },
  }
}
