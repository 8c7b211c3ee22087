/**
 * The fence upgrader: turns fenced code blocks of language `hatrack` into players, the portable
 * way to put a scenario in any static site (player.md, "Known traps"). In Markdown:
 *
 * ````md
 * ```hatrack
 * # hatrack: view=split step=3 alt="Omkar switches to a role"
 * hatrack: 1
 * title: Your first role
 * …
 * ```
 * ````
 *
 * Generators render that block in their own ways, and each is recognised:
 *
 * - plain Markdown: `<pre><code class="language-hatrack">`;
 * - VitePress and Docusaurus: the same inside a `div.language-hatrack` with a copy button, the
 *   code split into spans by Shiki or Prism (Prism ends each line with a `<br>`);
 * - MkDocs with pymdownx.highlight: a `div.language-hatrack` whose Pygments line numbers may be
 *   a column of their own (a table with a second `<pre>`) or spans inside the code;
 * - Starlight (Expressive Code): `<pre data-language="hatrack">` in a `div.expressive-code`, one
 *   `<div>` per line, line numbers in a gutter beside each.
 *
 * Each block, wrapper included, is replaced by one `<hatrack-player>` whose `scenario` property is
 * the block's text — line numbers left out, read as text, never as HTML, so nothing in a scenario
 * can inject markup.
 *
 * An optional first line `# hatrack: NAME=VALUE NAME …` (a YAML comment, so the scenario stays
 * valid and its line numbers stay right) sets attributes of the player: only the player's own
 * attributes listed in {@link FENCE_ATTRIBUTES}; values with spaces go in double quotes.
 */

/** The player attributes a fence's first-line comment may set; any other name is ignored. */
export const FENCE_ATTRIBUTES: readonly string[] = [
  'alt',
  'autoplay',
  'deeplink',
  'layout',
  'loading',
  'loop',
  'nocontrols',
  'nohotkeys',
  'speed',
  'step',
  'theme',
  'view',
]

/** Options of {@link upgradeFences}. */
export interface UpgradeFencesOptions {
  /**
   * Attributes every created player gets (`{ view: 'split' }`); a value `true` is a boolean
   * attribute. A fence's own first-line comment wins over these.
   */
  readonly attributes?: Readonly<Record<string, string | true>>
}

const CODE_SELECTOR = [
  'pre > code.language-hatrack',
  'code[class*="language-hatrack"]',
  'pre.language-hatrack',
  'div.language-hatrack pre',
  'pre[data-language="hatrack"]',
].join(', ')

/** A generator's wrapper around one block: its copy button, title and line numbers go too. */
const WRAPPER = 'div.language-hatrack, div.expressive-code'

/**
 * Line numbers, never part of the text: Pygments' column (`td.linenos`) and inline spans
 * (`.linenos`, `.lineno` before Pygments 2.7), Expressive Code's gutter, and whatever a
 * highlighter hides from assistive technology.
 */
const GUTTER = '.linenos, .lineno, .linenodiv, .gutter, [aria-hidden="true"]'

/** A wrapper's elements that serve the whole page: Expressive Code's styles, in its first block. */
const PAGE_WIDE = 'link, style, script'

