/**
 * A caption as plain words (and the sentence announcing a step), for the `role="status"` region that announces each step once: the
 * narration's markup (bold, code, links) flattened to its text.
 */
import type { Frame } from '../core/types.ts'
import { parseNarration, type NarrationInline } from '../text/index.ts'
import { stepCounter } from './transport.ts'

function flatten(tokens: readonly NarrationInline[]): string {
  return tokens.map((t) => ('children' in t ? flatten(t.children) : t.text)).join('')
}

/** The caption's text without markup, paragraphs joined by a space. */
export function plainCaption(text: string): string {
  return parseNarration(text)
    .map((paragraph) => flatten(paragraph.children))
    .join(' ')
}

/** What the status region announces for a frame: "Step 2 of 13. He cannot create …". */
export function stepAnnouncement(
  frame: Pick<Frame, 'index' | 'caption'>,
  stepCount: number,
): string {
  return `${stepCounter(frame.index, stepCount)}. ${plainCaption(frame.caption)}`
}
