/**
 * A prediction checkpoint on the stage (`part="checkpoint"`): the question as a fieldset's
 * legend, its choices as native buttons (keys 1–9 pick one), then the reveal in a
 * `role="status"` region: the reader's choice marked right or wrong with a glyph and words, the
 * right one shown (the other choices fold away), the explanation, and "Run the step". A checkpoint the replay contradicts
 * (`held: false`) never teaches its answer: a warning with the replay's detail replaces the
 * reveal. Every scenario string renders as text through the narration renderer.
 */
import { html, nothing, type TemplateResult } from 'lit'
import type { TraceCheckpoint } from '@hatrack/scenario'
import { narration, narrationInline } from '../text/index.ts'
import type { OpenQuestion } from './player-engine.ts'
import { plainCaption } from './plain-caption.ts'
import { stepCounter } from './transport.ts'

/** What the overlay shows and asks for. */
export interface CheckpointViewModel {
  readonly question: OpenQuestion
  answer(choice: number): void
  run(): void
}

/** The words beside a choice once answered (empty for a choice that is neither). */
export function choiceMark(checkpoint: TraceCheckpoint, index: number, choice: number): string {
  const mine = index === choice
  if (!checkpoint.held) return mine ? 'Your answer' : ''
  const right = index === checkpoint.answer
  if (mine) return right ? '✓ Your answer: right' : '✗ Your answer: wrong'
  return right ? '✓ The answer' : ''
}

/** The verdict's first line: "✓ Right." or "✗ Not quite: the answer is 2." (marked above). */
export function verdict(checkpoint: TraceCheckpoint, choice: number): string {
  if (!checkpoint.held) return "⚠ This checkpoint's answer disagrees with the replay:"
  if (choice === checkpoint.answer) return '✓ Right.'
  return `✗ Not quite: the answer is ${checkpoint.answer + 1}.`
}

/** What the status region announces once when the question appears. */
export function questionAnnouncement(question: OpenQuestion, stepCount: number): string {
  const { checkpoint, step } = question
  const choices = checkpoint.choices.map((c, i) => `${i + 1}: ${plainCaption(c.text)}`).join('; ')
  return `Question before ${stepCounter(step, stepCount).toLowerCase()}. ${plainCaption(
    checkpoint.question,
  )} Choices: ${choices}`
}

function reveal(checkpoint: TraceCheckpoint, choice: number): TemplateResult {
  if (!checkpoint.held)
    return html`<p class="verdict warning">
      ${verdict(checkpoint, choice)} ${checkpoint.detail}. Run the step to see what it does.
    </p>`
  const right = choice === checkpoint.answer
  return html`<p class="verdict ${right ? 'right' : 'wrong'}">
      <strong>${verdict(checkpoint, choice)}</strong>
    </p>
    <div class="explain">${narration(checkpoint.explain)}</div>`
}

/** The overlay for the open question. */
export function checkpointTemplate(m: CheckpointViewModel): TemplateResult {
  const { checkpoint, step, choice } = m.question
  const count = checkpoint.choices.length
  return html`<section
    class="checkpoint"
    part="checkpoint"
    aria-label=${`Question before step ${step + 1}`}
  >
    <fieldset class="question" tabindex="-1">
      <legend>${narrationInline(checkpoint.question)}</legend>
      <ol class="choices">
        ${checkpoint.choices.map((c, i) => {
          const mark = choice === undefined ? '' : choiceMark(checkpoint, i, choice)
          const tone = mark.startsWith('✓') ? 'right' : mark.startsWith('✗') ? 'wrong' : ''
          // Once answered, only the reader's choice and the right one stay, to leave room.
          if (choice !== undefined && mark === '') return nothing
          return html`<li>
            <button
              type="button"
              class="choice ${tone}"
              aria-keyshortcuts=${i < 9 ? String(i + 1) : nothing}
              ?disabled=${choice !== undefined}
              @click=${() => m.answer(i)}
            >
              <span class="key" aria-hidden="true">${i + 1}</span>
              <span class="text">${narrationInline(c.text)}</span>
              ${mark === '' ? nothing : html`<span class="mark">${mark}</span>`}
            </button>
          </li>`
        })}
      </ol>
      ${
        choice === undefined
          ? html`<p class="hint">
              Predict, then see the step run.${count <= 9 ? ` Keys 1 to ${count} answer.` : ''}
            </p>`
          : nothing
      }
    </fieldset>
    <div class="reveal" role="status">
      ${choice === undefined ? nothing : reveal(checkpoint, choice)}
    </div>
    ${
      choice === undefined
        ? nothing
        : html`<button type="button" class="run" @click=${m.run}>Run the step</button>`
    }
  </section>`
}
