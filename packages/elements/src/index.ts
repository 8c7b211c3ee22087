/**
 * @hatrack/elements: web components that play Hatrack scenarios. This entry has no side
 * effects — it defines no tag — so an application chooses its own tag names or imports
 * `@hatrack/elements/define` to register the standard ones. The heavy core (YAML, the scenario
 * loader, the model, the engine) is not imported here: `loadCore()` fetches it on demand.
 */

// The elements.
export { HatrackPlayer } from './components/hatrack-player.ts'
export { HatrackGraph } from './components/hatrack-graph.ts'
export {
  HatrackDecision,
  HatrackDetails,
  HatrackLog,
  HatrackPolicy,
  HatrackTable,
} from './panels/index.ts'

// The tutorial (issue 6): challenges, the sandbox, a course's progress, and their editor.
export { HatrackChallenge } from './components/hatrack-challenge.ts'
export { HatrackSandbox } from './components/hatrack-sandbox.ts'
export { HatrackProgress } from './components/hatrack-progress.ts'
export type { LessonEntry } from './components/hatrack-progress.ts'
export { HatrackEditor } from './tutorial/editor/hatrack-editor.ts'
export {
  clearProgress,
  isSolved,
  nextLesson,
  progressKey,
  readProgress,
  saveProgress,
} from './tutorial/progress/store.ts'
export type { LessonProgress } from './tutorial/progress/store.ts'

// Fenced code blocks of language `hatrack` turned into players.
export { FENCE_ATTRIBUTES, blockText, fenceAttributes, upgradeFences } from './fence.ts'
export type { UpgradeFencesOptions } from './fence.ts'

// Events.
export { emit } from './events.ts'
export type { HatrackEventMap, HatrackEventName } from './events.ts'

// Theming.
export { pageIsDark, parseTheme, tokens, watchTheme } from './theme/index.ts'
export type { Theme } from './theme/index.ts'

// The core, on demand, and the data the elements draw.
export { loadCore } from './core/lazy.ts'
export type {
  EditorIssue,
  GoalItem,
  GradeView,
  LoadedChallenge,
  TutorialCore,
} from './core/challenge/types.ts'
export type {
  AssumeView,
  Chapter,
  Core,
  Decision,
  DecisionKind,
  EdgeKind,
  ElementError,
  Frame,
  FrameCall,
  FrameEdge,
  FrameNode,
  Frames,
  GateName,
  LaneBox,
  Layout,
  Loaded,
  LogEntry,
  NodeBox,
  NodeDetails,
  NodeKind,
  PolicyView,
  StatementHighlight,
} from './core/types.ts'
