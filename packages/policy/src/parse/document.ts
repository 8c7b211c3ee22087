/**
 * Reading the top of a policy: `Version`, `Id` and `Statement` (one object or an array), then
 * the statements, and the uniqueness of their `Sid`s.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { PolicyVersion, Statement } from '../ast.ts'
import {
  describeJsonKind,
  type JsonEntry,
  type JsonNode,
  type JsonObjectNode,
} from '../json/node.ts'
import { at, atKey, entriesByKey, quote, type ParseContext } from './context.ts'
import { readStatement, type ReadStatement } from './statement.ts'

const ELEMENTS = ['Version', 'Id', 'Statement']
const STATEMENT_ELEMENTS = [
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
const VERSIONS: readonly PolicyVersion[] = ['2012-10-17', '2008-10-17']

/** The top of a policy once read. */
export interface ReadDocument {
  readonly version: PolicyVersion | undefined
  readonly id: string | undefined
  readonly statements: readonly Statement[]
}

function readVersion(root: JsonObjectNode, ctx: ParseContext): PolicyVersion | undefined {
  const entry = entriesByKey(root).get('Version')
  if (entry === undefined) {
    if (ctx.rules.versionRequired) {
      ctx.report(
        'policy.version.missing',
        at([], root),
        `${ctx.rules.name} should include \`"Version": "2012-10-17"\``,
        'add `"Version": "2012-10-17"` at the top of the document',
      )
    }
    return undefined
  }
  const node = entry.value
  const version = node.kind === 'string' ? VERSIONS.find((v) => v === node.value) : undefined
  if (version === undefined) {
    ctx.report(
      'policy.version.invalid',
      at(['Version'], node),
      `\`Version\` must be \`"2012-10-17"\` or \`"2008-10-17"\`, found ${node.kind === 'string' ? quote(node.value) : describeJsonKind(node)}`,
      '`Version` names the policy language, not your policy: write `"2012-10-17"`',
    )
    return undefined
  }
  if (version !== '2012-10-17' && ctx.rules.versionRequired) {
    ctx.report(
      'policy.version.invalid',
      at(['Version'], node),
      `AWS Organizations requires \`"Version": "2012-10-17"\` in ${ctx.rules.name}`,
      'write `"2012-10-17"`',
    )
  }
  ctx.variablesActive = version === '2012-10-17'
  return version
}

function readId(entry: JsonEntry, ctx: ParseContext): string | undefined {
  const where = atKey(['Id'], entry)
  if (ctx.rules.id === 'forbidden') {
    ctx.report(
      'policy.id.notAllowed',
      where,
      `\`Id\` must not be included in ${ctx.rules.name}`,
      'remove `Id`: the policy is named by the API call that stores it',
    )
  } else if (ctx.rules.id === 'undocumented') {
    ctx.report(
      'policy.id.undocumented',
      where,
      `AWS Organizations does not document \`Id\` in ${ctx.rules.name}`,
      'remove `Id`',
    )
  }
  const node = entry.value
  if (node.kind !== 'string') {
    ctx.report(
      'policy.id.invalid',
      at(['Id'], node),
      `\`Id\` must be a string, found ${describeJsonKind(node)}`,
      'write the id in double quotes',
    )
    return undefined
  }
  return node.value
}

function readStatements(node: JsonNode, ctx: ParseContext): ReadStatement[] {
  if (node.kind === 'object') return [readStatement(node, 0, ['Statement'], ctx)]
  if (node.kind !== 'array') {
    ctx.report(
      'policy.statement.notObject',
      at(['Statement'], node),
      `\`Statement\` must be an object or an array of objects, found ${describeJsonKind(node)}`,
      'write `"Statement": [{"Effect": …, "Action": …, "Resource": …}]`',
    )
    return []
  }
  if (node.items.length === 0) {
    ctx.report(
      'policy.statement.empty',
      at(['Statement'], node),
      '`Statement` is an empty array',
      'add at least one statement',
    )
    return []
  }
  return node.items.map((item, index) => readStatement(item, index, ['Statement', index], ctx))
}

function checkSids(read: readonly ReadStatement[], ctx: ParseContext): void {
  const seen = new Map<string, number>()
  read.forEach((r, index) => {
    if (r.sid === undefined || r.sid.value === '') return
    const first = seen.get(r.sid.value)
    if (first === undefined) {
      seen.set(r.sid.value, index)
      return
    }
    const duplicate = ctx.rules.duplicateSid === 'error'
    ctx.report(
      duplicate ? 'policy.sid.duplicate' : 'policy.sid.duplicateInResourcePolicy',
      at(r.sid.path, r.sid.entry.value),
      duplicate
        ? 'Statement IDs (SID) in a single policy must be unique.'
        : `statement ${first} already has the \`Sid\` ${quote(r.sid.value)}`,
      `${quote(r.sid.value)} is also the \`Sid\` of statement ${first}: rename one of them`,
    )
  })
}

/** Reads the document `root`, or returns `undefined` when it is not a policy at all. */
export function readDocument(root: JsonNode, ctx: ParseContext): ReadDocument | undefined {
  ctx.root = root
  if (root.kind !== 'object') {
    ctx.report(
      'policy.document.notObject',
      at([], root),
      `a policy must be a JSON object, found ${describeJsonKind(root)}`,
      'write `{"Version": "2012-10-17", "Statement": […]}`',
    )
    return undefined
  }
  for (const entry of root.entries) {
    if (ELEMENTS.includes(entry.key)) continue
    const cased = ELEMENTS.find(
      (e) =>
        e.toLowerCase() === entry.key.toLowerCase() ||
        `${e.toLowerCase()}s` === entry.key.toLowerCase(),
    )
    ctx.report(
      'policy.document.unknownElement',
      atKey([entry.key], entry),
      `${quote(entry.key)} is not a policy element`,
      cased !== undefined
        ? `write \`${cased}\``
        : STATEMENT_ELEMENTS.includes(entry.key)
          ? `\`${entry.key}\` belongs inside a statement`
          : 'a policy holds `Version`, `Id` and `Statement`',
    )
  }
  const entries = entriesByKey(root)
  const version = readVersion(root, ctx)
  const idEntry = entries.get('Id')
  const id = idEntry === undefined ? undefined : readId(idEntry, ctx)
  const statementEntry = entries.get('Statement')
  if (statementEntry === undefined) {
    ctx.report(
      'policy.statement.missing',
      at([], root),
      'the policy has no `Statement`',
      'add `"Statement": [{"Effect": "Allow", "Action": …, "Resource": …}]`',
    )
    return undefined
  }
  const read = readStatements(statementEntry.value, ctx)
  checkSids(read, ctx)
  const statements = read.flatMap((r) => (r.statement === undefined ? [] : [r.statement]))
  return { version, id, statements }
}
