/**
 * The format's conveniences, filled in from the world before the call: `deleteAccessKey`
 * without a key deletes the user's oldest, `deactivateMfaDevice` without a serial the user's
 * first device, and `enableMfaDevice` names the virtual device after the user. The call, its
 * summary and its authorization then all see the same input.
 */
import { findUser, type World } from '@hatrack/model'
import type { ModelInput } from './resolve-input.ts'

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** `input` with the defaults of `operation` filled in. */
export function withDefaults(world: World, operation: string, input: ModelInput): ModelInput {
  const user = () => findUser(world, str(input['accountId']), str(input['userName']))
  switch (operation) {
    case 'deleteAccessKey': {
      if (input['accessKeyId'] !== undefined) return input
      const oldest = [...(user()?.accessKeys ?? [])].sort((a, b) => a.createdAt - b.createdAt)[0]
      return oldest === undefined ? input : { ...input, accessKeyId: oldest.id }
    }
    case 'deactivateMfaDevice': {
      if (input['serialNumber'] !== undefined) return input
      const device = user()?.mfaDevices[0]
      return device === undefined ? input : { ...input, serialNumber: device.serialNumber }
    }
    case 'enableMfaDevice':
      return input['deviceName'] !== undefined ? input : { ...input, deviceName: input['userName'] }
    default:
      return input
  }
}
