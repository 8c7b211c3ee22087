/** The words for each kind of node, as a screen reader announces it: "role AWSIAMRoleForRDS". */
import type { NodeKind } from '../core/types.ts'

/** Short lower-case words naming each kind of node. */
export const nodeKindWords: Readonly<Record<NodeKind, string>> = {
  root: 'root user',
  user: 'user',
  group: 'group',
  role: 'role',
  session: 'session',
  service: 'service',
  provider: 'identity provider',
  resource: 'resource',
  endpoint: 'AWS API',
  instanceProfile: 'instance profile',
  trustAnchor: 'trust anchor',
  rolesAnywhereProfile: 'Roles Anywhere profile',
  cliProfile: 'CLI profile',
  anonymous: 'anonymous caller',
}
