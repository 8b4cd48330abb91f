import type { LocalizedText } from '../regulations/types';

/** A validation failure: a stable code for programs, a message in both UI languages for people. */
export type IdentityError<Code extends string> = { readonly code: Code; readonly message: LocalizedText };
