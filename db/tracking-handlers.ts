import type { Database } from 'better-sqlite3';
import { validateMetrics } from '../contract/metrics';
import type { Handlers } from '../contract/operations';
import { ServiceError } from '../contract/result';
import { createAcknowledgements } from './alert-acknowledgements';
import type { createHomesRepository } from './homes';
import { createDashboardService } from './insights/dashboard-service';
import { createMetricsRepository } from './metrics';
import { createReg45Repository } from './reg45';

type TrackingOperations =
  | 'dashboard.get'
  | 'provider.overview'
  | 'alerts.acknowledge'
  | 'metrics.get'
  | 'metrics.save'
  | 'reg45.record';

/** Operations for tracking the home over time: dashboard, provider view, alerts, figures, Reg 45 dates. */
export function createTrackingHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now?: () => Date,
): Pick<Handlers, TrackingOperations> {
  const dashboard = createDashboardService(db, now);
  const metrics = createMetricsRepository(db);
  const reg45 = createReg45Repository(db);
  const acknowledgements = createAcknowledgements(db);
  const today = () => (now ?? (() => new Date()))().toISOString().slice(0, 10);

  return {
    'dashboard.get': ({ homeId }) => dashboard.forHome(homeId),
    'provider.overview': () => dashboard.provider(),
    'alerts.acknowledge': ({ homeId, key, note }) => {
      homes.get(homeId);
      acknowledgements.acknowledge(homeId, key, note);
      return { savedAt: new Date().toISOString() };
    },
    'metrics.get': ({ homeId, quarter }) => metrics.get(homes.get(homeId).id, quarter),
    'metrics.save': ({ homeId, quarter, values }) => {
      homes.get(homeId);
      const errors = validateMetrics(values);
      const count = Object.keys(errors).length;
      if (count > 0) {
        throw new ServiceError(
          'invalid_input',
          count === 1 ? 'One figure needs correcting.' : `${count} figures need correcting.`,
          errors,
          Object.values(errors),
        );
      }
      return metrics.save(homeId, quarter, values);
    },
    'reg45.record': ({ homeId, completedOn }) => {
      homes.get(homeId);
      if (completedOn > today()) {
        throw new ServiceError('invalid_input', 'The date of a completed review cannot be in the future.', {
          completedOn: 'Enter a date that is today or earlier.',
        });
      }
      reg45.record(homeId, completedOn);
      return reg45.list(homeId);
    },
  };
}
