/**
 * The player's keyboard shortcuts, as data: which key does what, and when a key belongs to the
 * control that has focus instead (Space on a button presses it, arrows move a range input, any
 * key types into a text field). The listener sits on the player's host, never on `window`, so a
 * key only acts while focus is inside that player.
 */

/** What a key asks the player to do. */
export type PlayerCommand =
  | 'toggle'
  | 'previous'
  | 'next'
  | 'first'
  | 'last'
  | 'previousChapter'
  | 'nextChapter'
  | 'help'
  | 'table'
  | 'presenter'
  | 'close'

/** The commands that move the step, and the machine event each one sends. */
export const STEP_COMMANDS = {
  previous: 'PREV',
  next: 'NEXT',
  first: 'FIRST',
  last: 'LAST',
  previousChapter: 'PREV_CHAPTER',
  nextChapter: 'NEXT_CHAPTER',
} as const satisfies Partial<Record<PlayerCommand, string>>

/** The kind of element a key event comes from, which decides the keys it keeps for itself. */
export type KeyTarget = 'text' | 'button' | 'range' | 'select' | 'other'

/** The shortcuts, in the order the help overlay lists them. */
export const HOTKEYS: readonly {
  readonly keys: readonly string[]
  readonly command: PlayerCommand
  readonly label: string
}[] = [
  { keys: [' '], command: 'toggle', label: 'Play or pause' },
  { keys: [',', 'ArrowLeft', 'PageUp'], command: 'previous', label: 'Previous step' },
  { keys: ['.', 'ArrowRight', 'PageDown'], command: 'next', label: 'Next step' },
  { keys: ['Home'], command: 'first', label: 'First step' },
  { keys: ['End'], command: 'last', label: 'Last step' },
  { keys: ['['], command: 'previousChapter', label: 'Previous chapter' },
  { keys: [']'], command: 'nextChapter', label: 'Next chapter' },
  { keys: ['t'], command: 'table', label: 'Table view on or off' },
  { keys: ['p'], command: 'presenter', label: 'Presenter mode on or off' },
  { keys: ['?'], command: 'help', label: 'This help' },
  { keys: ['Escape'], command: 'close', label: 'Close details, help or presenter mode' },
]

/** How a key is written in the help overlay. */
export function keyLabel(key: string): string {
  const names: Record<string, string> = {
    ' ': 'Space',
    ArrowLeft: '←',
    ArrowRight: '→',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Escape: 'Esc',
  }
  return names[key] ?? key
}

/** Keys a focused control handles itself. */
const OWNED: Record<KeyTarget, readonly string[]> = {
  text: [],
  button: [' ', 'Enter'],
  range: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'],
  select: [
    ' ',
    'ArrowLeft',
    'ArrowRight',
    'ArrowUp',
    'ArrowDown',
    'Home',
    'End',
    'PageUp',
    'PageDown',
  ],
  other: [],
}

/**
 * The command for a key pressed on `target`, or undefined when the key is not a shortcut, comes
 * with Ctrl, Alt or Meta (the browser's own shortcuts), or belongs to the focused control.
 */
export function hotkeyFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  target: KeyTarget,
): PlayerCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined
  if (target === 'text' && event.key !== 'Escape') return undefined
  if (OWNED[target].includes(event.key)) return undefined
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  return HOTKEYS.find((entry) => entry.keys.includes(key))?.command
}

/** The kind of element `element` is, for {@link hotkeyFor}. */
export function keyTargetOf(element: EventTarget | undefined): KeyTarget {
  if (element instanceof Element && element.getAttribute('role') === 'button') return 'button'
  if (!(element instanceof HTMLElement)) return 'other'
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return 'text'
  if (element instanceof HTMLSelectElement) return 'select'
  if (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement) return 'button'
  if (element instanceof HTMLInputElement) {
    if (element.type === 'range') return 'range'
    if (element.type === 'radio') return 'select'
    if (['button', 'checkbox', 'submit', 'reset'].includes(element.type)) return 'button'
    return 'text'
  }
  return 'other'
}
