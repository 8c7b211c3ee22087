/**
 * How IAM shows a stored trust or resource-based policy (iam-facts §2): the unique id of a live
 * user or role reads back as its ARN; the id of a deleted one stays raw (`AIDA…`), the sign
 * that the policy no longer names anyone and must be saved again with the ARN.
 */
import { mapDocumentPrincipals } from './principal-entries.ts'
import { displayedPrincipal } from './stored-principal.ts'
import type { StoredPolicy, World } from './types.ts'

/** The stored document as IAM displays it now. */
export function displayPolicy(world: World, stored: StoredPolicy): unknown {
  return mapDocumentPrincipals(stored.document, (entry) => displayedPrincipal(world, entry))
}
