/**
 * Sharing an edited scenario as a link: the text compressed with `deflate-raw`
 * (`CompressionStream`), in base64url, in the URL fragment after `hatrack-sandbox=` (so it never
 * reaches a server). Links are refused over {@link MAX_SHARED_BYTES} compressed, and a shared
 * text is refused over {@link MAX_TEXT_BYTES} once inflated, so a crafted link cannot flood
 * the page.
 */
import { fromBase64Url, toBase64Url } from './base64url.ts'

/** The largest compressed text a link carries: 32 KB. */
export const MAX_SHARED_BYTES = 32 * 1024

/** The largest text a link may inflate to: 1 MB. */
export const MAX_TEXT_BYTES = 1024 * 1024

/** The fragment parameter of a sandbox: `hatrack-sandbox`, or `hatrack-sandbox-ID` with an id. */
export function shareKey(id?: string): string {
  return id ? `hatrack-sandbox-${id}` : 'hatrack-sandbox'
}

/** What encoding or decoding gave. */
export type ShareResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string }

async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** The text, compressed and in base64url; refused when it would be over the size limit. */
export async function encodeShared(text: string): Promise<ShareResult> {
  const bytes = new TextEncoder().encode(text)
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY)
  if (packed === undefined || packed.length > MAX_SHARED_BYTES)
    return {
      ok: false,
      message: `the scenario is too large to share as a link (${Math.ceil((packed?.length ?? 0) / 1024)} KB compressed, at most ${MAX_SHARED_BYTES / 1024} KB)`,
    }
  return { ok: true, value: toBase64Url(packed) }
}

/** The text a shared value carries, or why it cannot be read. */
export async function decodeShared(value: string): Promise<ShareResult> {
  if (value.length > Math.ceil((MAX_SHARED_BYTES * 4) / 3))
    return { ok: false, message: 'the shared link is too long to be a Hatrack scenario' }
  const bytes = fromBase64Url(value)
  if (bytes === undefined)
    return { ok: false, message: 'the shared link is damaged: not base64url' }
  try {
    const text = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_TEXT_BYTES)
    if (text === undefined)
      return { ok: false, message: 'the shared scenario is too large once uncompressed' }
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(text) }
  } catch {
    return { ok: false, message: 'the shared link is damaged: it does not uncompress' }
  }
}

/** The value of `key` in a fragment (`#a=1&hatrack-sandbox=…`), if present. */
export function readFragment(hash: string, key: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at) === key) return part.slice(at + 1)
  }
  return undefined
}

/** `href` with `key=value` in its fragment (replacing an earlier value of `key`). */
export function withFragment(href: string, key: string, value: string): string {
  const at = href.indexOf('#')
  const base = at === -1 ? href : href.slice(0, at)
  const others = (at === -1 ? '' : href.slice(at + 1))
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(`${key}=`))
  return `${base}#${[...others, `${key}=${value}`].join('&')}`
}
