/**
 * The graph's styles. `GraphView` adopts them into the shadow root (or document) that holds its
 * `<g>`, so a host needs nothing else; a Lit host may also list `graphStyles` in its own
 * `static styles` (the same sheet is adopted once). Colours come from the shared `--_*` tokens,
 * with fallbacks when the graph is drawn outside an element that sets them.
 */
import { css } from 'lit'

/** Styles for lanes, nodes, edges, the travelling call and the legend. */
export const graphStyles = css`
  .hatrack-graph-root {
    font-family: var(--_font, system-ui, sans-serif);
  }
  .lane-band {
    fill: var(--_surface, #f6f8fa);
    stroke: var(--_border, #d1d9e0);
    stroke-width: 1;
  }
  .lane-label {
    fill: var(--_muted, #59636e);
    font-size: 12px;
    font-weight: 600;
  }
  .node {
    --k: var(--_node-resource, #57606a);
    cursor: pointer;
    outline: none;
  }
  .node--user,
  .node--root,
  .node--group,
  .node--cliProfile {
    --k: var(--_node-user, #0969da);
  }
  .node--role,
  .node--instanceProfile {
    --k: var(--_node-role, #8250df);
  }
  .node--session {
    --k: var(--_node-session, #bf3989);
  }
  .node--service {
    --k: var(--_node-service, #1a7f37);
  }
  .node--provider,
  .node--trustAnchor,
  .node--rolesAnywhereProfile {
    --k: var(--_node-provider, #9a6700);
  }
  .node--anonymous {
    --k: var(--_muted, #59636e);
  }
  .node-shape {
    fill: color-mix(in srgb, var(--k) 14%, var(--_bg, #ffffff));
    stroke: var(--k);
    stroke-width: 2;
  }
  .node--anonymous .node-shape {
    stroke-dasharray: 3 3;
  }
  .node-pulse {
    fill: none;
    stroke: var(--k);
    stroke-width: 3;
    opacity: 0;
    pointer-events: none;
  }
  .node-label,
  .node-ttl,
  .edge-badge-text,
  .call-label {
    fill: var(--_fg, #1b1f24);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_bg, #ffffff);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .node-label {
    text-anchor: middle;
  }
  /* The label's own family with even-width digits, not the monospace one: a page's first frame
     would otherwise look its whole fallback chain up for one short countdown. */
  .node-ttl {
    text-anchor: middle;
    font-size: 10px;
    font-variant-numeric: tabular-nums;
    fill: var(--k);
  }
  .node-strike {
    display: none;
    stroke: var(--_fg, #1b1f24);
    stroke-width: 2;
  }
  .node.is-expired .node-shape {
    fill: var(--_surface, #f6f8fa);
    stroke: var(--_muted, #59636e);
    stroke-dasharray: 2 2;
  }
  .node.is-expired .node-strike {
    display: inline;
  }
  .node.is-expired .node-ttl {
    fill: var(--_muted, #59636e);
    font-weight: 700;
  }
  .node.is-actor .node-shape,
  .node.is-target .node-shape {
    stroke-width: 3.5;
  }
  .node:focus-visible .node-shape,
  .node:hover .node-shape {
    stroke: var(--_accent, #0969da);
    stroke-width: 4;
  }
  .node:focus-visible .node-label {
    font-weight: 700;
  }
  .node.is-absent {
    pointer-events: none;
  }
  /* An absent node is not laid out nor painted (a scenario's later sessions, a deleted user),
     except while it fades out. */
  .node.is-absent:not(.is-animating) {
    display: none;
  }
  .edge-line {
    fill: none;
    stroke: var(--e);
    stroke-width: 1.5;
  }
  .edge--trust {
    --e: var(--_edge-trust, #8c959f);
  }
  .edge--trust .edge-line {
    stroke-dasharray: 6 4;
  }
  .edge--assume {
    --e: var(--_edge-assume, #8250df);
  }
  .edge--assume .edge-line {
    stroke-width: 2.25;
  }
  .edge--request {
    --e: var(--_edge-request, #0969da);
  }
  .edge--request .edge-line {
    stroke-width: 1.25;
  }
  .edge--denial {
    --e: var(--_edge-denial, #cf222e);
  }
  .edge--denial .edge-line {
    stroke-dasharray: 4 3;
    stroke-width: 2;
  }
  .edge--session {
    --e: var(--_node-session, #bf3989);
  }
  .edge--session .edge-line {
    stroke-width: 1;
  }
  .edge.is-current .edge-line {
    stroke-width: 3;
  }
  .edge.is-highlighted .edge-line {
    stroke-width: 3;
  }
  .edge-badge-text {
    fill: var(--e);
    font-size: 10px;
    font-weight: 600;
    text-anchor: middle;
  }
  .marker path {
    fill: none;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .marker--trust path {
    stroke: var(--_edge-trust, #8c959f);
  }
  .marker--assume path {
    stroke: var(--_edge-assume, #8250df);
  }
  .marker--request path {
    fill: var(--_edge-request, #0969da);
    stroke: var(--_edge-request, #0969da);
  }
  .marker--denial path {
    stroke: var(--_edge-denial, #cf222e);
    stroke-width: 2;
  }
  .is-dimmed > * {
    opacity: 0.18;
  }
  .call {
    pointer-events: none;
  }
  .is-animating {
    will-change: opacity;
  }
  .node-pulse.is-animating {
    will-change: transform, opacity;
  }
  .call-token {
    will-change: transform, opacity;
    fill: var(--_accent, #0969da);
    stroke: var(--_bg, #ffffff);
    stroke-width: 2;
  }
  .call-glyph {
    --t: var(--_allow, #1a7f37);
  }
  .call-glyph.is-explicit-deny {
    --t: var(--_explicit-deny, #cf222e);
  }
  .call-glyph.is-implicit-deny {
    --t: var(--_implicit-deny, #9a6700);
  }
  .call-glyph.is-error {
    --t: var(--_error, #8250df);
  }
  .call-glyph-disc {
    fill: var(--t);
    stroke: var(--_bg, #ffffff);
    stroke-width: 2;
  }
  .call-glyph-mark {
    fill: #ffffff;
    font-size: 13px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .call-label {
    font-size: 12px;
    font-weight: 600;
    fill: var(--t);
    text-anchor: middle;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 12px;
    color: var(--_muted, #59636e);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .legend svg {
    overflow: visible;
  }
  .legend .node {
    cursor: default;
  }
`
