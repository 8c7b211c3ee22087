/** The Trace a replay gives, and what reads it. */
export type * from './types.ts'
export { checkScenario } from './check-scenario.ts'
export type { ExpectationVerdict, ScenarioVerdict } from './check-scenario.ts'
export { stepAt } from './step-at.ts'
