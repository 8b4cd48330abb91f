import { findServiceVersion } from '../regulations/catalogue';
import type { Stage } from '../regulations/types';
import type { DayNumbers } from './dayNumbers';
import type { ReportCase } from './reportCase';

const stageMaps = new WeakMap<object, ReadonlyMap<string, Stage>>();

/** Step id → stage of a service version, built once per version (a year's report walks tens of thousands of cases). */
function stagesOfSteps(serviceId: string, version: string): ReadonlyMap<string, Stage> | undefined {
  const service = findServiceVersion(serviceId, version);
  if (!service) return undefined;
  let map = stageMaps.get(service);
  if (!map) {
    map = new Map(service.steps.map((s) => [s.id, s.stage]));
    stageMaps.set(service, map);
  }
  return map;
}

/**
 * Working days each stage of a case took: from the start of the stage's first step (the previous step's completion, or
 * registration) to the completion of its last step, for the stages whose every step is complete.
 */
export function stageDurationsOf(days: DayNumbers, c: Pick<ReportCase, 'serviceId' | 'version' | 'steps'>): Partial<Record<Stage, number>> {
  const stageOf = stagesOfSteps(c.serviceId, c.version);
  if (!stageOf) return {};
  const spans = new Map<Stage, { start?: string; end?: string; complete: boolean }>();
  for (const step of c.steps) {
    const stage = stageOf.get(step.stepId);
    if (!stage) continue;
    const span = spans.get(stage) ?? { complete: true };
    if (span.start === undefined) span.start = step.startedAt;
    if (step.completedAt === undefined) span.complete = false;
    else span.end = step.completedAt;
    spans.set(stage, span);
  }
  const out: Partial<Record<Stage, number>> = {};
  for (const [stage, span] of spans) {
    if (span.complete && span.start !== undefined && span.end !== undefined) {
      out[stage] = Math.max(0, days.workingDaysBetween(days.localDay(span.start), days.localDay(span.end)));
    }
  }
  return out;
}
