import type { Act, ServiceVersion } from './types';
import * as akimat2014 from './almaty-akimat-2014-2-236';
import * as mvd2014 from './mvd-2014-103';
import * as mvd2015 from './mvd-2015-500';
import * as maslikhat2014 from './almaty-maslikhat-2014-260';
import * as quarantine from './almaty-quarantine-zone';

/** Every service version of every act in ../shared/seeds, in the order the acts are listed in the mission. */
export const serviceVersions: readonly ServiceVersion[] = [
  ...akimat2014.services,
  ...mvd2014.services,
  ...mvd2015.services,
  ...maslikhat2014.services,
  ...quarantine.services,
];

export const acts: readonly Act[] = [...new Map(serviceVersions.map((s) => [s.act.id, s.act])).values()];

const byKey = new Map(serviceVersions.map((s) => [versionKey(s.id, s.version), s]));

export function versionKey(serviceId: string, version: string): string {
  return `${serviceId}@${version}`;
}

export function findServiceVersion(serviceId: string, version: string): ServiceVersion | undefined {
  return byKey.get(versionKey(serviceId, version));
}

export function getServiceVersion(serviceId: string, version: string): ServiceVersion {
  const found = findServiceVersion(serviceId, version);
  if (!found) throw new Error(`Unknown service version ${versionKey(serviceId, version)}`);
  return found;
}

/** All versions of one service, oldest act first. */
export function versionsOf(serviceId: string): readonly ServiceVersion[] {
  return serviceVersions
    .filter((s) => s.id === serviceId)
    .toSorted((a, b) => a.act.date.localeCompare(b.act.date));
}

/**
 * The version a NEW case starts under. Every act in the seeds has since lapsed, so "the version in force today" would
 * leave the office with nothing: the office works by the newest version the seeds hold (e.g. the border-zone pass by
 * MVD 2015 No 500, not 2014 No 103), and the act's effective period is shown next to it. A case already started keeps
 * replaying with the version it recorded.
 */
export function currentVersionOf(serviceId: string): ServiceVersion {
  const all = versionsOf(serviceId);
  const newest = all[all.length - 1];
  if (!newest) throw new Error(`Unknown service ${serviceId}`);
  return newest;
}

/** One entry per service (its current version), in catalogue order — what the intake desk offers. */
export const currentServices: readonly ServiceVersion[] = [...new Set(serviceVersions.map((s) => s.id))].map(currentVersionOf);
