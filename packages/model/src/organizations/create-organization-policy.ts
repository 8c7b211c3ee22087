/**
 * `CreatePolicy` of AWS Organizations (https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreatePolicy.html)
 * for SCPs (`SERVICE_CONTROL_POLICY`, parsed as kind `scp`) and RCPs
 * (`RESOURCE_CONTROL_POLICY`, kind `rcp`): a name of 1–128 characters, unique; a document
 * AWS would accept (`MalformedPolicyDocumentException`) of at most 5,120 characters
 * (`POLICY_CONTENT_LIMIT_EXCEEDED`, orgs_reference_limits). The policy starts detached.
 */
import { storePolicy } from '../world/store-policy.ts'
import type { OrganizationPolicy, World } from '../world/types.ts'
import { orgFail, organizationsErrors, orgSucceed } from './errors.ts'
import { drawOrgChars } from './ids.ts'
import type { OrganizationsOutcome } from './types.ts'

export interface CreateOrganizationPolicyInput {
  readonly name: string
  readonly kind: 'scp' | 'rcp'
  /** JSON text or a JSON value. */
  readonly document: string | unknown
}

/** Creates an SCP or RCP, not yet attached. */
export function createOrganizationPolicy(
  world: World,
  input: CreateOrganizationPolicyInput,
): OrganizationsOutcome<OrganizationPolicy> {
  const organization = world.organization
  if (!organization) return orgFail(organizationsErrors.notInUse())
  if (input.name.length < 1 || input.name.length > 128) {
    return orgFail(
      organizationsErrors.invalidInput('The name of a policy has 1 to 128 characters.'),
    )
  }
  const taken = [...organization.policies.values()].some((policy) => policy.name === input.name)
  if (taken) return orgFail(organizationsErrors.duplicatePolicy(input.name))
  const stored = storePolicy(world, input.document, input.kind)
  if (!stored.ok) {
    return orgFail(
      stored.tooLarge
        ? organizationsErrors.tooLarge()
        : organizationsErrors.malformed(stored.error.message),
    )
  }
  const drawn = drawOrgChars(world, 8)
  const policy: OrganizationPolicy = {
    id: `p-${drawn.text}`,
    name: input.name,
    kind: input.kind,
    stored: stored.stored,
  }
  const policies = new Map(organization.policies)
  policies.set(policy.id, policy)
  return orgSucceed({ ...drawn.world, organization: { ...organization, policies } }, policy)
}
