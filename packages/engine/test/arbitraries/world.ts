/**
 * A generated world: one request and the policy documents that apply to it, kept as JSON so a
 * case can be permuted, extended, printed and saved as a corpus case. `toPolicySet` parses it.
 */
import type { AccessRequest } from '@hatrack/engine'
import type { PolicyKind } from '@hatrack/policy'

/** A policy document as JSON, with the name and kind it is parsed with. */
export interface PolicyDoc {
  readonly name: string
  readonly kind: PolicyKind
  readonly document: PolicyDocument
}

/** The JSON of an IAM policy document. */
export interface PolicyDocument {
  readonly Version?: string
  readonly Statement: readonly StatementJson[]
}

/** The JSON of one statement. */
export interface StatementJson {
  readonly Sid?: string
  readonly Effect: 'Allow' | 'Deny'
  readonly Principal?: unknown
  readonly NotPrincipal?: unknown
  readonly Action?: string | readonly string[]
  readonly NotAction?: string | readonly string[]
  readonly Resource?: string | readonly string[]
  readonly NotResource?: string | readonly string[]
  readonly Condition?: Readonly<
    Record<string, Readonly<Record<string, string | readonly string[]>>>
  >
}

/** One request and the documents of every policy type that applies to it. */
export interface World {
  readonly request: AccessRequest
  readonly identity: readonly PolicyDoc[]
  readonly resource?: PolicyDoc
  readonly boundary?: PolicyDoc
  /** Absent: no session policy was passed. Never an empty array. */
  readonly session?: readonly PolicyDoc[]
  readonly scps?: readonly (readonly PolicyDoc[])[]
  readonly rcps?: readonly (readonly PolicyDoc[])[]
  readonly managementAccount?: string
}
