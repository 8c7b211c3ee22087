/**
 * The service-linked roles Hatrack knows: for each service principal, the role's name, its
 * managed policy and whether the service accepts a custom suffix
 * (`CreateServiceLinkedRole`, iam-facts §16). Sources, one per service:
 * - ECS: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html
 * - RDS: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAM.ServiceLinkedRoles.html
 * - EC2 Auto Scaling (custom suffix `AWSServiceRoleForAutoScaling_SUFFIX`):
 *   https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html
 * - Organizations: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSOrganizationsServiceTrustPolicy.html
 * - Support: https://docs.aws.amazon.com/awssupport/latest/user/using-service-linked-roles-sup.html
 * - Elastic Load Balancing: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-service-linked-roles.html
 * A suffix given to a service that takes none fails `Custom suffix is not allowed for …`
 * [GH:terraform-community-modules/tf_aws_elasticsearch#23]; ECS takes none [GH:aws-samples/aws-container-devsecops-workshop#4].
 */

export interface ServiceLinkedRoleSpec {
  /** The service principal: `ecs.amazonaws.com`. */
  readonly service: string
  readonly roleName: string
  /** The AWS managed policy the role carries, under `/aws-service-role/`. */
  readonly policyArn: string
  readonly customSuffix: boolean
  readonly description: string
}

/** The table, by service principal. */
export const serviceLinkedRoles: ReadonlyMap<string, ServiceLinkedRoleSpec> = new Map(
  (
    [
      {
        service: 'ecs.amazonaws.com',
        roleName: 'AWSServiceRoleForECS',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy',
        customSuffix: false,
        description: 'Role to enable Amazon ECS to manage your cluster.',
      },
      {
        service: 'rds.amazonaws.com',
        roleName: 'AWSServiceRoleForRDS',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonRDSServiceRolePolicy',
        customSuffix: false,
        description: 'Allows Amazon RDS to manage AWS resources on your behalf',
      },
      {
        service: 'autoscaling.amazonaws.com',
        roleName: 'AWSServiceRoleForAutoScaling',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AutoScalingServiceRolePolicy',
        customSuffix: true,
        description:
          'Default Service-Linked Role enables access to AWS Services and Resources used or managed by Auto Scaling',
      },
      {
        service: 'organizations.amazonaws.com',
        roleName: 'AWSServiceRoleForOrganizations',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSOrganizationsServiceTrustPolicy',
        customSuffix: false,
        description:
          'Service-linked role used by AWS Organizations to enable integration of other AWS services with Organizations.',
      },
      {
        service: 'support.amazonaws.com',
        roleName: 'AWSServiceRoleForSupport',
        policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
        customSuffix: false,
        description:
          'Enables resource access for AWS to provide billing, administrative and support services',
      },
      {
        service: 'elasticloadbalancing.amazonaws.com',
        roleName: 'AWSServiceRoleForElasticLoadBalancing',
        policyArn:
          'arn:aws:iam::aws:policy/aws-service-role/AWSElasticLoadBalancingServiceRolePolicy',
        customSuffix: false,
        description: 'Allows ELB to call AWS services on your behalf.',
      },
    ] satisfies ServiceLinkedRoleSpec[]
  ).map((spec) => [spec.service, spec]),
)

/** The fixed trust policy of a service-linked role: only its service may assume it. */
export function serviceLinkedTrustPolicy(service: string): unknown {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  }
}
