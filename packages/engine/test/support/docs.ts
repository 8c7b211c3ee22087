/** Test support: the AWS pages the engine's test cases cite. */
const UG = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'

export const EVALUATION = `${UG}reference_policies_evaluation-logic.html`
export const CROSS_ACCOUNT = `${UG}reference_policies_evaluation-logic-cross-account.html`
export const PRINCIPAL = `${UG}reference_policies_elements_principal.html`
export const NOT_PRINCIPAL = `${UG}reference_policies_elements_notprincipal.html`
export const BOUNDARIES = `${UG}access_policies_boundaries.html`
export const SESSION_POLICIES = `${UG}access_policies.html#policies_session`
export const ACCESS_DENIED = `${UG}troubleshoot_access-denied.html`
export const VARIABLES = `${UG}reference_policies_variables.html`
export const NOT_ACTION = `${UG}reference_policies_elements_notaction.html`
export const ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'
export const SCPS =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html'
export const RCPS =
  'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html'
export const KMS_KEY_POLICIES =
  'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html'
export const ASSUME_ROLE_API_USE = `${UG}id_roles_use_switch-role-api.html`
