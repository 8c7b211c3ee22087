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
 * Every generator renders that as a `<code class="language-hatrack">` inside a `<pre>`
 * (VitePress and Docusaurus wrap it in a `div.language-hatrack`; Shiki and Prism split it into
 * spans). Each block is replaced by a `<hatrack-player>` whose `scenario` property is the block's
 * text — read as text, never as HTML, so nothing in a scenario can inject markup.
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
].join(', ')

const DIRECTIVE = /^\s*#\s*hatrack:(.*)$/
const TOKEN = /([a-z][a-z-]*)(?:=("[^"]*"|\S*))?/g

/** Whether `element`'s class list names the language exactly (`language-hatrack`, not `-x`). */
function isHatrack(element: Element): boolean {
  return element.classList.contains('language-hatrack')
}

/**
 * The element a player replaces for one selector match: the site's `div.language-hatrack`
 * wrapper when it holds this one block, else the `<pre>`, else the `<code>`. `null` for a
 * `language-hatrack-something` class, which only the loose selector matches.
 */
function blockOf(match: Element): Element | null {
  if (match.tagName === 'CODE' && !isHatrack(match)) return null
  const block = match.closest('pre') ?? match
  const wrapper = block.parentElement?.closest('div.language-hatrack') ?? null
  return wrapper !== null && wrapper.querySelectorAll('pre').length === 1 ? wrapper : block
}

/**
 * A block's text, as its author wrote it: the text of every text node, and a line break for
 * each `<br>` (some highlighters end lines with one). Markup inside is never interpreted.
 */
export function blockText(block: Node): string {
  let text = ''
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += (child as Text).data
      else if (child.nodeName === 'BR') text += '\n'
      else if (child.nodeType === 1) walk(child)
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
  return block.querySelector('code') ?? block.querySelector('pre') ?? block
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
    block.replaceWith(player)
    players.push(player)
  }
  return players
}
