/**
 * A CLI profile acting, as the AWS CLI does it. A profile with `user` signs with that user's
 * access key (none left: `InvalidClientTokenId`). A profile with `role_arn` and
 * `source_profile` assumes the role with the source profile's credentials the first time it is
 * used — session name `botocore-session-<epoch seconds>` unless `role_session_name` is set,
 * with `duration_seconds`, `external_id` and, for `mfa_serial`, the device's current code — and
 * reuses the cached credentials until they expire, when it assumes the role again
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html).
 */
import { assumeRole, epochSeconds, findUser, invalidClientTokenId } from '@hatrack/model'
import type { TraceActor } from '../trace/types.ts'
import type { Acting } from './callers.ts'
import { mfaParameters } from './mfa.ts'
import { failed, primaryDecision } from './outcome.ts'
import { run } from './run.ts'
import { isActive, recordSession } from './sessions.ts'
import type { ReplayState } from './state.ts'

/** The caller a profile stands for; the role's session is assumed or reused. */
export function profileCaller(state: ReplayState, key: string, depth = 0): Acting {
  const name = `profile:${key}`
  const actor: TraceActor = { entity: name, label: name, kind: 'cliProfile' }
  const declared = state.scenario.cliProfiles.find((profile) => profile.key === key)
  if (declared === undefined || depth > state.scenario.cliProfiles.length) {
    return {
      ok: false,
      actor,
      outcome: failed({
        code: 'ProfileNotFound',
        message: `The config profile (${key}) could not be found`,
      }),
    }
  }
  if (declared.user !== undefined) {
    const user = state.scenario.users.find((candidate) => candidate.key === declared.user)
    const world = state.simulation.snapshot()
    const found = user === undefined ? undefined : findUser(world, user.accountId, user.name)
    if (
      user === undefined ||
      found?.accessKeys.some((accessKey) => accessKey.status === 'Active') !== true
    ) {
      const error = invalidClientTokenId()
      return { ok: false, actor, outcome: failed({ code: error.code, message: error.message }) }
    }
    return {
      ok: true,
      caller: { kind: 'user', accountId: user.accountId, userName: user.name },
      actor,
      signer: found.arn,
      user: { accountId: user.accountId, userName: user.name },
    }
  }
  const cached = state.cached.get(name)
  if (cached !== undefined && isActive(state, cached)) {
    const user = state.sessionUsers.get(cached)
    return {
      ok: true,
      caller: { kind: 'session', accessKeyId: cached },
      actor,
      signer: cached,
      used: name,
      ...(user === undefined ? {} : { user }),
    }
  }
  if (declared.role === undefined || declared.sourceProfile === undefined)
    return {
      ok: false,
      actor,
      outcome: failed({
        code: 'ProfileNotFound',
        message: `The config profile (${key}) has no credentials`,
      }),
    }
  const source = profileCaller(state, declared.sourceProfile, depth + 1)
  if (!source.ok) return { ...source, actor }
  const world = state.simulation.snapshot()
  const mfa = mfaParameters(state, source.user, {
    mfa: declared.mfaSerial !== undefined,
    ...(typeof declared.mfaSerial === 'string' ? { serialNumber: declared.mfaSerial } : {}),
  })
  const input = {
    roleArn: declared.role.arn,
    roleSessionName: declared.roleSessionName ?? `botocore-session-${epochSeconds(world.now)}`,
    ...(declared.durationSeconds === undefined
      ? {}
      : { durationSeconds: declared.durationSeconds }),
    ...(declared.externalId === undefined ? {} : { externalId: declared.externalId }),
    ...mfa,
  }
  const outcome = run(state, (current) => assumeRole(current, source.caller, input))
  const decisions = outcome.decisions ?? []
  for (const decision of decisions)
    state.record.decisions.push({
      label: `${name} assumes its role`,
      call: { action: 'sts:AssumeRole', resource: declared.role.arn },
      decision,
    })
  if (outcome.status === 'error')
    return {
      ok: false,
      actor,
      outcome: failed(outcome.error, primaryDecision(decisions, outcome.error)),
    }
  const accessKeyId = outcome.value.credentials.accessKeyId
  recordSession(state, accessKeyId, name, source.signer, source.user)
  state.cached.set(name, accessKeyId)
  return {
    ok: true,
    caller: { kind: 'session', accessKeyId },
    actor,
    signer: accessKeyId,
    used: name,
    ...(source.user === undefined ? {} : { user: source.user }),
  }
}
