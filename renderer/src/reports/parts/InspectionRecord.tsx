import { useId } from 'react';
import { SCCIF_KEYS, SCCIF_LABELS, STATUS_LABELS, type ActionItem } from '@contract/actions';
import { quarterLabel } from '@contract/rules/quarters';
import type { Inspection } from '@contract/records';
import {
  INSPECTION_ITEM_LABELS,
  INSPECTION_KIND_LABELS,
  INTERIM_OUTCOME_LABELS,
} from '@contract/record-labels';
import { formatIsoDate } from '@contract/rules/dates';
import { CalibrationCells, useToday } from '@improvement/api';
import { overdueWords } from '@contract/rules/overdue-items';
import { GradeBadge, ScrollRegion } from '@tracking';

/** One Ofsted inspection: its judgements, requirements and recommendations with their status, calibration. */
export function InspectionRecord({ inspection, actions }: { inspection: Inspection; actions: ActionItem[] }) {
  const calibrationId = useId();
  const today = useToday().data;
  const late = (complyBy: string | null, actionId: number | null) => {
    const action = actions.find((a) => a.id === actionId);
    const met = action?.status === 'done' || action?.status === 'dropped';
    const words = complyBy && today && !met ? overdueWords(complyBy, today) : null;
    return words ? <strong>{`${words.charAt(0).toUpperCase()}${words.slice(1)}. `}</strong> : null;
  };
  const c = inspection.calibration;
  const status = (actionId: number | null) => {
    const action = actions.find((a) => a.id === actionId);
    return action ? STATUS_LABELS[action.status] + (action.overdue ? ', overdue' : '') : 'No action made';
  };
  return (
    <div className="report-record">
      <h3 className="report-h3">
        {INSPECTION_KIND_LABELS[inspection.kind]} on {formatIsoDate(inspection.inspectedOn)}
      </h3>
      <dl className="report-facts">
        {SCCIF_KEYS.map((key) => (
          <div className="report-facts__row" key={key}>
            <dt>{SCCIF_LABELS[key]}</dt>
            <dd>
              {inspection.judgements[key] ? <GradeBadge grade={inspection.judgements[key]} /> : 'Not given'}
            </dd>
          </div>
        ))}
        {inspection.interimOutcome && (
          <div className="report-facts__row">
            <dt>Interim outcome</dt>
            <dd>{INTERIM_OUTCOME_LABELS[inspection.interimOutcome]}</dd>
          </div>
        )}
        {inspection.reportUrl && (
          <div className="report-facts__row">
            <dt>Report</dt>
            <dd className="report-text">{inspection.reportUrl}</dd>
          </div>
        )}
      </dl>
      {inspection.items.length === 0 ? (
        <p>No requirements or recommendations are recorded for it.</p>
      ) : (
        <ol className="report-items">
          {inspection.items.map((item) => (
            <li key={item.id}>
              <strong>{INSPECTION_ITEM_LABELS[item.kind]}</strong>
              {item.regulation && <span className="report-text"> ({item.regulation})</span>}:{' '}
              <span className="report-text">{item.text}</span>
              <span className="report-small">
                {item.complyBy ? `Comply by ${formatIsoDate(item.complyBy)}. ` : ''}
                {item.kind === 'requirement' && late(item.complyBy, item.actionId)}
                {status(item.actionId)}.
              </span>
            </li>
          ))}
        </ol>
      )}
      {!c ? (
        <p>No self-assessment was signed off before this inspection, so there is nothing to compare.</p>
      ) : (
        <ScrollRegion labelledBy={calibrationId}>
          <table className="report-table">
            <caption id={calibrationId}>
              Calibration: the home&apos;s review of {quarterLabel(c.reviewQuarter)} beside Ofsted&apos;s
              judgements
            </caption>
            <CalibrationCells rows={c.rows} audience="paper" grade={(g) => <GradeBadge grade={g} />} />
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
