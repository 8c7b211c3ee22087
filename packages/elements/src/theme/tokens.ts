/**
 * The design tokens every Hatrack element shares, as CSS custom properties with fallbacks. A host
 * page themes the elements by setting `--hatrack-*` on them or on any ancestor; `::part`s reach
 * the rest. Light and dark follow the host site (`theme="auto"`): VitePress's `html.dark`,
 * Docusaurus's and Starlight's `data-theme="dark"`, else `prefers-color-scheme`. The elements set
 * `data-dark` on their host when dark applies (see `theme-watch.ts`), and these tokens switch on it.
 *
 * `--hatrack-duration` is the one duration token: every animation reads it, and it is forced to
 * 0 under `prefers-reduced-motion: reduce`.
 */
import { css } from 'lit'

/** The shared tokens; include first in every element's `static styles`. */
export const tokens = css`
  :host {
    --_bg: var(--hatrack-bg, #ffffff);
    --_fg: var(--hatrack-fg, #1b1f24);
    --_muted: var(--hatrack-muted, #59636e);
    --_surface: var(--hatrack-surface, #f6f8fa);
    --_border: var(--hatrack-border, #d1d9e0);
    --_accent: var(--hatrack-accent, #0969da);
    --_allow: var(--hatrack-allow, #1a7f37);
    --_explicit-deny: var(--hatrack-explicit-deny, #cf222e);
    --_implicit-deny: var(--hatrack-implicit-deny, #9a6700);
    --_error: var(--hatrack-error, #8250df);
    --_node-user: var(--hatrack-node-user, #0969da);
    --_node-role: var(--hatrack-node-role, #8250df);
    --_node-session: var(--hatrack-node-session, #bf3989);
    --_node-service: var(--hatrack-node-service, #1a7f37);
    --_node-provider: var(--hatrack-node-provider, #9a6700);
    --_node-resource: var(--hatrack-node-resource, #57606a);
    --_edge-trust: var(--hatrack-edge-trust, #8c959f);
    --_edge-assume: var(--hatrack-edge-assume, #8250df);
    --_edge-request: var(--hatrack-edge-request, #0969da);
    --_edge-denial: var(--hatrack-edge-denial, #cf222e);
    --_font: var(--hatrack-font, system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif);
    --_mono: var(
      --hatrack-mono,
      ui-monospace,
      'SFMono-Regular',
      Menlo,
      'DejaVu Sans Mono',
      monospace
    );
    --_radius: var(--hatrack-radius, 6px);
    --_duration: var(--hatrack-duration, 600ms);
    color: var(--_fg);
    font-family: var(--_font);
  }
  :host([data-dark]) {
    --_bg: var(--hatrack-bg, #0d1117);
    --_fg: var(--hatrack-fg, #e6edf3);
    --_muted: var(--hatrack-muted, #9198a1);
    --_surface: var(--hatrack-surface, #151b23);
    --_border: var(--hatrack-border, #3d444d);
    --_accent: var(--hatrack-accent, #4493f8);
    --_allow: var(--hatrack-allow, #3fb950);
    --_explicit-deny: var(--hatrack-explicit-deny, #f85149);
    --_implicit-deny: var(--hatrack-implicit-deny, #d29922);
    --_error: var(--hatrack-error, #ab7df8);
    --_node-user: var(--hatrack-node-user, #4493f8);
    --_node-role: var(--hatrack-node-role, #ab7df8);
    --_node-session: var(--hatrack-node-session, #db61a2);
    --_node-service: var(--hatrack-node-service, #3fb950);
    --_node-provider: var(--hatrack-node-provider, #d29922);
    --_node-resource: var(--hatrack-node-resource, #9198a1);
    --_edge-trust: var(--hatrack-edge-trust, #656c76);
    --_edge-assume: var(--hatrack-edge-assume, #ab7df8);
    --_edge-request: var(--hatrack-edge-request, #4493f8);
    --_edge-denial: var(--hatrack-edge-denial, #f85149);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
  :host([data-reduced-motion]) {
    --_duration: 0ms;
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`
