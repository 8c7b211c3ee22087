/**
 * The IAM actions of the calls that create and configure each kind of resource, from the
 * Service Authorization Reference (https://docs.aws.amazon.com/service-authorization/latest/reference/):
 * the create call, the calls that set and remove its resource-based policy, and the calls that
 * tag and untag it. `undefined`: the service has no such call (an S3 object or an RDS instance
 * has no resource-based policy; a KMS key policy cannot be removed, only replaced).
 */
import type { ResourceType } from '../world/types.ts'

/** The actions of one resource type. */
export interface ResourceActions {
  readonly create: string
  readonly putPolicy: string | undefined
  readonly deletePolicy: string | undefined
  readonly tag: string
  readonly untag: string
  /** The service a role given at creation is passed to (`iam:PassedToService`). */
  readonly passRoleTo: string | undefined
}

/** The table, by resource type. */
export const resourceActions: Readonly<Record<ResourceType, ResourceActions>> = {
  // list_amazons3.html: CreateBucket, PutBucketPolicy, DeleteBucketPolicy, PutBucketTagging
  // (tagging replaces the whole tag set, so removing tags is PutBucketTagging too).
  's3:bucket': {
    create: 's3:CreateBucket',
    putPolicy: 's3:PutBucketPolicy',
    deletePolicy: 's3:DeleteBucketPolicy',
    tag: 's3:PutBucketTagging',
    untag: 's3:PutBucketTagging',
    passRoleTo: undefined,
  },
  // list_amazons3.html: PutObject, PutObjectTagging, DeleteObjectTagging.
  's3:object': {
    create: 's3:PutObject',
    putPolicy: undefined,
    deletePolicy: undefined,
    tag: 's3:PutObjectTagging',
    untag: 's3:DeleteObjectTagging',
    passRoleTo: undefined,
  },
  // list_awskeymanagementservice.html: CreateKey (resource `*`), PutKeyPolicy, TagResource, UntagResource.
  'kms:key': {
    create: 'kms:CreateKey',
    putPolicy: 'kms:PutKeyPolicy',
    deletePolicy: undefined,
    tag: 'kms:TagResource',
    untag: 'kms:UntagResource',
    passRoleTo: undefined,
  },
  // list_amazonsqs.html: CreateQueue, SetQueueAttributes (the Policy attribute), TagQueue, UntagQueue.
  'sqs:queue': {
    create: 'sqs:CreateQueue',
    putPolicy: 'sqs:SetQueueAttributes',
    deletePolicy: 'sqs:SetQueueAttributes',
    tag: 'sqs:TagQueue',
    untag: 'sqs:UntagQueue',
    passRoleTo: undefined,
  },
  // list_amazonsns.html: CreateTopic, SetTopicAttributes (the Policy attribute), TagResource, UntagResource.
  'sns:topic': {
    create: 'sns:CreateTopic',
    putPolicy: 'sns:SetTopicAttributes',
    deletePolicy: 'sns:SetTopicAttributes',
    tag: 'sns:TagResource',
    untag: 'sns:UntagResource',
    passRoleTo: undefined,
  },
  // list_amazonkinesis.html: CreateStream, PutResourcePolicy, DeleteResourcePolicy,
  // AddTagsToStream, RemoveTagsFromStream.
  'kinesis:stream': {
    create: 'kinesis:CreateStream',
    putPolicy: 'kinesis:PutResourcePolicy',
    deletePolicy: 'kinesis:DeleteResourcePolicy',
    tag: 'kinesis:AddTagsToStream',
    untag: 'kinesis:RemoveTagsFromStream',
    passRoleTo: undefined,
  },
  // list_awslambda.html: CreateFunction (with iam:PassRole of the execution role),
  // AddPermission, RemovePermission, TagResource, UntagResource.
  'lambda:function': {
    create: 'lambda:CreateFunction',
    putPolicy: 'lambda:AddPermission',
    deletePolicy: 'lambda:RemovePermission',
    tag: 'lambda:TagResource',
    untag: 'lambda:UntagResource',
    passRoleTo: 'lambda.amazonaws.com',
  },
  // list_awssecretsmanager.html: CreateSecret, PutResourcePolicy, DeleteResourcePolicy,
  // TagResource, UntagResource.
  'secretsmanager:secret': {
    create: 'secretsmanager:CreateSecret',
    putPolicy: 'secretsmanager:PutResourcePolicy',
    deletePolicy: 'secretsmanager:DeleteResourcePolicy',
    tag: 'secretsmanager:TagResource',
    untag: 'secretsmanager:UntagResource',
    passRoleTo: undefined,
  },
  // list_amazonrds.html: CreateDBInstance, AddTagsToResource, RemoveTagsFromResource.
  'rds:db': {
    create: 'rds:CreateDBInstance',
    putPolicy: undefined,
    deletePolicy: undefined,
    tag: 'rds:AddTagsToResource',
    untag: 'rds:RemoveTagsFromResource',
    passRoleTo: undefined,
  },
  // list_amazonec2.html: RunInstances (with iam:PassRole of the instance profile's role,
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html), CreateTags, DeleteTags.
  'ec2:instance': {
    create: 'ec2:RunInstances',
    putPolicy: undefined,
    deletePolicy: undefined,
    tag: 'ec2:CreateTags',
    untag: 'ec2:DeleteTags',
    passRoleTo: 'ec2.amazonaws.com',
  },
  // list_awscloudformation.html: CreateStack (with iam:PassRole of its service role), TagResource, UntagResource.
  'cloudformation:stack': {
    create: 'cloudformation:CreateStack',
    putPolicy: undefined,
    deletePolicy: undefined,
    tag: 'cloudformation:TagResource',
    untag: 'cloudformation:UntagResource',
    passRoleTo: 'cloudformation.amazonaws.com',
  },
}
