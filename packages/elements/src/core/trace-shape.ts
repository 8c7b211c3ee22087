/**
 * Whether a value has the shape of a Trace (`hatrack replay --json`) the frames can be built
 * from: its format and version, its entities and its steps with what each frame reads. The
 * first problem found, with its path, or `undefined` when it fits.
 */
import type { ElementError } from './types.ts'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function problem(path: string, message: string, hint?: string): ElementError {
  return {
    type: 'validate',
    message,
    path,
    code: 'elements.trace.shape',
    ...(hint ? { hint } : {}),
  }
}

function entityProblem(entity: unknown, path: string): ElementError | undefined {
  if (!isRecord(entity)) return problem(path, 'an entity must be an object')
  if (typeof entity['id'] !== 'string') return problem(`${path}.id`, 'an entity needs a text `id`')
  if (typeof entity['kind'] !== 'string')
    return problem(`${path}.kind`, 'an entity needs a text `kind`')
  if (typeof entity['firstStep'] !== 'number')
    return problem(`${path}.firstStep`, 'an entity needs a number `firstStep`')
  return undefined
}

function stepProblem(step: unknown, path: string): ElementError | undefined {
  if (!isRecord(step)) return problem(path, 'a step must be an object')
  if (typeof step['id'] !== 'string') return problem(`${path}.id`, 'a step needs a text `id`')
  if (typeof step['at'] !== 'string') return problem(`${path}.at`, 'a step needs a text `at`')
  const outcome = step['outcome']
  if (!isRecord(outcome) || typeof outcome['status'] !== 'string')
    return problem(`${path}.outcome`, 'a step needs an `outcome` with a `status`')
  const sessions = step['sessions']
  if (
    !isRecord(sessions) ||
    !Array.isArray(sessions['created']) ||
    !Array.isArray(sessions['expired'])
  )
    return problem(`${path}.sessions`, 'a step needs `sessions` with `created` and `expired` lists')
  if (!Array.isArray(step['changes']))
    return problem(`${path}.changes`, 'a step needs a `changes` list')
  return undefined
}

/** The first problem of `value` as a trace, or `undefined`. */
export function traceProblem(value: unknown): ElementError | undefined {
  if (!isRecord(value)) return problem('$', 'a trace must be an object')
  if (value['format'] !== 'hatrack-trace')
    return problem(
      '$.format',
      'this is not a Hatrack trace: `format` must be `hatrack-trace`',
      'produce one with `hatrack replay --json FILE`',
    )
  if (value['version'] !== 1)
    return problem(
      '$.version',
      `this trace has version \`${String(value['version'])}\`; this player reads version 1`,
      'replay the scenario again with this version of Hatrack',
    )
  if (!isRecord(value['scenario']))
    return problem('$.scenario', 'a trace needs a `scenario` object')
  const entities = value['entities']
  if (!Array.isArray(entities)) return problem('$.entities', 'a trace needs an `entities` list')
  for (const [index, entity] of entities.entries()) {
    const found = entityProblem(entity, `$.entities[${index}]`)
    if (found !== undefined) return found
  }
  const steps = value['steps']
  if (!Array.isArray(steps)) return problem('$.steps', 'a trace needs a `steps` list')
  for (const [index, step] of steps.entries()) {
    const found = stepProblem(step, `$.steps[${index}]`)
    if (found !== undefined) return found
  }
  return undefined
}
