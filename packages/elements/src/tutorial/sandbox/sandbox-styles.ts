/** The sandbox's looks: the editor beside the player (stacked when narrow), the toolbar, the notes. */
import { css } from 'lit'

/** Styles of `<hatrack-sandbox>`. */
export const sandboxStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .toolbar .keys {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  :host {
    container-type: inline-size;
  }
  .split {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  @container (min-width: 56rem) {
    .split {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .label {
    margin: 0 0 0.35rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .run.stale hatrack-player {
    opacity: 0.6;
  }
  .stale-note {
    margin: 0 0 0.35rem;
    color: var(--_implicit-deny);
    font-size: 0.9rem;
  }
  .share {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .share input {
    flex: 1;
    min-width: 0;
    font: 0.8rem var(--_mono);
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.4rem;
  }
  .error {
    border: 1px solid var(--_explicit-deny);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
`
