/**
 * MFA on `AssumeRole` and `GetSessionToken` (iam-facts §9–10, [STS-API] SerialNumber/TokenCode;
 * messages: [GH:aws/aws-cli#2279], [GH:aws/aws-cli#6325], [GH:y13i/sgviz#9]).
 */
import { describe, expect, it } from 'vitest'
import {
  A,
  allow,
  emptyWorld,
  later,
  ok,
  roleArn,
  trust,
  userArn,
  withMfa,
  withRole,
  withUser,
} from '../../test/sts-world.ts'
import { mfaCode } from '../iam/mfa-code.ts'
import { authorize } from '../request/authorize.ts'
import type { MfaDevice, World } from '../world/types.ts'
import { assumeRole } from './assume-role.ts'
import { getSessionToken } from './get-session-token.ts'
import { mfaMessages } from './mfa.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const

function world(): { readonly world: World; readonly device: MfaDevice } {
  let w = emptyWorld()
  w = withUser(w, A, 'alice', [allow(['sts:AssumeRole', 's3:*'])])
  w = withRole(
    w,
    A,
    'Admin',
    trust({ AWS: userArn(A, 'alice') }, 'sts:AssumeRole', {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    }),
    {
      policies: [allow('*')],
    },
  )
  return withMfa(w, A, 'alice')
}

describe('assumeRole with MFA', () => {
  it('is denied by a trust policy that requires MFA when no code is given', () => {
    const outcome = assumeRole(world().world, alice, {
      roleArn: roleArn(A, 'Admin'),
      roleSessionName: 'admin',
    })
    expect(outcome.status === 'error' && outcome.error.decision?.gate).toBe('trust')
  })

  it("succeeds with the device's current code, and the session carries MFA", () => {
    const { world: w, device } = world()
    const assumed = ok(
      assumeRole(w, alice, {
        roleArn: roleArn(A, 'Admin'),
        roleSessionName: 'admin',
        serialNumber: device.serialNumber,
        tokenCode: mfaCode(device, w.now),
      }),
    )
    const key = assumed.value.credentials.accessKeyId
    expect(assumed.world.sessions.get(key)?.mfaAuthenticated).toBe(true)
    const mfaOnly = allow('*', '*', {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
    })
    const check = withRole(assumed.world, A, 'Probe', trust({ AWS: A }), { policies: [mfaOnly] })
    const answer = authorize(
      later(check, 60_000),
      { kind: 'session', accessKeyId: key },
      { action: 'ec2:DescribeInstances', resource: '*' },
    )
    expect(answer.status === 'decided' && answer.decision.decision).toBe('allowed')
  })

  it('refuses a wrong code', () => {
    const { world: w, device } = world()
    const code = mfaCode(device, w.now) === '000000' ? '111111' : '000000'
    const outcome = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Admin'),
      roleSessionName: 'admin',
      serialNumber: device.serialNumber,
      tokenCode: code,
    })
    expect(outcome.status === 'error' && outcome.error).toEqual({
      code: 'AccessDenied',
      message: mfaMessages.wrongCode,
      httpStatus: 403,
    })
  })

  it('needs both the serial number and the code', () => {
    const { world: w, device } = world()
    const outcome = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Admin'),
      roleSessionName: 'admin',
      serialNumber: device.serialNumber,
    })
    expect(outcome.status === 'error' && outcome.error.message).toBe(mfaMessages.both)
  })

  it("refuses a serial number that is not one of the caller's devices", () => {
    const { world: w } = world()
    const outcome = assumeRole(w, alice, {
      roleArn: roleArn(A, 'Admin'),
      roleSessionName: 'admin',
      serialNumber: `arn:aws:iam::${A}:mfa/other`,
      tokenCode: '123456',
    })
    expect(outcome.status === 'error' && outcome.error.message).toBe(mfaMessages.unknownDevice)
  })
})

describe('getSessionToken with MFA, and what its credentials may call (iam-facts §10)', () => {
  it('lets MFA-authenticated credentials call IAM, and refuses IAM to credentials without MFA', () => {
    const { world: w, device } = world()
    const plain = ok(getSessionToken(w, alice))
    const withMfaToken = ok(
      getSessionToken(w, alice, {
        serialNumber: device.serialNumber,
        tokenCode: mfaCode(device, w.now),
      }),
    )
    const iam = (world: World, key: string) =>
      authorize(
        world,
        { kind: 'session', accessKeyId: key },
        { action: 'iam:ListUsers', resource: '*' },
      )
    expect(iam(plain.world, plain.value.credentials.accessKeyId)).toEqual({
      status: 'error',
      error: {
        code: 'InvalidClientTokenId',
        message: 'The security token included in the request is invalid',
        httpStatus: 403,
      },
    })
    expect(iam(withMfaToken.world, withMfaToken.value.credentials.accessKeyId).status).toBe(
      'decided',
    )
  })

  it('chains into the MFA-protected role from MFA-authenticated credentials, capped at one hour', () => {
    const { world: w, device } = world()
    const token = ok(
      getSessionToken(w, alice, {
        serialNumber: device.serialNumber,
        tokenCode: mfaCode(device, w.now),
      }),
    )
    const session = { kind: 'session', accessKeyId: token.value.credentials.accessKeyId } as const
    const assumed = assumeRole(token.world, session, {
      roleArn: roleArn(A, 'Admin'),
      roleSessionName: 'admin',
      durationSeconds: 7200,
    })
    expect(assumed.status === 'error' && assumed.error.code).toBe('ValidationError')
    expect(
      assumeRole(token.world, session, { roleArn: roleArn(A, 'Admin'), roleSessionName: 'admin' })
        .status,
    ).toBe('ok')
  })
})
