/**
 * `EnableMFADevice` for a virtual MFA device
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html): Hatrack
 * folds `CreateVirtualMFADevice` and `EnableMFADevice` into one step. The device's serial is
 * `arn:aws:iam::ACCT:mfa/NAME` (iam-facts §1), unique in the account; its seed comes from the
 * seeded generator and {@link mfaCode} derives its codes. At most 8 devices per user
 * (iam-facts §15). AWS checks two consecutive codes when enabling a device; the simulated
 * device is trusted, so none are asked for. `DeactivateMFADevice` removes a device again.
 * Authorized as `iam:EnableMFADevice` / `iam:DeactivateMFADevice` on the user's ARN.
 */
import { randomString } from '../ids/index.ts'
import type { AccountId, MfaDevice, User, World } from '../world/types.ts'
import type { Caller, Outcome } from '../operations/types.ts'
import { authorizeOperation } from './authorize-operation.ts'
import { getEntity, putEntity, targetArn } from './entities.ts'
import { awsError, iamErrors } from './errors.ts'
import { fail, succeed } from './outcome.ts'
import { iamQuotas } from './quotas.ts'
import { checkLength, checkName, firstProblem } from './validation.ts'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export interface EnableMfaDeviceInput {
  readonly accountId: AccountId
  readonly userName: string
  /** The virtual device's name: its serial is `arn:aws:iam::ACCT:mfa/NAME`. */
  readonly deviceName: string
}

/** Creates a virtual MFA device and enables it for the user; returns the device. */
export function enableMfaDevice(
  world: World,
  caller: Caller,
  input: EnableMfaDeviceInput,
): Outcome<MfaDevice> {
  const invalid = firstProblem(
    () => checkName(input.userName, 'userName', 64),
    () => checkName(input.deviceName, 'virtualMFADeviceName', 226),
  )
  if (invalid) return fail(invalid)
  const account = world.accounts.get(input.accountId)
  if (!account) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:EnableMFADevice',
    resource: targetArn(world, 'user', input.accountId, input.userName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const serialNumber = `arn:aws:iam::${input.accountId}:mfa/${input.deviceName}`
  const taken = [...account.users.values()].some((other) =>
    other.mfaDevices.some(
      (device) => device.serialNumber.toLowerCase() === serialNumber.toLowerCase(),
    ),
  )
  if (taken) return fail(iamErrors.mfaDeviceExists(), auth.decisions)
  if (user.mfaDevices.length >= iamQuotas.MFADevicesPerUser) {
    return fail(iamErrors.quota('MFADevicesPerUser', iamQuotas.MFADevicesPerUser), auth.decisions)
  }
  const seed = randomString(world.seed, BASE32, 32)
  const device: MfaDevice = { serialNumber, seed: seed.value }
  const updated: User = { ...user, mfaDevices: [...user.mfaDevices, device] }
  return succeed(putEntity({ ...world, seed: seed.state }, updated), device, auth.decisions)
}

/** Deactivates (and, for the simulated virtual device, deletes) one of the user's MFA devices. */
export function deactivateMfaDevice(
  world: World,
  caller: Caller,
  input: {
    readonly accountId: AccountId
    readonly userName: string
    readonly serialNumber: string
  },
): Outcome<User> {
  const invalid = firstProblem(
    () => checkName(input.userName, 'userName', 64),
    () => checkLength(input.serialNumber, 'serialNumber', 9, 256),
  )
  if (invalid) return fail(invalid)
  if (!world.accounts.has(input.accountId)) return fail(iamErrors.unknownAccount(input.accountId))
  const auth = authorizeOperation(world, caller, {
    action: 'iam:DeactivateMFADevice',
    resource: targetArn(world, 'user', input.accountId, input.userName),
  })
  if (!auth.ok) return fail(auth.error, auth.decisions)
  const user = getEntity(world, 'user', input.accountId, input.userName)
  if (!user) return fail(iamErrors.noSuchEntity('user', input.userName), auth.decisions)
  const mfaDevices = user.mfaDevices.filter((device) => device.serialNumber !== input.serialNumber)
  if (mfaDevices.length === user.mfaDevices.length) {
    return fail(
      awsError(
        'NoSuchEntity',
        `MFA Device with serial number ${input.serialNumber} does not exist.`,
      ),
      auth.decisions,
    )
  }
  const updated: User = { ...user, mfaDevices }
  return succeed(putEntity(world, updated), updated, auth.decisions)
}
