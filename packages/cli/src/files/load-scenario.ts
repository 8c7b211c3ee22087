/**
 * `loadScenarioFile`: a scenario file read through the {@link Io} and loaded, its `extends`
 * chain read relative to it. A file that cannot be read is a problem of its own (no line to
 * point at); everything else is the loader's issues, with their places.
 */
import { load, type Scenario, type ScenarioIssue } from '@hatrack/scenario'
import type { Io } from '../io.ts'

/** A loaded scenario, or why not. */
export type LoadedFile =
  | {
      readonly status: 'loaded'
      readonly scenario: Scenario
      /** The loader's warnings (unknown names AWS would accept, …). */
      readonly warnings: readonly ScenarioIssue[]
    }
  | { readonly status: 'invalid'; readonly issues: readonly ScenarioIssue[] }
  | { readonly status: 'unreadable'; readonly message: string }

/** Reads `path` and loads it as a scenario. */
export function loadScenarioFile(path: string, io: Io): LoadedFile {
  const read = io.readText(path)
  if (!read.ok) return { status: 'unreadable', message: read.message }
  const result = load(read.text, {
    fileName: path,
    resolveFile: (base) => {
      const text = io.readText(base)
      return text.ok ? text.text : undefined
    },
  })
  return result.ok
    ? { status: 'loaded', scenario: result.scenario, warnings: result.warnings }
    : { status: 'invalid', issues: result.issues }
}
