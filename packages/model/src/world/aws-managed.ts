/**
 * AWS managed policies from the library, as the world stores managed policies: parsed once
 * (as identity policies) and given a stable `ANPA…` id derived from the ARN, since AWS's own
 * ids are not in the library. The same ARN always gives the same policy object.
 */
import { parsePolicy } from '@hatrack/policy'
import { generateId } from '../ids/index.ts'
import { findAwsManagedPolicy, type AwsManagedPolicy } from '../managed-policies/index.ts'
import type { ManagedPolicy } from './types.ts'

const cache = new Map<string, ManagedPolicy | null>()

/** The AWS managed policy at exactly this ARN, or `undefined` when the library lacks it. */
export function awsManagedPolicy(arn: string): ManagedPolicy | undefined {
  let cached = cache.get(arn)
  if (cached === undefined) {
    const source = findAwsManagedPolicy(arn)
    cached = source?.arn === arn ? toManagedPolicy(source) : null
    cache.set(arn, cached)
  }
  return cached ?? undefined
}

function toManagedPolicy(source: AwsManagedPolicy): ManagedPolicy | null {
  const parsed = parsePolicy(source.document, { kind: 'identity', awsManaged: true })
  if (!parsed.ok) return null
  return {
    name: source.name,
    path: source.path,
    arn: source.arn,
    id: generateId(fingerprint(source.arn), 'managedPolicy').value,
    description: source.description,
    defaultVersion: source.version ?? 'v1',
    stored: { kind: 'identity', document: source.document, policy: parsed.policy },
    createdAt: 0,
  }
}

/** FNV-1a over the ARN: the seed of its stable id. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}
