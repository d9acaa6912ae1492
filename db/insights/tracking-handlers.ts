import type { Database } from 'better-sqlite3-multiple-ciphers';
import { todayIso } from '../../contract/rules/dates';
import { checkFigures } from '../../contract/rules/metric-checks';
import type { Handlers } from '../../contract/operations';
import { quarterLabel, quarterOf } from '../../contract/rules/quarters';
import { ServiceError } from '../../contract/result';
import { createAcknowledgements } from './alert-acknowledgements';
import type { createHomesRepository } from '../homes/homes';
import { createDashboardService } from './dashboard-service';
import { earlyWarning } from '../../contract/rules/early-warning';
import { createEarlyWarningInputs } from './early-warning-inputs';
import { createMetricsRepository } from './metrics';
import { createReg45Repository } from '../reg45/reg45';
import { createRecordPublications } from '../hub-outbox/record-publications';

type TrackingOperations =
  | 'dashboard.get'
  | 'dashboard.earlyWarning'
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
  const clock = now ?? (() => new Date());
  const today = () => todayIso(clock());
  const earlyWarningInputs = createEarlyWarningInputs(db, clock);
  const hub = createRecordPublications(db, clock);

  return {
    'dashboard.get': ({ homeId }) => dashboard.forHome(homeId),
    'dashboard.earlyWarning': ({ homeId }) => earlyWarning(earlyWarningInputs(homes.get(homeId).id, today())),
    'provider.overview': () => dashboard.provider(),
    'alerts.acknowledge': ({ homeId, key, note }) => {
      homes.get(homeId);
      if (!dashboard.forHome(homeId).alerts.some((a) => a.key === key)) {
        throw new ServiceError('invalid_input', 'That is not one of the alerts for this home.', {
          key: 'Choose an alert from the list on the dashboard',
        });
      }
      const at = clock();
      acknowledgements.acknowledge(homeId, key, note, at);
      return { savedAt: at.toISOString() };
    },
    'metrics.get': ({ homeId, quarter }) => metrics.get(homes.get(homeId).id, quarter),
    'metrics.save': ({ homeId, quarter, values, managerStatus = null, saveAnyway = false }) => {
      const home = homes.get(homeId);
      if (quarter > quarterOf(clock())) {
        throw new ServiceError('invalid_input', `${quarterLabel(quarter)} has not started yet.`, {
          quarter: `Figures for ${quarterLabel(quarter)} can be entered once the quarter has started`,
        });
      }
      const { errors, warnings } = checkFigures(values, {
        places: home.places,
        quarter,
        managerStatus,
        otherQuarters: metrics.list(homeId),
      });
      const count = Object.keys(errors).length;
      if (count > 0) {
        throw new ServiceError(
          'invalid_input',
          count === 1 ? 'One figure needs correcting.' : `${count} figures need correcting.`,
          errors,
          Object.entries(errors).map(([field, message]) => ({ message, field })),
        );
      }
      const unlikely = Object.keys(warnings).length;
      if (unlikely > 0 && !saveAnyway) {
        throw new ServiceError(
          'invalid_input',
          unlikely === 1
            ? 'One figure looks unlikely. Check it, or save anyway.'
            : `${unlikely} figures look unlikely. Check them, or save anyway.`,
          undefined,
          Object.entries(warnings).map(([field, message]) => ({ message, field })),
          warnings,
        );
      }
      // A connected home's figures go to its provider's hub in the same transaction.
      return db.transaction(() => {
        const saved = metrics.save(homeId, quarter, values, managerStatus, clock());
        hub.figures(homeId, quarter);
        return saved;
      })();
    },
    'reg45.record': ({ homeId, completedOn, sentToOfstedOn }) => {
      homes.get(homeId);
      if (completedOn > today()) {
        throw new ServiceError('invalid_input', 'The date of a completed review cannot be in the future.', {
          completedOn: 'Enter a date that is today or earlier.',
        });
      }
      const sent = sentToOfstedOn ?? null;
      if (sent !== null && (sent > today() || sent < completedOn)) {
        throw new ServiceError('invalid_input', 'Check the date the report was sent to Ofsted.', {
          sentToOfstedOn:
            sent > today()
              ? 'Enter a date that is today or earlier.'
              : 'Enter a date on or after the day the review was completed.',
        });
      }
      db.transaction(() => {
        reg45.record(homeId, completedOn, sent);
        hub.reg45(homeId);
      })();
      return reg45.list(homeId);
    },
  };
}
