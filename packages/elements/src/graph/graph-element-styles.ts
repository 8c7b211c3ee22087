/** The styles of `<hatrack-graph>` itself (the drawing's own are `graphStyles`). */
import { css } from 'lit'

/** Host box, the SVG's size, the legend and the error box. */
export const graphElementStyles = css`
  :host {
    display: block;
    position: relative;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 8px;
  }
  figure {
    margin: 0;
  }
  figure[hidden] {
    display: none;
  }
  /* Never wider than the layout's largest size (GraphView.fit sets max-width): centred. */
  svg.canvas {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--hatrack-graph-max-height, 70vh);
    margin-inline: auto;
    touch-action: none;
  }
  svg.canvas:not([viewBox]) {
    aspect-ratio: 16 / 9;
  }
  figcaption {
    margin-top: 6px;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    border-left: 4px solid var(--_explicit-deny);
    padding: 8px 12px;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .error h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .error p {
    margin: 4px 0;
  }
  .error .where {
    font-family: var(--_mono);
    font-weight: 600;
  }
`
