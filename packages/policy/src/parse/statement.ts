/**
 * Reading one statement: its elements, the rules of its policy kind, and the warnings about
 * dangerous but accepted combinations. Elements may come in any order (reference_policies_grammar).
 */
import type {
  ActionElement,
  Effect,
  JsonPath,
  PrincipalElement,
  ResourceElement,
  Statement,
} from '../ast.ts'
import type { JsonEntry, JsonNode } from '../json/node.ts'
import { describeJsonKind } from '../json/node.ts'
import { readAction } from './action.ts'
import { readCondition } from './condition.ts'
import { at, atKey, entriesByKey, quote, type ParseContext } from './context.ts'
import { readPrincipal } from './principal.ts'
import { readResource } from './resource.ts'
import { checkKindElements } from './kinds/elements.ts'
import { checkRcpStatement } from './kinds/rcp.ts'
import type { StatementParts } from './kinds/statement-parts.ts'
import { checkTrustStatement } from './kinds/trust.ts'

const ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]

/** A statement once read, with where its `Sid` stands for the uniqueness check. */
export interface ReadStatement {
  readonly statement: Statement | undefined
  readonly sid:
    { readonly value: string; readonly entry: JsonEntry; readonly path: JsonPath } | undefined
}

/** Picks `positive` or `negative` (`Action`/`NotAction`); both at once is an error. */
function pick(
  entries: ReadonlyMap<string, JsonEntry>,
  positive: string,
  negative: string,
  path: JsonPath,
  ctx: ParseContext,
): { entry: JsonEntry; negated: boolean } | undefined {
  const yes = entries.get(positive)
  const no = entries.get(negative)
  if (yes !== undefined && no !== undefined) {
    ctx.report(
      'policy.statement.conflict',
      atKey([...path, negative], no),
      `the statement has both \`${positive}\` and \`${negative}\``,
      `keep one of them, or split the statement in two`,
    )
    return undefined
  }
  if (yes !== undefined) return { entry: yes, negated: false }
  if (no !== undefined) return { entry: no, negated: true }
  return undefined
}

function readSid(entry: JsonEntry, path: JsonPath, ctx: ParseContext): string | undefined {
  const node = entry.value
  if (node.kind !== 'string') {
    ctx.report(
      'policy.sid.invalid',
      at(path, node),
      `\`Sid\` must be a string, found ${describeJsonKind(node)}`,
      'write the label in double quotes: `"Sid": "AllowRead"`',
    )
    return undefined
  }
  if (ctx.rules.sidAlphanumeric && !/^[A-Za-z0-9]*$/.test(node.value)) {
    ctx.report(
      'policy.sid.invalid',
      at(path, node),
      'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
      `${quote(node.value)} holds other characters: write it as \`${node.value.replace(/[^A-Za-z0-9]/g, '')}\``,
    )
    return undefined
  }
  return node.value
}

function readEffect(
  entry: JsonEntry | undefined,
  statement: JsonNode,
  path: JsonPath,
  ctx: ParseContext,
): Effect | undefined {
  if (entry === undefined) {
    ctx.report(
      'policy.effect.missing',
      at(path, statement),
      'the statement has no `Effect`',
      'add `"Effect": "Allow"` or `"Effect": "Deny"`',
    )
    return undefined
  }
  const node = entry.value
  if (node.kind === 'string' && (node.value === 'Allow' || node.value === 'Deny')) return node.value
  const shown = node.kind === 'string' ? quote(node.value) : describeJsonKind(node)
  const cased =
    node.kind === 'string'
      ? ['Allow', 'Deny'].find((e) => e.toLowerCase() === node.value.toLowerCase())
      : undefined
  ctx.report(
    'policy.effect.invalid',
    at([...path, 'Effect'], node),
    `\`Effect\` must be \`Allow\` or \`Deny\`, found ${shown}`,
    cased === undefined ? 'write `"Allow"` or `"Deny"`' : `write \`${cased}\`: the case matters`,
  )
  return undefined
}

