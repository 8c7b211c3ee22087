export { nextRandom, randomString } from './random.ts'
export {
  generateId,
  generateSecret,
  generateSessionToken,
  idKindOf,
  idPrefixes,
} from './unique-id.ts'
export type { IdKind } from './unique-id.ts'
