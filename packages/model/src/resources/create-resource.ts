/**
 * Creating a resource, as an administrator's setup outside the simulation: an S3 bucket or
 * object, a KMS key, an SQS queue, an SNS topic, a Kinesis stream, a Lambda function, a
 * Secrets Manager secret, an RDS instance, an EC2 instance or a CloudFormation stack, with its
 * ARN in its service's form (`resource-arn.ts`), its tags, its resource-based policy and, for
 * Lambda, EC2 and CloudFormation, its role.
 *
 * - S3 bucket names are unique across all accounts; an object belongs to its bucket's account.
 * - The resource's `accountId` is authoritative (an S3 ARN carries none).
 * - `role` must name an existing role (Lambda's execution role, CloudFormation's service role)
 *   or instance profile (EC2), else the service's error.
 */
import { iamNameOf } from '../world/arn.ts'
import { findInstanceProfile, findRoleByArn } from '../world/find-entity.ts'
import { bucketArnOf, findResource } from '../world/find-resource.ts'
import { updateAccount, withEntry } from '../world/update.ts'
import type { AccountId, Arn, Resource, ResourceType, Tag, World } from '../world/types.ts'
import { checkTags } from '../iam/tags.ts'
import { resourceErrors, resourceFail, resourceSucceed } from './errors.ts'
import { newResourceArn } from './resource-arn.ts'
import { storeResourcePolicy } from './resource-policy.ts'
import { resourceTypes } from './resource-types.ts'
import type { ResourceError, ResourceOutcome } from './types.ts'

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

export interface CreateResourceInput {
  readonly type: ResourceType
  readonly account: AccountId
  /** The resource's name; for an S3 object, `BUCKET/KEY`. */
  readonly name: string
  /** `us-east-1` by default. */
  readonly region?: string
  /** Its resource-based policy: JSON text or a JSON value. */
  readonly policy?: string | unknown
  readonly tags?: readonly Tag[]
  /** A role ARN (Lambda, CloudFormation) or an instance profile ARN (EC2). */
  readonly role?: Arn
}

/** Creates a resource in the account. */
export function createResource(
  world: World,
  input: CreateResourceInput,
): ResourceOutcome<Resource> {
  const spec = Object.hasOwn(resourceTypes, input.type) ? resourceTypes[input.type] : undefined
  if (!spec) return resourceFail(resourceErrors.unknownType(String(input.type)))
  const account = world.accounts.get(input.account)
  if (!account) return resourceFail(resourceErrors.unknownAccount(input.account))
  if (!spec.name.test(input.name))
    return resourceFail(resourceErrors.badName(spec.label, input.name, spec.nameRule))
  const region = input.region ?? 'us-east-1'
  if (!REGION.test(region)) return resourceFail(resourceErrors.badRegion(region))
  const tags = input.tags ?? []
  const tagProblem = checkTags(tags)
  if (tagProblem) return resourceFail(tagProblem)
  const conflict = nameConflict(world, input, region)
  if (conflict) return resourceFail(conflict)
  const roleProblem = checkRole(world, input)
  if (roleProblem) return resourceFail(roleProblem)
  const placed = newResourceArn(world, input.type, input.account, region, input.name)
  let policy: Resource['policy']
  if (input.policy !== undefined) {
    const stored = storeResourcePolicy(world, input.type, input.policy)
    if (!stored.ok) return resourceFail(stored.error)
    policy = stored.stored
  }
  const resource: Resource = {
    type: input.type,
    arn: placed.arn,
    name: input.name,
    accountId: input.account,
    region,
    policy,
    tags: tags.map((tag) => ({ key: tag.key, value: tag.value })),
    role: input.role,
  }
  const next = updateAccount(placed.world, input.account, (current) => ({
    ...current,
    resources: withEntry(current.resources, resource.arn, resource),
  }))
  return resourceSucceed(next, resource)
}

/** A name already taken: S3 buckets across the world, anything else in its account and region. */
function nameConflict(
  world: World,
  input: CreateResourceInput,
  region: string,
): ResourceError | undefined {
  const spec = resourceTypes[input.type]
  if (input.type === 's3:bucket') {
    const taken = findResource(world, `arn:aws:s3:::${input.name}`)
    return taken
      ? resourceErrors.bucketTaken(input.name, taken.accountId === input.account)
      : undefined
  }
  if (input.type === 's3:object') {
    const bucketArn = bucketArnOf(`arn:aws:s3:::${input.name}`)
    const bucket = bucketArn === undefined ? undefined : findResource(world, bucketArn)
    const bucketName = input.name.slice(0, input.name.indexOf('/'))
    if (!bucket || bucket.type !== 's3:bucket' || bucket.accountId !== input.account) {
      return resourceErrors.noSuchBucket(bucketName)
    }
    return undefined
  }
  if (spec.alreadyExistsCode === undefined) return undefined
  const account = world.accounts.get(input.account)
  const taken = [...(account?.resources.values() ?? [])].some(
    (resource) =>
      resource.type === input.type && resource.name === input.name && resource.region === region,
  )
  return taken ? resourceErrors.exists(spec.alreadyExistsCode, spec.label, input.name) : undefined
}

/** What is wrong with the resource's role, or `undefined`. */
function checkRole(world: World, input: CreateResourceInput): ResourceError | undefined {
  if (input.role === undefined) return undefined
  const spec = resourceTypes[input.type]
  switch (spec.role) {
    case undefined:
      return resourceErrors.noRole(spec.label)
    case 'instanceProfile': {
      const parts = iamNameOf(input.role, 'instance-profile')
      const profile = parts ? findInstanceProfile(world, parts.accountId, parts.name) : undefined
      return profile?.arn === input.role ? undefined : resourceErrors.instanceProfile(input.role)
    }
    case 'role':
      if (findRoleByArn(world, input.role)) return undefined
      return input.type === 'lambda:function'
        ? resourceErrors.lambdaRole()
        : resourceErrors.stackRole(input.role)
  }
}
