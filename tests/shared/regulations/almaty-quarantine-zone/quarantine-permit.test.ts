import { describe, expect, it } from 'vitest';
import { STAGES, type LocalizedText } from '../../../../shared/regulations/types';
import { almatyQuarantineList, quarantineCategories, quarantinePermit, services } from '../../../../shared/regulations/almaty-quarantine-zone';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('000');
const service = quarantinePermit;

/** The seed's text of category `index` (0-based): from "N. <first word>" to "N+1. <first word>". */
function categorySection(index: number): string {
  const category = quarantineCategories[index];
  if (!category) throw new Error(`no category ${index + 1}`);
  const next = quarantineCategories[index + 1];
  const firstWord = (text: string): string => text.split(' ')[0] ?? '';
  return sectionOf(seed, `${index + 1}. ${firstWord(category.ru)}`, next ? `${index + 2}. ${firstWord(next.ru)}` : undefined);
}

/** Documents per category as the seed lists them, split on «и» / «а также». */
const expectedDocumentCounts = [1, 1, 1, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1];

function localizedTexts(value: unknown, path = '$'): { path: string; text: LocalizedText }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record.ru === 'string' && typeof record.kk === 'string') return [{ path, text: record as LocalizedText }];
  return keys.flatMap((key) => localizedTexts(record[key], `${path}.${key}`));
}

describe('000 act: the list of persons allowed to leave/enter the Almaty quarantine zone', () => {
  it('000 заголовок: the title is the seed\'s; no number or date in the seed → "—" and a documented best-guess date', () => {
    expect(squash(seed)).toContain(squash(almatyQuarantineList.title.ru));
    expect(almatyQuarantineList.number).toBe('—');
    expect(almatyQuarantineList.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seed).not.toMatch(/20\d\d/);
    expect(service.interpretations.find((i) => i.topic === 'act number and date')?.choice).toContain(almatyQuarantineList.date);
  });

  it('index exports the act and exactly one service', () => {
    expect(services).toEqual([quarantinePermit]);
    expect(service.act).toBe(almatyQuarantineList);
    expect(service).toMatchObject({ id: 'quarantine-permit', version: 'almaty-quarantine-list', ordinal: 1 });
  });
});

