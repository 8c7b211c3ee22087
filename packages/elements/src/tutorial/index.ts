/**
 * The tutorial's parts (issue 6): the code editor, sharing a scenario as a link, and a course's
 * progress kept in the browser. The elements themselves are `src/components/hatrack-challenge.ts`,
 * `hatrack-sandbox.ts` and `hatrack-progress.ts`.
 */
export { HatrackEditor } from './editor/index.ts'
export type { EditorChange, EditorChangeSource, EditorLanguage } from './editor/index.ts'
export { fromBase64Url, toBase64Url } from './share/base64url.ts'
export {
  MAX_SHARED_BYTES,
  MAX_TEXT_BYTES,
  decodeShared,
  encodeShared,
  readFragment,
  shareKey,
  withFragment,
} from './share/share-link.ts'
export type { ShareResult } from './share/share-link.ts'
export {
  DEFAULT_COURSE,
  clearProgress,
  isSolved,
  lessonFromUrl,
  nextLesson,
  progressKey,
  readProgress,
  saveProgress,
} from './progress/store.ts'
export type { LessonProgress } from './progress/store.ts'
