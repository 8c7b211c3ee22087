/**
 * An assumption made for real, through the model's STS calls, from a principal of the analysis
 * and the conditions it supplies — what the model-based tests compare the analysis with:
 * - a user calls `assumeRole` with its long-term credentials; MFA is its device's current code
 *   (`SerialNumber`, `TokenCode`), or a console sign-in with MFA when it has no device;
 * - the sessions of a role: a session of the role is issued (as `AssumeRole` would issue it,
 *   with MFA when asked) and calls `assumeRole`;
 * - a service calls `assumeServiceRole`; a provider `assumeRoleWithWebIdentity` or
 *   `assumeRoleWithSAML` with the token or assertion the conditions describe;
 * - a root user calls `assumeRole`; an account outside the world cannot be simulated.
 * Test support only.
 */
import { mfaCode } from '../../iam/mfa-code.ts'
import type { AwsError, Caller, Outcome } from '../../operations/types.ts'
import { assumeServiceRole } from '../../services/assume-service-role.ts'
import { assumeRole } from '../../sts/assume-role.ts'
import { issueSession } from '../../sts/issue-session.ts'
import { assumeRoleWithSAML } from '../../sts/saml/assume-role-with-saml.ts'
import { assumeRoleWithWebIdentity } from '../../sts/web-identity/assume-role-with-web-identity.ts'
import type { Session, World } from '../../world/types.ts'
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import { analysisEnv } from '../evaluate/env.ts'
import { samlAssertion, webIdentityToken } from '../evaluate/federated-call.ts'
import { plainSession } from '../principals/caller-model.ts'
import type { AssumeConditions } from '../types.ts'

/** The outcome of a simulated assumption: the new world and session, or AWS's error. */
export type Simulated =
  | { readonly ok: true; readonly world: World; readonly session: Session }
  | { readonly ok: false; readonly error: AwsError }

const ANONYMOUS: Caller = { kind: 'anonymous' }

/**
 * Assumes `roleArn` as `principal` (a graph id) with `conditions`; `undefined` when it cannot be
 * simulated. A user signs with MFA by its device's code, unless `mfaBy` is `console` (a console
 * sign-in with MFA, whose session does not carry MFA further).
 */
export function simulateAssume(
  world: World,
  principal: string,
  roleArn: string,
  conditions: AssumeConditions = {},
  mfaBy: 'device' | 'console' = 'device',
): Simulated | undefined {
  const env = analysisEnv(world)
  const found = env.principals[env.principalIndex.get(principal) ?? -1]
  if (found === undefined) return undefined
  const source = found.source
  const sessionName = conditions.roleSessionName ?? DEFAULT_SESSION_NAME
  const input = {
    roleArn,
    roleSessionName: sessionName,
    ...(conditions.externalId === undefined ? {} : { externalId: conditions.externalId }),
    ...(conditions.sourceIdentity === undefined
      ? {}
      : { sourceIdentity: conditions.sourceIdentity }),
    ...(conditions.tags === undefined || conditions.tags.length === 0
      ? {}
      : {
          tags: conditions.tags.map((tag) => ({ key: tag.key, value: tag.value })),
          transitiveTagKeys: conditions.tags.filter((tag) => tag.transitive).map((tag) => tag.key),
        }),
    ...(conditions.context === undefined ? {} : { context: conditions.context }),
  }
  switch (source.kind) {
    case 'user': {
      const user = source.user
      const device = mfaBy === 'device' ? user.mfaDevices[0] : undefined
      const mfa = conditions.mfa === true
      const caller: Caller = {
        kind: 'user',
        accountId: user.accountId,
        userName: user.name,
        ...(mfa && device === undefined ? { mfa: true } : {}),
      }
      const withCode =
        mfa && device !== undefined
          ? { serialNumber: device.serialNumber, tokenCode: mfaCode(device, world.now) }
          : {}
      return settled(assumeRole(world, caller, { ...input, ...withCode }))
    }
    case 'roleSession': {
      const {
        accessKeyId: _a,
        secretAccessKey: _s,
        sessionToken: _t,
        issuedAt: _i,
        expiresAt: _e,
        ...draft
      } = plainSession(world, source.role, conditions.mfa === true)
      const issued = issueSession(world, draft, 3600)
      const caller: Caller = { kind: 'session', accessKeyId: issued.session.accessKeyId }
      return settled(assumeRole(issued.world, caller, input))
    }
    case 'root':
      return settled(assumeRole(world, { kind: 'root', accountId: source.accountId }, input))
    case 'service': {
      const outcome = assumeServiceRole(world, ANONYMOUS, {
        service: source.service,
        roleArn,
        sessionName,
        ...(conditions.sourceArn === undefined ? {} : { sourceArn: conditions.sourceArn }),
        ...(conditions.sourceAccount === undefined
          ? {}
          : { sourceAccount: conditions.sourceAccount }),
      })
      return outcome.status === 'ok'
        ? { ok: true, world: outcome.world, session: outcome.value.session }
        : { ok: false, error: outcome.error }
    }
    case 'federated': {
      const provider = source.provider
      if (provider.type === 'saml') {
        const providerArn = provider.provider?.arn ?? provider.entry
        return settled(
          assumeRoleWithSAML(world, ANONYMOUS, {
            roleArn,
            principalArn: providerArn,
            samlAssertion: samlAssertion(providerArn, roleArn, sessionName, conditions),
            ...(conditions.context === undefined ? {} : { context: conditions.context }),
          }),
        )
      }
      return settled(
        assumeRoleWithWebIdentity(world, ANONYMOUS, {
          roleArn,
          roleSessionName: sessionName,
          webIdentityToken: webIdentityToken(provider, conditions),
          ...(provider.type === 'wellKnown' && provider.providerId !== undefined
            ? { providerId: provider.providerId }
            : {}),
          ...(conditions.context === undefined ? {} : { context: conditions.context }),
        }),
      )
    }
    case 'externalAccount':
      return undefined
  }
}

function settled(
  outcome: Outcome<{ readonly credentials: { readonly accessKeyId: string } }>,
): Simulated {
  if (outcome.status !== 'ok') return { ok: false, error: outcome.error }
  const session = outcome.world.sessions.get(outcome.value.credentials.accessKeyId)
  if (session === undefined) throw new Error('invariant: an assumption without its session')
  return { ok: true, world: outcome.world, session }
}
