/**
 * The panels: plain-data views beside the graph. Each exports its class and defines no tag
 * (`src/define.ts` registers them all).
 */
export { HatrackDecision } from './hatrack-decision.ts'
export { HatrackPolicy } from './hatrack-policy.ts'
export { HatrackLog } from './hatrack-log.ts'
export { HatrackTable } from './hatrack-table.ts'
export { HatrackDetails } from './hatrack-details.ts'
export { PanelElement } from './panel-element.ts'
export { emitSeek } from './seek-event.ts'
export type { SeekDetail } from './seek-event.ts'
export { keepsEntry, logFilters } from './log-filter.ts'
export type { LogFilter } from './log-filter.ts'
export { printJson, linesText, pathKey } from './json-lines.ts'
export type { JsonLine, JsonLines, JsonToken, JsonTokenKind, LineRange } from './json-lines.ts'
export { elementRange, resolvePath, statementRange } from './policy-ranges.ts'
export { statementBadge } from './statement-badge.ts'
export {
  decisionVerdicts,
  edgeKindNames,
  gateNames,
  gateOutcomes,
  nodeKindNames,
  outcomeVerdict,
  policyKindNames,
} from './words.ts'
export type { Verdict } from './words.ts'
