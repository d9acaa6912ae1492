import { Link } from 'wouter';
import type { MetricField } from '@contract/metric-fields';
import { quarterLabel } from '@contract/rules/quarters';
import { screenPaths } from '@shared/paths/screenPaths';

/** A figure counted from a log rather than typed: its value, and where it comes from. */
export function LoggedFigure({
  field,
  value,
  quarter,
}: {
  field: MetricField;
  value: number | null | undefined;
  quarter: string;
}) {
  return (
    <div className="form-group figure-field" id={`figure-${field.key}`}>
      <p className="label">{field.label}</p>
      <p>
        <strong>{value ?? 0}</strong>, counted from the{' '}
        <Link href={screenPaths.notifications}>notifications log</Link>: the Regulation 40 entries whose event
        happened in {quarterLabel(quarter)}. Add or remove entries there to change it.
      </p>
    </div>
  );
}
