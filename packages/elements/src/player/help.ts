/**
 * The keyboard help overlay (`?`): every shortcut with its keys, from the same tables the key
 * handlers read (the checkpoint keys last), so they never disagree.
 */
import { html, type TemplateResult } from 'lit'
import { CHECKPOINT_KEYS } from './checkpoint-keys.ts'
import { HOTKEYS, keyLabel } from './hotkeys.ts'

/** The overlay; `onClose` runs from its Close button. */
export function helpTemplate(onClose: () => void): TemplateResult {
  return html`<div class="help" role="dialog" aria-labelledby="help-title">
    <h3 id="help-title">Keyboard shortcuts</h3>
    <p>While the focus is inside the player:</p>
    <dl>
      ${[...HOTKEYS, ...CHECKPOINT_KEYS].map(
        (entry) =>
          html`<dt>
              ${entry.keys.map((key, i) => html`${i > 0 ? ' ' : ''}<kbd>${keyLabel(key)}</kbd>`)}
            </dt>
            <dd>${entry.label}</dd>`,
      )}
    </dl>
    <button type="button" class="help-close" @click=${onClose}>Close</button>
  </div>`
}
