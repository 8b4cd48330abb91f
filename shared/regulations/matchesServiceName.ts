import type { ServiceVersion } from './types';

/**
 * Does the typed fragment occur in the service's name in either language? Case- and ё/е-insensitive, and every word
 * of the query must occur ("пособ дет" finds «Назначение государственного пособия на детей…»).
 */
export function matchesServiceName(service: ServiceVersion, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${fold(service.name.ru)} ${fold(service.name.kk)}`;
  return words.every((word) => haystack.includes(word));
}

function fold(value: string): string {
  return value.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}
