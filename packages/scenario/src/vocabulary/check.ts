/**
 * `checkVocabulary`: warnings for names AWS does not define — an action (`s3:GetObjects`, did you
 * mean `s3:GetObject`?), a condition key neither global nor of its service, an ARN whose shape
 * fits none of its service's resource types. Warnings, not errors: AWS accepts such policies,
 * they just never match. Only the services the scenario uses are loaded.
 */
import { compileWildcard } from '@hatrack/policy'
import type { Scenario } from '../format/scenario.ts'
import type { PendingIssue, ScenarioIssue } from '../load/issues/index.ts'
import { issue } from '../load/issues/index.ts'
import { placeAll } from '../load/place.ts'
import { closestNames } from '../load/text/closest.ts'
import { code, codeList, suggestion } from '../load/text/words.ts'
import { collectNames, type UsedName } from './collect.ts'
import type { ServiceVocabulary, VocabularySource } from './source.ts'
import { keyFits, overlaps, policyArnTokens, templateTokens } from './templates.ts'

interface Loaded {
  readonly services: readonly string[]
  readonly vocabulary: ReadonlyMap<string, ServiceVocabulary | 'unavailable'>
  readonly globals: readonly string[]
  readonly prefixes: Readonly<Record<string, readonly string[]>>
}

function serviceOf(name: UsedName): string | undefined {
  if (name.kind === 'resource') {
    const service = name.value.split(':')[2]
    return name.value.startsWith('arn:') &&
      service !== undefined &&
      service !== '' &&
      !/[*?$]/.test(service)
      ? service.toLowerCase()
      : undefined
  }
  const colon = name.value.indexOf(':')
  const service = colon > 0 ? name.value.slice(0, colon) : undefined
  return service === undefined || /[*?]/.test(service) ? undefined : service.toLowerCase()
}

function unknownService(service: string, name: UsedName, loaded: Loaded): PendingIssue {
  const near = closestNames(service, loaded.services)
  return issue(
    'scenario.vocabulary.unknownService',
    name.path,
    `AWS defines no service ${code(service)} (in ${code(name.value)})`,
    {
      hint: near.length > 0 ? suggestion(near, [], 'services') : undefined,
    },
  )
}

function checkAction(name: UsedName, vocabulary: ServiceVocabulary): PendingIssue | undefined {
  const action = name.value.slice(name.value.indexOf(':') + 1)
  if (action === '*' || action === '') return undefined
  if (/[*?]/.test(action)) {
    const fits = compileWildcard(action, { ignoreCase: true })
    if (vocabulary.actions.some((candidate) => fits(candidate))) return undefined
    return issue(
      'scenario.vocabulary.noMatchingAction',
      name.path,
      `${code(name.value)} matches no action of ${code(vocabulary.service)}`,
    )
  }
  const lower = action.toLowerCase()
  if (vocabulary.actions.some((candidate) => candidate.toLowerCase() === lower)) return undefined
  const near = closestNames(action, vocabulary.actions).map(
    (candidate) => `${name.value.slice(0, name.value.indexOf(':'))}:${candidate}`,
  )
  return issue(
    'scenario.vocabulary.unknownAction',
    name.path,
    `AWS defines no action ${code(name.value)}`,
    {
      hint:
        near.length > 0
          ? suggestion(near, [], 'actions')
          : `see the actions of ${code(vocabulary.service)} in AWS's Service Authorization Reference`,
    },
  )
}

function checkResource(name: UsedName, vocabulary: ServiceVocabulary): PendingIssue | undefined {
  if (vocabulary.resourceArns.length === 0) return undefined
  const tokens = policyArnTokens(name.value)
  if (vocabulary.resourceArns.some((template) => overlaps(tokens, templateTokens(template))))
    return undefined
  return issue(
    'scenario.vocabulary.unknownResourceShape',
    name.path,
    `the ARN ${code(name.value)} fits no resource type of ${code(vocabulary.service)}`,
    {
      hint: `its ARNs look like ${codeList(vocabulary.resourceArns.slice(0, 3), 3, 'or')}`,
    },
  )
}

/**
 * The keys every OIDC provider gives, written `PROVIDER:KEY` (`token.actions.githubusercontent.com:sub`).
 * The Service Authorization Reference lists them only for a few providers; the IAM User Guide
 * documents them for all: "Available keys for OIDC federation"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif).
 */
