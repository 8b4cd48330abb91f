import type { Interpretation } from '../types';

/**
 * Seed 002 describes what its commissions produce and who signs (e.g. R7 п.7 пп.4: the conclusion «подписывается
 * председателем и членами участковой комиссии»; R7 прил.3 has lines for the chair and several members) but never who
 * must be present for a commission to decide. The same choice is written into every service of the act that has a
 * commission, citing that service's own commission point (`source`). The engine applies it in
 * shared/workflow/commissionSitting.ts.
 */
export function commissionQuorumInterpretation(source: string): Interpretation {
  return {
    topic: 'Commission sitting and quorum',
    choice:
      'The chair records each sitting with its date, time, place and the attendance of the members of the office\'s composition; the conclusion (recommendation, decision) is adopted only at a sitting where more than half of the listed members are present, the chair included; members absent from that sitting cannot sign it, neither under their own login nor on paper.',
    reason:
      'The act names the chair and the members as signatories and, for the foreign-labour commission, the «дате, времени и месте заседания» (R17 п.7 пп.1), but is silent on composition size and quorum; a simple majority with the chair present is the usual rule for collegial bodies.',
    source,
  };
}
