/**
 * Normalizing `Principal` and `NotPrincipal` into a {@link PrincipalElement}: `"*"`, or a map of
 * `AWS`, `Service`, `Federated` and `CanonicalUser` to a string or an array of strings.
 * `{"AWS": "*"}` is the same as `"*"` (reference_policies_elements_principal, "All principals").
 * Refused principals are reported in AWS's words: `Invalid principal in policy: "AWS":"…"`,
 * with the principal type in upper case as IAM writes it (`"SERVICE":"nope.amazonaws.com"` is
 * AWS's observed wording; `"FEDERATED"` and `"CANONICALUSER"` follow it by analogy).
 */
import type { JsonPath, PrincipalElement } from '../ast.ts'
import { describeJsonKind, type JsonEntry } from '../json/node.ts'
import { at, atKey, quote, type ParseContext } from './context.ts'
import { principalProblem, type PrincipalType } from './principal-values.ts'
import { readStringList } from './string-list.ts'
import { warnLiteralVariable } from './variables.ts'

const TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser']

/** `Principal` (or `NotPrincipal`, `negated`) of a statement, or `undefined` when it is refused. */
export function readPrincipal(
  entry: JsonEntry,
  negated: boolean,
  path: JsonPath,
  ctx: ParseContext,
): PrincipalElement | undefined {
  const element = negated ? 'NotPrincipal' : 'Principal'
  const node = entry.value
  const lists: Record<PrincipalType, string[]> = {
    AWS: [],
    Service: [],
    Federated: [],
    CanonicalUser: [],
  }
  let wildcard = false
  if (node.kind === 'string') {
    if (node.value !== '*') {
      ctx.report(
        'policy.principal.invalid',
        at(path, node),
        `\`${element}\` must be \`"*"\` or an object such as \`{"AWS": "123456789012"}\`, found the string ${quote(node.value)}`,
        `write \`"${element}": {"AWS": ${JSON.stringify(node.value)}}\``,
      )
      return undefined
    }
    return { negated, wildcard: true, aws: [], service: [], federated: [], canonicalUser: [], path }
  }
  if (node.kind !== 'object') {
    ctx.report(
      'policy.principal.invalid',
      at(path, node),
      `\`${element}\` must be \`"*"\` or an object of principal types, found ${describeJsonKind(node)}`,
      `write \`"${element}": {"AWS": "arn:aws:iam::123456789012:root"}\``,
    )
    return undefined
  }
  if (node.entries.length === 0) {
    ctx.report(
      'policy.principal.invalid',
      at(path, node),
      `\`${element}\` is an empty object`,
      'name at least one principal, such as `{"Service": "ec2.amazonaws.com"}`',
    )
    return undefined
  }
  let valid = true
  for (const typeEntry of node.entries) {
    const typePath = [...path, typeEntry.key]
    const type = TYPES.find((t) => t === typeEntry.key)
    if (type === undefined) {
      const cased = TYPES.find((t) => t.toLowerCase() === typeEntry.key.toLowerCase())
      ctx.report(
        'policy.principal.invalid',
        atKey(typePath, typeEntry),
        `${quote(typeEntry.key)} is not a principal type`,
        cased === undefined
          ? 'use `AWS`, `Service`, `Federated` or `CanonicalUser`'
          : `write \`${cased}\`: the case matters`,
      )
      valid = false
      continue
    }
    const items = readStringList(typeEntry.value, typePath, `${element}.${type}`, ctx)
    if (items === undefined) {
      valid = false
      continue
    }
    if (items.length === 0) {
      ctx.report(
        'policy.principal.invalid',
        at(typePath, typeEntry.value),
        `\`${type}\` lists no principals`,
        'name at least one principal, or remove the key',
      )
      valid = false
    }
    for (const item of items) {
      warnLiteralVariable(ctx, element, item.value, at(item.path, item.node))
      if (type === 'AWS' && item.value === '*') {
        wildcard = true
        continue
      }
      const problem =
        type === 'CanonicalUser' && ctx.kind !== 'resource'
          ? {
              reason: 'invalid' as const,
              hint: 'canonical user ids name S3 accounts and work only in S3 bucket policies',
            }
          : principalProblem(type, item.value)
      if (problem !== undefined) {
        ctx.report(
          problem.reason === 'wildcard' ? 'policy.principal.wildcard' : 'policy.principal.invalid',
          at(item.path, item.node),
          `Invalid principal in policy: "${type.toUpperCase()}":"${item.value}"`,
          problem.hint,
        )
        valid = false
        continue
      }
      lists[type].push(item.value)
    }
  }
  if (!valid) return undefined
  return {
    negated,
    wildcard,
    aws: lists.AWS,
    service: lists.Service,
    federated: lists.Federated,
    canonicalUser: lists.CanonicalUser,
    path,
  }
}
