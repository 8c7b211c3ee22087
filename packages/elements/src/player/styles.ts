/**
 * The player's own styles (the graph brings its own, `graphStyles`). The stage keeps a fixed
 * aspect ratio from the first paint, so loading, errors, and panels appearing beside it never
 * shift the page; the side column scrolls inside the stage's height.
 */
import { css } from 'lit'

/** Layout, controls, caption, side panels, error box, help overlay, presenter mode. */
export const playerStyles = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.45;
    font-size: 1rem;
    overflow: hidden;
  }
  :host(:focus-within) {
    border-color: var(--_accent);
  }
  :host([presenter]) {
    font-size: 1.5rem;
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
    overflow: auto;
    border-radius: 0;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button,
  select {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.55em;
    min-height: 2em;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.5;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .header {
    display: flex;
    align-items: baseline;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    white-space: nowrap;
    overflow: hidden;
  }
  .title {
    flex: none;
    font-weight: 650;
    font-size: 1.1em;
  }
  .summary {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(15rem, 22rem);
  }
  :host([nopanels]) .body,
  .body.solo {
    grid-template-columns: minmax(0, 1fr);
  }
  .stage {
    position: relative;
    /* The caption's height is capped in the stage's own width (cqw). */
    container-type: inline-size;
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    aspect-ratio: var(--hatrack-aspect, 16 / 10);
    min-height: 18rem;
    background: var(--_bg);
    overflow: hidden;
  }
  .stage:focus-visible {
    outline-offset: -3px;
  }
  .panes {
    position: relative;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .panes.split {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  /* Out of flow, in the first column: a change inside the SVG then never re-sizes it, which
     would make Chromium lay out all of its text again on every animation frame. */
  /* A small layout is held to its largest size (GraphView.fit sets max-width and max-height)
     and centred. */
  svg.graph {
    position: absolute;
    inset: 0;
    margin: auto;
    grid-column: 1 / 2;
    display: block;
    width: 100%;
    height: 100%;
    touch-action: none;
  }
  .panes.split .table-pane {
    grid-column: 2;
  }
  .table-pane {
    overflow: auto;
    border-left: 1px solid var(--_border);
  }
  [hidden] {
    display: none !important;
  }
  .caption {
    box-sizing: border-box;
    display: grid;
    /* As tall as the tallest narration stacked in its one cell (caption-fit.ts), up to 40% of
       the stage's height: its width over its aspect ratio. */
    height: var(--hatrack-caption-height, auto);
    max-height: var(--hatrack-caption-height, calc(40cqw / (var(--hatrack-aspect, 16 / 10))));
    margin: 0 0.75rem 0.75rem;
    overflow: auto;
    padding: 0.5rem 0.75rem;
    background: color-mix(in srgb, var(--_surface) 92%, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.95em;
  }
  .caption .narration,
  .caption .spacer {
    grid-area: 1 / 1;
    align-self: start;
    min-width: 0;
  }
  .caption .spacer {
    visibility: hidden;
  }
  .caption.blank {
    visibility: hidden;
  }
  /* More below than the caption shows (caption-fit.ts): its last line fades out. */
  .caption.more::after {
    content: '';
    position: sticky;
    bottom: -0.5rem;
    grid-area: 1 / 1;
    align-self: end;
    height: 1.6em;
    background: linear-gradient(to bottom, transparent, var(--_surface));
    pointer-events: none;
  }
  .caption p {
    margin: 0 0 0.35em;
  }
  .caption p:last-child {
    margin-bottom: 0;
  }
  .caption code,
  .error code {
    font-family: var(--_mono);
    font-size: 0.9em;
  }
  .caption a {
    color: var(--_accent);
  }
  .notice {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .side {
    position: relative;
    border-left: 1px solid var(--_border);
    min-height: 14rem;
  }
  .side-inner {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .details-head h3 {
    margin: 0;
    font-size: 1em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .transport,
  .views,
  .extras {
    display: flex;
    gap: 0.25rem;
    align-items: center;
  }
  .extras.end {
    margin-left: auto;
  }
  .icon {
    display: block;
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  .timeline {
    flex: 1 1 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .timeline .chapters {
    grid-column: 1 / -1;
  }
  .timeline input {
    width: 100%;
    accent-color: var(--_accent);
  }
  .counter {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-size: 0.9em;
    white-space: nowrap;
  }
  .chapters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .chapters button {
    min-height: 1.6em;
    padding: 0 0.45em;
  }
  .chapters button[aria-current] {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .legend-box {
    padding: 0 0.75rem 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend-box summary {
    cursor: pointer;
  }
  .error {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    border-left: 4px solid var(--_explicit-deny);
  }
  .error h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
    color: var(--_explicit-deny);
  }
  .error p {
    margin: 0.25rem 0;
  }
  .error .where {
    font-weight: 600;
  }
  .error .hint {
    color: var(--_muted);
  }
  .error ul {
    margin: 0.5rem 0;
    padding-left: 1.25rem;
  }
  .help {
    position: absolute;
    inset: 1rem;
    z-index: 2;
    overflow: auto;
    padding: 1rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px color-mix(in srgb, var(--_fg) 25%, transparent);
  }
  .help h3 {
    margin: 0 0 0.5rem;
  }
  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  .help dt {
    font-family: var(--_mono);
  }
  .help dd {
    margin: 0;
  }
  kbd {
    font-family: var(--_mono);
    border: 1px solid var(--_border);
    border-radius: 3px;
    padding: 0 0.3em;
    background: var(--_surface);
  }
  @container (max-width: 720px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
    .side {
      border-left: 0;
      border-top: 1px solid var(--_border);
      height: 18rem;
    }
  }
`
