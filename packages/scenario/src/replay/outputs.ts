/**
 * Calls' responses with AWS's names, as the API returns them (STS's Query API: `Credentials`,
 * `AssumedRoleUser`, …; Roles Anywhere's REST API: `credentialSet`, `subjectArn`), plain JSON
 * with times in ISO 8601. Absent values are left out.
 */
import {
  isoInstant,
  type AssumeRoleOutput,
  type AssumeRoleWithSamlOutput,
  type AssumeRoleWithWebIdentityOutput,
  type CallerIdentity,
  type CreateSessionOutput,
  type Credentials,
} from '@hatrack/model'

type Output = Record<string, unknown>

function credentials(value: Credentials): Output {
  return {
    AccessKeyId: value.accessKeyId,
    SecretAccessKey: value.secretAccessKey,
    SessionToken: value.sessionToken,
    Expiration: isoInstant(value.expiration),
  }
}

/** `AssumeRoleResponse`. */
export function assumeRoleOutput(value: AssumeRoleOutput): Output {
  return {
    Credentials: credentials(value.credentials),
    AssumedRoleUser: {
      AssumedRoleId: value.assumedRoleUser.assumedRoleId,
      Arn: value.assumedRoleUser.arn,
    },
    PackedPolicySize: value.packedPolicySize,
    ...(value.sourceIdentity === undefined ? {} : { SourceIdentity: value.sourceIdentity }),
  }
}

/** `AssumeRoleWithWebIdentityResponse`. */
export function webIdentityOutput(value: AssumeRoleWithWebIdentityOutput): Output {
  return {
    ...assumeRoleOutput(value),
    SubjectFromWebIdentityToken: value.subjectFromWebIdentityToken,
    Provider: value.provider,
    Audience: value.audience,
  }
}

/** `AssumeRoleWithSAMLResponse`. */
export function samlOutput(value: AssumeRoleWithSamlOutput): Output {
  return {
    ...assumeRoleOutput(value),
    Subject: value.subject,
    SubjectType: value.subjectType,
    Issuer: value.issuer,
    Audience: value.audience,
    NameQualifier: value.nameQualifier,
  }
}

/** `GetSessionTokenResponse`. */
export function sessionTokenOutput(value: Credentials): Output {
  return { Credentials: credentials(value) }
}

/** `GetCallerIdentityResponse`. */
export function callerIdentityOutput(value: CallerIdentity): Output {
  return { UserId: value.userId, Account: value.account, Arn: value.arn }
}

/** Roles Anywhere `CreateSession`'s response (camelCase, as its REST API answers). */
export function createSessionOutput(value: CreateSessionOutput): Output {
  return {
    credentialSet: value.credentialSet.map((set) => ({
      assumedRoleUser: {
        arn: set.assumedRoleUser.arn,
        assumedRoleId: set.assumedRoleUser.assumedRoleId,
      },
      credentials: {
        accessKeyId: set.credentials.accessKeyId,
        expiration: isoInstant(set.credentials.expiration),
        secretAccessKey: set.credentials.secretAccessKey,
        sessionToken: set.credentials.sessionToken,
      },
      packedPolicySize: set.packedPolicySize,
      roleArn: set.roleArn,
      ...(set.sourceIdentity === undefined ? {} : { sourceIdentity: set.sourceIdentity }),
    })),
    subjectArn: value.subjectArn,
  }
}
