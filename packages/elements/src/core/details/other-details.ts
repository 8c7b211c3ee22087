/**
 * Details of what is not an IAM identity: sessions (issued, expires, source identity, session
 * tags, chained, MFA, session policies), resources (with their resource-based policy, named as
 * decisions name it: `NAME resource-based policy`), instance profiles, identity providers and
 * Roles Anywhere's trust anchors and profiles.
 */
import { findPolicy, findResource, type World } from '@hatrack/model'
import type { PolicyView } from '../types.ts'
import { Facts, secondsWords } from './facts.ts'
import type { DetailsBody } from './identity-details.ts'
import { policyView } from './policy-view.ts'

/** A session, by its access key id. */
export function sessionDetails(world: World, id: string): DetailsBody | undefined {
  const session = world.sessions.get(id)
  if (session === undefined) return undefined
  const facts = new Facts()
    .add('Created by', session.source)
    .add('Role', session.roleArn)
    .add('Session name', session.sessionName)
    .add('Unique id', session.userId)
    .add('Account', session.accountId)
    .add('Access key id', session.accessKeyId)
    .time('Issued', session.issuedAt)
    .time('Expires', session.expiresAt)
    .add('Status', world.now >= session.expiresAt ? 'expired' : 'active')
    .add('Source identity', session.sourceIdentity)
    .list(
      'Session tags',
      session.tags.map((tag) => `${tag.key}=${tag.value}${tag.transitive ? ' (transitive)' : ''}`),
    )
    .add('Role chaining', session.chained)
    .add('MFA', session.mfaAuthenticated)
    .add('Created with the credentials of', session.parent)
    .add('Identity provider', session.federatedProvider)
    .add('Service', session.service)
  const policies: PolicyView[] = session.sessionPolicies.map((stored, index) =>
    policyView(world, stored, `inline:session-policy-${index + 1}`, 'session'),
  )
  for (const arn of session.sessionPolicyArns) {
    const policy = findPolicy(world, arn)
    if (policy !== undefined)
      policies.push(policyView(world, policy.stored, policy.name, 'session', arn))
  }
  return { arn: session.arn, facts: facts.done(), policies }
}

/** A resource and its resource-based policy. */
export function resourceDetails(world: World, arn: string): DetailsBody | undefined {
  const resource = findResource(world, arn)
  if (resource === undefined) return undefined
  const facts = new Facts()
    .add('Type', resource.type)
    .add('Name', resource.name)
    .add('Account', resource.accountId)
    .add('Region', resource.region)
    .add(resource.type === 'ec2:instance' ? 'Instance profile' : 'Role', resource.role)
    .tags('Tags', resource.tags)
  const policies =
    resource.policy === undefined
      ? []
      : [
          policyView(
            world,
            resource.policy,
            `${resource.name} resource-based policy`,
            'resource',
            arn,
          ),
        ]
  return { arn, facts: facts.done(), policies }
}

/** An instance profile, an identity provider, a trust anchor or a Roles Anywhere profile. */
export function accountThingDetails(world: World, arn: string): DetailsBody | undefined {
  for (const account of world.accounts.values()) {
    for (const profile of account.instanceProfiles.values()) {
      if (profile.arn !== arn) continue
      const facts = new Facts()
        .add('Unique id', profile.id)
        .add('Account', account.id)
        .add('Path', profile.path)
        .list('Roles', profile.roles)
      return { arn, facts: facts.done(), policies: [] }
    }
    const oidc = account.oidcProviders.get(arn)
    if (oidc !== undefined) {
      const facts = new Facts()
        .add('Type', 'OIDC')
        .add('URL', oidc.url)
        .list('Audiences (client ids)', oidc.clientIds)
      return { arn, facts: facts.done(), policies: [] }
    }
    const saml = account.samlProviders.get(arn)
    if (saml !== undefined)
      return {
        arn,
        facts: new Facts().add('Type', 'SAML').add('Name', saml.name).done(),
        policies: [],
      }
    const anchor = account.trustAnchors.get(arn)
    if (anchor !== undefined) {
      const facts = new Facts()
        .add('Trust anchor id', anchor.id)
        .add('Certificate authority', anchor.certificateAuthority.subject)
        .add('Enabled', anchor.enabled)
      return { arn, facts: facts.done(), policies: [] }
    }
    const profile = account.profiles.get(arn)
    if (profile !== undefined) {
      const facts = new Facts()
        .add('Profile id', profile.id)
        .list('Roles', profile.roleArns)
        .add('Session duration', secondsWords(profile.durationSeconds))
        .add('Accepts a role session name', profile.acceptRoleSessionName)
        .add('Enabled', profile.enabled)
      const policies: PolicyView[] = []
      for (const policyArn of profile.managedPolicyArns) {
        const policy = findPolicy(world, policyArn)
        if (policy !== undefined)
          policies.push(policyView(world, policy.stored, policy.name, 'session', policyArn))
      }
      if (profile.sessionPolicy !== undefined)
        policies.push(policyView(world, profile.sessionPolicy, 'session policy', 'session'))
      return { arn, facts: facts.done(), policies }
    }
  }
  return undefined
}
