import type { Framework } from '../../contract/framework';
import { hallmarksV1 } from './hallmarks-v1';
import { hallmarksV2 } from './hallmarks-v2';
import { hallmarksV3 } from './hallmarks-v3';

/** Every built-in framework version, oldest first. Assessments record the version they were made against. */
export const frameworks: Framework[] = [hallmarksV1, hallmarksV2, hallmarksV3];

/** The version new assessments use. */
export const currentFramework = hallmarksV3;

export function frameworkByVersion(v: number): Framework {
  const found = frameworks.find((f) => f.version === v);
  if (!found) {
    const known = frameworks.map((f) => f.version).join(', ');
    throw new Error(`Unknown framework version ${v}; this build knows version(s) ${known}.`);
  }
  return found;
}
