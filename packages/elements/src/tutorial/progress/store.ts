/**
 * A course's progress, kept in the browser: for each lesson whether it is solved, how many
 * attempts it took, and the reader's last document. Stored in `localStorage` under
 * `hatrack:COURSE:LESSON`; every access is guarded, since storage may be missing, full, or
 * refused (private browsing, a sandboxed iframe): progress is then simply not kept.
 */

/** What is kept for one lesson. */
export interface LessonProgress {
  readonly solved: boolean
  readonly attempts: number
  /** The reader's last document (their answer once solved). */
  readonly document?: string
}

/** The course used when an element names none. */
export const DEFAULT_COURSE = 'hatrack'

/** The storage key of a lesson. */
export function progressKey(course: string, lesson: string): string {
  return `hatrack:${course || DEFAULT_COURSE}:${lesson}`
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined
  }
}

function isProgress(value: unknown): value is LessonProgress {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record['solved'] === 'boolean' &&
    typeof record['attempts'] === 'number' &&
    (record['document'] === undefined || typeof record['document'] === 'string')
  )
}

/** The lesson's progress, or undefined when nothing (valid) is kept. */
export function readProgress(course: string, lesson: string): LessonProgress | undefined {
  try {
    const raw = storage()?.getItem(progressKey(course, lesson))
    if (raw === null || raw === undefined) return undefined
    const value: unknown = JSON.parse(raw)
    return isProgress(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Keeps the lesson's progress; false when the browser refused. */
export function saveProgress(course: string, lesson: string, progress: LessonProgress): boolean {
  try {
    const store = storage()
    if (store === undefined) return false
    store.setItem(progressKey(course, lesson), JSON.stringify(progress))
    return true
  } catch {
    return false
  }
}

/** Forgets the lesson's progress. */
export function clearProgress(course: string, lesson: string): void {
  try {
    storage()?.removeItem(progressKey(course, lesson))
  } catch {
    // Storage refused: there is nothing kept to forget.
  }
}

/** Whether the lesson is solved. */
export function isSolved(course: string, lesson: string): boolean {
  return readProgress(course, lesson)?.solved === true
}

/** The first lesson of `lessons` not solved yet, or undefined when all are. */
export function nextLesson(course: string, lessons: readonly string[]): string | undefined {
  return lessons.find((lesson) => !isSolved(course, lesson))
}

/** A lesson id from a URL: its file name without the extension (`01-trust-a-user`). */
export function lessonFromUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? ''
  const file = path.slice(path.lastIndexOf('/') + 1)
  return file.replace(/\.(?:ya?ml|json)$/i, '') || 'lesson'
}
