import { describe, expect, it } from 'vitest'
import { loadScenario, loadTrace } from '../../src/core/index.ts'
import { brokenInvariants } from './invariants.ts'
import { loadLibrary, scenarioFiles, scenarioText } from './library.ts'

describe('every scenario of the library', () => {
  it('finds the library', () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(20)
  })

  describe.each(scenarioFiles)('%s', (name) => {
    it('loads, with one frame per step and sound frames', () => {
      const { frames } = loadLibrary(name)
      expect(frames.frames.length).toBe(frames.trace.steps.length)
      expect(frames.frames.length).toBeGreaterThan(0)
      expect(brokenInvariants(frames)).toEqual([])
    })

    it('gives a call for every step whose actor is a node, and a caption for every step', () => {
      const { frames } = loadLibrary(name)
      for (const frame of frames.frames) {
        expect(frame.caption.trim()).not.toBe('')
        const { step } = frame
        if (step.call !== undefined && step.actor !== undefined && step.actor.kind !== 'admin')
          if (!step.actor.entity.startsWith('missing:')) expect(frame.call).toBeDefined()
        if (frame.call !== undefined) {
          expect(frame.call.action).toBe(step.call?.action)
          expect(frame.call.status).toBe(step.outcome.status)
        }
      }
    })

    it('lays out the same numbers for the same text, and for the trace alone', () => {
      const again = loadScenario(scenarioText(name), { fileName: name })
      expect(again.ok).toBe(true)
      if (!again.ok) return
      const { frames } = loadLibrary(name)
      expect(again.loaded.frames.layout).toEqual(frames.layout)
      expect(JSON.stringify(again.loaded.frames.frames)).toBe(JSON.stringify(frames.frames))
      const fromTrace = loadTrace(JSON.parse(JSON.stringify(frames.trace)))
      expect(fromTrace.ok).toBe(true)
      if (!fromTrace.ok) return
      expect(brokenInvariants(fromTrace.frames)).toEqual([])
      expect(
        fromTrace.frames.frames.every((frame) => frame.edges.every((e) => e.kind !== 'trust')),
      ).toBe(true)
    })

    it('gives details for every node at its first step, and decision policies for every decision', () => {
      const loaded = loadLibrary(name)
      for (const box of loaded.frames.layout.nodes) {
        const step = loaded.frames.frames.findIndex((frame) => frame.nodes[box.id]?.present)
        const details = loaded.nodeDetails(box.id, step)
        expect(details?.id).toBe(box.id)
        expect(details?.kind).toBe(box.kind)
      }
      loaded.frames.trace.steps.forEach((step, index) => {
        const views = loaded.decisionPolicies(index)
        const names = new Set(views.map((view) => view.name))
        const decisions = [
          ...(step.decision === undefined ? [] : [step.decision]),
          ...(step.decisions ?? []).map((entry) => entry.decision),
        ]
        const refs = decisions.flatMap((decision) =>
          decision.gates.flatMap((gate) => [
            ...gate.matched,
            ...gate.closest.map((miss) => miss.statement),
          ]),
        )
        // Every statement named is found under the name the decision uses, except a trust
        // policy of a role that does not exist (no document to show).
        for (const ref of refs)
          if (ref.policy !== 'trust policy (no such role)') expect(names).toContain(ref.policy)
      })
    })
  })
})
