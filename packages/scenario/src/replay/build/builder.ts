/**
 * Building the declared world one administrator's change at a time. A change the model refuses
 * becomes a setup error with the declaration's place in the file, and the build goes on
 * without it (a role whose trust policy names a principal that does not exist is still there,
 * trusting no one).
 */
import type { JsonPath } from '@hatrack/policy'
import type { World } from '@hatrack/model'
import type { Scenario } from '../../format/scenario.ts'
import type { SetupError, TraceLocation } from '../../trace/types.ts'
import type { EntityRegistry } from '../entities.ts'

/** What a model operation gives, whatever its service: the new world, or the error. */
export type Applied<T> =
  | { readonly status: 'ok'; readonly world: World; readonly value: T }
  | {
      readonly status: 'error'
      readonly error: { readonly code: string; readonly message: string }
    }

/** The world being built, and what went wrong. */
export interface Builder {
  readonly scenario: Scenario
  readonly entities: EntityRegistry
  readonly errors: SetupError[]
  world: World
  /**
   * Applies `operation` to the world; on success the world moves on and the value is returned,
   * on failure `declaration` (at `path`) gets a setup error and `undefined` is returned.
   */
  apply<T>(
    declaration: string,
    path: JsonPath,
    operation: (world: World) => Applied<T>,
  ): T | undefined
}

/** Where `path` is in the scenario's files, when the scenario can tell. */
export function locationOf(scenario: Scenario, path: JsonPath): TraceLocation | undefined {
  try {
    const place = scenario.source.locate(path, 'key')
    return {
      ...(place.file === undefined ? {} : { file: place.file }),
      line: place.line,
      column: place.column,
    }
  } catch {
    return undefined
  }
}

/** A builder starting from `world`. */
export function createBuilder(scenario: Scenario, entities: EntityRegistry, world: World): Builder {
  const builder: Builder = {
    scenario,
    entities,
    errors: [],
    world,
    apply(declaration, path, operation) {
      const outcome = operation(builder.world)
      if (outcome.status === 'ok') {
        builder.world = outcome.world
        return outcome.value
      }
      const location = locationOf(scenario, path)
      builder.errors.push({
        declaration,
        path: [...path],
        ...(location === undefined ? {} : { location }),
        error: { code: outcome.error.code, message: outcome.error.message },
      })
      return undefined
    },
  }
  return builder
}
