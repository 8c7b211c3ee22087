/**
 * Base64 for `BinaryEquals`, which "compares the value of the specified key byte for byte
 * against a base-64 encoded representation of the binary value in the policy"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals).
 * The standard alphabet (RFC 4648 §4); padding optional, but when present it must be right.
 * Written here because the package runs in browsers and Node alike (no `Buffer`).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i

/** The bytes `text` encodes, one character (U+0000–U+00FF) per byte, or `undefined`. */
export function decodeBase64(text: string): string | undefined {
  let end = text.length
  let padding = 0
  while (end > 0 && padding < 2 && text.charCodeAt(end - 1) === 61 /* = */) {
    end -= 1
    padding += 1
  }
  const rest = end % 4
  if (rest === 1) return undefined
  if (padding > 0 && (text.length % 4 !== 0 || 4 - rest !== padding)) return undefined
  let bytes = ''
  let buffer = 0
  let bits = 0
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? (VALUES[code] ?? -1) : -1
    if (value < 0) return undefined
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes += String.fromCharCode((buffer >> bits) & 0xff)
    }
  }
  return bytes
}
