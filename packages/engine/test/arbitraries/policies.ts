/**
 * Policy documents of every kind, shaped by the rules of their kind (iam-facts §3): identity,
 * boundary, session and SCP statements have no `Principal`; resource-based statements have one;
 * trust statements have one and no `Resource`; RCP statements have `"Principal": "*"`.
 */
import fc from 'fast-check'
import type { AccessRequest } from '@hatrack/engine'
import type { PolicyKind } from '@hatrack/policy'
import { conditionArbitrary } from './conditions.ts'
import { actionElementArbitrary, principalArbitrary, resourceElementArbitrary } from './patterns.ts'
import type { PolicyDoc, PolicyDocument, StatementJson } from './world.ts'

/** `Allow * on *`: `FullAWSAccess` for SCPs, `RCPFullAWSAccess` (with `Principal: *`) for RCPs. */
export function fullAccess(kind: 'scp' | 'rcp'): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', ...(kind === 'rcp' && { Principal: '*' }), Action: '*', Resource: '*' },
    ],
  }
}

const versionArbitrary: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('2012-10-17') },
  { weight: 1, arbitrary: fc.constant('2008-10-17') },
  { weight: 1, arbitrary: fc.constant(undefined) },
)

/** One statement of a policy of `kind`, around `request`. */
export function statementArbitrary(
  kind: PolicyKind,
  request: AccessRequest,
): fc.Arbitrary<StatementJson> {
  // An RCP statement can only deny: `Allow` is for RCPFullAWSAccess alone (rcps_syntax).
  const effect = fc.oneof(
    {
      weight: kind === 'scp' ? 1 : kind === 'rcp' ? 0 : 3,
      arbitrary: fc.constant<'Allow'>('Allow'),
    },
    { weight: kind === 'scp' ? 2 : 1, arbitrary: fc.constant<'Deny'>('Deny') },
  )
  const principal: fc.Arbitrary<{ Principal?: unknown }> =
    kind === 'resource' || kind === 'trust'
      ? principalArbitrary(request.principal, kind === 'trust').map((Principal) => ({ Principal }))
      : kind === 'rcp'
        ? fc.constant({ Principal: '*' })
        : fc.constant({})
  const resource: fc.Arbitrary<object> =
    kind === 'trust' ? fc.constant({}) : resourceElementArbitrary(request.resource)
  const condition = fc.option(conditionArbitrary, { nil: undefined, freq: 3 })
  // Now and then a resource-based `Deny` names the principals it spares (`NotPrincipal`, which
  // only resource-based policies take, and only with `Deny`).
  const negate =
    kind === 'resource' ? fc.integer({ min: 0, max: 4 }).map((n) => n === 0) : fc.constant(false)
  return fc
    .record({
      effect,
      principal,
      action: actionElementArbitrary(request.action, kind),
      resource,
      condition,
      negate,
    })
    .map(
      ({
        effect: Effect,
        principal: p,
        action,
        resource: r,
        condition: Condition,
        negate: not,
      }) => {
        const spared =
          not && Effect === 'Deny' && typeof p.Principal === 'object' && !isEveryone(p.Principal)
        return {
          Effect,
          ...(spared ? { NotPrincipal: p.Principal } : p),
          ...action,
          ...r,
          ...(Condition !== undefined && { Condition }),
        }
      },
    )
}

/** `{"AWS": "*"}`: everyone, which `NotPrincipal` would never spare anyone from. */
function isEveryone(principal: unknown): boolean {
  return JSON.stringify(principal).includes('"*"')
}

/** A document of `kind` with one to three statements. */
export function documentArbitrary(
  kind: PolicyKind,
  request: AccessRequest,
): fc.Arbitrary<PolicyDocument> {
  const organization = kind === 'scp' || kind === 'rcp'
  return fc
    .record({
      version: organization ? fc.constant('2012-10-17') : versionArbitrary,
      statements: fc.array(statementArbitrary(kind, request), { minLength: 1, maxLength: 3 }),
    })
    .map(({ version, statements }) => ({
      ...(version !== undefined && { Version: version }),
      Statement: statements,
    }))
}

/** A named document of `kind`. */
export function policyDocArbitrary(
  kind: PolicyKind,
  name: string,
  request: AccessRequest,
): fc.Arbitrary<PolicyDoc> {
  return documentArbitrary(kind, request).map((document) => ({ name, kind, document }))
}

/** One level of SCPs or RCPs: one or two policies, usually the full-access one among them. */
function organizationLevelArbitrary(
  kind: 'scp' | 'rcp',
  request: AccessRequest,
): fc.Arbitrary<PolicyDocument[]> {
  const one = fc.oneof(
    { weight: 3, arbitrary: fc.constant(fullAccess(kind)) },
    { weight: 2, arbitrary: documentArbitrary(kind, request) },
  )
  return fc.array(one, { minLength: 1, maxLength: 2 })
}

/** The levels of an organization path, one to three, each policy named `kind-level-index`. */
export function organizationArbitrary(
  kind: 'scp' | 'rcp',
  request: AccessRequest,
): fc.Arbitrary<PolicyDoc[][]> {
  return fc
    .array(organizationLevelArbitrary(kind, request), { minLength: 1, maxLength: 3 })
    .map((levels) =>
      levels.map((level, depth) =>
        level.map((document, index): PolicyDoc => ({
          name: `${kind}-${depth}-${index}`,
          kind,
          document,
        })),
      ),
    )
}

/** One to `max` documents of `kind`, named `kind-index`. */
export function policyDocsArbitrary(
  kind: PolicyKind,
  max: number,
  request: AccessRequest,
): fc.Arbitrary<PolicyDoc[]> {
  return fc
    .array(documentArbitrary(kind, request), { minLength: 1, maxLength: max })
    .map((documents) =>
      documents.map((document, index) => ({ name: `${kind}-${index}`, kind, document })),
    )
}
