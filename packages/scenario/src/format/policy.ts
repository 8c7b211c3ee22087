/** Policy documents and managed policy references, as a loaded scenario holds them. */
import type { JsonPath, Policy, PolicyKind } from '@hatrack/policy'

/** A policy document of the scenario, parsed and checked when the scenario loaded. */
export interface PolicyDocument {
  readonly kind: PolicyKind
  /** What the model takes: the JSON text as written, or the document as a plain value. */
  readonly input: string | object
  /** The parsed policy. */
  readonly policy: Policy
  /** Where the document is in the scenario. */
  readonly path: JsonPath
}

/** A managed policy: AWS managed (known to Hatrack), customer managed (declared), or an ARN. */
export type ManagedPolicyRef =
  | { readonly source: 'aws'; readonly name: string; readonly arn: string }
  | {
      readonly source: 'customer'
      /** Its key under `policies`. */
      readonly key: string
      readonly name: string
      readonly accountId: string
      readonly arn: string
    }
  /** A customer managed policy ARN the scenario does not declare (a step may create it). */
  | { readonly source: 'arn'; readonly arn: string }

/** An inline policy. */
export interface InlinePolicy {
  readonly name: string
  readonly document: PolicyDocument
}