/** Reads the statement `node` at `path` (`['Statement', index]`, or `['Statement']` when alone). */
export function readStatement(
  node: JsonNode,
  index: number,
  path: JsonPath,
  ctx: ParseContext,
): ReadStatement {
  if (node.kind !== 'object') {
    ctx.report(
      'policy.statement.notObject',
      at(path, node),
      `a statement must be an object, found ${describeJsonKind(node)}`,
      'write the statement as `{"Effect": …, "Action": …, "Resource": …}`',
    )
    return { statement: undefined, sid: undefined }
  }
  const entries = entriesByKey(node)
  for (const entry of node.entries) {
    if (ELEMENTS.includes(entry.key)) continue
    const cased = ELEMENTS.find(
      (e) =>
        e.toLowerCase() === entry.key.toLowerCase() ||
        `${e.toLowerCase()}s` === entry.key.toLowerCase(),
    )
    ctx.report(
      'policy.statement.unknownElement',
      atKey([...path, entry.key], entry),
      `${quote(entry.key)} is not a statement element`,
      cased === undefined
        ? `a statement holds ${ELEMENTS.map((e) => `\`${e}\``).join(', ')}`
        : `write \`${cased}\``,
    )
  }
  const sidEntry = entries.get('Sid')
  const sidValue = sidEntry === undefined ? undefined : readSid(sidEntry, [...path, 'Sid'], ctx)
  const effect = readEffect(entries.get('Effect'), node, path, ctx)
  checkKindElements(entries, node, path, effect, ctx)

  const principalPick = pick(entries, 'Principal', 'NotPrincipal', path, ctx)
  const principalAllowed =
    ctx.rules.principal === 'required' &&
    !(principalPick?.negated === true && ctx.rules.notPrincipal === 'forbidden')
  const principal: PrincipalElement | undefined =
    principalPick !== undefined && principalAllowed
      ? readPrincipal(
          principalPick.entry,
          principalPick.negated,
          [...path, principalPick.entry.key],
          ctx,
        )
      : undefined
  const actionPick = pick(entries, 'Action', 'NotAction', path, ctx)
  const action: ActionElement | undefined =
    actionPick === undefined
      ? undefined
      : readAction(actionPick.entry, actionPick.negated, [...path, actionPick.entry.key], ctx)
  const resourcePick = pick(entries, 'Resource', 'NotResource', path, ctx)
  const resource: ResourceElement | undefined =
    resourcePick === undefined || ctx.rules.resource === 'forbidden'
      ? undefined
      : readResource(
          resourcePick.entry,
          resourcePick.negated,
          [...path, resourcePick.entry.key],
          ctx,
        )
  const conditionEntry = entries.get('Condition')
  const conditions =
    conditionEntry === undefined
      ? []
      : readCondition(conditionEntry, [...path, 'Condition'], effect, ctx)

  const parts: StatementParts = {
    path,
    effect,
    principal,
    action,
    resource,
    conditions,
    hasCondition: conditionEntry !== undefined,
  }
  if (ctx.kind === 'trust') checkTrustStatement(parts, ctx)
  if (ctx.kind === 'rcp') checkRcpStatement(parts, ctx)
  if (
    effect === 'Allow' &&
    resource?.negated === true &&
    action?.negated === false &&
    action.patterns.includes('*')
  ) {
    ctx.report(
      'policy.allow.notResourceWildcard',
      at(resource.path, resourcePick?.entry.value),
      'this statement allows every action on every resource except those listed in `NotResource`',
      'list the resources to allow in `Resource`, or pair `NotResource` with `"Effect": "Deny"`',
    )
  }

  const sid =
    sidValue === undefined || sidEntry === undefined
      ? undefined
      : { value: sidValue, entry: sidEntry, path: [...path, 'Sid'] }
  if (effect === undefined || action === undefined) return { statement: undefined, sid }
  return {
    statement: { index, path, sid: sidValue, effect, principal, action, resource, conditions },
    sid,
  }
}
