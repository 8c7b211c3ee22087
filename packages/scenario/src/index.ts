/**
 * @hatrack/scenario: scenario files. `load` reads YAML or JSON into a typed {@link Scenario}
 * (or issues with line, column and hint), `scenarioSchema` is the JSON Schema editors use,
 * `checkVocabulary` warns about names AWS does not define, `replay` gives the Trace, and
 * `gradeChallenge` grades a reader's document against a scenario's challenge.
 */
// The loaded scenario and the format's value types
export type * from './format/index.ts'
export {
  formatDuration,
  MAX_DURATION_SECONDS,
  parseDuration,
  DEFAULT_START,
  parseInstant,
} from './format/index.ts'
export type { DurationResult } from './format/index.ts'
// Loading
export {
  load,
  limits,
  resolvePath,
  scenarioIssueCodes,
  closestNames,
  editDistance,
} from './load/index.ts'
export type {
  LoadOptions,
  LoadResult,
  ResolveFile,
  ScenarioIssue,
  ScenarioIssueCode,
  ScenarioIssueCodeInfo,
  SourceLocation,
  SourceLocator,
} from './load/index.ts'
// The JSON Schema and the definitions behind it
export {
  scenarioSchema,
  scenarioDefinition,
  FORMAT_VERSION,
  stepKinds,
  changeOperations,
  toJsonSchema,
  validate,
} from './schema/index.ts'
export type {
  ChangeOperationName,
  JsonSchema,
  ScenarioInput,
  StepInput,
  StepKindName,
} from './schema/index.ts'
// AWS's vocabulary
export {
  checkVocabulary,
  collectNames,
  createVocabularySource,
  vocabularyFromUrl,
} from './vocabulary/index.ts'
export type {
  ServiceVocabulary,
  UsedName,
  VocabularyReader,
  VocabularySource,
} from './vocabulary/index.ts'
// The trace a replay gives
export type {
  EntityKind,
  EntityView,
  ExpectationResult,
  SessionView,
  SetupError,
  Trace,
  TraceActor,
  TraceAuthorization,
  TraceCall,
  TraceCheckpoint,
  TraceCheckpointChoice,
  TraceError,
  TraceFormat,
  TraceLocation,
  TraceOutcome,
  TraceScenario,
  TraceSessions,
  TraceSessionTag,
  TraceStep,
  TraceSummary,
  WorldChange,
  ExpectationVerdict,
  ScenarioVerdict,
} from './trace/index.ts'
export { checkScenario, stepAt } from './trace/index.ts'
// Replay
export { INTERNAL_ERROR, NO_CREDENTIALS, replay, replayWithWorld } from './replay/index.ts'
export type { ReplayOptions, ReplayResult } from './replay/index.ts'
// Challenges
export {
  actionCatalog,
  gradeChallenge,
  gradeChallengeAsync,
  gradeIssueCodes,
  loadActionCatalog,
  withDocument,
} from './challenge/index.ts'
export type {
  ActionCatalog,
  AsyncGradeOptions,
  ChallengeGrade,
  GoalResult,
  GradeIssue,
  GradeIssueCode,
  GradeOptions,
  GradeStatus,
  LeastPrivilegeResult,
  PrivilegeExtra,
  UnreachableResult,
} from './challenge/index.ts'
