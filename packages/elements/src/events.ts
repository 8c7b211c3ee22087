/**
 * The events every Hatrack element dispatches: `CustomEvent`s that bubble and cross the shadow
 * boundary (`composed`), each named with the `hatrack-` prefix (player.md).
 */
import type { Decision } from '@hatrack/engine'
import type { ElementError, FrameCall } from './core/types.ts'

/** Each event's name and the shape of its `detail`. */
export interface HatrackEventMap {
  /** The scenario is loaded and replayed: the first frame can show. */
  'hatrack-load': { readonly title: string; readonly stepCount: number }
  'hatrack-error': ElementError
  'hatrack-stepchange': {
    readonly step: number
    readonly previousStep: number
    readonly source: 'user' | 'playback' | 'api'
  }
  'hatrack-play': { readonly step: number }
  'hatrack-pause': { readonly step: number }
  'hatrack-ended': { readonly step: number }
  /** A step with a decision became current. */
  'hatrack-decision': {
    readonly step: number
    readonly call: FrameCall
    readonly decision?: Decision
  }
  /** A node was selected (click, Enter on a focused node, or a row of the table). */
  'hatrack-nodeselect': { readonly id: string; readonly step: number }
  /**
   * A prediction checkpoint was answered: the step it is asked before, the 0-based choice, and
   * whether it is the checkpoint's answer.
   */
  'hatrack-checkpoint': { readonly step: number; readonly choice: number; readonly right: boolean }
  /** A challenge's document was graded (`failed`: `parse`, step ids, `unreachable`, `leastPrivilege`). */
  'hatrack-challenge-attempt': {
    readonly lesson: string
    readonly solved: boolean
    readonly failed: readonly string[]
  }
  /** A challenge was solved (the first time in this element). */
  'hatrack-challenge-complete': {
    readonly course: string
    readonly lesson: string
    readonly attempts: number
  }
}

export type HatrackEventName = keyof HatrackEventMap

/** Dispatches one of the events from `target`: bubbling, composed, not cancelable. */
export function emit<K extends HatrackEventName>(
  target: EventTarget,
  name: K,
  detail: HatrackEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
}

declare global {
  interface HTMLElementEventMap {
    'hatrack-load': CustomEvent<HatrackEventMap['hatrack-load']>
    'hatrack-error': CustomEvent<HatrackEventMap['hatrack-error']>
    'hatrack-stepchange': CustomEvent<HatrackEventMap['hatrack-stepchange']>
    'hatrack-play': CustomEvent<HatrackEventMap['hatrack-play']>
    'hatrack-pause': CustomEvent<HatrackEventMap['hatrack-pause']>
    'hatrack-ended': CustomEvent<HatrackEventMap['hatrack-ended']>
    'hatrack-decision': CustomEvent<HatrackEventMap['hatrack-decision']>
    'hatrack-nodeselect': CustomEvent<HatrackEventMap['hatrack-nodeselect']>
    'hatrack-checkpoint': CustomEvent<HatrackEventMap['hatrack-checkpoint']>
    'hatrack-challenge-attempt': CustomEvent<HatrackEventMap['hatrack-challenge-attempt']>
    'hatrack-challenge-complete': CustomEvent<HatrackEventMap['hatrack-challenge-complete']>
  }
}
