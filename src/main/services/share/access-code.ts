/**
 * The code participants type or scan to join: short enough to read off a projector, from
 * an alphabet without look-alikes (no 0/O, 1/I/L), drawn with crypto's randomness. Six
 * characters of 31 give about 30 bits; the join route's own rate limit makes guessing slow.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const CODE_LENGTH = 6

export function newAccessCode(length = CODE_LENGTH): string {
  let code = ''
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** What the cookie carries once the code was right: long, so it cannot be guessed like the code. */
export const newSessionSecret = (): string => randomBytes(24).toString('base64url')

/** A typed code as the facilitator shows it: capitals, spaces and dashes ignored. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '')

export const sameSecret = (a: string | undefined | null, b: string): boolean =>
  typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
