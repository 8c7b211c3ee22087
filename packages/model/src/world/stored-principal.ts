/**
 * The unique-id transform (iam-facts §2): when IAM saves a trust policy or another
 * resource-based policy, a `Principal` that names an IAM user or role by ARN is stored as that
 * entity's unique id (`AIDA…`, `AROA…`). Deleting the entity leaves the id in the policy, so a
 * user or role re-created under the same name is another principal and does not match.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *
 * What is stored as written: `*`, account ids and account root ARNs, role-session and
 * federated-user ARNs (`arn:aws:sts::…`), CloudFront origin access identities, and unique ids
 * of live users and roles.
 *
 * What is refused (`Invalid principal in policy`): a user or role ARN that names no live
 * entity (iam-facts §2, [GH:databrickslabs/ucx#2269]); any other IAM ARN (groups cannot be
 * principals); a unique id that names no live user or role (a dead id, copied back from a
 * displayed policy). AWS also resolves user and role ARNs of accounts outside the simulation;
 * the simulated world knows only its own accounts, so such an ARN names nothing Hatrack can
 * resolve and is refused the same way. Add the account to the world to name its principals.
 */
import { parseArn } from './arn.ts'
import { findEntityById } from './find-by-id.ts'
import { findRoleByArn, findUserByArn } from './find-entity.ts'
import type { World } from './types.ts'

const ACCOUNT_ID = /^\d{12}$/
const UNIQUE_ID = /^A(IDA|ROA)[A-Z0-9]+$/

/** How IAM stores the `AWS` principal `entry`, or `undefined` when IAM refuses it. */
export function storedPrincipal(world: World, entry: string): string | undefined {
  if (entry === '*' || ACCOUNT_ID.test(entry)) return entry
  if (UNIQUE_ID.test(entry)) {
    const found = findEntityById(world, entry)
    return found?.kind === 'user' || found?.kind === 'role' ? entry : undefined
  }
  const arn = parseArn(entry)
  if (!arn) return undefined
  if (arn.service === 'sts') {
    const sessionLike =
      arn.resource.startsWith('assumed-role/') || arn.resource.startsWith('federated-user/')
    return sessionLike && ACCOUNT_ID.test(arn.account) ? entry : undefined
  }
  // S3 bucket policies may name a CloudFront origin access identity, which Hatrack does not model.
  if (arn.service === 'iam' && arn.account === 'cloudfront' && arn.resource.startsWith('user/'))
    return entry
  if (arn.service !== 'iam' || !ACCOUNT_ID.test(arn.account)) return undefined
  if (arn.resource === 'root') return entry
  if (arn.resource.startsWith('user/')) return findUserByArn(world, entry)?.id
  if (arn.resource.startsWith('role/')) return findRoleByArn(world, entry)?.id
  return undefined
}

/** How a stored entry reads back: a live id as its entity's ARN, anything else as stored. */
export function displayedPrincipal(world: World, entry: string): string {
  if (!UNIQUE_ID.test(entry)) return entry
  const found = findEntityById(world, entry)
  return found?.kind === 'user' || found?.kind === 'role' ? found.entity.arn : entry
}
