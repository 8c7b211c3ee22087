/**
 * The fence upgrader on the markup real site generators produce for a ```hatrack block: plain
 * Markdown renderers, VitePress (Shiki), Docusaurus (Prism, lines ended by `<br>`), and the
 * standalone module that upgrades a page by itself.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { fenceAttributes, upgradeFences } from '../../src/fence.ts'

const SCENARIO = 'hatrack: 1\ntitle: Fenced\naccounts:\n  main: { id: "123456789012" }\n'

afterEach(() => document.body.replaceChildren())

/** Builds markup from nodes, never from an HTML string. */
function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

type Player = HTMLElement & { scenario?: string }

function players(): Player[] {
  return [...document.querySelectorAll<Player>('hatrack-player')]
}

/** `upgradeFences`, its players typed with their `scenario` property. */
function upgrade(...args: Parameters<typeof upgradeFences>): Player[] {
  return upgradeFences(...args) as Player[]
}

describe('upgradeFences', () => {
  it('replaces a Markdown fence with a player playing its text', () => {
    const before = el('p', {}, 'Before')
    const block = el('pre', {}, el('code', { class: 'language-hatrack' }, SCENARIO))
    document.body.append(before, block, el('p', {}, 'After'))
    const created = upgrade()
    expect(created).toHaveLength(1)
    expect(players()).toEqual(created)
    expect(created[0]?.scenario).toBe(SCENARIO)
    expect(created[0]?.previousElementSibling).toBe(before)
    expect(document.querySelector('pre')).toBeNull()
  })

  it('replaces VitePress’s whole block, Shiki’s line spans read as text', () => {
    const lines = SCENARIO.trimEnd().split('\n')
    const code = el('code', {})
    lines.forEach((line, i) => {
      if (i > 0) code.append('\n')
      code.append(el('span', { class: 'line' }, el('span', { style: 'color:#000' }, line)))
    })
    const block = el(
      'div',
      { class: 'language-hatrack vp-adaptive-theme' },
      el('button', { title: 'Copy Code', class: 'copy' }),
      el('span', { class: 'lang' }, 'hatrack'),
      el('pre', { class: 'shiki shiki-themes', tabindex: '0' }, code),
    )
    document.body.append(block)
    const [player] = upgrade()
    expect(player?.scenario).toBe(SCENARIO.trimEnd())
    expect(document.querySelector('.language-hatrack, .copy, .lang')).toBeNull()
  })

  it('reads Docusaurus’s lines ended by <br>, and replaces its container', () => {
    const code = el('code', { class: 'codeBlockLines' })
    for (const line of SCENARIO.trimEnd().split('\n'))
      code.append(el('span', { class: 'token-line' }, el('span', {}, line), el('br', {})))
    document.body.append(
      el(
        'div',
        { class: 'language-hatrack codeBlockContainer' },
        el(
          'div',
          { class: 'codeBlockContent' },
          el('pre', { class: 'prism-code language-hatrack' }, code),
        ),
      ),
    )
    const [player] = upgrade()
    expect(player?.scenario).toBe(SCENARIO)
    expect(document.querySelector('.codeBlockContainer')).toBeNull()
  })

  it('leaves other languages alone, `language-hatrack-x` included', () => {
    document.body.append(
      el('pre', {}, el('code', { class: 'language-yaml' }, SCENARIO)),
      el('pre', {}, el('code', { class: 'language-hatrack-x' }, SCENARIO)),
    )
    expect(upgrade()).toEqual([])
    expect(document.querySelectorAll('pre')).toHaveLength(2)
  })

  it('renders markup in a scenario as text, never as HTML', () => {
    const text = 'hatrack: 1\ntitle: <img src=x onerror="window.__pwned=1">\n'
    document.body.append(el('pre', {}, el('code', { class: 'language-hatrack' }, text)))
    const [player] = upgrade()
    expect(player?.scenario).toBe(text)
    expect(document.querySelector('img')).toBeNull()
  })

  it('upgrades only under the given root, and each block once', () => {
    const inside = el(
      'section',
      {},
      el('pre', {}, el('code', { class: 'language-hatrack' }, SCENARIO)),
    )
    const outside = el('pre', {}, el('code', { class: 'language-hatrack' }, SCENARIO))
    document.body.append(inside, outside)
    expect(upgrade(inside)).toHaveLength(1)
    expect(upgrade(inside)).toEqual([])
    expect(outside.isConnected).toBe(true)
    expect(upgrade()).toHaveLength(1)
  })

  it('sets the attributes of a first-line comment over the defaults given', () => {
    const text = '# hatrack: view=split step=3 alt="Omkar switches role" autoplay\n' + SCENARIO
    document.body.append(el('pre', {}, el('code', { class: 'language-hatrack' }, text)))
    const [player] = upgrade(document, { attributes: { view: 'table', deeplink: true } })
    expect(player?.getAttribute('view')).toBe('split')
    expect(player?.getAttribute('step')).toBe('3')
    expect(player?.getAttribute('alt')).toBe('Omkar switches role')
    expect(player?.getAttribute('autoplay')).toBe('')
    expect(player?.getAttribute('deeplink')).toBe('')
    // The comment stays: YAML ignores it, and error lines keep their numbers.
    expect(player?.scenario).toBe(text)
  })
})

describe('fenceAttributes', () => {
  it.each([
    ['# hatrack: view=table', { view: 'table' }],
    ['#hatrack:loop nocontrols', { loop: true, nocontrols: true }],
    ['# hatrack: onclick=alert(1) src=evil.yaml style=x theme=dark', { theme: 'dark' }],
    ['# hatrack: alt="two words" speed=2', { alt: 'two words', speed: '2' }],
    ['hatrack: 1\n# hatrack: view=table', {}],
    ['# a comment', {}],
  ])('%j gives %j', (text, attributes) => {
    expect(fenceAttributes(text)).toEqual(attributes)
  })
})

describe('the standalone module', () => {
  it('defines the tags and upgrades the page’s fences when imported', async () => {
    document.body.append(el('pre', {}, el('code', { class: 'language-hatrack' }, SCENARIO)))
    await import('../../src/standalone.ts')
    const [player] = players()
    expect(player).toBeDefined()
    for (const tag of ['hatrack-player', 'hatrack-graph', 'hatrack-policy', 'hatrack-decision'])
      expect(customElements.get(tag)).toBeDefined()
    expect(player).toBeInstanceOf(customElements.get('hatrack-player') as CustomElementConstructor)
    expect(player?.scenario).toBe(SCENARIO)
  })
})
