/** The styles of `<hatrack-table>`'s tables. */
import { css } from 'lit'

/** Bordered, compact tables whose long ARNs wrap. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    margin: 0 0 1rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .step th {
    width: 1%;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  tr[aria-current='true'] {
    background: var(--_surface);
  }
  th button {
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
  }
  code {
    font-family: var(--_mono);
    font-size: 0.95em;
  }
  .outcome {
    color: var(--tone);
    font-weight: 600;
  }
  .message {
    font-family: var(--_mono);
  }
  .narration p {
    margin: 0 0 0.25rem;
  }
  .empty {
    color: var(--_muted);
  }
`
