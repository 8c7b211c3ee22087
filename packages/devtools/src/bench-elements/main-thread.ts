/**
 * The main thread's CPU time between two user-timing marks of a Chromium trace: the companion of
 * a wall-clock figure on a shared machine that leaves out the time other tenants took the cores
 * away. Chromium stamps each trace event with the thread's CPU clock (`tts`, microseconds) beside
 * the wall clock (`ts`); two marks written by the page's main thread give its CPU time between
 * them, whatever the rest of the machine did meanwhile.
 */

/** The fields of a trace event this reads (Chrome's JSON trace format). */
export interface TraceEvent {
  readonly name: string
  readonly pid: number
  readonly tid: number
  /** Wall clock, microseconds. */
  readonly ts: number
  /** The writing thread's CPU clock, microseconds. */
  readonly tts?: number
}

/** The trace category {@link mainThreadCpu} needs: the page's `performance.mark` calls. */
export const MAIN_THREAD_CATEGORIES: readonly string[] = ['blink.user_timing']

/**
 * Milliseconds of CPU the main thread spent from mark `start` to mark `end`, or `undefined` when
 * a mark is missing, has no thread clock, or the two come from different threads.
 */
export function mainThreadCpu(
  events: readonly TraceEvent[],
  start: string,
  end: string,
): number | undefined {
  const first = events.find((event) => event.name === start)
  const last = events.find((event) => event.name === end)
  if (first?.tts === undefined || last?.tts === undefined) return undefined
  if (first.pid !== last.pid || first.tid !== last.tid || last.ts < first.ts) return undefined
  return (last.tts - first.tts) / 1000
}
