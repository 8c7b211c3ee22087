/** The challenge's own looks: the goal, the checklist, hints and the solution. */
import { css } from 'lit'

/** Styles of `<hatrack-challenge>`. */
export const challengeStyles = css`
  header h2 {
    margin: 0 0 0.25rem;
    font-size: 1.2rem;
  }
  .summary,
  .edits {
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .goal-text p {
    margin: 0.5rem 0;
  }
  .goals {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 1rem;
  }
  .goal {
    padding: 0.35rem 0.5rem;
    border-left: 3px solid var(--_border);
    margin: 0.25rem 0;
  }
  .goal.held {
    border-left-color: var(--_allow);
  }
  .goal.failed {
    border-left-color: var(--_explicit-deny);
  }
  .want {
    color: var(--_muted);
  }
  .say,
  .detail,
  .aws {
    margin-left: 1.4em;
    font-size: 0.9rem;
  }
  .say {
    color: var(--_muted);
  }
  .aws {
    font-family: var(--_mono);
    font-size: 0.8rem;
  }
  .extras {
    margin: 0.25rem 0 0 1.4em;
    padding-left: 1rem;
    font-size: 0.9rem;
  }
  .hints {
    margin: 0.5rem 0;
    padding-left: 1.25rem;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .solution pre {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    overflow: auto;
    font: 0.85rem / 1.5 var(--_mono);
  }
  .stale {
    color: var(--_muted);
    font-style: italic;
  }
  .next {
    font-weight: 600;
    font-size: 1.05rem;
  }
  details.replay {
    margin-top: 1rem;
  }
  .error {
    border: 1px solid var(--_explicit-deny);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
`
