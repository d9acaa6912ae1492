import { useEffect, useRef } from 'react';
import { formatIsoDate, typedFromIso } from '@contract/rules/dates';
import type { QualificationStatus } from '@contract/duties';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { currentStaffOptions } from '../lib/staffOptions';
import { QualificationFields } from './QualificationFields';
import { DateField } from '@shared/ui/DateField';
import { TextField } from '@shared/ui/TextField';

/** The option for a deadline typed before the staff list, which keeps its typed name. */
const TYPED = 'typed';

/** The staff who work here now, and whoever the deadline is for already (even if they have since left). */
function peopleFor(q: QualificationStatus, staff: ReturnType<typeof useStaff>['data']) {
  const options = currentStaffOptions(staff ?? []);
  if (q.staffId === null)
    return [...options, { value: TYPED, label: `${q.person} (typed before the staff list)` }];
  if (options.some((o) => o.value === String(q.staffId))) return options;
  return [...options, { value: String(q.staffId), label: `${q.person} (has left)` }];
}

/** Corrects who a qualification deadline is for, its level or the date it is counted from. */
export function QualificationChangeForm({
  homeId,
  qualification: q,
  onSaved,
  onCancel,
}: {
  homeId: number;
  qualification: QualificationStatus;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const p = `qualification-${q.id}-change`;
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, on opening: later renders (each keystroke) must leave the focus where the manager put it.
  useEffect(() => heading.current?.focus(), []);
  const staff = useStaff(homeId);
  const save = useImprovementSave('qualifications.save', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      staffId: q.staffId === null ? TYPED : String(q.staffId),
      level: q.level,
      started: typedFromIso(q.startedOn),
      deferredTo: typedFromIso(q.deferredTo),
      deferralReason: q.deferralReason,
    },
    read: (v, check) => {
      check.found({ staffId: v.staffId ? undefined : 'Choose someone from the staff list' });
      const d = check.dates({
        startedOn: { text: v.started, what: 'the date they started in the role' },
        deferredTo: { text: v.deferredTo, what: 'the deferred date', required: false },
      });
      if (d.deferredTo && !v.deferralReason.trim())
        check.found({ deferralReason: 'Say why the date was deferred, for example a long absence' });
      const staffId = v.staffId === TYPED ? null : Number(v.staffId);
      return {
        homeId,
        id: q.id,
        staffId,
        level: v.level,
        startedOn: d.startedOn!,
        achievedOn: q.achievedOn,
        deferredTo: d.deferredTo,
        deferralReason: d.deferredTo ? v.deferralReason : '',
      };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: (overview) => {
      const saved = overview.qualifications.find((s) => s.id === q.id);
      onSaved(
        saved
          ? `Changed: ${saved.person}’s Level ${saved.level} deadline is now ${formatIsoDate(saved.deadline)}.`
          : 'Changed the deadline.',
      );
    },
  });
  const people = peopleFor(q, staff.data);

  const title = `Change ${q.person}’s Level ${q.level} deadline`;
  return (
    <form className="form inline-form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-title`}>
      <h3 className="heading-s" id={`${p}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <FormProblem message={form.general} />
      <QualificationFields
        idPrefix={p}
        values={form.values}
        people={people}
        onPick={form.set('staffId')}
        onChange={(fields) => form.setValues((now) => ({ ...now, ...fields }))}
        errors={form.errors}
        startHint="The deadline is counted from this date. For example 14/09/2026"
      />
      <DateField
        label="Deferred to (optional)"
        hint={`Only if the date has been deferred: the regulation’s date is ${formatIsoDate(q.regulationDeadline)}. For example 14/09/2027`}
        {...form.bind('deferredTo')}
      />
      <TextField
        label="Why it was deferred"
        hint="Needed with a deferred date"
        {...form.bind('deferralReason')}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Save changes
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
