/**
 * `IpAddress` / `NotIpAddress`: IPv4 and IPv6 addresses against CIDR ranges (values/ip.ts for
 * the formats and our readings). No policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
import {
  inIpRange,
  parseIpAddress,
  parseIpRange,
  type IpBytes,
  type IpRange,
} from '../values/ip.ts'
import { joinPieces } from '../values/like.ts'
import { OPERATORS_PAGE, type Comparer, type ConditionOperator } from '../operator.ts'

const comparer: Comparer<IpRange, IpBytes> = {
  readPolicy: (pieces) => {
    const text = joinPieces(pieces)
    const value = parseIpRange(text)
    return value === undefined
      ? { ok: false, reason: `\`${text}\` is not an IP address or CIDR range` }
      : { ok: true, value }
  },
  readRequest: parseIpAddress,
  test: inIpRange,
}

const ip = (name: ConditionOperator['name'], negated: boolean): ConditionOperator => ({
  name,
  family: 'IpAddress',
  negated,
  variables: false,
  relation: 'in',
  requestKind: 'an IP address',
  comparer,
  source: `${OPERATORS_PAGE}#Conditions_IPAddress`,
})

/** `IpAddress` and `NotIpAddress`. */
export const ipOperators: readonly ConditionOperator[] = [
  ip('IpAddress', false),
  ip('NotIpAddress', true),
]
