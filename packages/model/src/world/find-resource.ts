/**
 * Finding a resource by its ARN, and the account that owns a resource. S3 ARNs carry no
 * account (`arn:aws:s3:::bucket`), so the owner of a bucket is the account the world stored it
 * in, and an object belongs to its bucket's owner.
 */
import { parseArn } from './arn.ts'
import type { AccountId, Resource, World } from './types.ts'

const indexes = new WeakMap<World, ReadonlyMap<string, Resource>>()

/** The resource with exactly this ARN, in whichever account holds it. */
export function findResource(world: World, arn: string): Resource | undefined {
  let index = indexes.get(world)
  if (!index) {
    const built = new Map<string, Resource>()
    for (const account of world.accounts.values()) {
      for (const resource of account.resources.values()) built.set(resource.arn, resource)
    }
    index = built
    indexes.set(world, index)
  }
  return index.get(arn)
}

/** The S3 bucket ARN of an object ARN (`arn:aws:s3:::bucket/key` → `arn:aws:s3:::bucket`). */
export function bucketArnOf(arn: string): string | undefined {
  const parsed = parseArn(arn)
  if (!parsed || parsed.service !== 's3') return undefined
  const slash = parsed.resource.indexOf('/')
  const bucket = slash < 0 ? parsed.resource : parsed.resource.slice(0, slash)
  return bucket === '' ? undefined : `arn:${parsed.partition}:s3:::${bucket}`
}

/**
 * The account that owns the resource at `arn`: the account that holds it in the world; for an
 * S3 object the world does not hold, its bucket's account; otherwise the ARN's account field.
 * `undefined` when none of these tells (an unknown S3 bucket, `*`).
 */
export function resourceOwner(world: World, arn: string): AccountId | undefined {
  const resource = findResource(world, arn)
  if (resource) return resource.accountId
  const parsed = parseArn(arn)
  if (!parsed) return undefined
  if (parsed.service === 's3') {
    const bucket = bucketArnOf(arn)
    return bucket === undefined ? undefined : findResource(world, bucket)?.accountId
  }
  return parsed.account === '' ? undefined : parsed.account
}
