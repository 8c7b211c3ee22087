/**
 * The reference tables of `docs/reference/scenario-format.md`, written from the same definitions
 * as the JSON Schema and the validator, so the reference documents every key there is. A test
 * keeps the document's generated sections equal to these.
 */
import { scenarioIssueCodes } from '../load/issues/registry.ts'
import {
  challenge,
  challengeEdit,
  leastPrivilegeOptions,
  unreachableGoal,
  wrongAnswer,
} from './definitions/challenge.ts'
import { changeOperations } from './definitions/changes.ts'
import { checkpoint, checkpointChoiceObject } from './definitions/checkpoint.ts'
import { expectation } from './definitions/expect.ts'
import { scenario } from './definitions/scenario.ts'
import { certificate, samlAssertion } from './definitions/sts-calls.ts'
import { step, stepKinds } from './definitions/steps.ts'
import {
  customerPolicy,
  group,
  instanceProfile,
  role,
  serviceLinkedRole,
  user,
} from './definitions/identities.ts'
import { account, organization, organizationPolicy } from './definitions/organization.ts'
import {
  cliProfile,
  identityProvider,
  resource,
  RESOURCE_TYPES,
  rolesAnywhereProfile,
  trustAnchor,
} from './definitions/world.ts'
import type { Def, Props } from './dsl.ts'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function target(def: Def): Def {
  return def.kind === 'ref' ? target(def.target()) : def
}

/** A short name for the kind of value a definition takes. */
export function valueOf(def: Def): string {
  if (def.kind === 'ref') {
    if (def.name === 'Duration') return 'duration'
    if (def.name === 'PolicyDocument') return 'policy document'
    if (def.name === 'Tags') return 'tags'
    if (def.name === 'Context') return 'context'
    if (def.name === 'Step' || def.name === 'Change' || def.name === 'OrganizationalUnit')
      return def.name === 'Step' ? 'step' : def.name === 'Change' ? 'change' : 'OU'
    return valueOf(def.target())
  }
  switch (def.kind) {
    case 'string':
      return def.values !== undefined
        ? def.values.map((value) => `\`${value}\``).join(', ')
        : 'text'
    case 'number':
      return def.integer ? 'whole number' : 'number'
    case 'boolean':
      return '`true` / `false`'
    case 'const':
      return `\`${String(def.value)}\``
    case 'any':
      return 'map'
    case 'object':
    case 'oneKey':
      return 'map'
    case 'record':
      return target(def.values).kind === 'object'
        ? `name → ${def.entry}`
        : `map of ${valueOf(def.values)}`
    case 'array':
      return `list of ${def.item ?? valueOf(def.items)}`
    case 'union':
      return def.variants.map(valueOf).join(' or ')
  }
}

/** A table of the keys of `properties`: key, value, required or not, description. */
export function keyTable(properties: Props): string {
  const rows = Object.entries(properties).map(([key, def]) => {
    const needed =
      def.optional === true
        ? def.meta.default === undefined
          ? ''
          : `default \`${String(def.meta.default)}\``
        : '**required**'
    return `| \`${key}\` | ${cell(valueOf(def))} | ${needed} | ${cell(def.meta.description)} |`
  })
  return ['| key | value | | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

function propsOf(def: Def): Props {
  const resolved = target(def)
  if (resolved.kind === 'object') return resolved.properties
  if (resolved.kind === 'oneKey') return resolved.common
  return {}
}

/** The change operations: each with its parameters. */
function operationsTable(): string {
  const rows = Object.entries(changeOperations).map(([name, def]) => {
    const params = Object.entries(def.properties)
      .map(([key, param]) => (param.optional === true ? `\`${key}\`?` : `\`${key}\``))
      .join(', ')
    return `| \`${name}\` | ${cell(params)} | ${cell(def.meta.description)} |`
  })
  return [
    '| operation | parameters (`?` optional) | what it does |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n')
}

function codesTable(): string {
  const rows = Object.entries(scenarioIssueCodes).map(
    ([code, info]) =>
      `| \`${code}\` | ${info.severity} | **${cell(info.title)}.** ${cell(info.description)} |`,
  )
  return ['| code | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n')
}

const expectationObject = expectation.variants[1]

/** Every generated section of the reference, by id. */
export function referenceSections(): Readonly<Record<string, string>> {
  const sections: Record<string, string> = {
    top: keyTable(scenario.properties),
    account: keyTable(account.properties),
    organization: keyTable(organization.properties),
    'organization-unit': keyTable(propsOf(organization.properties.units.values)),
    'organization-policy': keyTable(organizationPolicy.properties),
    user: keyTable(user.properties),
    group: keyTable(group.properties),
    role: keyTable(role.properties),
    policy: keyTable(customerPolicy.properties),
    'service-linked-role': keyTable(serviceLinkedRole.properties),
    'identity-provider': keyTable(identityProvider.properties),
    resource: keyTable(resource.properties),
    'resource-types': RESOURCE_TYPES.map((type) => `\`${type}\``).join(', '),
    'instance-profile': keyTable(instanceProfile.properties),
    'trust-anchor': keyTable(trustAnchor.properties),
    'roles-anywhere-profile': keyTable(rolesAnywhereProfile.properties),
    'cli-profile': keyTable(cliProfile.properties),
    step: keyTable(propsOf(step)),
    'saml-assertion': keyTable(samlAssertion.properties),
    certificate: keyTable(certificate.properties),
    'certificate-names': keyTable(propsOf(certificate.properties.subjectAlternativeNames)),
    operations: operationsTable(),
    expectation: keyTable(propsOf(expectationObject)),
    codes: codesTable(),
    checkpoint: keyTable(checkpoint.properties),
    'checkpoint-choice': keyTable(checkpointChoiceObject.properties),
    challenge: keyTable(challenge.properties),
    'challenge-edit': keyTable(challengeEdit.properties),
    'challenge-unreachable': keyTable(unreachableGoal.properties),
    'challenge-least-privilege': keyTable(leastPrivilegeOptions.properties),
    'challenge-wrong': keyTable(wrongAnswer.properties),
  }
  for (const [kind, def] of Object.entries(stepKinds)) {
    const resolved = target(def)
    sections[`step-${kind}`] =
      resolved.kind === 'object' && Object.keys(resolved.properties).length > 0
        ? keyTable(resolved.properties)
        : `\`${kind}\` takes ${valueOf(def)}: ${def.meta.description}`
  }
  return sections
}
