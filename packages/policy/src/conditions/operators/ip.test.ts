import { describe, expect, it } from 'vitest'
import { DOCS, run, sharedRows, type ConditionRow } from '../../../test/support/conditions.ts'

const IP = `${DOCS.operators}#Conditions_IPAddress`
const key = 'aws:SourceIp'
const ip = (
  name: string,
  values: string[],
  address: string,
  expected: ConditionRow['expected'],
  source = IP,
  detail?: string,
): ConditionRow => ({
  name,
  operator: 'IpAddress',
  key,
  values,
  context: { [key]: address },
  expected,
  source,
  ...(detail === undefined ? {} : { detail }),
})

const tables: Record<string, ConditionRow[]> = {
  IpAddress: [
    ...sharedRows({
      operator: 'IpAddress',
      key,
      values: ['203.0.113.0/24', '2001:DB8:1234:5678::/64'],
      hit: '203.0.113.9',
      hit2: '2001:db8:1234:5678::1',
      miss: '192.0.2.1',
    }),
    ip('the docs example range 203.0.113.0–255', ['203.0.113.0/24'], '203.0.113.255', true),
    ip(
      'an address outside the range is explained',
      ['192.0.2.0/24'],
      '203.0.113.9',
      false,
      IP,
      '`aws:SourceIp` is `203.0.113.9`, not in `192.0.2.0/24`',
    ),
    ip('a bare IPv4 address is a /32', ['203.0.113.7'], '203.0.113.7', true),
    ip('a bare IPv4 address matches only itself', ['203.0.113.7'], '203.0.113.8', false),
    ip(
      'a bare IPv6 address is a /128',
      ['2001:db8::1'],
      '2001:DB8:0:0:0:0:0:1',
      true,
      DOCS.ipv6Text,
    ),
    ip(
      'IPv6 is case-insensitive and `::` compresses zeros',
      ['2001:DB8:1234:5678::/64'],
      '2001:db8:1234:5678:ffff:ffff:ffff:ffff',
      true,
      DOCS.ipv6Text,
    ),
    ip(
      'an IPv6 address outside the /64',
      ['2001:DB8:1234:5678::/64'],
      '2001:db8:1234:5679::1',
      false,
    ),
    ip('a prefix that is not a multiple of 8', ['10.0.0.0/9'], '10.127.255.255', true),
    ip('a prefix that is not a multiple of 8, outside', ['10.0.0.0/9'], '10.128.0.0', false),
    ip('/0 holds every IPv4 address', ['0.0.0.0/0'], '198.51.100.1', true),
    ip(
      'host bits in the range are ignored (our reading)',
      ['203.0.113.77/24'],
      '203.0.113.1',
      true,
    ),
    ip(
      'an IPv4-mapped IPv6 request address is its IPv4 address (our reading)',
      ['203.0.113.0/24'],
      '::ffff:203.0.113.9',
      true,
      DOCS.ipv4Mapped,
    ),
    ip(
      'an IPv4-mapped range is its IPv4 range (our reading)',
      ['::ffff:203.0.113.0/120'],
      '203.0.113.9',
      true,
      DOCS.ipv4Mapped,
    ),
    ip(
      'an IPv4 address is in no IPv6 range, not even ::/0 (our reading)',
      ['::/0'],
      '203.0.113.9',
      false,
      DOCS.ipv4Mapped,
    ),
    ip('an IPv6 address is in no IPv4 range', ['0.0.0.0/0'], '2001:db8::1', false),
    ip(
      'a request value that is not an IP address does not match',
      ['0.0.0.0/0'],
      'localhost',
      false,
      IP,
      '`aws:SourceIp` is `localhost`, which is not an IP address, so `IpAddress` is false',
    ),
    ip(
      'a prefix over 32 cannot be evaluated',
      ['10.0.0.0/33'],
      '10.0.0.1',
      'notEvaluated',
      IP,
      '`10.0.0.0/33` is not an IP address or CIDR range, so this condition cannot be evaluated',
    ),
    ip('an octet over 255 cannot be evaluated', ['10.0.0.256'], '10.0.0.1', 'notEvaluated'),
    ip(
      'leading zeros are refused rather than guessed (our reading)',
      ['010.0.0.1'],
      '10.0.0.1',
      'notEvaluated',
    ),
    ip(
      'two `::` cannot be evaluated',
      ['2001::db8::1'],
      '2001:db8::1',
      'notEvaluated',
      DOCS.ipv6Text,
    ),
    ip('an IPv6 zone id is refused', ['fe80::1%eth0'], 'fe80::1', 'notEvaluated', DOCS.ipv6Text),
    ip(
      'an IPv6 address with a dotted IPv4 tail',
      ['64:ff9b::/96'],
      '64:ff9b::192.0.2.33',
      true,
      DOCS.ipv6Text,
    ),
    ip(
      'policy variables are literal text here',
      ['${aws:PrincipalTag/cidr}'],
      '10.0.0.1',
      'notEvaluated',
      `${DOCS.variables}#policy-vars-conditionelement`,
    ),
  ],
  NotIpAddress: [
    ...sharedRows({
      operator: 'NotIpAddress',
      key,
      values: ['203.0.113.0/24', '2001:DB8:1234:5678::/64'],
      hit: '203.0.113.9',
      hit2: '2001:db8:1234:5678::1',
      miss: '192.0.2.1',
    }),
    {
      name: 'an address in one of the ranges fails (NOR)',
      operator: 'NotIpAddress',
      key,
      values: ['192.0.2.0/24', '203.0.113.0/24'],
      context: { [key]: '203.0.113.9' },
      expected: false,
      detail: '`aws:SourceIp` is `203.0.113.9`, in `203.0.113.0/24`, so `NotIpAddress` is false',
      source: DOCS.logic,
    },
    {
      name: 'a request through a VPC endpoint has no aws:SourceIp: NotIpAddress is true',
      operator: 'NotIpAddress',
      key,
      values: ['192.0.2.0/24'],
      context: {},
      expected: true,
      source: IP,
    },
  ],
}

for (const [operator, rows] of Object.entries(tables)) {
  describe(`${operator} (table)`, () => {
    it.each(rows)('$name', (row) => {
      const { explained, compiled } = run(row)
      expect(explained.result).toBe(row.expected)
      expect(compiled).toBe(row.expected)
      if (row.detail !== undefined) expect(explained.detail).toBe(row.detail)
      expect(row.source).toMatch(/^https:\/\//)
    })
  })
}
