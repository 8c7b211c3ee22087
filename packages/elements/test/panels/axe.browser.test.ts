import axe from 'axe-core'
import type { Decision } from '@hatrack/engine'
import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import type { HatrackDecision } from '../../src/panels/index.ts'
import {
  firstRoleScenario,
  framesOf,
  guardrailsScenario,
  inlinePolicy,
  mount,
  shadow,
  trustPolicy,
} from './fixtures.ts'

/** WCAG 2 A and AA violations on the page (landmark rules are the host page's business). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa'] })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  )
}

function decisionOf(step: { decision?: Decision }): Decision {
  if (step.decision === undefined) throw new Error('step has no decision')
  return step.decision
}

async function openDecidingPolicy(element: HatrackDecision): Promise<void> {
  await userEvent.click(
    shadow(element).querySelector('[aria-current="true"] summary') as HTMLElement,
  )
  await element.updateComplete
  await element.shadowRoot?.querySelector('hatrack-policy')?.updateComplete
}

describe.each(['light', 'dark'] as const)('the panels in the %s theme', (theme) => {
  it('have no WCAG A or AA violations, contrast included', async () => {
    document.body.style.background = theme === 'dark' ? '#0d1117' : ''
    const found: string[] = []
    const guardrails = guardrailsScenario()
    const explicit = await mount('hatrack-decision', {
      theme,
      decision: decisionOf(guardrails.step('explicit-deny')),
      policies: [inlinePolicy(guardrails, 'omkar', 'KeepBuckets')],
    })
    await openDecidingPolicy(explicit)
    found.push(...(await violations()))
    const firstRole = firstRoleScenario()
    const implicit = await mount('hatrack-decision', {
      theme,
      decision: decisionOf(firstRole.step('maria-switches')),
      policies: [trustPolicy(firstRole, 'AWSIAMRoleForRDS')],
    })
    await openDecidingPolicy(implicit)
    found.push(...(await violations()))
    const frames = framesOf(firstRole)
    await mount('hatrack-log', { theme, entries: frames.log, current: 4 })
    found.push(...(await violations()))
    await mount('hatrack-table', { theme, frames, step: 4 })
    found.push(...(await violations()))
    document.body.style.background = ''
    expect(found).toEqual([])
  })
})
