import { describe, expect, it } from 'vitest'
import { loadTrace } from '../../src/core/index.ts'
import type { Trace } from '@hatrack/scenario'
import { loadLibrary } from './library.ts'

const trace = (): Trace => JSON.parse(JSON.stringify(loadLibrary('03-cli.yaml').frames.trace))

describe('loadTrace', () => {
  it('builds frames from a trace alone, without trust edges', () => {
    const result = loadTrace(trace())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.frames.frames).toHaveLength(trace().steps.length)
    expect(
      result.frames.frames.flatMap((frame) => frame.edges).some((e) => e.kind === 'trust'),
    ).toBe(false)
  })

  it.each([
    ['not an object', () => 'text', '$'],
    ['another format', () => ({ ...trace(), format: 'other' }), '$.format'],
    ['another version', () => ({ ...trace(), version: 2 }), '$.version'],
    ['no steps', () => ({ ...trace(), steps: undefined }), '$.steps'],
    [
      'a step without outcome',
      () => ({ ...trace(), steps: [{ ...trace().steps[0], outcome: null }] }),
      '$.steps[0].outcome',
    ],
    [
      'an entity without id',
      () => ({ ...trace(), entities: [{ kind: 'user', firstStep: 0 }] }),
      '$.entities[0].id',
    ],
  ])('refuses %s with the path of the problem', (_name, make, path) => {
    const result = loadTrace(make() as unknown as Trace)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.type).toBe('validate')
    expect(result.error.path).toBe(path)
    expect(result.error.message).not.toBe('')
  })
})
