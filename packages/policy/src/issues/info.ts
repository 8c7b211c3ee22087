/**
 * What the registry knows about one issue code: how grave it is, how AWS names the failure, and
 * a paragraph that teaches what it means and how to fix it.
 */

/** `error`: AWS rejects the document. `warning`: AWS accepts it, but it is probably a mistake. */
export type PolicyIssueSeverity = 'error' | 'warning'

/** One entry of the issue-code registry. */
export interface PolicyIssueCodeInfo {
  readonly severity: PolicyIssueSeverity
  /**
   * The error code AWS answers with when it rejects such a document through IAM
   * (`MalformedPolicyDocument`, `LimitExceeded`, …). AWS Organizations names its own
   * (`MalformedPolicyDocumentException`); issues on SCPs and RCPs carry that one.
   */
  readonly awsError?: string
  /**
   * AWS's own message when it differs from ours: AWS often answers a generic
   * `Syntax errors in policy.` where Hatrack can say which value is wrong.
   */
  readonly awsMessage?: string
  /** One line, for a list of codes. */
  readonly title: string
  /** A paragraph for learners: what the rule is, why, and how to fix the document. */
  readonly explanation: string
  /** The AWS documentation page (or the public report of AWS's message) the rule comes from. */
  readonly source: string
}

/** AWS documentation pages the registry cites. */
export const DOCS = {
  grammar: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  version:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  id: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_id.html',
  sid: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html',
  effect:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html',
  principal:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
  notPrincipal:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
  action:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
  resource:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
  notResource:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html',
  condition:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html',
  operators:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
  multiValue:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
  variables: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
  quotas: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
  createPolicy: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html',
  assumeRole: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
  rolesAnywhere: 'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html',
  accessAnalyzerChecks:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
  scpSyntax:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html',
  rcpSyntax:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html',
  orgLimits:
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
} as const