const DIRECTIVE = /^\s*#\s*hatrack:(.*)$/
const TOKEN = /([a-z][a-z-]*)(?:=("[^"]*"|\S*))?/g

/** Whether `element`'s class list names the language exactly (`language-hatrack`, not `-x`). */
function isHatrack(element: Element): boolean {
  return element.classList.contains('language-hatrack')
}

/**
 * Pygments' column of line numbers, the one gutter that holds a `<pre>` of its own. Narrower
 * than {@link GUTTER} on purpose: it is looked for among a `<pre>`'s ancestors, and a page may
 * hide its main content from assistive technology while a dialog is open.
 */
const NUMBERS_COLUMN = 'td.linenos, .linenodiv'

/** The `<pre>` elements under `root` that hold code, not a column of line numbers. */
function codePres(root: Element): Element[] {
  return [...root.querySelectorAll('pre')].filter((pre) => pre.closest(NUMBERS_COLUMN) === null)
}

/**
 * The element a player replaces for one selector match: the generator's wrapper when it holds
 * this one block (a line-number `<pre>` beside the code does not count), else the `<pre>`, else
 * the `<code>`. `null` for a `language-hatrack-something` class, which only the loose selector
 * matches, and for a line-number `<pre>` outside such a wrapper.
 */
function blockOf(match: Element): Element | null {
  if (match.tagName === 'CODE' && !isHatrack(match)) return null
  const block = match.closest('pre') ?? match
  const wrapper = block.parentElement?.closest(WRAPPER) ?? null
  if (wrapper !== null && codePres(wrapper).length === 1) return wrapper
  return block.closest(NUMBERS_COLUMN) === null ? block : null
}

/**
 * A block's text, as its author wrote it: the text of every text node, a line break for each
 * `<br>` (some highlighters end lines with one), and each `<div>` on a line of its own (Expressive
 * Code's lines, whose empty ones hold a lone line break). Line numbers are left out, and markup
 * inside is never interpreted.
 */
export function blockText(block: Node): string {
  let text = ''
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += (child as Text).data
      else if (child.nodeName === 'BR') text += '\n'
      else if (child.nodeType === 1 && !(child as Element).matches(GUTTER)) {
        if (child.nodeName === 'DIV' && text !== '' && !text.endsWith('\n')) text += '\n'
        walk(child)
      }
    }
  }
  walk(block)
  return text
}

/** The attributes a first-line `# hatrack: …` comment sets, limited to {@link FENCE_ATTRIBUTES}. */
export function fenceAttributes(text: string): Record<string, string | true> {
  const first = text.replace(/^\s*\n/, '').split('\n', 1)[0] ?? ''
  const directive = DIRECTIVE.exec(first)
  const attributes: Record<string, string | true> = {}
  if (directive === null) return attributes
  for (const [, name = '', value] of (directive[1] ?? '').matchAll(TOKEN)) {
    if (!FENCE_ATTRIBUTES.includes(name)) continue
    attributes[name] = value === undefined ? true : value.replace(/^"(.*)"$/, '$1')
  }
  return attributes
}

/** The one `<code>` (or `<pre>`) holding the scenario inside a block. */
function sourceOf(block: Element): Element {
  const pre = block.tagName === 'PRE' ? block : codePres(block)[0]
  if (pre === undefined) return block
  return pre.querySelector('code') ?? pre
}

/**
 * Puts `player` in place of `block`. A wrapper that also carries the page's code styles or
 * scripts keeps them: it stays, hidden and emptied of the rest, with the player after it.
 */
function replaceBlock(block: Element, player: HTMLElement): void {
  if (block.querySelector(PAGE_WIDE) === null) {
    block.replaceWith(player)
    return
  }
  for (const child of [...block.children])
    if (!child.matches(PAGE_WIDE) && child.querySelector(PAGE_WIDE) === null) child.remove()
  block.setAttribute('hidden', '')
  block.after(player)
}

/**
 * Replaces every `hatrack` code block under `root` with a `<hatrack-player>` playing it, and
 * returns the players it created (none twice: an upgraded block is gone). Call it again after a
 * single-page application renders new content. The tag need not be defined yet: the player
 * picks its `scenario` up when it upgrades.
 */
export function upgradeFences(
  root: ParentNode = document,
  options: UpgradeFencesOptions = {},
): HTMLElement[] {
  const blocks = new Set<Element>()
  for (const match of root.querySelectorAll(CODE_SELECTOR)) {
    const block = blockOf(match)
    if (block !== null) blocks.add(block)
  }
  const players: HTMLElement[] = []
  for (const block of blocks) {
    if (block.parentNode === null) continue
    const text = blockText(sourceOf(block))
    const player = block.ownerDocument.createElement('hatrack-player')
    const attributes = { ...options.attributes, ...fenceAttributes(text) }
    for (const [name, value] of Object.entries(attributes))
      player.setAttribute(name, value === true ? '' : value)
    ;(player as HTMLElement & { scenario?: string }).scenario = text
    replaceBlock(block, player)
    players.push(player)
  }
  return players
}
