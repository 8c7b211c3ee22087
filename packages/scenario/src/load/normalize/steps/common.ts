/** Pieces several step kinds share: contexts, session policies. */
import type { ContextRecord, JsonPath } from '@hatrack/policy'
import type { ManagedPolicyRef } from '../../../format/policy.ts'
import type { SessionPolicies } from '../../../format/steps.ts'
import { resolveManagedPolicy } from '../managed-policies.ts'
import { readPolicyDocument } from '../policy-documents.ts'
import type { Timeline } from './timeline.ts'

/** A request context as the policy package takes it. */
export function contextOf(
  raw: Readonly<Record<string, string | readonly string[]>> | undefined,
): ContextRecord {
  return Object.fromEntries(Object.entries(raw ?? {}))
}

/** The session policies a call passes (`policy`, `policyArns`). */
export function sessionPolicies(
  tl: Timeline,
  raw: {
    readonly policy?: string | Readonly<Record<string, unknown>>
    readonly policyArns?: readonly string[]
  },
  path: JsonPath,
): SessionPolicies {
  const policy =
    raw.policy === undefined
      ? undefined
      : readPolicyDocument(tl.ctx, raw.policy, [...path, 'policy'], 'session')
  const policyArns =
    raw.policyArns === undefined
      ? undefined
      : raw.policyArns.flatMap((ref, index): ManagedPolicyRef[] => {
          const found = resolveManagedPolicy(
            tl.ctx,
            tl.registry,
            ref,
            [...path, 'policyArns', index],
            { accountId: undefined, allowUndeclared: true },
          )
          return found === undefined ? [] : [found]
        })
  return {
    ...(policy === undefined ? {} : { policy }),
    ...(policyArns === undefined ? {} : { policyArns }),
  }
}

/** `{ key: value }` without the keys whose value is `undefined`. */
export function defined<T extends Record<string, unknown>>(
  record: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>
  }
}
