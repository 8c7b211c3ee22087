import { describe, expect, it } from 'vitest'
import { firstRoleScenario, framesOf, mount, shadow, words } from './fixtures.ts'

describe('<hatrack-table>', () => {
  it('lists the nodes present at the step, with kind, account and ARN', async () => {
    const frames = framesOf(firstRoleScenario())
    const table = await mount('hatrack-table', { frames, step: 2 })
    const root = shadow(table)
    expect(root.querySelector('[part="table"]')).toBeTruthy()
    const nodes = root.querySelector('table.nodes')
    expect(words(nodes?.querySelector('caption'))).toMatch(/^Nodes at step 3/)
    const rows = [...(nodes?.querySelectorAll('tbody tr') ?? [])]
    const present = frames.layout.nodes.filter((node) => frames.frames[2]?.nodes[node.id]?.present)
    expect(rows).toHaveLength(present.length)
    const omkar = rows.find(
      (row) => row.getAttribute('data-node') === 'arn:aws:iam::123456789012:user/omkar',
    )
    expect(words(omkar)).toContain('omkar')
    expect(words(omkar)).toContain('IAM user')
    expect(words(omkar)).toContain('arn:aws:iam::123456789012:user/omkar')
    expect(words(omkar)).toContain('123456789012')
    const role = rows.find((row) => words(row).includes('IAM role'))
    expect(words(role)).toContain('AWSIAMRoleForRDS')
  })

  it('describes the current step: actor, call, outcome with gate, and AWS message', async () => {
    const replayed = firstRoleScenario()
    const frames = framesOf(replayed)
    const index = replayed.step('list-roles').index
    const table = await mount('hatrack-table', { frames, step: index })
    const step = shadow(table).querySelector('table.step')
    expect(words(step?.querySelector('caption'))).toBe(
      `Step ${index + 1} of ${frames.frames.length}`,
    )
    const text = words(step)
    expect(text).toContain('list-roles')
    expect(text).toContain('iam:ListRoles on arn:aws:iam::123456789012:role/')
    expect(text).toContain('⊘ Implicit deny')
    expect(text).toContain('Gate Identity-based policies')
    expect(text).toContain('because no identity-based policy allows the iam:ListRoles action')
    expect(text).toContain('omkar')
  })

  it('lists the frame edges in words and lets a node be selected', async () => {
    const replayed = firstRoleScenario()
    const frames = framesOf(replayed)
    const index = replayed.step('switch').index
    const table = await mount('hatrack-table', { frames, step: index })
    const root = shadow(table)
    const edges = root.querySelectorAll('table.edges tbody tr')
    expect(edges).toHaveLength(frames.frames[index]?.edges.length ?? -1)
    const current = root.querySelector('table.edges tr[aria-current="true"]')
    expect(words(current)).toContain('this step')
    const chosen: string[] = []
    document.body.addEventListener('hatrack-nodeselect', (event) => chosen.push(event.detail.id), {
      once: true,
    })
    root.querySelector<HTMLButtonElement>('table.nodes tbody tr button')?.click()
    expect(chosen).toHaveLength(1)
    expect(frames.layout.nodes.map((node) => node.id)).toContain(chosen[0])
  })
})
