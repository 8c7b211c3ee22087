/** The styles of the decision panel's gates and statements (see `gate-view.ts`). */
import { css } from 'lit'

/** Tones by data attribute, gate cards, statement lists. */
export const gateStyles = css`
  [data-tone='allow'] {
    --tone: var(--_allow);
  }
  [data-tone='explicit-deny'] {
    --tone: var(--_explicit-deny);
  }
  [data-tone='implicit-deny'] {
    --tone: var(--_implicit-deny);
  }
  [data-tone='error'] {
    --tone: var(--_error);
  }
  [data-tone='none'] {
    --tone: var(--_muted);
  }
  .gates {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .gate {
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--tone);
    border-radius: var(--_radius);
  }
  .gate[data-tone='none'] {
    border-left-style: dotted;
    color: var(--_muted);
  }
  .gate[aria-current='true'] {
    border-width: 2px 2px 2px 6px;
    border-color: var(--tone);
  }
  .gate-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .outcome {
    font-weight: 600;
    color: var(--tone);
  }
  .decider {
    font-size: 0.85em;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .reason,
  .level,
  .list-title {
    margin: 0.2rem 0;
  }
  .list-title {
    font-weight: 600;
    font-size: 0.9em;
  }
  .statements {
    margin: 0.2rem 0;
    padding-left: 1.25rem;
  }
  .statements > li {
    margin: 0.2rem 0;
    color: var(--_fg);
  }
  .policy-name {
    font-weight: 600;
  }
  .effect {
    font-weight: 600;
  }
  .mismatches {
    margin: 0.1rem 0;
    padding-left: 1.25rem;
  }
  code {
    font-family: var(--_mono);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  details > summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details[open] > summary {
    margin-bottom: 0.25rem;
  }
`
