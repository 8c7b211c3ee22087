/**
 * The keys of an open prediction checkpoint, read before the player's other shortcuts: 1–9
 * answer while the question is asked; once revealed, Enter or Space run the step (`.` does too,
 * as "next"). A key stays with the control that owns it: text fields, selects, and buttons for
 * Enter and Space (a button presses itself).
 */
import type { KeyTarget } from './hotkeys.ts'
import type { PlayerEvent, PlayerState } from './machine.ts'

/** The machine event a key sends while a question is open. */
export type CheckpointKeyEvent = Extract<PlayerEvent, { type: 'ANSWER' | 'CONTINUE' }>

/** The checkpoint keys as the help overlay lists them. */
export const CHECKPOINT_KEYS: readonly {
  readonly keys: readonly string[]
  readonly label: string
}[] = [
  { keys: ['1', '…', '9'], label: 'Answer a question with that choice' },
  { keys: ['Enter', ' ', '.'], label: 'Run the step once answered' },
]

/** The event for a key pressed on `target` in `state`, or undefined when it is not one of them. */
export function checkpointKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  target: KeyTarget,
  state: PlayerState,
): CheckpointKeyEvent | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined
  if (target === 'text' || target === 'select') return undefined
  if (state === 'asking' && /^[1-9]$/.test(event.key))
    return { type: 'ANSWER', choice: Number(event.key) - 1 }
  if (state === 'revealed' && (event.key === 'Enter' || event.key === ' ') && target !== 'button')
    return { type: 'CONTINUE', source: 'user' }
  return undefined
}
