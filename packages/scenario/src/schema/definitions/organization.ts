/**
 * Accounts and the organization: OUs, SCPs and RCPs, and where they are attached.
 */
import { opt, s, type Infer, type RefDef } from '../dsl.ts'
import { accountRef, KEY, KEY_RULE, policyDocument } from './common.ts'

/** An entry of `accounts`. */
export const account = s.object(
  {
    id: s.string(
      {
        description:
          'The 12-digit account id. Quote it, or write it unquoted: its digits are kept.',
        examples: ['123456789012'],
      },
      { plain: true, pattern: /^\d{12}$/, rule: '12 digits' },
    ),
    alias: opt(
      s.string(
        { description: "The account alias (the sign-in URL's name)." },
        {
          pattern: /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?$/,
          rule: '3 to 63 lower-case letters, digits and hyphens',
        },
      ),
    ),
    rootMfa: opt(
      s.boolean({ description: 'Whether the root user signs in with MFA.', default: false }),
    ),
  },
  { description: 'An AWS account. Its root user exists from the start.' },
)

const organizationalUnit: RefDef<OrganizationalUnitInput> = s.ref<OrganizationalUnitInput>(
  'OrganizationalUnit',
  () =>
    s.object(
      {
        accounts: opt(
          s.array(accountRef('An account in this OU.'), {
            description: 'The accounts placed directly in this OU.',
          }),
        ),
        units: opt(
          s.record(
            organizationalUnit,
            { description: 'Nested OUs, by name.' },
            { entry: 'organizational unit', keyPattern: KEY, keyRule: KEY_RULE },
          ),
        ),
      },
      { description: 'An organizational unit: its accounts and nested OUs.' },
    ),
  { description: 'An organizational unit: its accounts and nested OUs.' },
)

/** The raw form of an organizational unit. */
export interface OrganizationalUnitInput {
  readonly accounts?: readonly string[]
  readonly units?: Readonly<Record<string, OrganizationalUnitInput>>
}

/** An entry of `organization.policies`: an SCP or RCP. */
export const organizationPolicy = s.object(
  {
    kind: s.enum(['scp', 'rcp'], {
      description: 'A service control policy (`scp`) or a resource control policy (`rcp`).',
    }),
    description: opt(s.string({ description: 'What the policy is for.' })),
    document: policyDocument('The policy document.'),
  },
  { description: 'An SCP or RCP of the organization.' },
)

/** `organization`. */
export const organization = s.object(
  {
    management: accountRef('The management account. SCPs and RCPs never restrict it.'),
    members: opt(
      s.array(accountRef('A member account.'), {
        description: 'The accounts in the organization; all accounts of the scenario by default.',
      }),
    ),
    units: opt(
      s.record(
        organizationalUnit,
        {
          description:
            'Organizational units under the root, by name; OU names are unique in the scenario.',
        },
        {
          entry: 'organizational unit',
          keyPattern: KEY,
          keyRule: KEY_RULE,
        },
      ),
    ),
    policies: opt(
      s.record(
        organizationPolicy,
        { description: 'SCPs and RCPs, by name.' },
        { entry: 'organization policy', keyPattern: KEY, keyRule: KEY_RULE },
      ),
    ),
    attach: opt(
      s.record(
        s.array(
          s.string(
            { description: '`root`, an OU name, or an account name.' },
            { plain: true, minLength: 1 },
          ),
          {
            description: 'Where the policy is attached.',
          },
        ),
        {
          description:
            "Where each policy of `policies` is attached: `root`, OU names, account names. AWS's `FullAWSAccess` SCP and `RCPFullAWSAccess` RCP are attached everywhere from the start.",
          examples: [{ DenyLeaving: ['root'] }],
        },
        { entry: 'attachment' },
      ),
    ),
  },
  { description: 'The AWS Organization: management account, OUs, SCPs and RCPs.' },
)

/** An account as written. */
export type AccountInput = Infer<typeof account>
