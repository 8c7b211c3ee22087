/**
 * The styles of prediction checkpoints: the question overlaid on the stage (at the side, leaving
 * part of the picture of the previous step in view; over the caption when it needs the room),
 * its choices, the reveal marked with glyphs
 * and words as well as colours, and the `?` marks under the timeline.
 */
import { css } from 'lit'

/** The checkpoint overlay and the timeline's question marks. */
export const checkpointStyles = css`
  .checkpoint {
    position: absolute;
    z-index: 1;
    top: 0.75rem;
    right: 0.75rem;
    box-sizing: border-box;
    width: min(30rem, calc(100% - 1.5rem));
    max-height: calc(100% - 1.5rem);
    overflow: auto;
    padding: 0.7rem 0.9rem;
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_fg) 20%, transparent);
    font-size: 0.95em;
  }
  .checkpoint fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .checkpoint legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .checkpoint code {
    font-family: var(--_mono);
    font-size: 0.9em;
  }
  .checkpoint .choices {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checkpoint .choice {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    width: 100%;
    text-align: left;
  }
  .checkpoint .choice:disabled {
    opacity: 1;
    color: var(--_muted);
  }
  .checkpoint .choice.right,
  .checkpoint .choice.wrong {
    color: var(--_fg);
    border-width: 2px;
  }
  .checkpoint .choice.right {
    border-color: var(--_allow);
  }
  .checkpoint .choice.wrong {
    border-color: var(--_explicit-deny);
  }
  .checkpoint .key {
    flex: none;
    font-family: var(--_mono);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .checkpoint .mark {
    flex: none;
    margin-left: auto;
    font-weight: 650;
    font-size: 0.9em;
  }
  .checkpoint .right .mark,
  .checkpoint .verdict.right strong {
    color: var(--_allow);
  }
  .checkpoint .wrong .mark,
  .checkpoint .verdict.wrong strong {
    color: var(--_explicit-deny);
  }
  .checkpoint .hint {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .checkpoint .reveal p {
    margin: 0.5rem 0 0;
  }
  .checkpoint .verdict.warning {
    padding-left: 0.5rem;
    border-left: 4px solid var(--_implicit-deny);
  }
  .checkpoint .run {
    margin-top: 0.6rem;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .timeline .questions {
    grid-row: 2;
    grid-column: 1;
    position: relative;
    height: 1.1em;
    margin: -0.3rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
  }
  .timeline .questions li {
    position: absolute;
    left: calc(8px + (100% - 16px) * var(--at, 0));
    transform: translateX(-50%);
    font-weight: 700;
    color: var(--_accent);
  }
`