const OIDC_KEYS = new Set(['amr', 'aud', 'azp', 'email', 'oaud', 'sub'])

function isOidcKey(key: string): boolean {
  const colon = key.lastIndexOf(':')
  const provider = key.slice(0, Math.max(0, colon))
  return (
    colon > 0 &&
    /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(provider) &&
    OIDC_KEYS.has(key.slice(colon + 1).toLowerCase())
  )
}

function checkKey(name: UsedName, loaded: Loaded): PendingIssue | undefined {
  if (loaded.globals.some((template) => keyFits(name.value, template)) || isOidcKey(name.value))
    return undefined
  const prefix = name.value.slice(0, Math.max(0, name.value.indexOf(':'))).toLowerCase()
  const owners = loaded.services.includes(prefix) ? [prefix] : (loaded.prefixes[prefix] ?? [])
  const candidates: string[] = [...loaded.globals]
  for (const owner of owners) {
    const vocabulary = loaded.vocabulary.get(owner)
    if (vocabulary === 'unavailable') return undefined
    if (vocabulary === undefined) continue
    if (vocabulary.conditionKeys.some((template) => keyFits(name.value, template))) return undefined
    candidates.push(...vocabulary.conditionKeys)
  }
  const near = closestNames(
    name.value,
    candidates.filter((candidate) => !candidate.includes('${')),
  )
  return issue(
    'scenario.vocabulary.unknownConditionKey',
    name.path,
    `AWS defines no condition key ${code(name.value)}`,
    {
      hint:
        near.length > 0
          ? suggestion(near, [], 'keys')
          : owners.length === 0
            ? `no service has keys starting with ${code(`${prefix}:`)}`
            : undefined,
    },
  )
}

async function loadVocabulary(
  names: readonly UsedName[],
  source: VocabularySource,
  pending: PendingIssue[],
): Promise<Loaded> {
  const [services, globals, prefixes] = await Promise.all([
    source.services(),
    source.globalConditionKeys(),
    source.conditionPrefixes(),
  ])
  const wanted = new Set<string>()
  for (const name of names) {
    const service = serviceOf(name)
    if (service === undefined) continue
    if (name.kind === 'conditionKey' && !services.includes(service))
      for (const owner of prefixes[service] ?? []) wanted.add(owner)
    else if (services.includes(service)) wanted.add(service)
  }
  const vocabulary = new Map<string, ServiceVocabulary | 'unavailable'>()
  await Promise.all(
    [...wanted].sort().map(async (service) => {
      try {
        const loaded = await source.service(service)
        if (loaded !== undefined) vocabulary.set(service, loaded)
      } catch {
        vocabulary.set(service, 'unavailable')
        pending.push(
          issue(
            'scenario.vocabulary.unavailable',
            [],
            `the vocabulary of ${code(service)} could not be loaded, so its names were not checked`,
          ),
        )
      }
    }),
  )
  return { services, vocabulary, globals, prefixes }
}

/** Warnings for the names of `scenario` AWS does not define, placed in the scenario's files. */
export async function checkVocabulary(
  scenario: Scenario,
  source: VocabularySource,
): Promise<ScenarioIssue[]> {
  const names = collectNames(scenario)
  const pending: PendingIssue[] = []
  let loaded: Loaded
  try {
    loaded = await loadVocabulary(names, source, pending)
  } catch {
    return placeAll(
      [
        issue(
          'scenario.vocabulary.unavailable',
          [],
          "AWS's vocabulary could not be loaded, so no names were checked",
        ),
      ],
      scenario.source,
    )
  }
  const seen = new Set<string>()
  for (const name of names) {
    if (name.value === '*') continue
    const service = serviceOf(name)
    let found: PendingIssue | undefined
    if (name.kind === 'conditionKey') found = checkKey(name, loaded)
    else if (service !== undefined) {
      const vocabulary = loaded.vocabulary.get(service)
      if (!loaded.services.includes(service)) found = unknownService(service, name, loaded)
      else if (vocabulary !== undefined && vocabulary !== 'unavailable') {
        found =
          name.kind === 'action' ? checkAction(name, vocabulary) : checkResource(name, vocabulary)
      }
    }
    if (found === undefined) continue
    const key = `${found.code}|${found.path.join('\u0000')}`
    if (seen.has(key)) continue
    seen.add(key)
    pending.push(found)
  }
  return placeAll(pending, scenario.source)
}
