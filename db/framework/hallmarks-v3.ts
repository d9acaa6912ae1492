import type { Framework } from '../../contract/framework';
import { hallmarksV2 } from './hallmarks-v2';
import { reviseDomain } from './revise';
import { revisionsV3 } from './revisions-v3';

/**
 * Version 3: identity, equality and diversity; children far from their home area; care planning; and
 * restrictions on liberty. Everything in version 2 stays as it was, so a review started under version 2
 * reads the same; only new reviews use version 3.
 */
export const hallmarksV3: Framework = {
  ...hallmarksV2,
  version: 3,
  publishedOn: '2026-12-07',
  domains: hallmarksV2.domains.map((d) =>
    reviseDomain(d, { evidenceShortlist: d.evidenceShortlist ?? [], ...revisionsV3[d.key] }),
  ),
};
