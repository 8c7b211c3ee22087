/**
 * `load`: a scenario file's text to a loaded {@link Scenario}, or the issues that prevent it —
 * never both, never an exception, never a hang. In order: size and nesting limits, YAML, the
 * format's keys and kinds, `extends` (base files merged under this one), then names, policies
 * and the timeline. Issues carry a code, a message for learners, a JSON path, a line and a
 * column in the file they concern, and a hint.
 */
import type { Scenario } from '../format/scenario.ts'
import { scenario as scenarioDefinition } from '../schema/definitions/scenario.ts'
import type { ScenarioInput } from '../schema/definitions/scenario.ts'
import { validate } from '../schema/validate.ts'
import { followExtends, type ResolveFile } from './extends/chain.ts'
import { merge, type Sourced } from './extends/merge.ts'
import { hasErrors, issue, type ScenarioIssue } from './issues/index.ts'
import { readScenario } from './normalize/read-scenario.ts'
import { place, placeAll } from './place.ts'
import { readFile } from './read-file.ts'
import { createLocator, originLeaf } from './source/locator.ts'

/** Options of {@link load}. */
export interface LoadOptions {
  /** The file's name, for issues and to resolve `extends` against. */
  readonly fileName?: string
  /** Reads a base scenario named by `extends` (a path resolved against `fileName`). */
  readonly resolveFile?: ResolveFile
}

/** What {@link load} gives. */
export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ScenarioIssue[] }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

function loadText(text: string, options: LoadOptions): LoadResult {
  const root = readFile(text, options.fileName)
  if (!root.ok) return { ok: false, issues: root.issues }
  const followed = followExtends({ file: root.file, value: root.value }, options.resolveFile)
  if (!followed.ok) return { ok: false, issues: followed.issues }
  const [first, ...rest] = followed.chain
  if (first === undefined) throw new Error('followExtends returned an empty chain')
  let merged: Sourced = { value: first.value, origin: originLeaf(first.file) }
  for (const next of rest)
    merged = merge(scenarioDefinition, merged, { value: next.value, origin: originLeaf(next.file) })
  const locator = createLocator(merged.origin)
  if (rest.length > 0) {
    const checked = validate(scenarioDefinition, merged.value, {
      mode: { required: true, nullRemoves: false },
    })
    if (checked.issues.length > 0) return { ok: false, issues: placeAll(checked.issues, locator) }
  }
  const files = followed.chain.map((entry) => entry.file.name)
  const read = readScenario(merged.value as ScenarioInput, locator, files)
  const issues = placeAll(read.issues, locator)
  if (!read.ok || hasErrors(issues)) return { ok: false, issues }
  return { ok: true, scenario: read.scenario, warnings: issues }
}

/**
 * Loads a scenario from YAML or JSON text. Never throws: bad input, and even a bug of Hatrack's
 * (`scenario.internal`), come back as issues.
 */
export function load(text: string, options: LoadOptions = {}): LoadResult {
  try {
    if (typeof text !== 'string') {
      return {
        ok: false,
        issues: [
          place(
            issue('scenario.schema.type', [], 'expected the text of a scenario file'),
            undefined,
            options.fileName,
          ),
        ],
      }
    }
    return loadText(text, options)
  } catch (error) {
    let detail = 'an unexpected error'
    let fileName: string | undefined
    try {
      detail = error instanceof Error ? error.message : String(error)
      fileName = typeof options.fileName === 'string' ? options.fileName : undefined
    } catch {
      // An option that throws when read: report without it.
    }
    return {
      ok: false,
      issues: [
        place(
          issue('scenario.internal', [], `hatrack failed while reading this file: ${detail}`, {
            hint: 'this is a bug in Hatrack, not in the scenario: please report it with the file',
          }),
          undefined,
          fileName,
        ),
      ],
    }
  }
}
