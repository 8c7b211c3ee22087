/**
 * `mfa: true`: the serial number of the caller's MFA device and the code it shows now (the
 * model's `mfaCode(device, now)`), as a user typing it would pass them. An explicit
 * `serialNumber` or `tokenCode` wins. A caller with no device passes the serial its device would
 * have, and AWS refuses it as it would.
 */
import { findUser, mfaCode } from '@hatrack/model'
import type { ReplayState, UserRef } from './state.ts'

/** What a call passes for MFA. */
export interface MfaParameters {
  readonly serialNumber?: string
  readonly tokenCode?: string
}

/** The MFA parameters of a call by `user` (the IAM user behind the caller, if any). */
export function mfaParameters(
  state: ReplayState,
  user: UserRef | undefined,
  input: { readonly mfa: boolean; readonly serialNumber?: string; readonly tokenCode?: string },
): MfaParameters {
  const explicit = {
    ...(input.serialNumber === undefined ? {} : { serialNumber: input.serialNumber }),
    ...(input.tokenCode === undefined ? {} : { tokenCode: input.tokenCode }),
  }
  if (!input.mfa) return explicit
  const world = state.simulation.snapshot()
  const devices =
    user === undefined ? [] : (findUser(world, user.accountId, user.userName)?.mfaDevices ?? [])
  const device =
    input.serialNumber === undefined
      ? devices[0]
      : devices.find((candidate) => candidate.serialNumber === input.serialNumber)
  const serialNumber =
    input.serialNumber ??
    device?.serialNumber ??
    (user === undefined
      ? 'arn:aws:iam::000000000000:mfa/none'
      : `arn:aws:iam::${user.accountId}:mfa/${user.userName}`)
  const tokenCode =
    input.tokenCode ?? (device === undefined ? '000000' : mfaCode(device, world.now))
  return { serialNumber, tokenCode }
}
