/**
 * Requests made with a service role's credentials (a Lambda function's code, an application on
 * an EC2 instance): each authorized as the role session, as AWS does for any request signed
 * with those credentials.
 */
import type { AuthorizeRequest, AuthorizeResult } from '../request/types.ts'
import { authorize } from '../request/authorize.ts'
import type { World } from '../world/types.ts'

/** The decision (or error) of every request, in order. */
export function runWithCredentials(
  world: World,
  accessKeyId: string,
  requests: readonly AuthorizeRequest[],
): AuthorizeResult[] {
  return requests.map((request) => authorize(world, { kind: 'session', accessKeyId }, request))
}
