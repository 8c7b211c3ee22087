/** What the registry says about one issue code. */
export interface ScenarioIssueCodeInfo {
  readonly severity: 'error' | 'warning'
  /** A short title for the docs. */
  readonly title: string
  /** A paragraph for the docs: what it means and how to fix it. */
  readonly description: string
}
