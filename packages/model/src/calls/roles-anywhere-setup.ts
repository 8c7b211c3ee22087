/**
 * IAM Roles Anywhere setup, as an administrator's change outside the simulation:
 * `CreateTrustAnchor` (https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateTrustAnchor.html)
 * and `CreateProfile` (https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html).
 * Both are regional; their ARNs end in a generated UUID
 * (`arn:aws:rolesanywhere:REGION:ACCT:trust-anchor/UUID`, `…:profile/UUID`). A profile's
 * `durationSeconds` is 900–43,200 (3,600 by default); its roles must be role ARNs, and its
 * session policy a valid session policy. Failures are Roles Anywhere's `ValidationException`.
 */
import type { AwsError, Outcome } from '../operations/types.ts'
import { drawUuid } from '../resources/generated-ids.ts'
import { parseArn } from '../world/arn.ts'
import { storePolicy } from '../world/store-policy.ts'
import type {
  AccountId,
  RolesAnywhereProfile,
  StoredPolicy,
  TrustAnchor,
  World,
} from '../world/types.ts'
import { updateAccount, withEntry } from '../world/update.ts'

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/
const NAME = /^[ a-zA-Z0-9-_]{1,255}$/

function invalid(message: string): AwsError {
  return { code: 'ValidationException', message, httpStatus: 400 }
}
function failed<T>(error: AwsError): Outcome<T> {
  return { status: 'error', error, decisions: [] }
}

/** What a trust anchor is made of. */
export interface CreateTrustAnchorInput {
  readonly accountId: AccountId
  readonly region: string
  readonly name: string
  /** The subject of the certificate authority: `CN=Corp Root CA,O=Corp`. */
  readonly certificateAuthority: string
  /** `true` by default. */
  readonly enabled?: boolean
}

function placeable(world: World, accountId: AccountId, region: string, name: string) {
  if (!world.accounts.has(accountId))
    return invalid(`The account ${accountId} is not part of this world.`)
  if (!REGION.test(region)) return invalid(`'${region}' is not a region name such as us-east-1.`)
  if (!NAME.test(name))
    return invalid(`name must be 1 to 255 letters, digits, spaces, hyphens or underscores.`)
  return undefined
}

/** Creates a trust anchor with a new UUID. */
export function createTrustAnchor(
  world: World,
  input: CreateTrustAnchorInput,
): Outcome<TrustAnchor> {
  const problem = placeable(world, input.accountId, input.region, input.name)
  if (problem) return failed(problem)
  if (input.certificateAuthority.trim() === '')
    return failed(invalid('The certificate authority needs a subject.'))
  const drawn = drawUuid(world)
  const anchor: TrustAnchor = {
    arn: `arn:aws:rolesanywhere:${input.region}:${input.accountId}:trust-anchor/${drawn.text}`,
    id: drawn.text,
    name: input.name,
    certificateAuthority: { subject: input.certificateAuthority },
    enabled: input.enabled ?? true,
  }
  const next = updateAccount(drawn.world, input.accountId, (account) => ({
    ...account,
    trustAnchors: withEntry(account.trustAnchors, anchor.arn, anchor),
  }))
  return { status: 'ok', world: next, value: anchor, decisions: [] }
}

/** What a Roles Anywhere profile is made of. */
export interface CreateRolesAnywhereProfileInput {
  readonly accountId: AccountId
  readonly region: string
  readonly name: string
  readonly roleArns: readonly string[]
  readonly managedPolicyArns?: readonly string[]
  /** An inline session policy: JSON text or a JSON value. */
  readonly sessionPolicy?: string | unknown
  /** 900–43,200 seconds; 3,600 by default. */
  readonly durationSeconds?: number
  readonly acceptRoleSessionName?: boolean
  /** `true` by default. */
  readonly enabled?: boolean
}

/** Creates a Roles Anywhere profile with a new UUID. */
export function createRolesAnywhereProfile(
  world: World,
  input: CreateRolesAnywhereProfileInput,
): Outcome<RolesAnywhereProfile> {
  const problem = placeable(world, input.accountId, input.region, input.name)
  if (problem) return failed(problem)
  const durationSeconds = input.durationSeconds ?? 3600
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 43200)
    return failed(
      invalid(`durationSeconds must be between 900 and 43200; ${durationSeconds} was given.`),
    )
  const notRole = input.roleArns.find((arn) => parseArn(arn)?.resource.startsWith('role/') !== true)
  if (notRole !== undefined) return failed(invalid(`${notRole} is not a role ARN.`))
  let sessionPolicy: StoredPolicy | undefined
  if (input.sessionPolicy !== undefined) {
    const stored = storePolicy(world, input.sessionPolicy, 'session')
    if (!stored.ok) return failed(stored.error)
    sessionPolicy = stored.stored
  }
  const drawn = drawUuid(world)
  const profile: RolesAnywhereProfile = {
    arn: `arn:aws:rolesanywhere:${input.region}:${input.accountId}:profile/${drawn.text}`,
    id: drawn.text,
    name: input.name,
    roleArns: [...input.roleArns],
    managedPolicyArns: [...(input.managedPolicyArns ?? [])],
    sessionPolicy,
    durationSeconds,
    acceptRoleSessionName: input.acceptRoleSessionName ?? false,
    enabled: input.enabled ?? true,
  }
  const next = updateAccount(drawn.world, input.accountId, (account) => ({
    ...account,
    profiles: withEntry(account.profiles, profile.arn, profile),
  }))
  return { status: 'ok', world: next, value: profile, decisions: [] }
}
