/**
 * What a key pressed inside the player asks for: an open checkpoint's keys first (answer, run the
 * step), then the shortcuts of `hotkeys.ts`. With the shortcuts off only Escape still acts.
 */
import { checkpointKey, type CheckpointKeyEvent } from './checkpoint-keys.ts'
import { hotkeyFor, keyTargetOf, type PlayerCommand } from './hotkeys.ts'
import type { PlayerState } from './machine.ts'

/** A machine event to send, or a command for the element. */
export type KeyAction = { readonly send: CheckpointKeyEvent } | { readonly command: PlayerCommand }

/** The action for `event` in `state`, or undefined when the key is not the player's. */
export function keyAction(
  event: KeyboardEvent,
  state: PlayerState,
  keysOn: boolean,
): KeyAction | undefined {
  const target = keyTargetOf(event.composedPath()[0])
  const send = keysOn ? checkpointKey(event, target, state) : undefined
  if (send !== undefined) return { send }
  const command = hotkeyFor(event, target)
  if (command === undefined || (!keysOn && command !== 'close')) return undefined
  return { command }
}
