/** Test support: the callers the engine's tests use, in two accounts of one organization. */
import type { RequestPrincipal } from '../../src/types.ts'

export const ACCOUNT = '111122223333'
export const OTHER = '444455556666'
export const MANAGEMENT = '999988887777'

export const root: RequestPrincipal = {
  kind: 'root',
  arn: `arn:aws:iam::${ACCOUNT}:root`,
  accountId: ACCOUNT,
}
export const alice: RequestPrincipal = {
  kind: 'user',
  arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  accountId: ACCOUNT,
  uniqueId: 'AIDAALICEEXAMPLE00001',
}
export const session: RequestPrincipal = {
  kind: 'assumedRole',
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice`,
  accountId: ACCOUNT,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/Dev`,
  uniqueId: 'AROADEVEXAMPLE0000001',
}
export const federated: RequestPrincipal = {
  kind: 'federatedUser',
  arn: `arn:aws:sts::${ACCOUNT}:federated-user/carol`,
  accountId: ACCOUNT,
}
export const outsider: RequestPrincipal = {
  kind: 'user',
  arn: `arn:aws:iam::${OTHER}:user/bob`,
  accountId: OTHER,
  uniqueId: 'AIDABOBEXAMPLE0000001',
}
export const lambda: RequestPrincipal = { kind: 'service', service: 'lambda.amazonaws.com' }
export const anonymous: RequestPrincipal = { kind: 'anonymous' }
