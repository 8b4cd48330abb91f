/**
 * Check digit of an IIN or BIN (both use the same rule, Постановление Правительства РК от 22.05.2007 № 406 and
 * the IIN programme of 11.06.2003 № 565): the first 11 digits weighted 1…11, sum mod 11; if that gives 10, weights
 * 3,4,5,6,7,8,9,10,11,1,2, sum mod 11; if that gives 10 again, no number is formed with these 11 digits.
 */
// The rule's weakness, kept as is because it is the state's rule: the 11th digit weighs 11 ≡ 0 (mod 11) in the
// first pass, so a mistyped 11th digit usually goes unnoticed (≈92 % of such typos); through the second-weights
// fallback ≈1.7 % of single typos in digits 1–10 slip through as well. A check digit is a typo filter, not proof.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w * Number(digits[i]);
  });
  return sum % 11;
}

/** The check digit for 11 leading digits, or undefined when the rule assigns none (both sums give 10). */
export function checkDigitOf(first11: string): number | undefined {
  if (!/^\d{11}$/.test(first11)) throw new RangeError(`checkDigitOf expects 11 digits, got ${JSON.stringify(first11)}`);
  const first = weightedSum(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(first11, SECOND_WEIGHTS);
  return second !== 10 ? second : undefined;
}

/** True when the 12th digit is the check digit of the first 11. */
export function hasValidCheckDigit(twelveDigits: string): boolean {
  if (!/^\d{12}$/.test(twelveDigits)) return false;
  return checkDigitOf(twelveDigits.slice(0, 11)) === Number(twelveDigits[11]);
}
