/**
 * Identity providers and resources of the declared world: OIDC providers need a URL, SAML
 * providers a name; a resource's `role` and `instanceProfile` apply only to the types that have
 * one, in the resource's own account; an S3 object needs its bucket.
 */
import type { IdentityProviderDecl, ResourceDecl, ResourceType } from '../../format/world.ts'
import type { ScenarioInput } from '../../schema/definitions/scenario.ts'
import { code } from '../text/words.ts'
import { resolveAccount } from './accounts.ts'
import type { Context } from './context.ts'
import { sameAccountKey } from './identities.ts'
import { readPolicyDocument } from './policy-documents.ts'
import type { NameRegistry } from './registry.ts'
import { readTags } from './values.ts'

/** Resource types that have no resource-based policy. */
const WITHOUT_POLICY: ReadonlySet<ResourceType> = new Set([
  's3:object',
  'rds:db',
  'ec2:instance',
  'cloudformation:stack',
])
/** Resource types that run with a role: Lambda's execution role, CloudFormation's service role. */
const WITH_ROLE: ReadonlySet<ResourceType> = new Set(['lambda:function', 'cloudformation:stack'])

/** `https://` added when absent, a trailing `/` removed. */
export function issuerUrl(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
  return withScheme.replace(/\/+$/, '')
}

/** Reads `identityProviders`. */
export function readProviders(ctx: Context, raw: ScenarioInput): IdentityProviderDecl[] {
  const out: IdentityProviderDecl[] = []
  for (const [key, value] of Object.entries(raw.identityProviders ?? {})) {
    const path = ['identityProviders', key]
    const account = resolveAccount(ctx, value.account, [...path, 'account'])
    if (value.type === 'oidc') {
      if (value.name !== undefined)
        ctx.report(
          'scenario.world.notApplicable',
          [...path, 'name'],
          `an OIDC provider is named by its URL, not by \`name\``,
          'remove `name`',
          'key',
        )
      if (value.url === undefined) {
        ctx.report(
          'scenario.world.missingValue',
          path,
          `the OIDC provider ${code(key)} needs its issuer \`url\``,
          'add `url: token.actions.githubusercontent.com`, say',
          'key',
        )
        continue
      }
    } else {
      for (const extra of ['url', 'clientIds'] as const) {
        if (value[extra] !== undefined)
          ctx.report(
            'scenario.world.notApplicable',
            [...path, extra],
            `a SAML provider has no ${code(extra)}`,
            `remove ${code(extra)}`,
            'key',
          )
      }
    }
    if (account === undefined) continue
    const url = value.url === undefined ? undefined : issuerUrl(value.url)
    const name = value.name ?? key
    const arn =
      value.type === 'oidc'
        ? `arn:aws:iam::${account.id}:oidc-provider/${(url ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')}`
        : `arn:aws:iam::${account.id}:saml-provider/${name}`
    out.push({
      key,
      account: account.key,
      accountId: account.id,
      type: value.type,
      url,
      clientIds: value.clientIds ?? [],
      name,
      arn,
    })
  }
  return out
}

/** Reads `resources`. */
export function readResources(
  ctx: Context,
  registry: NameRegistry,
  raw: ScenarioInput,
): ResourceDecl[] {
  const out: ResourceDecl[] = []
  const entries = Object.entries(raw.resources ?? {})
  const buckets = new Set(
    entries
      .filter(([, value]) => value.type === 's3:bucket')
      .map(([key, value]) => value.name ?? key),
  )
  for (const [key, value] of entries) {
    const path = ['resources', key]
    const account = resolveAccount(ctx, value.account, [...path, 'account'])
    const name = value.name ?? key
    const policy =
      value.policy === undefined
        ? undefined
        : WITHOUT_POLICY.has(value.type)
          ? (ctx.report(
              'scenario.world.notApplicable',
              [...path, 'policy'],
              `a ${value.type} has no resource-based policy`,
              'remove `policy`',
              'key',
            ),
            undefined)
          : readPolicyDocument(ctx, value.policy, [...path, 'policy'], 'resource')
    if (account === undefined) continue
    let role: ResourceDecl['role']
    if (value.role !== undefined) {
      if (!WITH_ROLE.has(value.type)) {
        ctx.report(
          'scenario.world.notApplicable',
          [...path, 'role'],
          `a ${value.type} has no \`role\``,
          value.type === 'ec2:instance'
            ? 'an EC2 instance has an `instanceProfile`'
            : 'remove `role`',
          'key',
        )
      } else {
        const roleKey = sameAccountKey(ctx, registry, 'role', value.role, account.id, [
          ...path,
          'role',
        ])
        const found = roleKey === undefined ? undefined : registry.byKey('role', roleKey)
        if (found !== undefined)
          role = {
            arn: `arn:aws:iam::${found.accountId}:role${found.path}${found.name}`,
            key: roleKey,
          }
      }
    }
    let instanceProfile: string | undefined
    if (value.instanceProfile !== undefined) {
      if (value.type !== 'ec2:instance') {
        ctx.report(
          'scenario.world.notApplicable',
          [...path, 'instanceProfile'],
          `only an EC2 instance has an \`instanceProfile\``,
          'remove `instanceProfile`',
          'key',
        )
      } else {
        instanceProfile = sameAccountKey(
          ctx,
          registry,
          'instanceProfile',
          value.instanceProfile,
          account.id,
          [...path, 'instanceProfile'],
        )
      }
    }
    if (value.type === 's3:object') {
      const bucket = name.split('/')[0] ?? ''
      if (!buckets.has(bucket)) {
        ctx.report(
          'scenario.world.bucket',
          [...path, value.name === undefined ? 'type' : 'name'],
          `the S3 object ${code(name)} needs its bucket ${code(bucket)} declared under \`resources\``,
          'an object is named `BUCKET/KEY`',
        )
      }
    }
    out.push({
      key,
      type: value.type,
      account: account.key,
      accountId: account.id,
      name,
      region: value.region ?? ctx.region,
      policy,
      tags: readTags(value.tags),
      role,
      instanceProfile,
    })
  }
  return out
}
