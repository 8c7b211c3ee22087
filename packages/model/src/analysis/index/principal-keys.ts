/**
 * The index keys that can name a principal in a trust policy (`trust-index.ts`): everyone (`*`),
 * its account, its unique id, its ARN; for the sessions of a role, the role's id and ARN and the
 * ARN of the analysis's plain session; a service or a provider by its name.
 */
import { assumedRoleArn } from '../../world/arn.ts'
import { DEFAULT_SESSION_NAME } from '../defaults.ts'
import type { AnalysedPrincipal } from '../principals/enumerate.ts'

/** The keys of `principal`; none for a root user, which cannot assume roles. */
export function principalKeys(principal: AnalysedPrincipal): string[] {
  const source = principal.source
  switch (source.kind) {
    case 'user':
      return ['*', `a:${source.user.accountId}`, `u:${source.user.id}`, `n:${source.user.arn}`]
    case 'roleSession': {
      const role = source.role
      const session = assumedRoleArn(role.accountId, role.name, DEFAULT_SESSION_NAME)
      return ['*', `a:${role.accountId}`, `r:${role.id}`, `n:${role.arn}`, `n:${session}`]
    }
    case 'root':
      return []
    case 'service':
      return ['*', `s:${source.service}`]
    case 'federated':
      return ['*', `f:${source.provider.entry}`]
    case 'externalAccount':
      return ['*', `a:${source.accountId}`]
  }
}
