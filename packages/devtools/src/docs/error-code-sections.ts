/**
 * The error reference's sections for error codes (docs/reference/errors.md): AWS's codes of
 * IAM, STS and Roles Anywhere, Organizations' exceptions, the resource services' codes (from
 * `@hatrack/model`'s registries), Hatrack's own codes and the kinds of error a component shows.
 * Each code gets a row in its section's table and a heading of its own, so a link to
 * `errors.md#nosuchentity` lands on its explanation. Split from `error-reference.ts` to keep
 * both small.
 */
import {
  awsErrorCodes,
  organizationsErrorCodes,
  resourceErrorCodes,
  type ErrorCodeInfo,
} from '@hatrack/model'
import { elementErrorKinds, hatrackCodes, type HatrackCodeInfo } from './hatrack-codes.ts'

/** A code's anchor on the page: `policy.json.syntax` → `policy-json-syntax`, `NoSuchEntity` → `nosuchentity`. */
export function anchorOf(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/** A link to a code's heading: `` [`NoSuchEntity`](#nosuchentity) ``. */
export function codeLink(code: string): string {
  return `[\`${code}\`](#${anchorOf(code)})`
}

type CodeRegistry = Readonly<Record<string, ErrorCodeInfo | HatrackCodeInfo>>

/** The codes shared by the resource services and IAM or STS, explained in the AWS section. */
const SHARED_WITH_IAM = [
  'ValidationError',
  'ResourceNotFoundException',
  'InvalidParameterValue',
  'InvalidInput',
]

/** The page's sections of codes, each a registry explained under a heading, in page order. */
const codeSections = [
  {
    key: 'aws',
    heading: 'AWS errors',
    intro:
      'The error codes of IAM, STS and IAM Roles Anywhere, as their APIs name them. A failed call is data, never an exception: the step fails with the code and AWS\u2019s message (its own words where they are known, Hatrack\u2019s otherwise), and an `AccessDenied` carries the decision that refused the call. Each entry says what AWS means by the code and which simulated calls return it.',
    registry: awsErrorCodes,
  },
  {
    key: 'organizations',
    heading: 'Organizations errors',
    intro:
      'AWS Organizations answers with its own exception names. Hatrack returns them from its organization operations: creating the organization and its OUs, adding and moving accounts, creating SCPs and RCPs and attaching or detaching them.',
    registry: organizationsErrorCodes,
  },
  {
    key: 'resources',
    heading: 'Resource service errors',
    intro: `Each service answers with its own names when a resource is created, its resource-based policy is set or it is tagged. The codes they share with IAM and STS (${SHARED_WITH_IAM.map(codeLink).join(', ')}) and with Organizations (${codeLink('MalformedPolicyDocumentException')}) are explained in those sections.`,
    registry: resourceErrorCodes,
  },
  {
    key: 'hatrack',
    heading: 'Hatrack\u2019s own codes',
    intro:
      'Codes that come from Hatrack rather than from an AWS service: the replay\u2019s, named after the AWS CLI where the CLI has such an error, and the web components\u2019. The components also show the codes of the scenario format reference (`scenario.*`) and the codes above.',
    registry: hatrackCodes,
  },
] as const satisfies readonly {
  key: string
  heading: string
  intro: string
  registry: CodeRegistry
}[]

/** Every code the page explains under a heading of its own, registry by registry. */
export const codeRegistries: readonly (readonly [string, CodeRegistry])[] = codeSections.map(
  ({ key, registry }) => [key, registry],
)

/** Whether `code` is an AWS or Organizations code the page explains (for links from other sections). */
export function isExplainedAwsCode(code: string): boolean {
  return Object.hasOwn(awsErrorCodes, code) || Object.hasOwn(organizationsErrorCodes, code)
}

function codeSection(
  lines: string[],
  heading: string,
  intro: string,
  registry: CodeRegistry,
): void {
  lines.push(`## ${heading}`, '', intro, '', '| code | title |', '| --- | --- |')
  const codes = Object.entries(registry).sort(([a], [b]) => a.localeCompare(b))
  for (const [code, info] of codes) lines.push(`| ${codeLink(code)} | ${info.title} |`)
  lines.push('')
  for (const [code, info] of codes) {
    lines.push(`### \`${code}\``, '', `**${info.title}.** ${info.meaning}`, '')
    lines.push(`In Hatrack: ${info.inHatrack}`, '')
    if (info.source !== undefined) lines.push(`Source: <${info.source}>`, '')
  }
}

/** Appends the sections of error codes to the page's lines. */
export function renderCodeSections(lines: string[]): void {
  for (const { heading, intro, registry } of codeSections)
    codeSection(lines, heading, intro, registry)
  lines.push(
    '## Element error kinds',
    '',
    'Every error a component reports (its `error` property, the detail of its `hatrack-error` event) has a `type`, one of four kinds. The player\u2019s error box shows the kind\u2019s heading, then the message with its line and column, the JSON path, the code in parentheses and a hint.',
    '',
  )
  for (const [kind, info] of Object.entries(elementErrorKinds)) {
    lines.push(
      `### \`${kind}\``,
      '',
      `The player shows: **${info.heading}**.`,
      '',
      info.meaning,
      '',
    )
  }
}
