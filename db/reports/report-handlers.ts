import type { Handlers } from '../../contract/operations';
import type { createHomesRepository } from '../homes/homes';

type PackReads = 'dashboard.get' | 'actions.list' | 'reg44.overview' | 'reg45.records' | 'ofsted.overview';

/** A printed report's data in one call: the same values as the features' own reads. */
export function createReportHandlers(
  homes: ReturnType<typeof createHomesRepository>,
  /** The features' handlers, looked up when the pack is read. */
  features: () => Pick<Handlers, PackReads>,
): Pick<Handlers, 'reports.inspectionPack'> {
  return {
    'reports.inspectionPack': ({ homeId }) => {
      const read = features();
      return {
        home: homes.get(homeId),
        dashboard: read['dashboard.get']({ homeId }),
        actions: read['actions.list']({ homeId }),
        reg44: read['reg44.overview']({ homeId }),
        reg45: read['reg45.records']({ homeId }),
        ofsted: read['ofsted.overview']({ homeId }),
      };
    },
  };
}
