/**
 * A person's name folded for prefix search: lower case (Kazakh letters included: Ә → ә, Қ → қ, І → і), ё read as е,
 * runs of spaces as one. The operator types "сейітқали ә" and finds "Сейітқали  Әлия". Schema v2 indexes this key;
 * its upgrade keeps its own frozen copy of the folding (database.ts), so change this only together with a new
 * schema version that refills the keys.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
