/**
 * The job-function policies: full access, power user, read-only, view-only and security audit.
 *
 * Sources: AWS Managed Policy Reference,
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html (names, ARNs,
 * descriptions, versions), and the documents AWS returns for the default version as recorded by
 * github.com/zoph-io/IAMTrail (policies/<name>). The three long ones are abridged to the services
 * Hatrack simulates; each says so in its `note`.
 */
import type { AwsManagedPolicy } from '../types.ts'
import administratorAccess from '../documents/AdministratorAccess.json' with { type: 'json' }
import powerUserAccess from '../documents/PowerUserAccess.json' with { type: 'json' }
import readOnlyAccess from '../documents/ReadOnlyAccess.json' with { type: 'json' }
import securityAudit from '../documents/SecurityAudit.json' with { type: 'json' }
import viewOnlyAccess from '../documents/ViewOnlyAccess.json' with { type: 'json' }
import { SIMULATED_SERVICES } from '../simulated-services.ts'

/** The job-function managed policies. */
export const jobFunctionPolicies: readonly AwsManagedPolicy[] = [
  {
    name: 'AdministratorAccess',
    arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    path: '/',
    description: 'Provides full access to AWS services and resources.',
    version: 'v1',
    document: administratorAccess,
  },
  {
    name: 'PowerUserAccess',
    arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
    path: '/',
    description:
      'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    version: 'v12',
    document: powerUserAccess,
  },
  {
    name: 'ReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    path: '/',
    description: 'Provides read-only access to AWS services and resources.',
    version: 'v178',
    document: readOnlyAccess,
    note:
      'Abridged from v178 (default version created 2026-02-12, as recorded by zoph-io/IAMTrail): ' +
      `both statements (ReadOnlyActionsGroup1, ReadOnlyActionsGroup2) keep, in AWS's order, only the actions of ${SIMULATED_SERVICES}. ` +
      'The real policy also allows read actions of hundreds of other services (account, apigateway, athena, …), ' +
      'which this copy does not allow. AWS may have published later versions.',
  },
  {
    name: 'ViewOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
    path: '/job-function/',
    description:
      'This policy grants permissions to view resources and basic metadata across all AWS services.',
    version: 'v46',
    document: viewOnlyAccess,
    note:
      'Abridged from v46 (default version created 2026-09-30, as recorded by zoph-io/IAMTrail): ' +
      `the statement GeneralViewOnlyAccessStatement keeps, in AWS's order, only the actions of ${SIMULATED_SERVICES}; ` +
      'the statement APIGatewayAccess (apigateway:GET on API Gateway paths) is left out. ' +
      'The real policy also allows view actions of many other services, which this copy does not allow.',
  },
  {
    name: 'SecurityAudit',
    arn: 'arn:aws:iam::aws:policy/SecurityAudit',
    path: '/',
    description:
      'The security audit template grants access to read security configuration metadata. It is useful for software that audits the configuration of an AWS account.',
    version: 'v91',
    document: securityAudit,
    note:
      "Abridged from v91 (default version created 2026-07-21, as recorded by zoph-io/IAMTrail; AWS's reference lists a later v94 whose document could not be read in full): " +
      `the statement BaseSecurityAuditStatement keeps, in AWS's order and with AWS's two duplicated ec2 entries, only the actions of ${SIMULATED_SERVICES}; ` +
      'the statement APIGatewayAccess (apigateway:GET on API Gateway paths) is left out. ' +
      'The real policy also allows read actions of many other services, which this copy does not allow.',
  },
]
