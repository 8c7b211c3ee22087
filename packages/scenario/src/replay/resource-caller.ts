/**
 * The code on a Lambda function or an EC2 instance acting: it signs with the credentials its
 * service got for it — the function's execution role assumed by Lambda, the instance profile's
 * role assumed by EC2 (the model's `executionCredentials` and `instanceCredentials`). They are
 * fetched the first time the code acts and reused until they expire, as the services do; the
 * session is named after the resource's key.
 */
import { executionCredentials, findResource, instanceCredentials } from '@hatrack/model'
import type { TraceActor } from '../trace/types.ts'
import type { Acting } from './callers.ts'
import { failed, primaryDecision } from './outcome.ts'
import { run } from './run.ts'
import { isActive, recordSession } from './sessions.ts'
import type { ReplayState } from './state.ts'

/** The credentials a resource's code signs with. */
export function resourceCaller(
  state: ReplayState,
  key: string,
  type: 'lambda:function' | 'ec2:instance',
): Acting {
  const arn = state.resourceArns.get(key)
  const actor: TraceActor = { entity: arn ?? `missing:${key}`, label: key, kind: 'resource' }
  if (arn === undefined)
    return {
      ok: false,
      actor,
      outcome: failed({
        code: 'ResourceNotFoundException',
        message: `The resource \`${key}\` was not created, so its code cannot run.`,
      }),
    }
  const cacheKey = `resource:${key}`
  const cached = state.cached.get(cacheKey)
  if (cached !== undefined && isActive(state, cached))
    return {
      ok: true,
      caller: { kind: 'session', accessKeyId: cached },
      actor,
      signer: cached,
      used: key,
    }
  const service = type === 'lambda:function' ? 'lambda.amazonaws.com' : 'ec2.amazonaws.com'
  const outcome = run(state, (world) =>
    type === 'lambda:function'
      ? executionCredentials(world, { kind: 'service', service }, { functionArn: arn })
      : instanceCredentials(world, { kind: 'service', service }, { instanceArn: arn }),
  )
  const decisions = outcome.decisions ?? []
  const role =
    outcome.status === 'ok'
      ? (outcome.value.session.roleArn ?? arn)
      : (findResource(state.simulation.snapshot(), arn)?.role ?? arn)
  for (const decision of decisions)
    state.record.decisions.push({
      label: `${service} assumes the role of \`${key}\``,
      call: { action: 'sts:AssumeRole', resource: role },
      decision,
    })
  if (outcome.status === 'error')
    return {
      ok: false,
      actor,
      outcome: failed(outcome.error, primaryDecision(decisions, outcome.error)),
    }
  const accessKeyId = outcome.value.session.accessKeyId
  recordSession(state, accessKeyId, key, arn, undefined)
  state.cached.set(cacheKey, accessKeyId)
  return {
    ok: true,
    caller: { kind: 'session', accessKeyId },
    actor,
    signer: accessKeyId,
    used: key,
  }
}
