/**
 * The decision corpus: its case format (documented in `corpus/README.md`), the check that a
 * corpus file is well-formed, and the loader that turns a case into the engine's inputs, an
 * {@link AccessRequest} and a {@link PolicySet} of parsed policies.
 */
import { parsePolicy } from '@hatrack/policy'
import type { ContextRecord, JsonPath, PolicyKind } from '@hatrack/policy'
import type {
  AccessRequest,
  DecisionKind,
  GateName,
  NamedPolicy,
  PolicySet,
  RequestPrincipal,
} from '@hatrack/engine'

/** One JSON file of the corpus: one AWS feature, its cast of principals, its cases. */
export interface CorpusFile {
  /** The feature the file covers, e.g. `condition operators: String`. */
  readonly feature: string
  /** Principals the cases name by key, each with the request-context keys AWS builds for it. */
  readonly principals?: Readonly<Record<string, CastMember>>
  readonly cases: readonly CorpusCase[]
}

/** A principal of the cast, with the context keys AWS adds for it (`aws:PrincipalArn`, …). */
export interface CastMember {
  readonly principal: RequestPrincipal
  readonly context?: ContextRecord
}

/** One case: a request, the policies that apply, and AWS's answer. */
export interface CorpusCase {
  /** Unique across the corpus; says what AWS does. */
  readonly name: string
  /** The AWS documentation page the expected answer comes from. */
  readonly source: string
  /** For subtle cases: the rule, in one sentence. */
  readonly note?: string
  /** Absent only for cases that expect parse issues. */
  readonly request?: CaseRequest
  readonly policies: CasePolicies
  readonly expected: CaseExpectation
}

export interface CaseRequest {
  /** A key of the file's `principals`, or the principal itself. */
  readonly principal: string | RequestPrincipal
  readonly action: string
  readonly resource: string
  readonly resourceAccount?: string
  /** Added to (and overriding) the cast member's context. */
  readonly context?: ContextRecord
}

/** A verbatim IAM JSON document and the name the explanation shows. */
export interface CaseDocument {
  readonly name: string
  readonly arn?: string
  readonly document: unknown
}

/** The resource's policy: a resource-based policy, or a role's trust policy. */
export interface CaseResourceDocument extends CaseDocument {
  /** `resource` when absent. */
  readonly kind?: 'resource' | 'trust'
}

/** The policies of a case, shaped like {@link PolicySet} but holding documents. */
export interface CasePolicies {
  readonly identity?: readonly CaseDocument[]
  readonly resource?: CaseResourceDocument
  readonly boundary?: CaseDocument
  readonly session?: readonly CaseDocument[]
  readonly scps?: readonly (readonly CaseDocument[])[]
  readonly rcps?: readonly (readonly CaseDocument[])[]
  readonly managementAccount?: string
}

/** What the engine must answer; `gate` is required for a denial. */
export interface DecisionExpectation {
  readonly decision: DecisionKind
  readonly gate?: GateName
  /** AWS's AccessDenied text, compared exactly. */
  readonly message?: string
}

/** For documents AWS refuses: the issues the parser must report. */
export interface IssuesExpectation {
  readonly issues: readonly ExpectedIssue[]
}

/** An issue the parser must report: an error whose path starts with `path`. */
export interface ExpectedIssue {
  readonly code?: string
  readonly path: JsonPath
  /** A piece of the issue's message. */
  readonly message?: string
}

export type CaseExpectation = DecisionExpectation | IssuesExpectation

/** Whether a case expects parse issues rather than a decision. */
export function expectsIssues(expected: CaseExpectation): expected is IssuesExpectation {
  return 'issues' in expected
}

/** The outcome of parsing one document of a case. */
export interface ParsedDocument {
  readonly name: string
  readonly kind: PolicyKind
  readonly result: ReturnType<typeof parsePolicy>
}

/** A case turned into engine inputs. `failures` lists documents that did not parse. */
export interface LoadedCase {
  readonly request: AccessRequest | undefined
  readonly policies: PolicySet
  readonly documents: readonly ParsedDocument[]
  readonly failures: readonly ParsedDocument[]
}

/** Builds the request and the parsed policy set of `kase`, read in the light of `file`. */
export function loadCase(file: CorpusFile, kase: CorpusCase): LoadedCase {
  const documents: ParsedDocument[] = []
  const parse = (doc: CaseDocument, kind: PolicyKind): NamedPolicy | undefined => {
    const result = parsePolicy(doc.document, { kind, fileName: `${kase.name} / ${doc.name}` })
    documents.push({ name: doc.name, kind, result })
    if (!result.ok) return undefined
    return {
      name: doc.name,
      ...(doc.arn === undefined ? {} : { arn: doc.arn }),
      policy: result.policy,
    }
  }
  const many = (docs: readonly CaseDocument[], kind: PolicyKind): NamedPolicy[] =>
    docs.flatMap((doc) => parse(doc, kind) ?? [])
  const given = kase.policies
  const resource = given.resource && parse(given.resource, given.resource.kind ?? 'resource')
  const boundary = given.boundary && parse(given.boundary, 'boundary')
  const policies: PolicySet = {
    ...(given.identity && { identity: many(given.identity, 'identity') }),
    ...(resource && { resource }),
    ...(boundary && { boundary }),
    ...(given.session && { session: many(given.session, 'session') }),
    ...(given.scps && { scps: given.scps.map((level) => many(level, 'scp')) }),
    ...(given.rcps && { rcps: given.rcps.map((level) => many(level, 'rcp')) }),
    ...(given.managementAccount !== undefined && { managementAccount: given.managementAccount }),
  }
  return {
    request: kase.request && buildRequest(file, kase.request),
    policies,
    documents,
    failures: documents.filter((doc) => !doc.result.ok),
  }
}

