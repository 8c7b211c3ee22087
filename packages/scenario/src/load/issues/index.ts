/** Scenario issues and the registry of their codes. */
export { hasErrors, issue } from './issue.ts'
export type { Anchor, PendingIssue, ScenarioIssue } from './issue.ts'
export { scenarioIssueCodes } from './registry.ts'
export type { ScenarioIssueCode } from './registry.ts'
export type { ScenarioIssueCodeInfo } from './info.ts'
