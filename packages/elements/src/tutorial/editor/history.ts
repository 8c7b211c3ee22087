/**
 * The editor's own undo history. Setting a textarea's value from script clears the browser's
 * undo stack, so the editor keeps its own: snapshots of text and selection, typing within a
 * second merged into one step, a bounded depth. Time comes in as an argument, so it is pure.
 */

/** The text and where the selection was. */
export interface EditorSnapshot {
  readonly text: string
  readonly selectionStart: number
  readonly selectionEnd: number
}

/** How an edit joins the history. */
export interface RecordOptions {
  /** Edits of the same group close in time merge into one undo step (`type`); none never merge. */
  readonly group?: string
  /** When the edit happened, in milliseconds (any clock). */
  readonly at?: number
}

/** Edits of one group this close together (milliseconds) merge. */
export const MERGE_WINDOW = 1000

/** How many undo steps are kept. */
export const HISTORY_DEPTH = 200

/** A linear undo/redo history of snapshots. */
export class EditHistory {
  #past: EditorSnapshot[] = []
  #present: EditorSnapshot
  #future: EditorSnapshot[] = []
  #group: string | undefined
  #at = Number.NEGATIVE_INFINITY

  /** Starts with `initial` as the present, nothing to undo. */
  constructor(initial: EditorSnapshot) {
    this.#present = initial
  }

  /** The current snapshot. */
  get present(): EditorSnapshot {
    return this.#present
  }
  /** Whether there is something to undo. */
  get canUndo(): boolean {
    return this.#past.length > 0
  }
  /** Whether there is something to redo. */
  get canRedo(): boolean {
    return this.#future.length > 0
  }

  /** Records `next` as the present after an edit; an unchanged text only moves the selection. */
  record(next: EditorSnapshot, options: RecordOptions = {}): void {
    if (next.text === this.#present.text) {
      this.#present = next
      return
    }
    const at = options.at ?? Number.NEGATIVE_INFINITY
    const merge =
      options.group !== undefined &&
      options.group === this.#group &&
      at - this.#at <= MERGE_WINDOW &&
      this.#past.length > 0
    if (!merge) {
      this.#past.push(this.#present)
      if (this.#past.length > HISTORY_DEPTH) this.#past.shift()
    }
    this.#present = next
    this.#future = []
    this.#group = options.group
    this.#at = at
  }

  /** Steps back: the snapshot to show, or undefined when there is nothing to undo. */
  undo(): EditorSnapshot | undefined {
    const previous = this.#past.pop()
    if (previous === undefined) return undefined
    this.#future.push(this.#present)
    this.#present = previous
    this.#group = undefined
    return previous
  }

  /** Steps forward again: the snapshot to show, or undefined when there is nothing to redo. */
  redo(): EditorSnapshot | undefined {
    const next = this.#future.pop()
    if (next === undefined) return undefined
    this.#past.push(this.#present)
    this.#present = next
    this.#group = undefined
    return next
  }

  /** Forgets everything and starts over from `initial`. */
  clear(initial: EditorSnapshot): void {
    this.#past = []
    this.#future = []
    this.#present = initial
    this.#group = undefined
  }
}
