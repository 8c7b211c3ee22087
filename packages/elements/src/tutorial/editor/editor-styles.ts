/**
 * The editor's look: a `<textarea>` with transparent text over a highlighted `<pre>` of the same
 * font, size, line height and padding, so the caret and selection sit on the coloured text; a
 * gutter of line numbers with issue markers; the issues listed below.
 */
import { css } from 'lit'

/** Styles of `<hatrack-editor>`. */
export const editorStyles = css`
  :host {
    display: block;
    --_code-key: var(--hatrack-code-key, var(--_accent));
    --_code-string: var(--hatrack-code-string, var(--_allow));
    --_code-number: var(--hatrack-code-number, var(--_implicit-deny));
    --_code-keyword: var(--hatrack-code-keyword, var(--_error));
    --_code-comment: var(--hatrack-code-comment, var(--_muted));
    --_line: 1.5em;
    --_pad: 0.5rem;
  }
  .frame {
    display: flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    height: var(
      --hatrack-editor-height,
      calc(var(--_lines, 12) * var(--_line) + 2 * var(--_pad) + 1em)
    );
    font: 0.875rem / var(--_line) var(--_mono);
    overflow: hidden;
  }
  .frame:focus-within {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .gutter {
    flex: none;
    overflow: hidden;
    padding: var(--_pad) 0 calc(var(--_pad) + 3em);
    background: var(--_surface);
    border-right: 1px solid var(--_border);
    color: var(--_muted);
    text-align: right;
    user-select: none;
    min-width: 3.5em;
  }
  .ln {
    height: var(--_line);
    padding: 0 0.5em 0 0.25em;
    white-space: nowrap;
  }
  .ln .marker {
    display: inline-block;
    width: 1.1em;
    text-align: center;
    font-weight: bold;
  }
  .ln.error .marker {
    color: var(--_explicit-deny);
  }
  .ln.warning .marker {
    color: var(--_implicit-deny);
  }
  .code {
    position: relative;
    flex: 1;
    min-width: 0;
  }
  pre,
  textarea {
    position: absolute;
    inset: 0;
    margin: 0;
    border: 0;
    padding: var(--_pad);
    font: inherit;
    letter-spacing: normal;
    white-space: pre;
    overflow-wrap: normal;
    tab-size: 2;
    box-sizing: border-box;
  }
  pre {
    overflow: hidden;
    padding-bottom: calc(var(--_pad) + 3em);
    padding-right: calc(var(--_pad) + 3em);
    color: var(--_fg);
    pointer-events: none;
  }
  textarea {
    width: 100%;
    height: 100%;
    resize: none;
    background: transparent;
    color: transparent;
    caret-color: var(--_fg);
    overflow: auto;
    outline: none;
  }
  textarea::selection {
    background: color-mix(in srgb, var(--_accent) 30%, transparent);
    color: transparent;
  }
  .t-key {
    color: var(--_code-key);
  }
  .t-string {
    color: var(--_code-string);
  }
  .t-number {
    color: var(--_code-number);
  }
  .t-keyword {
    color: var(--_code-keyword);
  }
  .t-comment {
    color: var(--_code-comment);
    font-style: italic;
  }
  .t-anchor,
  .t-tag {
    color: var(--_node-session);
  }
  .t-punct {
    color: var(--_muted);
  }
  .t-invalid {
    color: var(--_explicit-deny);
  }
  .m-error {
    text-decoration: underline wavy var(--_explicit-deny);
    text-decoration-skip-ink: none;
    text-underline-offset: 3px;
  }
  .m-warning {
    text-decoration: underline wavy var(--_implicit-deny);
    text-decoration-skip-ink: none;
    text-underline-offset: 3px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.35rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.15rem 0.6rem;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .issues {
    list-style: none;
    margin: 0.35rem 0 0;
    padding: 0;
    font-size: 0.875rem;
  }
  .issues:empty {
    display: none;
  }
  .issues li {
    margin: 0.2rem 0;
    padding-left: 1.4em;
    text-indent: -1.4em;
  }
  .issues .glyph {
    display: inline-block;
    width: 1.4em;
    text-indent: 0;
    font-weight: bold;
  }
  .issues .error .glyph {
    color: var(--_explicit-deny);
  }
  .issues .warning .glyph {
    color: var(--_implicit-deny);
  }
  .issues .at {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .issues .hint {
    color: var(--_muted);
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
