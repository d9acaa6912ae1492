import { MANAGER_STATUS_LABELS, type ManagerStatus } from '@contract/metric-fields';

interface Props {
  value: ManagerStatus | null;
  onChange: (value: ManagerStatus | null) => void;
}

const STATUSES = Object.keys(MANAGER_STATUS_LABELS) as ManagerStatus[];

/** Whether the manager in post is registered: a registration can be pending. */
export function ManagerStatusField({ value, onChange }: Props) {
  return (
    <div className="form-group">
      <label className="label" htmlFor="figure-managerStatus">
        The home&apos;s manager at the end of the quarter
      </label>
      <p className="hint" id="figure-managerStatus-hint">
        A manager in post is not the same as a registered manager while their registration is pending.
      </p>
      <select
        className="select"
        id="figure-managerStatus"
        aria-describedby="figure-managerStatus-hint"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || null) as ManagerStatus | null)}
      >
        <option value="">Not recorded</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {MANAGER_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  );
}
