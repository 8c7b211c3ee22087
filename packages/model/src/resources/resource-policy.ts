/**
 * Storing a resource-based policy: parsed as kind `resource` with the unique-id transform
 * (iam-facts §2), held to its service's size limit (`resource-types.ts`), refused with the
 * service's own error code.
 */
import { storePolicy } from '../world/store-policy.ts'
import type { ResourceType, StoredPolicy, World } from '../world/types.ts'
import { resourceError, resourceErrors } from './errors.ts'
import { resourceTypes } from './resource-types.ts'
import type { ResourceError } from './types.ts'

/** The stored policy, or the service's error. */
export function storeResourcePolicy(
  world: World,
  type: ResourceType,
  document: string | unknown,
):
  | { readonly ok: true; readonly stored: StoredPolicy }
  | { readonly ok: false; readonly error: ResourceError } {
  const spec = resourceTypes[type]
  const rules = spec.policy
  if (!rules) return { ok: false, error: resourceErrors.noResourcePolicy(spec.label) }
  const bytes = new TextEncoder().encode(documentText(document)).length
  if (rules.maxBytes !== undefined && bytes > rules.maxBytes) {
    return {
      ok: false,
      error: resourceErrors.policyTooLarge(rules.tooLargeCode, spec.label, bytes, rules.maxBytes),
    }
  }
  const stored = storePolicy(world, document, 'resource')
  if (!stored.ok)
    return { ok: false, error: resourceError(rules.malformedCode, stored.error.message) }
  return { ok: true, stored: stored.stored }
}

/** The text AWS receives: the string as given, or a value's compact JSON. */
function documentText(document: unknown): string {
  if (typeof document === 'string') return document
  try {
    return JSON.stringify(document) ?? ''
  } catch {
    return ''
  }
}
