/**
 * Accessibility checked by axe-core in Chromium: the player (graph and table side by side, at a
 * denial, so the decision panel shows), `<hatrack-graph>`, `<hatrack-decision>` and
 * `<hatrack-policy>`, each in the light and the dark theme, with no violation of any rule axe
 * runs by default (WCAG 2.x A and AA, colour contrast included). axe pierces open shadow roots.
 * Motion is off so colours are checked at rest, not mid-transition.
 */
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import firstRole from '../../../../scenarios/02-first-role.yaml?raw'
import type { HatrackGraph } from '../../src/components/hatrack-graph.ts'
import type { HatrackPlayer } from '../../src/components/hatrack-player.ts'
import type { Loaded } from '../../src/core/types.ts'
import { loadCore } from '../../src/core/lazy.ts'
import '../../src/define.ts'
import type { HatrackDecision, HatrackPolicy } from '../../src/panels/index.ts'

type Theme = 'light' | 'dark'

/** The step of 02-first-role.yaml where Omkar's role session is denied `iam:ListRoles`. */
const DENIAL = 4
/** The step where the trust policy lets him switch role. */
const SWITCH = 2

const PAGE_COLOURS: Record<Theme, { readonly bg: string; readonly fg: string }> = {
  light: { bg: '#ffffff', fg: '#1b1f24' },
  dark: { bg: '#0d1117', fg: '#e6edf3' },
}

afterEach(() => {
  document.body.replaceChildren()
  document.title = ''
  document.documentElement.classList.remove('dark')
  document.body.style.removeProperty('background')
  document.body.style.removeProperty('color')
})

/**
 * The page as a docs site in that theme would be — VitePress's `html.dark` and its colours, a
 * title, a `<main>` with the page's heading and a section's — so axe's page-level rules judge
 * the element, not the test page. The elements' own headings are `<h3>`, for a section.
 */
function pageIn(theme: Theme): HTMLElement {
  document.documentElement.classList.toggle('dark', theme === 'dark')
  document.documentElement.lang = 'en'
  document.title = 'Hatrack accessibility check'
  document.body.style.setProperty('background', PAGE_COLOURS[theme].bg)
  document.body.style.setProperty('color', PAGE_COLOURS[theme].fg)
  const main = document.createElement('main')
  const heading = document.createElement('h1')
  heading.textContent = 'Your first role'
  const section = document.createElement('section')
  const subheading = document.createElement('h2')
  subheading.textContent = 'Switching role'
  section.append(subheading)
  main.append(heading, section)
  document.body.replaceChildren(main)
  return section
}

/** An element of `tag` in `theme`, motion off, in a section of the page's `<main>`. */
function attach<T extends HTMLElement>(tag: string, theme: Theme): T {
  const el = document.createElement(tag) as T
  el.setAttribute('theme', theme)
  el.setAttribute('data-reduced-motion', '')
  pageIn(theme).append(el)
  return el
}

function loaded(event: string, el: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener(event, () => resolve(), { once: true })
    el.addEventListener('hatrack-error', (e) => reject(new Error(JSON.stringify(e.detail))), {
      once: true,
    })
  })
}

async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
}

/** The scenario loaded by the core, as the panels get their data. */
async function loadFirstRole(): Promise<Loaded> {
  const result = (await loadCore()).loadScenario(firstRole, { fileName: '02-first-role.yaml' })
  if (!result.ok) throw new Error(result.error.message)
  return result.loaded
}

/** axe's violations on the whole document, one line each: rule, impact, where. */
async function violations(): Promise<string[]> {
  const results = await axe.run(document, { resultTypes: ['violations'] })
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? '?'}): ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
    ),
  )
}

// Loading the core and running axe over a whole player take seconds: a generous limit.
describe.each<Theme>(['light', 'dark'])(
  'axe finds no violation, %s theme',
  { timeout: 60_000 },
  (theme) => {
    it('<hatrack-player>, graph and table, at a denial', async () => {
      const player = attach<HatrackPlayer>('hatrack-player', theme)
      player.setAttribute('view', 'split')
      player.setAttribute('loading', 'eager')
      player.setAttribute('alt', 'Omkar switches to a role and back.')
      const ready = loaded('hatrack-load', player)
      player.scenario = firstRole
      await ready
      player.seek(DENIAL)
      await player.updateComplete
      await frames()
      expect(player.step).toBe(DENIAL)
      expect(await violations()).toEqual([])
    })

    it('<hatrack-graph>', async () => {
      const graph = attach<HatrackGraph>('hatrack-graph', theme)
      graph.setAttribute('alt', 'Who can assume which role.')
      const ready = loaded('hatrack-load', graph)
      graph.scenario = firstRole
      await ready
      await graph.updateComplete
      await frames()
      expect(await violations()).toEqual([])
    })

    it('<hatrack-decision> of the denial', async () => {
      const data = await loadFirstRole()
      const frame = data.frames.frames[DENIAL]
      const decision = attach<HatrackDecision>('hatrack-decision', theme)
      decision.decision = frame?.step.decision
      decision.policies = data.decisionPolicies(DENIAL)
      decision.message = frame?.step.outcome.message
      await decision.updateComplete
      expect(decision.shadowRoot?.textContent).toContain('iam:ListRoles')
      expect(await violations()).toEqual([])
    })

    it('<hatrack-policy> with the trust statement that allowed the switch', async () => {
      const data = await loadFirstRole()
      const trust = data.decisionPolicies(SWITCH).find((policy) => policy.kind === 'trust')
      expect(trust).toBeDefined()
      const policy = attach<HatrackPolicy>('hatrack-policy', theme)
      policy.policy = trust
      policy.highlights = [{ index: 0, tone: 'allow' }]
      await policy.updateComplete
      expect(policy.shadowRoot?.textContent).toContain('sts:AssumeRole')
      expect(await violations()).toEqual([])
    })
  },
)
