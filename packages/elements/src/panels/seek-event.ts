/**
 * `hatrack-seek`: a panel asks its player to show a step (a log entry was chosen). Like every
 * Hatrack event it bubbles and crosses shadow boundaries.
 */

/** The detail of `hatrack-seek`. */
export interface SeekDetail {
  readonly step: number
}

/** Dispatches `hatrack-seek` from `target`. */
export function emitSeek(target: EventTarget, step: number): boolean {
  return target.dispatchEvent(
    new CustomEvent<SeekDetail>('hatrack-seek', {
      detail: { step },
      bubbles: true,
      composed: true,
    }),
  )
}

declare global {
  interface HTMLElementEventMap {
    'hatrack-seek': CustomEvent<SeekDetail>
  }
}
