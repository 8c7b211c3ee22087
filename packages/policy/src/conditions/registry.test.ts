import { describe, expect, it } from 'vitest'
import type { ConditionOperatorName } from '../ast.ts'
import { conditionOperators } from './registry.ts'
import { DOCS } from '../../test/support/conditions.ts'

/** Every operator of iam-facts §4, with its polarity and whether policy variables work in it. */
const expected: [ConditionOperatorName, 'positive' | 'negated', 'variables' | 'literal'][] = [
  ['StringEquals', 'positive', 'variables'],
  ['StringNotEquals', 'negated', 'variables'],
  ['StringEqualsIgnoreCase', 'positive', 'variables'],
  ['StringNotEqualsIgnoreCase', 'negated', 'variables'],
  ['StringLike', 'positive', 'variables'],
  ['StringNotLike', 'negated', 'variables'],
  ['NumericEquals', 'positive', 'literal'],
  ['NumericNotEquals', 'negated', 'literal'],
  ['NumericLessThan', 'positive', 'literal'],
  ['NumericLessThanEquals', 'positive', 'literal'],
  ['NumericGreaterThan', 'positive', 'literal'],
  ['NumericGreaterThanEquals', 'positive', 'literal'],
  ['DateEquals', 'positive', 'literal'],
  ['DateNotEquals', 'negated', 'literal'],
  ['DateLessThan', 'positive', 'literal'],
  ['DateLessThanEquals', 'positive', 'literal'],
  ['DateGreaterThan', 'positive', 'literal'],
  ['DateGreaterThanEquals', 'positive', 'literal'],
  ['Bool', 'positive', 'variables'],
  ['BinaryEquals', 'positive', 'literal'],
  ['IpAddress', 'positive', 'literal'],
  ['NotIpAddress', 'negated', 'literal'],
  ['ArnEquals', 'positive', 'variables'],
  ['ArnLike', 'positive', 'variables'],
  ['ArnNotEquals', 'negated', 'variables'],
  ['ArnNotLike', 'negated', 'variables'],
  ['Null', 'positive', 'literal'],
]

describe('conditionOperators', () => {
  it('holds exactly the 27 operators AWS documents', () => {
    expect(Object.keys(conditionOperators).sort()).toEqual(expected.map(([name]) => name).sort())
  })

  it.each(expected)('%s is %s and takes %s', (name, polarity, variables) => {
    const operator = conditionOperators[name]
    expect(operator.name).toBe(name)
    expect(operator.negated).toBe(polarity === 'negated')
    expect(operator.variables).toBe(variables === 'variables')
    expect(operator.source.startsWith(DOCS.operators)).toBe(true)
    expect(operator.relation.length).toBeGreaterThan(0)
  })
})
