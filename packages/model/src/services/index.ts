/** Services acting for a principal: passing roles, service roles, Lambda, EC2, CloudFormation. */
export { passRole } from './pass-role.ts'
export type { ServiceCheck } from './pass-role.ts'
export { assumeServiceRole, serviceCaller } from './assume-service-role.ts'
export type { ServiceRoleRequest, ServiceRoleSession } from './assume-service-role.ts'
export { INSTANCE_CREDENTIAL_SECONDS, instanceCredentials } from './instance-credentials.ts'
export { executionCredentials, invokeFunction } from './invoke-function.ts'
export type { Invocation } from './invoke-function.ts'
export { runWithCredentials } from './run-with-credentials.ts'
export { deployStack } from './cloudformation/deploy-stack.ts'
export type {
  DeployStackInput,
  DeployStackOutput,
  StackActor,
  StackResource,
} from './cloudformation/stack-types.ts'
