import fc from 'fast-check'
import ipaddr from 'ipaddr.js'
import { describe, expect, it } from 'vitest'
import { inIpRange, parseIpAddress, parseIpRange } from './ip.ts'

const runs = Number(process.env.HATRACK_FC_RUNS ?? 1000)

describe('parseIpAddress', () => {
  it('reads IPv4 and IPv6 as ipaddr.js does (IPv4-mapped addresses as IPv4)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (text) => {
        // ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d`; RFC 4291 §2.5.5.1 makes it the
        // (deprecated) IPv4-compatible address in ::/96, and so do we (case below).
        if (/^::(\d+\.){3}\d+$/.test(text)) return
        const ours = parseIpAddress(text)
        expect(ours).toBeDefined()
        expect(Array.from(ours ?? [])).toEqual(ipaddr.process(text).toByteArray())
      }),
      { numRuns: runs },
    )
  })

  it('reads `::0.0.0.0` as the IPv4-compatible address, not as IPv4-mapped (fast-check counterexample)', () => {
    // https://www.rfc-editor.org/rfc/rfc4291#section-2.5.5.1
    expect(Array.from(parseIpAddress('::0.0.0.0') ?? [])).toEqual(new Array(16).fill(0))
    expect(Array.from(parseIpAddress('::ffff:0.0.0.0') ?? [])).toEqual([0, 0, 0, 0])
  })

  it('refuses what is not an address', () => {
    for (const text of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '256.0.0.1',
      '01.2.3.4',
      '1.2.3.4/32',
      ':::',
      '1::2::3',
      '12345::',
      'g::1',
      '::1%lo',
      '1:2:3:4:5:6:7:8:9',
      '1.2.3.4::',
    ]) {
      expect(parseIpAddress(text), text).toBeUndefined()
    }
  })
})

describe('inIpRange', () => {
  // Plain IPv6: not IPv4-mapped (read as IPv4, our reading) nor `::a.b.c.d` (an ipaddr.js quirk).
  const plainV6 = fc
    .ipV6()
    .filter((text) => !/^::(\d+\.){3}\d+$/.test(text))
    .filter((text) => !(ipaddr.parse(text) as ipaddr.IPv6).isIPv4MappedAddress())

  it('agrees with ipaddr.js on same-family ranges', () => {
    const v4 = fc.tuple(fc.ipV4(), fc.ipV4(), fc.integer({ min: 0, max: 32 }))
    const v6 = fc.tuple(plainV6, plainV6, fc.integer({ min: 0, max: 128 }))
    fc.assert(
      fc.property(fc.oneof(v4, v6), ([address, network, prefix]) => {
        const range = parseIpRange(`${network}/${prefix}`)
        const parsed = parseIpAddress(address)
        if (range === undefined || parsed === undefined)
          throw new Error(`unreadable ${address} ${network}`)
        const expected = ipaddr.parse(address).match(ipaddr.parse(network), prefix)
        expect(inIpRange(parsed, range)).toBe(expected)
      }),
      { numRuns: runs },
    )
  })

  it('never puts an address in a range of the other family', () => {
    fc.assert(
      fc.property(fc.ipV4(), plainV6, fc.integer({ min: 0, max: 32 }), (v4, v6, prefix) => {
        expect(inIpRange(parseIpAddress(v4)!, parseIpRange(`${v6}/${prefix}`)!)).toBe(false)
        expect(inIpRange(parseIpAddress(v6)!, parseIpRange(`${v4}/${prefix}`)!)).toBe(false)
      }),
      { numRuns: runs },
    )
  })
})
