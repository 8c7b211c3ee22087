/**
 * IP addresses and CIDR ranges for `IpAddress` / `NotIpAddress`: "standard CIDR format (for
 * example, 203.0.113.0/24 or 2001:DB8:1234:5678::/64). If you specify an IP address without
 * the associated routing prefix, IAM uses the default prefix value of /32"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress);
 * a bare IPv6 address is a /128.
 *
 * Our readings, where AWS is silent:
 * - IPv4 is dotted decimal, four parts, no leading zeros (`010.0.0.1` is ambiguous: some
 *   parsers read octal), so it is refused rather than guessed.
 * - IPv6 follows RFC 4291 §2.2 (hex groups, one `::`, an optional dotted IPv4 tail), without
 *   zone ids (`%eth0`).
 * - An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is the IPv4 address it maps (RFC 4291
 *   §2.5.5.2: it "is used to represent the addresses of IPv4 nodes as IPv6 addresses"), as
 *   Java's `InetAddress` reads it too. A range written in that form with a prefix of 96 or more
 *   is the matching IPv4 range. IPv4 addresses never fall in other IPv6 ranges (`::/0`).
 * - Host bits set in a range (`203.0.113.7/24`) are ignored: the range is 203.0.113.0/24.
 */

/** An address: 4 bytes (IPv4) or 16 bytes (IPv6). */
export type IpBytes = Uint8Array

/** A CIDR range: the network's bytes and the prefix length in bits. */
export interface IpRange {
  readonly bytes: IpBytes
  readonly prefix: number
}

const IPV4 = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/
const PREFIX = /^\d{1,3}$/

/** Reads an address (no prefix), or `undefined`. IPv4-mapped IPv6 addresses come back as IPv4. */
export function parseIpAddress(text: string): IpBytes | undefined {
  const bytes = text.includes(':') ? parseIpv6(text) : parseIpv4(text)
  if (bytes === undefined) return undefined
  return isMapped(bytes) ? bytes.slice(12) : bytes
}

/** Reads a CIDR range or a bare address, or `undefined`. */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  const address = slash < 0 ? text : text.slice(0, slash)
  const bytes = address.includes(':') ? parseIpv6(address) : parseIpv4(address)
  if (bytes === undefined) return undefined
  const max = bytes.length * 8
  let prefix = max
  if (slash >= 0) {
    const written = text.slice(slash + 1)
    if (!PREFIX.test(written)) return undefined
    prefix = Number(written)
    if (prefix > max) return undefined
  }
  if (isMapped(bytes) && prefix >= 96) return { bytes: bytes.slice(12), prefix: prefix - 96 }
  return { bytes, prefix }
}

/** Whether `address` falls in `range` (addresses and ranges of different families never do). */
export function inIpRange(address: IpBytes, range: IpRange): boolean {
  if (address.length !== range.bytes.length) return false
  const whole = range.prefix >> 3
  for (let i = 0; i < whole; i += 1) if (address[i] !== range.bytes[i]) return false
  const bits = range.prefix & 7
  if (bits === 0) return true
  const mask = (0xff << (8 - bits)) & 0xff
  return ((address[whole] ?? 0) & mask) === ((range.bytes[whole] ?? 0) & mask)
}

function parseIpv4(text: string): IpBytes | undefined {
  const match = IPV4.exec(text)
  if (match === null) return undefined
  const bytes = new Uint8Array(4)
  for (let i = 0; i < 4; i += 1) {
    const octet = Number(match[i + 1])
    if (octet > 255) return undefined
    bytes[i] = octet
  }
  return bytes
}

function parseIpv6(text: string): IpBytes | undefined {
  const gap = text.indexOf('::')
  let words: number[] | undefined
  if (gap < 0) {
    words = parseWords(text, true)
    if (words === undefined || words.length !== 8) return undefined
  } else {
    if (text.indexOf('::', gap + 1) >= 0) return undefined
    const left = parseWords(text.slice(0, gap), false)
    const right = parseWords(text.slice(gap + 2), true)
    if (left === undefined || right === undefined) return undefined
    const zeros = 8 - left.length - right.length
    if (zeros < 1) return undefined
    words = [...left, ...new Array<number>(zeros).fill(0), ...right]
  }
  const bytes = new Uint8Array(16)
  words.forEach((word, i) => {
    bytes[2 * i] = word >> 8
    bytes[2 * i + 1] = word & 0xff
  })
  return bytes
}

/** Colon-separated hex groups; the last may be a dotted IPv4 address (two groups). */
function parseWords(text: string, ipv4Tail: boolean): number[] | undefined {
  if (text === '') return []
  const groups = text.split(':')
  const words: number[] = []
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i] ?? ''
    if (ipv4Tail && i === groups.length - 1 && group.includes('.')) {
      const tail = parseIpv4(group)
      if (tail === undefined) return undefined
      words.push(((tail[0] ?? 0) << 8) | (tail[1] ?? 0), ((tail[2] ?? 0) << 8) | (tail[3] ?? 0))
    } else if (HEX_GROUP.test(group)) words.push(parseInt(group, 16))
    else return undefined
  }
  return words.length > 8 ? undefined : words
}

/** `::ffff:0:0/96`, the IPv4-mapped block. */
function isMapped(bytes: IpBytes): boolean {
  if (bytes.length !== 16 || bytes[10] !== 0xff || bytes[11] !== 0xff) return false
  for (let i = 0; i < 10; i += 1) if (bytes[i] !== 0) return false
  return true
}
