/**
 * Edits of a generated world that the invariants talk about: add a statement to a gate, add a
 * restricting policy, strip the allows of one side, shuffle statements and policies. Each edit
 * returns a new world; documents are never mutated.
 */
import fc from 'fast-check'
import type { PolicyKind } from '@hatrack/policy'
import type { PolicyDoc, PolicyDocument, StatementJson, World } from './world.ts'

/** The gates a statement can be added to. */
export type EditableGate = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp'

/** The document with `statement` appended. */
export function withStatement(doc: PolicyDoc, statement: StatementJson): PolicyDoc {
  return {
    ...doc,
    document: { ...doc.document, Statement: [...doc.document.Statement, statement] },
  }
}

function newDoc(name: string, kind: PolicyKind, statement: StatementJson): PolicyDoc {
  return { name, kind, document: { Version: '2012-10-17', Statement: [statement] } }
}

/**
 * Adds `statement` to `gate`: to its first policy, or as a new policy when the gate has none
 * (a new SCP or RCP goes into the last level, or makes a one-level organization). The statement
 * must already have the shape the gate's kind wants (a `Principal` for resource and RCP
 * policies, no `Resource` in a trust policy).
 */
export function addStatement(world: World, gate: EditableGate, statement: StatementJson): World {
  switch (gate) {
    case 'identity': {
      const [first, ...rest] = world.identity
      return {
        ...world,
        identity:
          first === undefined
            ? [newDoc('added-identity', 'identity', statement)]
            : [withStatement(first, statement), ...rest],
      }
    }
    case 'resource':
      return {
        ...world,
        resource:
          world.resource === undefined
            ? newDoc('added-resource', 'resource', statement)
            : withStatement(world.resource, statement),
      }
    case 'boundary':
      return {
        ...world,
        boundary:
          world.boundary === undefined
            ? newDoc('added-boundary', 'boundary', statement)
            : withStatement(world.boundary, statement),
      }
    case 'session': {
      const [first, ...rest] = world.session ?? []
      return {
        ...world,
        session:
          first === undefined
            ? [newDoc('added-session', 'session', statement)]
            : [withStatement(first, statement), ...rest],
      }
    }
    case 'scp':
    case 'rcp': {
      const levels = (gate === 'scp' ? world.scps : world.rcps) ?? []
      const added = newDoc(`added-${gate}`, gate, statement)
      const last = levels.at(-1)
      const next = last === undefined ? [[added]] : [...levels.slice(0, -1), [...last, added]]
      return { ...world, [gate === 'scp' ? 'scps' : 'rcps']: next }
    }
  }
}

/**
 * The statement with the given effect. `NotPrincipal` goes only with `Deny`, so an `Allow`
 * names the same principals under `Principal`.
 */
export function withEffect(statement: StatementJson, effect: 'Allow' | 'Deny'): StatementJson {
  const { NotPrincipal, ...rest } = statement
  if (effect === 'Deny' || NotPrincipal === undefined) return { ...statement, Effect: effect }
  return { ...rest, Effect: effect, Principal: NotPrincipal }
}

/** The document without its `Allow` statements (an empty document becomes `undefined`). */
export function withoutAllows(doc: PolicyDoc): PolicyDoc | undefined {
  const denies = doc.document.Statement.filter((statement) => statement.Effect !== 'Allow')
  return denies.length === 0
    ? undefined
    : { ...doc, document: { ...doc.document, Statement: denies } }
}

/** The world with no identity-based allow left. */
export function withoutIdentityAllows(world: World): World {
  return { ...world, identity: world.identity.flatMap((doc) => withoutAllows(doc) ?? []) }
}

/** The world with no resource-based allow left. */
export function withoutResourceAllows(world: World): World {
  const { resource, ...rest } = world
  const stripped = resource === undefined ? undefined : withoutAllows(resource)
  return stripped === undefined ? rest : { ...rest, resource: stripped }
}

const permutation = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })

const shuffledDoc = (doc: PolicyDoc): fc.Arbitrary<PolicyDoc> =>
  permutation(doc.document.Statement).map((Statement): PolicyDoc => ({
    ...doc,
    document: { ...doc.document, Statement } as PolicyDocument,
  }))

const shuffledDocs = (docs: readonly PolicyDoc[]): fc.Arbitrary<PolicyDoc[]> =>
  permutation(docs).chain((order) =>
    order.length === 0 ? fc.constant([]) : fc.tuple(...order.map(shuffledDoc)),
  )

const shuffledLevels = (
  levels: readonly (readonly PolicyDoc[])[] | undefined,
): fc.Arbitrary<PolicyDoc[][] | undefined> =>
  levels === undefined
    ? fc.constant(undefined)
    : levels.length === 0
      ? fc.constant([])
      : permutation(levels).chain((order) => fc.tuple(...order.map(shuffledDocs)))

/**
 * The same world with the statements of every policy, the policies of every gate and the levels
 * of every organization path in another order.
 */
export function shuffledWorld(world: World): fc.Arbitrary<World> {
  return fc
    .record({
      identity: shuffledDocs(world.identity),
      resource: world.resource === undefined ? fc.constant(undefined) : shuffledDoc(world.resource),
      boundary: world.boundary === undefined ? fc.constant(undefined) : shuffledDoc(world.boundary),
      session: world.session === undefined ? fc.constant(undefined) : shuffledDocs(world.session),
      scps: shuffledLevels(world.scps),
      rcps: shuffledLevels(world.rcps),
    })
    .map((parts): World => ({
      request: world.request,
      identity: parts.identity,
      ...(parts.resource !== undefined && { resource: parts.resource }),
      ...(parts.boundary !== undefined && { boundary: parts.boundary }),
      ...(parts.session !== undefined && { session: parts.session }),
      ...(parts.scps !== undefined && { scps: parts.scps }),
      ...(parts.rcps !== undefined && { rcps: parts.rcps }),
      ...(world.managementAccount !== undefined && { managementAccount: world.managementAccount }),
    }))
}
