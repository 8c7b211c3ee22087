/**
 * Who acts in a step, as the model sees it: a `Caller` with its credentials, and the actor the
 * trace shows. Credentials can be missing: a session whose creating step failed was never
 * issued, and a step acting with it fails before it reaches AWS. CLI profiles and resources
 * fetch their credentials the first time they act (`cli-profile.ts`, `resource-caller.ts`).
 */
import { findUser, iamArn, rootArn, type Caller } from '@hatrack/model'
import type { CallerRef } from '../format/caller.ts'
import type { TraceActor, TraceOutcome } from '../trace/types.ts'
import { profileCaller } from './cli-profile.ts'
import { failed } from './outcome.ts'
import { resourceCaller } from './resource-caller.ts'
import type { ReplayState, UserRef } from './state.ts'

/** A caller ready to act. */
export interface ActingCaller {
  readonly ok: true
  readonly caller: Caller
  readonly actor: TraceActor
  /** The entity whose credentials sign: the actor, or the session a profile or resource uses. */
  readonly signer: string
  /** The session whose credentials are used, by its scenario name. */
  readonly used?: string
  /** The IAM user behind the credentials, for MFA. */
  readonly user?: UserRef
}

/** A caller that cannot act, and why. */
export interface StuckCaller {
  readonly ok: false
  readonly actor: TraceActor
  readonly outcome: TraceOutcome
  readonly used?: string
}

export type Acting = ActingCaller | StuckCaller

/** The code of a step acting with credentials that were never issued (botocore's `NoCredentialsError`). */
export const NO_CREDENTIALS = 'NoCredentials'

/** Resolves `ref` for the current step. */
export function actingCaller(state: ReplayState, ref: CallerRef): Acting {
  switch (ref.kind) {
    case 'admin': {
      const actor: TraceActor = { entity: 'admin', label: 'admin', kind: 'admin' }
      return { ok: true, caller: { kind: 'admin' }, actor, signer: 'admin' }
    }
    case 'anonymous': {
      state.entities.appear({ id: 'anonymous', kind: 'anonymous', label: 'anonymous' }, state.step)
      const actor: TraceActor = { entity: 'anonymous', label: 'anonymous', kind: 'anonymous' }
      return { ok: true, caller: { kind: 'anonymous' }, actor, signer: 'anonymous' }
    }
    case 'root': {
      const id = rootArn(ref.accountId)
      const actor: TraceActor = { entity: id, label: `root@${ref.account}`, kind: 'root' }
      return { ok: true, caller: { kind: 'root', accountId: ref.accountId }, actor, signer: id }
    }
    case 'user': {
      const world = state.simulation.snapshot()
      const id =
        findUser(world, ref.accountId, ref.name)?.arn ??
        iamArn(ref.accountId, 'user', '/', ref.name)
      const actor: TraceActor = { entity: id, label: ref.user, kind: 'user' }
      return {
        ok: true,
        caller: { kind: 'user', accountId: ref.accountId, userName: ref.name },
        actor,
        signer: id,
        user: { accountId: ref.accountId, userName: ref.name },
      }
    }
    case 'session': {
      const slot = state.slots.get(ref.createdBy)
      if (slot === undefined || slot.status === 'failed') {
        const actor: TraceActor = {
          entity: `missing:${ref.session}`,
          label: ref.session,
          kind: 'session',
        }
        const because =
          slot === undefined
            ? 'its step did not run'
            : `step \`${slot.stepId}\` failed with ${slot.error.code}: ${slot.error.message}`
        return {
          ok: false,
          actor,
          used: ref.session,
          outcome: failed({
            code: NO_CREDENTIALS,
            message: `The session \`${ref.session}\` was never created, so there are no credentials to sign with: ${because}`,
          }),
        }
      }
      const actor: TraceActor = { entity: slot.accessKeyId, label: ref.session, kind: 'session' }
      const user = state.sessionUsers.get(slot.accessKeyId)
      return {
        ok: true,
        caller: { kind: 'session', accessKeyId: slot.accessKeyId },
        actor,
        signer: slot.accessKeyId,
        used: ref.session,
        ...(user === undefined ? {} : { user }),
      }
    }
    case 'profile':
      return profileCaller(state, ref.profile)
    case 'service': {
      state.entities.appear({ id: ref.service, kind: 'service', label: ref.service }, state.step)
      const actor: TraceActor = { entity: ref.service, label: ref.service, kind: 'service' }
      return {
        ok: true,
        caller: { kind: 'service', service: ref.service },
        actor,
        signer: ref.service,
      }
    }
    case 'resource':
      return resourceCaller(state, ref.resource, ref.type)
  }
}
