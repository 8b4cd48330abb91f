import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url (43 characters): device secrets and office admin tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 hex. The centre stores only this for secrets, tokens and enrolment codes. Secrets and tokens are 256 random
 * bits, so no slow KDF is needed; enrolment codes are short but one-time and expire within days.
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** No look-alikes (0/O, 1/I/L): a person types it from the administrator's screen. Matches ENROLMENT_CODE_PATTERN. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newEnrolmentCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? '2';
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `${part()}-${part()}`;
}

/** `Scheme <id>:<secret>` → its parts, or undefined when the header is missing or malformed. */
export function parseAuthorization(header: string | undefined, scheme: string): { readonly id: string; readonly secret: string } | undefined {
  if (!header) return undefined;
  const prefix = `${scheme} `;
  if (!header.startsWith(prefix)) return undefined;
  const value = header.slice(prefix.length).trim();
  const colon = value.lastIndexOf(':');
  if (colon <= 0 || colon === value.length - 1) return undefined;
  return { id: value.slice(0, colon), secret: value.slice(colon + 1) };
}
