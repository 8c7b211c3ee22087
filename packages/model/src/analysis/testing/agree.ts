/**
 * The check at the heart of the analysis's tests: for one pair, the analysis and the model's
 * simulated STS call agree. An edge's call succeeds with its conditions and fails without any
 * one of its requirements; a refused pair's plain call fails, with the same gate when the engine
 * refused it. Returns the disagreements, in words (empty when they agree). Test support only.
 */
import { splitConditions } from '../witness/parts.ts'
import { mergeConditions } from '../witness/search.ts'
import type { AssumeConditions, PairStatus } from '../types.ts'
import type { World } from '../../world/types.ts'
import { simulateAssume } from './simulate.ts'

/** The disagreements between `status` and the simulation of the pair. */
export function disagreements(
  world: World,
  principal: string,
  role: string,
  status: PairStatus,
  extraTries: readonly AssumeConditions[] = [],
): string[] {
  const problems: string[] = []
  const pair = `${principal} → ${role}`
  if (status.status === 'edge') {
    const edge = status.edge
    const made = simulateAssume(world, principal, role, edge.conditions)
    if (made !== undefined && !made.ok)
      problems.push(`${pair}: edge, but the call fails: ${made.error.code} ${made.error.message}`)
    const parts = splitConditions(edge.conditions)
    for (const requirement of edge.requires) {
      const others = parts.filter((part) => !sameKnob(part.name, requirement.kind, requirement.key))
      const without = simulateAssume(
        world,
        principal,
        role,
        mergeConditions(others.map((p) => p.option)),
      )
      if (without?.ok === true)
        problems.push(`${pair}: the call succeeds without ${requirement.description}`)
    }
    return problems
  }
  const plain = simulateAssume(world, principal, role)
  if (plain === undefined) return problems
  if (plain.ok) {
    problems.push(`${pair}: denied (${JSON.stringify(status.denial)}), but the plain call succeeds`)
    return problems
  }
  const denial = status.denial
  const decision = plain.error.decision
  if (denial.reason === 'decision') {
    if (decision === undefined)
      problems.push(`${pair}: the call fails outside the engine: ${plain.error.message}`)
    else if (decision.gate !== denial.gate || decision.decision !== denial.decision)
      problems.push(
        `${pair}: gate ${denial.decision}@${denial.gate}, the call says ${decision.decision}@${decision.gate}`,
      )
  } else if (plain.error.code !== denial.code) {
    problems.push(`${pair}: error ${denial.code}, the call fails with ${plain.error.code}`)
  }
  for (const conditions of extraTries) {
    const tried = simulateAssume(world, principal, role, conditions)
    if (tried?.ok === true)
      problems.push(`${pair}: denied, but the call succeeds with ${JSON.stringify(conditions)}`)
  }
  return problems
}

/** Whether a knob name is the knob of a requirement. */
function sameKnob(name: string, kind: string, key: string): boolean {
  const lower = key.toLowerCase()
  switch (kind) {
    case 'mfa':
      return name === 'mfa'
    case 'externalId':
      return name === 'externalId'
    case 'sessionName':
      return name === 'roleSessionName'
    case 'sourceIdentity':
      return name === 'sourceIdentity'
    case 'tag':
      return name === 'tags'
    default:
      return (
        name === `context:${lower}` ||
        name === `claim:${lower}` ||
        (lower === 'aws:sourcearn' && name === 'sourceArn') ||
        (lower === 'aws:sourceaccount' && name === 'sourceAccount')
      )
  }
}
