/**
 * Sharing and progress: base64url round trips, the compressed link and its size guards, the
 * fragment helpers, and the progress store (including storage that refuses).
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  MAX_SHARED_BYTES,
  clearProgress,
  decodeShared,
  encodeShared,
  fromBase64Url,
  isSolved,
  lessonFromUrl,
  nextLesson,
  progressKey,
  readFragment,
  readProgress,
  saveProgress,
  shareKey,
  toBase64Url,
  withFragment,
} from '../../src/tutorial/index.ts'

const RUNS = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('base64url', () => {
  it('round-trips any bytes in the URL-safe alphabet, without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes)
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/)
        expect(fromBase64Url(text)).toEqual(bytes)
      }),
      { numRuns: RUNS },
    )
  })

  it('refuses text outside the alphabet or of an impossible length', () => {
    expect(fromBase64Url('ab+c')).toBeUndefined()
    expect(fromBase64Url('abcde')).toBeUndefined()
    expect(fromBase64Url('<script>')).toBeUndefined()
  })
})

describe('share links', () => {
  it('round-trips a scenario through deflate-raw and base64url', async () => {
    const text = 'hatrack: 1\ntitle: Ünïcode ✓\nsteps: []\n'.repeat(20)
    const encoded = await encodeShared(text)
    expect(encoded.ok).toBe(true)
    if (!encoded.ok) return
    expect(encoded.value.length).toBeLessThan(text.length)
    expect(await decodeShared(encoded.value)).toEqual({ ok: true, value: text })
  })

  it('refuses to share over 32 KB compressed', async () => {
    let seed = 12345
    const noise = Array.from({ length: 60_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return String.fromCharCode(33 + ((seed >>> 16) % 90))
    }).join('')
    const encoded = await encodeShared(noise)
    expect(encoded).toMatchObject({ ok: false })
    if (!encoded.ok) expect(encoded.message).toContain(`at most ${MAX_SHARED_BYTES / 1024} KB`)
  })

  it('refuses damaged, oversized and over-inflating links', async () => {
    expect(await decodeShared('%%%')).toMatchObject({
      ok: false,
      message: expect.stringContaining('damaged'),
    })
    expect(await decodeShared('AAAA')).toMatchObject({ ok: false })
    expect(await decodeShared('A'.repeat(50_000))).toMatchObject({
      ok: false,
      message: expect.stringContaining('too long'),
    })
    const bomb = await encodeShared('x'.repeat(2 * 1024 * 1024))
    expect(bomb.ok).toBe(true)
    if (bomb.ok)
      expect(await decodeShared(bomb.value)).toMatchObject({
        ok: false,
        message: expect.stringContaining('too large'),
      })
  })

  it('reads and writes its fragment parameter beside others', () => {
    expect(shareKey()).toBe('hatrack-sandbox')
    expect(shareKey('intro')).toBe('hatrack-sandbox-intro')
    const href = withFragment('https://x.test/page?q=1#step-3', 'hatrack-sandbox', 'abc')
    expect(href).toBe('https://x.test/page?q=1#step-3&hatrack-sandbox=abc')
    expect(withFragment(href, 'hatrack-sandbox', 'def')).toBe(
      'https://x.test/page?q=1#step-3&hatrack-sandbox=def',
    )
    expect(readFragment('#step-3&hatrack-sandbox=abc', 'hatrack-sandbox')).toBe('abc')
    expect(readFragment('#hatrack-sandbox-x=abc', 'hatrack-sandbox')).toBeUndefined()
  })
})

describe('progress store', () => {
  afterEach(() => vi.unstubAllGlobals())

  function memoryStorage(): Storage {
    const map = new Map<string, string>()
    return {
      get length() {
        return map.size
      },
      clear: () => map.clear(),
      getItem: (key) => map.get(key) ?? null,
      key: (index) => [...map.keys()][index] ?? null,
      removeItem: (key) => void map.delete(key),
      setItem: (key, value) => void map.set(key, value),
    }
  }

  it('keeps a lesson under its course and finds the next one', () => {
    vi.stubGlobal('localStorage', memoryStorage())
    expect(progressKey('iam', '01')).toBe('hatrack:iam:01')
    expect(progressKey('', '01')).toBe('hatrack:hatrack:01')
    expect(saveProgress('iam', '01', { solved: true, attempts: 2, document: '{}' })).toBe(true)
    expect(readProgress('iam', '01')).toEqual({ solved: true, attempts: 2, document: '{}' })
    expect(isSolved('other', '01')).toBe(false)
    expect(nextLesson('iam', ['01', '02', '03'])).toBe('02')
    clearProgress('iam', '01')
    expect(readProgress('iam', '01')).toBeUndefined()
  })

  it('ignores kept values that are not progress', () => {
    const storage = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    storage.setItem('hatrack:iam:01', '{"solved":"yes"}')
    storage.setItem('hatrack:iam:02', 'not json')
    expect(readProgress('iam', '01')).toBeUndefined()
    expect(readProgress('iam', '02')).toBeUndefined()
  })

  it('keeps nothing, and throws nothing, when storage refuses', () => {
    const refusing = memoryStorage()
    refusing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    refusing.getItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    vi.stubGlobal('localStorage', refusing)
    expect(saveProgress('iam', '01', { solved: true, attempts: 1 })).toBe(false)
    expect(readProgress('iam', '01')).toBeUndefined()
    expect(() => clearProgress('iam', '01')).not.toThrow()
  })

  it('names a lesson after its file', () => {
    expect(lessonFromUrl('/scenarios/challenges/01-trust-a-user.yaml?v=2#x')).toBe(
      '01-trust-a-user',
    )
    expect(lessonFromUrl('lesson.json')).toBe('lesson')
  })
})
