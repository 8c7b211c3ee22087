/**
 * Resources, as their services create them: buckets and everything else first, then S3 objects
 * (whose bucket must exist). ARNs with generated parts (KMS key ids, EC2 instance ids, stack ids,
 * secret suffixes) are known only now, so each resource's key is kept with its ARN.
 */
import { createResource } from '@hatrack/model'
import type { ResourceDecl } from '../../format/world.ts'
import type { Builder } from './builder.ts'

function instanceProfileArn(builder: Builder, key: string | undefined): string | undefined {
  if (key === undefined) return undefined
  const profile = builder.scenario.instanceProfiles.find((candidate) => candidate.key === key)
  return profile?.arn
}

/** Creates the resources; returns their ARNs by key. */
export function buildResources(builder: Builder, arns: Map<string, string>): void {
  const ordered: ResourceDecl[] = [
    ...builder.scenario.resources.filter((resource) => resource.type !== 's3:object'),
    ...builder.scenario.resources.filter((resource) => resource.type === 's3:object'),
  ]
  for (const resource of ordered) {
    const role =
      resource.type === 'ec2:instance'
        ? instanceProfileArn(builder, resource.instanceProfile)
        : resource.role?.arn
    const created = builder.apply(
      `resource ${resource.key}`,
      ['resources', resource.key],
      (world) =>
        createResource(world, {
          type: resource.type,
          account: resource.accountId,
          name: resource.name,
          region: resource.region,
          ...(resource.policy === undefined ? {} : { policy: resource.policy.input }),
          tags: resource.tags,
          ...(role === undefined ? {} : { role }),
        }),
    )
    if (created === undefined) continue
    arns.set(resource.key, created.arn)
    builder.entities.appear(
      { id: created.arn, kind: 'resource', label: resource.key, accountId: resource.accountId },
      0,
    )
  }
}
