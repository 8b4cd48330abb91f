import { describe, expect, it } from 'vitest';
import { mvd2015_500, services } from '../../../../shared/regulations/mvd-2015-500';
import { services as previous } from '../../../../shared/regulations/mvd-2014-103';
import { readSeed, sectionOf, squash } from '../seed-text';

const seed = readSeed('003');
const order = sectionOf(seed, '', 'мемлекеттік көрсетілетін қызмет регламенті\n1. Жалпы ережелер');

describe('003 act: ҚР Ішкі істер министрінің 2015 жылғы 30 мамырдағы № 500 бұйрығы', () => {
  it('003 header: No 500 of 30 May 2015, registered 02.07.2015 No 11537', () => {
    expect(order).toContain(squash('2015 жылғы 30 мамырдағы № 500 бұйрығы'));
    expect(order).toContain(squash('Әділет министрлігінде 2015 жылы 2 шілдеде № 11537 тіркелді'));
    expect(mvd2015_500).toMatchObject({ id: 'mvd-2015-500', number: '500', date: '2015-05-30', seed: '003_774c98bae8e8a63b.txt' });
    expect(mvd2015_500.registration).toEqual({ number: '11537', date: '2015-07-02' });
  });

  it('003 5-т.: in force ten calendar days after publication — earliest 13.07.2015', () => {
    expect(order).toContain(squash('алғашқы ресми жарияланған күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі'));
    expect(mvd2015_500.effective.from).toBe('2015-07-13');
  });

  it('003 header: repealed by order No 597 of 25.08.2020 — earliest last day 04.09.2020', () => {
    expect(order).toContain(squash('2020 жылғы 25 тамыздағы № 597 бұйрығымен'));
    expect(mvd2015_500.effective.to).toBe('2020-09-04');
  });

  it('003 1-т. 2), 2-қосымша: the registration regulation was deleted (order No 275 of 31.03.2020) — not modelled', () => {
    expect(order).toContain(squash('2) Алып тасталды – ҚР Ішкі істер министрінің 31.03.2020 № 275'));
    expect(squash(seed)).toContain(squash('Ескерту. Регламент алып тасталды'));
    expect(services.map((s) => s.id)).toEqual(['border-zone-pass']);
  });

  it('003 3-қосымша: repeals order No 103 — border-zone-pass continues under the same id, a new version', () => {
    expect(squash(seed)).toContain(squash('2014 жылғы 21 ақпандағы № 103'));
    const [pass] = services;
    expect(pass?.version).toBe('mvd-2015-500');
    expect(previous.some((s) => s.id === pass?.id && s.version === 'mvd-2014-103')).toBe(true);
    expect(mvd2015_500.effective.from > (previous[0]?.act.effective.to ?? '')).toBe(true);
  });
});