function buildRequest(file: CorpusFile, request: CaseRequest): AccessRequest {
  const cast =
    typeof request.principal === 'string' ? file.principals?.[request.principal] : undefined
  const principal = typeof request.principal === 'string' ? cast?.principal : request.principal
  if (principal === undefined) throw new Error(`unknown principal \`${String(request.principal)}\``)
  const context = { ...cast?.context, ...request.context }
  return {
    principal,
    action: request.action,
    resource: request.resource,
    ...(request.resourceAccount !== undefined && { resourceAccount: request.resourceAccount }),
    context,
  }
}

const DECISIONS: readonly DecisionKind[] = ['allowed', 'explicitDeny', 'implicitDeny']
const GATES: readonly GateName[] = [
  'rcp',
  'scp',
  'resource',
  'trust',
  'identity',
  'boundary',
  'session',
]
const CASE_KEYS = ['name', 'source', 'note', 'request', 'policies', 'expected']
const POLICY_KEYS = [
  'identity',
  'resource',
  'boundary',
  'session',
  'scps',
  'rcps',
  'managementAccount',
]
const DOCS_HOST = 'https://docs.aws.amazon.com/'

/**
 * The problems of a parsed corpus file, one sentence each: a missing `source` or `expected`, a
 * denial without its gate, an unknown principal key, a misspelt field. Empty when well-formed.
 */
export function checkCorpusFile(value: unknown, folder: string): string[] {
  if (!isObject(value)) return ['the file is not a JSON object']
  const problems: string[] = []
  if (typeof value.feature !== 'string' || value.feature === '')
    problems.push('`feature` is missing')
  if (!Array.isArray(value.cases) || value.cases.length === 0)
    return [...problems, '`cases` is empty']
  const cast = isObject(value.principals) ? value.principals : {}
  value.cases.forEach((kase: unknown, index) => {
    const where = `case ${index}${isObject(kase) && typeof kase.name === 'string' ? ` (${kase.name})` : ''}`
    for (const problem of checkCase(kase, cast, folder)) problems.push(`${where}: ${problem}`)
  })
  return problems
}

function checkCase(kase: unknown, cast: Record<string, unknown>, folder: string): string[] {
  if (!isObject(kase)) return ['not an object']
  const problems = Object.keys(kase)
    .filter((key) => !CASE_KEYS.includes(key))
    .map((key) => `unknown field \`${key}\``)
  if (typeof kase.name !== 'string' || kase.name === '') problems.push('`name` is missing')
  if (typeof kase.source !== 'string' || !kase.source.startsWith(DOCS_HOST))
    problems.push(`\`source\` must be an AWS documentation page (${DOCS_HOST}…)`)
  if (kase.note !== undefined && typeof kase.note !== 'string')
    problems.push('`note` must be a string')
  if (!isObject(kase.policies)) problems.push('`policies` is missing')
  else
    for (const key of Object.keys(kase.policies))
      if (!POLICY_KEYS.includes(key)) problems.push(`unknown policy field \`${key}\``)
  const expected = kase.expected
  if (!isObject(expected)) return [...problems, '`expected` is missing']
  if ('issues' in expected) {
    if (folder !== 'invalid')
      problems.push('parse issues are expected only in the `invalid/` folder')
    if (!Array.isArray(expected.issues) || expected.issues.length === 0)
      problems.push('`expected.issues` is empty')
    else if (!expected.issues.every((issue) => isObject(issue) && Array.isArray(issue.path)))
      problems.push('every expected issue needs a `path`')
    return problems
  }
  if (folder === 'invalid') problems.push('a case of `invalid/` must expect `issues`')
  if (!DECISIONS.includes(expected.decision as DecisionKind))
    problems.push(`\`expected.decision\` must be one of ${DECISIONS.join(', ')}`)
  if (expected.gate !== undefined && !GATES.includes(expected.gate as GateName))
    problems.push(`\`expected.gate\` must be one of ${GATES.join(', ')}`)
  if (expected.decision !== 'allowed' && expected.gate === undefined)
    problems.push('a denial needs `expected.gate`')
  if (expected.message !== undefined && typeof expected.message !== 'string')
    problems.push('`expected.message` must be a string')
  if (!isObject(kase.request)) return [...problems, '`request` is missing']
  const principal = kase.request.principal
  if (typeof principal === 'string' && !(principal in cast))
    problems.push(`principal \`${principal}\` is not in the file's \`principals\``)
  if (typeof kase.request.action !== 'string') problems.push('`request.action` is missing')
  if (typeof kase.request.resource !== 'string') problems.push('`request.resource` is missing')
  return problems
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
