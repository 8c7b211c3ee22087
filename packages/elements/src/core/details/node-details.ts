/**
 * Details on demand for one node, as the world stands after a step: its ARN, its facts and its
 * policies (a role's trust policy, inline and attached managed policies, the boundary, a
 * resource's policy, a session's session policies, the SCPs of an account). A node that does not
 * exist at that step says so.
 */
import type { World } from '@hatrack/model'
import type { Scenario } from '@hatrack/scenario'
import type { NodeBox, NodeDetails } from '../types.ts'
import { Facts } from './facts.ts'
import {
  groupDetails,
  roleDetails,
  rootDetails,
  userDetails,
  type DetailsBody,
} from './identity-details.ts'
import { accountThingDetails, resourceDetails, sessionDetails } from './other-details.ts'

function cliProfileDetails(scenario: Scenario, box: NodeBox): DetailsBody {
  const key = box.id.replace(/^profile:/, '')
  const profile = scenario.cliProfiles.find((entry) => entry.key === key)
  const facts = new Facts()
    .add('Account', box.accountId)
    .add('Long-term keys of user', profile?.user)
    .add('Assumes role', profile?.role?.arn)
    .add('Source profile', profile?.sourceProfile)
    .add('Role session name', profile?.roleSessionName)
    .add('Duration', profile?.durationSeconds)
    .add('External id', profile?.externalId)
    .add('MFA serial', profile?.mfaSerial === true ? 'the user’s MFA device' : profile?.mfaSerial)
    .add('Region', profile?.region)
  return { facts: facts.done(), policies: [] }
}

function bodyOf(world: World, scenario: Scenario, box: NodeBox): DetailsBody | undefined {
  switch (box.kind) {
    case 'root':
      return box.accountId === undefined ? undefined : rootDetails(world, box.id, box.accountId)
    case 'user':
      return userDetails(world, box.id)
    case 'group':
      return groupDetails(world, box.id)
    case 'role':
      return roleDetails(world, box.id)
    case 'session':
      return sessionDetails(world, box.id)
    case 'resource':
      return resourceDetails(world, box.id)
    case 'instanceProfile':
    case 'provider':
    case 'trustAnchor':
    case 'rolesAnywhereProfile':
      return (
        accountThingDetails(world, box.id) ??
        (box.kind === 'provider'
          ? { facts: new Facts().add('Identity provider', box.id).done(), policies: [] }
          : undefined)
      )
    case 'cliProfile':
      return cliProfileDetails(scenario, box)
    case 'service':
      return { facts: new Facts().add('Service principal', box.id).done(), policies: [] }
    case 'anonymous':
      return {
        facts: new Facts().add('Caller', 'anyone, without AWS credentials').done(),
        policies: [],
      }
    case 'endpoint':
      return {
        facts: new Facts()
          .add('Service', box.id.split(':')[1])
          .add('Account', box.accountId)
          .add(
            'What it stands for',
            'the API of a request whose resource is no entity of the scenario',
          )
          .done(),
        policies: [],
      }
  }
}

/** Details of the node `box` in `world` (the world after the step asked for). */
export function nodeDetails(world: World, scenario: Scenario, box: NodeBox): NodeDetails {
  const body = bodyOf(world, scenario, box) ?? {
    facts: [{ label: 'Status', value: 'does not exist at this step' }],
    policies: [],
  }
  return {
    id: box.id,
    kind: box.kind,
    label: box.label,
    ...(body.arn === undefined ? {} : { arn: body.arn }),
    facts: body.facts,
    policies: body.policies,
  }
}
