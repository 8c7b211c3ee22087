/**
 * The code a simulated virtual MFA device shows: six digits that change every 30 seconds,
 * as a TOTP authenticator's do (RFC 6238's default step), derived from the device's seed and
 * the simulated clock only, so the STS helper can check a `TokenCode` and a replay gives the
 * same codes everywhere. Not RFC 6238's HMAC: nothing here is a real secret.
 */
import { nextRandom } from '../ids/index.ts'
import type { Instant, MfaDevice } from '../world/types.ts'

/** The length of one code's life, in milliseconds. */
export const MFA_STEP_MS = 30_000

/** The device's code at `now`. */
export function mfaCode(device: Pick<MfaDevice, 'seed'>, now: Instant): string {
  const step = Math.floor(now / MFA_STEP_MS)
  let state = hashText(device.seed)
  state = nextRandom(state ^ (step | 0)).value
  state = nextRandom(state ^ Math.floor(step / 2 ** 32)).value
  return String(state % 1_000_000).padStart(6, '0')
}

/** FNV-1a over the text's UTF-16 code units: a 32-bit fingerprint of the seed. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}
