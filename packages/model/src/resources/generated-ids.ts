/**
 * The random parts of resource ARNs, from the world's seeded generator: KMS key ids and
 * CloudFormation stack ids are UUIDs, EC2 instance ids `i-` and 17 hex digits, Secrets Manager
 * adds `-` and six random letters and digits to a secret's name
 * (https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#iam-resources).
 */
import { randomString } from '../ids/index.ts'
import type { World } from '../world/types.ts'

const HEX = '0123456789abcdef'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Text drawn from the generator, with the world's new seed. */
export interface Drawn {
  readonly text: string
  readonly world: World
}

function draw(world: World, alphabet: string, length: number): Drawn {
  const drawn = randomString(world.seed, alphabet, length)
  return { text: drawn.value, world: { ...world, seed: drawn.state } }
}

/** A version-4-shaped UUID: `1234abcd-12ab-34cd-56ef-1234567890ab`. */
export function drawUuid(world: World): Drawn {
  const drawn = draw(world, HEX, 32)
  const hex = drawn.text
  const text = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  return { text, world: drawn.world }
}

/** An EC2 instance id: `i-` and 17 hex digits. */
export function drawInstanceId(world: World): Drawn {
  const drawn = draw(world, HEX, 17)
  return { text: `i-${drawn.text}`, world: drawn.world }
}

/** The six characters Secrets Manager appends to a secret's name. */
export function drawSecretSuffix(world: World): Drawn {
  return draw(world, ALNUM, 6)
}
