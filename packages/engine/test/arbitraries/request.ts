/**
 * Requests: a caller of any kind in one of the accounts, an action of the vocabulary, a resource
 * that action takes (often in the caller's account, often not), and a request context.
 */
import fc from 'fast-check'
import type { AccessRequest } from '@hatrack/engine'
import { contextArbitrary } from './context.ts'
import {
  ACCOUNTS,
  ACTIONS,
  BUCKETS,
  callerOf,
  OBJECT_KEYS,
  TARGET_ROLES,
  type CallerShape,
} from './vocabulary.ts'

const CALLER_SHAPES: readonly CallerShape[] = [
  'root',
  'user',
  'pathedUser',
  'roleSession',
  'pathedRoleSession',
  'serviceLinkedSession',
  'federatedUser',
  'service',
  'anonymous',
  'webIdentity',
]

/** A caller shape, IAM identities more often than the rest. */
export const callerShapeArbitrary: fc.Arbitrary<CallerShape> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CallerShape>('user', 'roleSession', 'federatedUser') },
  { weight: 2, arbitrary: fc.constantFrom<CallerShape>('pathedUser', 'pathedRoleSession', 'root') },
  { weight: 1, arbitrary: fc.constantFrom(...CALLER_SHAPES) },
)

/** A resource of `action`, in `account` when the resource has an account. */
function resourceArbitrary(
  action: string,
  account: string,
): fc.Arbitrary<{ resource: string; owner: string | undefined }> {
  switch (action) {
    case 's3:GetObject':
    case 's3:PutObject':
      return fc
        .record({ bucket: fc.constantFrom(...BUCKETS), key: fc.constantFrom(...OBJECT_KEYS) })
        .map(({ bucket, key }) => ({
          resource: `arn:aws:s3:::${bucket.name}/${key}`,
          owner: bucket.owner,
        }))
    case 's3:ListBucket':
      return fc
        .constantFrom(...BUCKETS)
        .map((bucket) => ({ resource: `arn:aws:s3:::${bucket.name}`, owner: bucket.owner }))
    case 'sts:AssumeRole':
    case 'sts:AssumeRoleWithWebIdentity':
      return fc
        .constantFrom(...TARGET_ROLES)
        .map((role) => ({ resource: `arn:aws:iam::${account}:role/${role}`, owner: account }))
    case 'kms:Decrypt':
      return fc.constant({
        resource: `arn:aws:kms:us-east-1:${account}:key/1234abcd-key`,
        owner: account,
      })
    case 'sqs:SendMessage':
      return fc.constant({ resource: `arn:aws:sqs:us-east-1:${account}:jobs`, owner: account })
    default:
      return fc.constant({ resource: '*', owner: undefined })
  }
}

/** A request: caller, action, resource (its owner stated or left to the ARN), context. */
export const requestArbitrary: fc.Arbitrary<AccessRequest> = fc
  .record({
    shape: callerShapeArbitrary,
    callerAccount: fc.constantFrom(ACCOUNTS[0], ACCOUNTS[1]),
    action: fc.constantFrom(...ACTIONS),
    otherAccount: fc.constantFrom(...ACCOUNTS),
    sameAccount: fc.boolean(),
    stateOwner: fc.boolean(),
  })
  .chain(
    ({
      shape: drawn,
      callerAccount,
      action: drawnAction,
      otherAccount,
      sameAccount,
      stateOwner,
    }) => {
      // AssumeRole is a signed call: an anonymous caller assumes a role only through web identity
      // federation, and a web identity caller makes no other call.
      const web =
        drawn === 'webIdentity' || (drawn === 'anonymous' && drawnAction === 'sts:AssumeRole')
      const shape: CallerShape = web ? 'webIdentity' : drawn
      const action = web ? 'sts:AssumeRoleWithWebIdentity' : drawnAction
      const principal = callerOf(shape, callerAccount)
      const account = sameAccount ? callerAccount : otherAccount
      return fc
        .record({
          target: resourceArbitrary(action, account),
          context: contextArbitrary(shape, principal),
        })
        .map(({ target, context }): AccessRequest => {
          // An ARN without an account belongs to the caller's account unless the request says otherwise.
          const arnHasAccount =
            target.resource.split(':')[4] !== undefined && target.resource.split(':')[4] !== ''
          const mustState = !arnHasAccount && target.owner !== principal.accountId
          return {
            principal,
            action,
            resource: target.resource,
            ...(target.owner !== undefined &&
              (stateOwner || mustState) && { resourceAccount: target.owner }),
            context,
          }
        })
    },
  )