describe('000 categories', () => {
  it('000 кат.1–19: all 19 categories, numbered in order, with unique ids', () => {
    expect(quarantineCategories).toHaveLength(19);
    expect(service.categories).toBe(quarantineCategories);
    expect(quarantineCategories.map((c) => c.source)).toEqual(Array.from({ length: 19 }, (_, i) => `000 кат.${i + 1}`));
    expect(new Set(quarantineCategories.map((c) => c.id)).size).toBe(19);
    for (const category of quarantineCategories) expect(category.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(squash(seed)).not.toContain(squash('20. '));
  });

  quarantineCategories.forEach((category, index) => {
    it(`000 кат.${index + 1}: "${category.ru.slice(0, 50)}…" and its documents are the seed's, split on «и»/«а также»`, () => {
      const section = categorySection(index);
      const head = squash(`${index + 1}. ${category.ru}`);
      expect(section.startsWith(head)).toBe(true);
      expect(category.documents).toHaveLength(expectedDocumentCounts[index] ?? -1);
      // After the category name, the section is exactly the documents joined by the seed's connectors.
      let rest = section.slice(head.length);
      category.documents.forEach((document, position) => {
        const found = rest.indexOf(squash(document.ru));
        expect(found, document.ru).toBeGreaterThanOrEqual(0);
        const connector = rest.slice(0, found);
        expect(position === 0 ? [''] : ['и', ',атакже'], `${document.ru} after "${connector}"`).toContain(connector);
        rest = rest.slice(found + squash(document.ru).length);
      });
      expect(rest).toBe('');
    });
  });

  it('000 кат.6, кат.7: identity documents the list itself names', () => {
    expect(categorySection(5)).toContain(squash('документ, удостоверяющий личность близкого родственника'));
    expect(categorySection(6)).toContain(squash('документ, удостоверяющий личность и подтверждающий родство с умершим'));
  });

  it('000 кат.14, кат.18: registration on infoalmaty.kz is a document of its own', () => {
    for (const index of [13, 17]) {
      expect(quarantineCategories[index]?.documents.map((d) => d.ru)).toEqual([
        'Справка с места работы',
        'Регистрация в специальной базе данных посредством портала infoalmaty.kz',
      ]);
    }
  });

  it('000 кат.10, кат.11, кат.19: alternatives joined by «или»/«либо» stay one document', () => {
    expect(quarantineCategories[9]?.documents).toHaveLength(1);
    expect(quarantineCategories[10]?.documents[0]?.ru).toContain(' или ');
    expect(quarantineCategories[18]?.documents[0]?.ru).toContain(' либо ');
  });
});

describe('000 quarantine-permit: procedure', () => {
  it('intake → review → decision → issue, one step each, no commission', () => {
    expect(service.steps.map((s) => s.stage)).toEqual(['intake', 'review', 'decision', 'issue']);
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(service.commissions).toEqual([]);
    expect(service.steps.map((s) => [s.id, s.kind, s.actor])).toEqual([
      ['accept-documents', 'accept', 'operator'],
      ['check-category-documents', 'check', 'specialist'],
      ['decide-permit', 'sign', 'head'],
      ['issue-permit', 'issue', 'operator'],
    ]);
  });

  it('000: the result is a permit; refusal letter and intake refusal receipt', () => {
    expect(service.results.map((r) => [r.kind, r.on])).toEqual([
      ['permit', 'grant'],
      ['refusal_letter', 'refusal'],
      ['intake_refusal_receipt', 'intake_refusal'],
    ]);
    expect(service.refusalGrounds.map((g) => [g.id, g.at])).toEqual([
      ['category-documents-missing', 'intake'],
      ['not-in-list', 'merits'],
    ]);
  });

  it('000: no term in the list — interpretation: on the spot, 30 minutes', () => {
    expect(squash(seed)).not.toContain('минут');
    expect(squash(seed)).not.toContain('рабоч');
    expect(service.onTheSpot).toBe(true);
    expect(service.terms.find((t) => t.kind === 'total')).toMatchObject({ value: 30, unit: 'minutes' });
    expect(service.terms.every((t) => t.unit === 'minutes')).toBe(true);
    expect(service.interpretations.some((i) => i.topic === 'terms')).toBe(true);
  });

  it('000: the documents of the categories are listed once, in the categories; identity document for all', () => {
    expect(service.documents.editable).toBe(false);
    expect(service.documents.items.map((d) => [d.id, d.required])).toEqual([['identity-document', true]]);
  });

  it('000: free, no consent, office channel', () => {
    expect(service.fee.free).toBe(true);
    expect(service.consentRequired).toBe(false);
    expect(service.channels).toEqual(['office']);
  });
});

describe('000 texts', () => {
  it('every user-visible text has Russian and a distinct Kazakh text', () => {
    const texts = localizedTexts(service);
    expect(texts.length).toBeGreaterThan(40);
    for (const { path, text } of texts) {
      expect(text.ru.trim(), path).not.toBe('');
      expect(text.kk.trim(), path).not.toBe('');
      expect(text.kk, path).not.toBe(text.ru);
    }
    for (const category of quarantineCategories) {
      expect(category.kk).not.toBe(category.ru);
      expect(category.kk).toMatch(/[әғқңөұүһі]/);
    }
  });

  it('every step, result, ground, term and interpretation cites seed 000', () => {
    for (const item of [...service.steps, ...service.results, ...service.refusalGrounds, ...service.terms, ...service.interpretations, ...service.roles]) {
      expect(item.source).toMatch(/^000/);
    }
  });
});
