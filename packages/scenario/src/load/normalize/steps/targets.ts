/**
 * What a request or a resource operation acts on: `*`, an ARN, a key of `resources`, or a key of
 * `roles`, `users`, `groups`, `policies` or `instanceProfiles` (whose ARNs the scenario knows).
 */
import type { JsonPath } from '@hatrack/policy'
import type { ResourceTarget } from '../../../format/change.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import { iamArn } from '../iam-arn.ts'
import type { EntityKind } from '../registry.ts'
import type { Timeline } from './timeline.ts'

const IAM_KINDS: readonly [EntityKind, string][] = [
  ['role', 'role'],
  ['user', 'user'],
  ['group', 'group'],
  ['policy', 'policy'],
  ['instanceProfile', 'instance-profile'],
]

/** The target `ref` names, or `undefined` after an issue; `lambda` requires a Lambda function. */
export function resolveTarget(
  tl: Timeline,
  ref: string,
  path: JsonPath,
  options: { readonly lambda?: boolean } = {},
): ResourceTarget | undefined {
  const { ctx, world, registry } = tl
  if (ref === '*' || ref.startsWith('arn:')) return { kind: 'arn', arn: ref }
  const resource = world.resources.find((candidate) => candidate.key === ref)
  if (resource !== undefined) {
    if (options.lambda === true && resource.type !== 'lambda:function') {
      ctx.report(
        'scenario.reference.wrongKind',
        path,
        `${code(ref)} is not a Lambda function but a ${code(resource.type)}`,
      )
      return undefined
    }
    return { kind: 'resource', key: ref }
  }
  const iam =
    options.lambda === true
      ? []
      : IAM_KINDS.flatMap(([kind, type]) => {
          const entity = registry.byKey(kind, ref)
          return entity === undefined
            ? []
            : [{ kind, arn: iamArn(entity.accountId, type, entity.path, entity.name) }]
        })
  if (iam.length > 1) {
    ctx.report(
      'scenario.reference.ambiguous',
      path,
      `${code(ref)} names both a ${iam[0]?.kind ?? ''} and a ${iam[1]?.kind ?? ''}`,
      `write the ARN: ${code(iam[0]?.arn ?? '')}`,
    )
    return undefined
  }
  if (iam[0] !== undefined) return { kind: 'arn', arn: iam[0].arn }
  const names = [
    ...world.resources
      .filter((candidate) => options.lambda !== true || candidate.type === 'lambda:function')
      .map((candidate) => candidate.key),
    ...(options.lambda === true
      ? []
      : IAM_KINDS.flatMap(([kind]) =>
          registry.names(kind).filter((name) => registry.byKey(kind, name) !== undefined),
        )),
  ]
  ctx.report(
    'scenario.reference.unknownResource',
    path,
    `unknown ${options.lambda === true ? 'Lambda function' : 'resource'} ${code(ref)}`,
    closestNames(ref, names).length > 0
      ? suggestion(closestNames(ref, names), names, 'resources')
      : 'use a key of `resources`, an ARN, or `*`',
  )
  return undefined
}
