/**
 * The fence upgrader on whole code blocks as MkDocs, Docusaurus, Starlight and VitePress write
 * them (fence-fixtures.ts): one player per block however many `<pre>` it has, the scenario read
 * without its line numbers, nothing of the block left to see, and the player loading it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import '../../src/define.ts'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import { loadCore } from '../../src/core/lazy.ts'
import type { HatrackEventMap } from '../../src/events.ts'
import { upgradeFences } from '../../src/fence.ts'
import { GENERATED_BLOCKS, SCENARIO_TITLE, YAML_TABLE } from './fence-fixtures.ts'

// The first import of the core compiles it (seconds on a cold cache): do it outside the tests.
beforeAll(async () => {
  await loadCore()
}, 120_000)

afterEach(() => document.body.replaceChildren())

/** The nodes the browser's own parser makes of a generator's markup. */
function parse(html: string): Node[] {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes]
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.textContent = text
  return p
}

/** Upgrades the page with eager players; resolves with the first load's detail, or the error. */
function upgradeAndLoad(): {
  players: HatrackPlayer[]
  settled: Promise<HatrackEventMap['hatrack-load'] | Error>
} {
  type Load = CustomEvent<HatrackEventMap['hatrack-load']>
  type Failure = CustomEvent<HatrackEventMap['hatrack-error']>
  const settled = new Promise<HatrackEventMap['hatrack-load'] | Error>((resolve) => {
    const onLoad = (e: Event): void => resolve((e as Load).detail)
    const onError = (e: Event): void => resolve(new Error((e as Failure).detail.message))
    document.addEventListener('hatrack-load', onLoad, { once: true })
    document.addEventListener('hatrack-error', onError, { once: true })
  })
  const players = upgradeFences(document, { attributes: { loading: 'eager' } }) as HatrackPlayer[]
  return { players, settled }
}

/** What a reader still sees of the page besides the players: visible elements' text. */
function visibleText(): string {
  return [...document.body.children]
    .filter((child) => child.tagName !== 'HATRACK-PLAYER' && !child.hasAttribute('hidden'))
    .map((child) => child.textContent)
    .join('|')
}

describe('upgradeFences on generated code blocks', () => {
  it.each(GENERATED_BLOCKS)('$name: one player, the text without line numbers', async (block) => {
    document.body.append(paragraph('Before'), ...parse(block.html), paragraph('After'))
    const { players, settled } = upgradeAndLoad()
    expect(players).toHaveLength(1)
    expect(document.querySelectorAll('hatrack-player')).toHaveLength(1)
    const [player] = players
    expect(player?.scenario).toBe(block.text)
    // The first line is the directive, not a line number followed by it.
    expect(player?.getAttribute('alt')).toBe('Omkar asks STS who he is')
    expect(player?.getAttribute('view')).toBe('table')
    // The code, its copy button, its line numbers and its wrapper are gone.
    expect(document.querySelector('pre, button, table')).toBeNull()
    expect(visibleText()).toBe('Before|After')
    expect(await settled).toEqual({ title: SCENARIO_TITLE, stepCount: 1 })
    expect(player?.loaded).toBeDefined()
  })

  it.each(GENERATED_BLOCKS)(
    '$name, in content hidden from assistive technology (a dialog open): still one player',
    (block) => {
      const main = document.createElement('main')
      main.setAttribute('aria-hidden', 'true')
      main.className = 'gutter'
      main.append(...parse(block.html))
      document.body.append(main)
      const players = upgradeFences(document) as HatrackPlayer[]
      expect(players).toHaveLength(1)
      expect(players[0]?.scenario).toBe(block.text)
    },
  )

  it('makes one player of each of two line-numbered blocks, in their places', () => {
    const [table] = GENERATED_BLOCKS
    const first = paragraph('First')
    const second = paragraph('Second')
    document.body.append(first, ...parse(table?.html ?? ''), second, ...parse(table?.html ?? ''))
    const players = upgradeFences()
    expect(players).toHaveLength(2)
    expect(first.nextElementSibling).toBe(players[0])
    expect(second.nextElementSibling).toBe(players[1])
    expect(upgradeFences()).toEqual([])
  })

  it('keeps the page’s code styles that Expressive Code puts in its first block', () => {
    const starlight = GENERATED_BLOCKS.find((block) => block.name === 'Starlight')
    document.body.append(...parse(starlight?.html ?? ''))
    const [player] = upgradeFences()
    const style = document.body.querySelector('style')
    expect(style?.isConnected).toBe(true)
    const wrapper = style?.parentElement
    expect(wrapper?.hidden).toBe(true)
    expect(wrapper?.nextElementSibling).toBe(player)
    expect(document.querySelector('figure')).toBeNull()
  })

  it('leaves a Pygments table or an Expressive Code block of another language alone', () => {
    document.body.append(
      ...parse(YAML_TABLE),
      ...parse('<pre data-language="yaml"><code><div class="ec-line">a: 1</div></code></pre>'),
    )
    expect(upgradeFences()).toEqual([])
    expect(document.querySelectorAll('pre')).toHaveLength(3)
  })
})
