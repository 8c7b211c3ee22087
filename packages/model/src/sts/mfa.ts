/**
 * Checking `SerialNumber` and `TokenCode` on `AssumeRole` and `GetSessionToken` (iam-facts §9,
 * §10): both or neither; the serial must name an MFA device of the calling IAM user; the code
 * must be the one the device shows now (`mfaCode`). Failures are `AccessDenied` with AWS's
 * messages ([GH:aws/aws-cli#2279], [GH:aws/aws-cli#6325], [GH:y13i/sgviz#9]).
 *
 * Our reading where AWS is not explicit: a caller that is not an IAM user with long-term
 * credentials (a role session, the root user, whose MFA device is not modelled) has no device
 * the serial can name, and is refused with the "unable to validate" message.
 */
import { mfaCode } from '../iam/mfa-code.ts'
import type { AwsError } from '../operations/types.ts'
import { accessDenied } from '../request/errors.ts'
import type { ResolvedCaller } from '../request/types.ts'
import { findUserByArn } from '../world/find-entity.ts'
import type { World } from '../world/types.ts'

/** AWS's MFA messages. */
export const mfaMessages = {
  both: 'MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.',
  unknownDevice:
    'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
  wrongCode: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
} as const

/** Whether MFA was presented and verified, or the `AccessDenied` that refuses it. */
export function checkMfa(
  world: World,
  caller: ResolvedCaller,
  serialNumber: string | undefined,
  tokenCode: string | undefined,
):
  | { readonly ok: true; readonly verified: boolean }
  | { readonly ok: false; readonly error: AwsError } {
  if (serialNumber === undefined && tokenCode === undefined) return { ok: true, verified: false }
  if (serialNumber === undefined || tokenCode === undefined) {
    return { ok: false, error: accessDenied(mfaMessages.both) }
  }
  const user =
    caller.principal.kind === 'user' && caller.principal.arn !== undefined
      ? findUserByArn(world, caller.principal.arn)
      : undefined
  const device = user?.mfaDevices.find((candidate) => candidate.serialNumber === serialNumber)
  if (device === undefined) return { ok: false, error: accessDenied(mfaMessages.unknownDevice) }
  if (mfaCode(device, world.now) !== tokenCode)
    return { ok: false, error: accessDenied(mfaMessages.wrongCode) }
  return { ok: true, verified: true }
}

/** The context keys of a request whose MFA code was just verified. */
export const MFA_VERIFIED = {
  'aws:MultiFactorAuthPresent': 'true',
  'aws:MultiFactorAuthAge': '0',
} as const
