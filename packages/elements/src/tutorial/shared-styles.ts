/** What the tutorial elements share in looks: buttons, the status line, hidden text, badges. */
import { css } from 'lit'

/** Shared styles of `<hatrack-challenge>`, `<hatrack-sandbox>` and `<hatrack-progress>`. */
export const tutorialStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  button {
    font: inherit;
    font-size: 0.9rem;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  code {
    font-family: var(--_mono);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .badge {
    display: inline-block;
    margin-left: 0.5rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--_bg);
    background: var(--_allow);
    vertical-align: middle;
  }
  .status {
    margin: 0.5rem 0;
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .notice {
    color: var(--_muted);
  }
  .glyph {
    display: inline-block;
    width: 1.4em;
    font-weight: bold;
  }
  .held .glyph {
    color: var(--_allow);
  }
  .failed .glyph {
    color: var(--_explicit-deny);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`
