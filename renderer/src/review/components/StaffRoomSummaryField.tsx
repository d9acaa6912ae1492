import { STAFF_ROOM_SUMMARY_MAX } from '@contract/review';
import { childInitials } from '@contract/rules/child-initials';
import { TextArea } from '@shared/ui/TextArea';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * The words the staff-room page prints, written for the wall rather than taken from the strengths and
 * areas to improve, with a warning beside it while it seems to name a child by an initial.
 */
export function StaffRoomSummaryField({ value, onChange, onBlur }: Props) {
  const initials = childInitials(value);
  return (
    <div className="section">
      <TextArea
        id="summary-staff-room"
        label="Staff-room summary (printed for the staff room wall)"
        hint={`A few sentences for the whole team about how the home is doing, printed on the staff-room page. Anyone in the staff room may read it, so do not name or describe a child. Up to ${STAFF_ROOM_SUMMARY_MAX} characters.`}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        rows={4}
      />
      <div aria-live="polite">
        {initials.length > 0 && (
          <div className="warning-text" data-testid="staff-room-initials">
            <p>
              <strong>Warning: </strong>
              This may name a child by an initial, and the page goes on the wall:{' '}
              {initials.map((f) => `“${f.excerpt}”`).join(', ')}. Write about the home, not one child.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
