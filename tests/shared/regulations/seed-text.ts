import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The seeds live beside the repository, in ../shared/seeds (CI clones main with ../shared beside it). */
export const seedsDir = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));

/** The whole text of the seed whose file name starts with `prefix` (e.g. '002'). */
export function readSeed(prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${seedsDir}`);
  return readFileSync(join(seedsDir, file), 'utf8');
}

/**
 * The seeds come from PDF extraction: words are letter-spaced ("д а л е е"), lines break anywhere. Comparing with
 * all whitespace removed and case folded is robust to both; fragments asserted must be contiguous in the source.
 */
export function squash(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, '');
}

/** The text between the first occurrence of `from` and the next occurrence of `to` (both squashed). */
export function sectionOf(text: string, from: string, to?: string): string {
  const all = squash(text);
  const start = all.indexOf(squash(from));
  if (start < 0) throw new Error(`section start not found: ${from}`);
  const end = to === undefined ? all.length : all.indexOf(squash(to), start + squash(from).length);
  return all.slice(start, end < 0 ? all.length : end);
}
