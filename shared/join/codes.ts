/**
 * Join codes, device tokens and device ids: their formats and how they are drawn. The random
 * bytes come from the caller (node:crypto in main, never Math.random), so this stays pure.
 */

/** No 0/O, 1/I/L: a code is read off a projector and typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 6
/** 32 bytes, base64url: a bearer secret for one device in one session. */
export const DEVICE_TOKEN_BYTES = 32
export const DEVICE_ID_LENGTH = 4

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)
const DEVICE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/
const DEVICE_ID_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${DEVICE_ID_LENGTH}}$`)

export type RandomBytes = (length: number) => Uint8Array

/**
 * Characters from the alphabet by rejection sampling: 31 symbols do not divide 256, and taking
 * bytes modulo 31 would make the first ones likelier.
 */
function fromAlphabet(length: number, random: RandomBytes): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length)
  let out = ''
  while (out.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < limit && out.length < length)
        out += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]
    }
  }
  return out
}

export function makeJoinCode(random: RandomBytes): string {
  return fromAlphabet(JOIN_CODE_LENGTH, random)
}

export function makeDeviceId(random: RandomBytes): string {
  return fromAlphabet(DEVICE_ID_LENGTH, random)
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** base64url without padding, written out here because shared/ has neither Buffer nor btoa. */
function base64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

export function makeDeviceToken(random: RandomBytes): string {
  return base64url(random(DEVICE_TOKEN_BYTES))
}

export function isJoinCode(value: unknown): value is string {
  return typeof value === 'string' && JOIN_CODE_PATTERN.test(value)
}

export function isDeviceToken(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_TOKEN_PATTERN.test(value)
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID_PATTERN.test(value)
}
