/**
 * `getSessionToken` (iam-facts §10; https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html).
 */
import { describe, expect, it } from 'vitest'
import { A, allow, emptyWorld, NOW, ok, withUser } from '../../test/sts-world.ts'
import { authorize } from '../request/authorize.ts'
import { getSessionToken } from './get-session-token.ts'

const alice = { kind: 'user', accountId: A, userName: 'alice' } as const
const world = () => withUser(emptyWorld(), A, 'alice', [allow('s3:GetObject')])

describe('getSessionToken', () => {
  it('lasts 12 hours by default and up to 36', () => {
    expect(ok(getSessionToken(world(), alice)).value.credentials.expiration).toBe(NOW + 43200_000)
    expect(
      ok(getSessionToken(world(), alice, { durationSeconds: 129600 })).value.credentials.expiration,
    ).toBe(NOW + 129600_000)
    const tooLong = getSessionToken(world(), alice, { durationSeconds: 129601 })
    expect(tooLong.status === 'error' && tooLong.error.message).toBe(
      "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600",
    )
  })

  it('gives the root user one hour at most, silently', () => {
    const root = ok(
      getSessionToken(world(), { kind: 'root', accountId: A }, { durationSeconds: 7200 }),
    )
    expect(root.value.credentials.expiration).toBe(NOW + 3600_000)
  })

  it("keeps the user's permissions, and its requests are the user's", () => {
    const token = ok(getSessionToken(world(), alice))
    const session = { kind: 'session', accessKeyId: token.value.credentials.accessKeyId } as const
    const allowed = authorize(token.world, session, {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
    })
    expect(allowed.status === 'decided' && allowed.decision.decision).toBe('allowed')
    const denied = authorize(token.world, session, {
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::b/k',
    })
    expect(denied.status === 'decided' && denied.decision.message).toContain(
      `User: arn:aws:iam::${A}:user/alice is not authorized`,
    )
  })

  it('cannot be called with temporary credentials', () => {
    const token = ok(getSessionToken(world(), alice))
    const again = getSessionToken(token.world, {
      kind: 'session',
      accessKeyId: token.value.credentials.accessKeyId,
    })
    expect(again.status === 'error' && again.error).toEqual({
      code: 'AccessDenied',
      message: 'Cannot call GetSessionToken with session credentials',
      httpStatus: 403,
    })
  })

  it('refuses STS calls other than AssumeRole and GetCallerIdentity with its credentials', () => {
    const token = ok(getSessionToken(world(), alice))
    const session = { kind: 'session', accessKeyId: token.value.credentials.accessKeyId } as const
    const federation = authorize(token.world, session, {
      action: 'sts:GetFederationToken',
      resource: '*',
    })
    expect(federation.status === 'error' && federation.error.code).toBe('AccessDenied')
  })
})
