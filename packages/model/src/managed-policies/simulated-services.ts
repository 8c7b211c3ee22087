/**
 * The services Hatrack simulates, as the notes of abridged policies name them: an abridged
 * document keeps every action of these services and drops the others.
 */
export const SIMULATED_SERVICE_PREFIXES = [
  'autoscaling',
  'cloudformation',
  'cloudwatch',
  'dynamodb',
  'ec2',
  'ecs',
  'iam',
  'kinesis',
  'kms',
  'lambda',
  'logs',
  'organizations',
  'rds',
  'rolesanywhere',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'sts',
] as const

/** The simulated services as a sentence fragment: "the services Hatrack simulates (autoscaling, …)". */
export const SIMULATED_SERVICES = `the services Hatrack simulates (${SIMULATED_SERVICE_PREFIXES.join(', ')})`
