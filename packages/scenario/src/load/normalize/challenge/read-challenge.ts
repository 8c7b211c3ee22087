/**
 * `challenge:` as the loaded scenario holds it: the document to edit found, the reference
 * solution parsed with that document's kind, the unreachable principals and roles resolved, and
 * each wrong answer's checks known to the grader. Wrong answers are kept as text and not parsed
 * here: one may be malformed on purpose.
 */
import type { JsonPath } from '@hatrack/policy'
import type { Challenge, UnreachableGoal, WrongAnswer } from '../../../format/challenge.ts'
import type { Step } from '../../../format/steps.ts'
import type { ChallengeInput } from '../../../schema/definitions/challenge.ts'
import { closestNames } from '../../text/closest.ts'
import { code, suggestion } from '../../text/words.ts'
import type { Context } from '../context.ts'
import { readPolicyDocument } from '../policy-documents.ts'
import type { NameRegistry } from '../registry.ts'
import { resolveRole } from '../roles.ts'
import { documentText } from './document-text.ts'
import { readEdit, type EditableWorld } from './edit.ts'

const PATH: JsonPath = ['challenge']

function readUnreachable(
  ctx: Context,
  registry: NameRegistry,
  world: EditableWorld,
  raw: ChallengeInput['unreachable'],
): UnreachableGoal[] | undefined {
  let ok = true
  const goals = (raw ?? []).flatMap((entry, index): UnreachableGoal[] => {
    const path = [...PATH, 'unreachable', index]
    const user = world.users.find((candidate) => candidate.key === entry.principal)
    const asRole = world.roles.find((candidate) => candidate.key === entry.principal)
    const principal =
      user !== undefined
        ? { id: user.arn, label: `user ${code(user.key)}` }
        : asRole !== undefined
          ? { id: asRole.arn, label: `role ${code(asRole.key)}` }
          : undefined
    if (principal === undefined) {
      const names = [...world.users, ...world.roles].map((candidate) => candidate.key)
      ctx.report(
        'scenario.challenge.unknownPrincipal',
        [...path, 'principal'],
        `unknown principal ${code(entry.principal)}`,
        suggestion(closestNames(entry.principal, names), names, 'users or roles'),
      )
    }
    const role = resolveRole(ctx, registry, entry.role, [...path, 'role'], undefined)
    if (principal === undefined || role === undefined) {
      ok = false
      return []
    }
    return [
      {
        principal: principal.id,
        principalLabel: principal.label,
        role: role.arn,
        roleLabel: `role ${code(role.key ?? role.name)}`,
        path,
      },
    ]
  })
  return ok ? goals : undefined
}

function readWrong(
  ctx: Context,
  raw: ChallengeInput['wrong'],
  checks: ReadonlySet<string>,
): WrongAnswer[] | undefined {
  let ok = true
  const answers = (raw ?? []).map((entry, index): WrongAnswer => {
    const path = [...PATH, 'wrong', index]
    entry.fails.forEach((check, at) => {
      if (checks.has(check)) return
      ok = false
      const known = [...checks]
      ctx.report(
        'scenario.challenge.unknownCheck',
        [...path, 'fails', at],
        `the grader has no check ${code(check)}`,
        suggestion(closestNames(check, known), known, 'checks'),
      )
    })
    return {
      why: entry.why,
      document: documentText(entry.document),
      fails: entry.fails,
      ...(entry.says === undefined ? {} : { says: entry.says }),
      path,
    }
  })
  return ok ? answers : undefined
}

/** Reads `challenge:`; `undefined` after an issue. `steps` are the loaded timeline. */
export function readChallenge(
  ctx: Context,
  registry: NameRegistry,
  world: EditableWorld,
  steps: readonly Step[],
  raw: ChallengeInput,
): Challenge | undefined {
  const edit = readEdit(ctx, raw.edit, world)
  const solution =
    edit === undefined
      ? undefined
      : readPolicyDocument(ctx, raw.solution, [...PATH, 'solution'], edit.policyKind, edit.inline)
  const unreachable = readUnreachable(ctx, registry, world, raw.unreachable)
  const options = raw.leastPrivilege
  const leastPrivilege =
    options === undefined || options === false
      ? undefined
      : options === true
        ? { actions: [], resources: [] }
        : { actions: options.actions ?? [], resources: options.resources ?? [] }
  const goals = steps.filter((step) => step.expect !== undefined).map((step) => step.id)
  if (goals.length === 0 && (raw.unreachable ?? []).length === 0 && leastPrivilege === undefined) {
    ctx.report(
      'scenario.challenge.nothingToGrade',
      PATH,
      'the challenge has no goal to grade',
      'give a step an `expect`, list `unreachable` principals, or turn on `leastPrivilege`',
      'key',
    )
    return undefined
  }
  const checks = new Set(['parse', ...goals])
  if ((raw.unreachable ?? []).length > 0) checks.add('unreachable')
  if (leastPrivilege !== undefined) checks.add('leastPrivilege')
  const wrong = readWrong(ctx, raw.wrong, checks)
  if (edit === undefined || solution === undefined || unreachable === undefined) return undefined
  if (wrong === undefined) return undefined
  return {
    goal: raw.goal,
    edit,
    hints: raw.hints ?? [],
    solution,
    solutionText: documentText(raw.solution),
    unreachable,
    leastPrivilege,
    wrong,
    path: PATH,
  }
}
