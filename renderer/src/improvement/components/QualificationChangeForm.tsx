import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatIsoDate, typedFromIso } from '@contract/rules/dates';
import type { QualificationStatus } from '@contract/duties';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave } from '../api/improvementApi';
import { useStaff } from '../api/staff';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { currentStaffOptions } from '../lib/staffOptions';
import { QualificationFields } from './QualificationFields';

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
  const [values, setValues] = useState({
    staffId: q.staffId === null ? TYPED : String(q.staffId),
    level: q.level,
    started: typedFromIso(q.startedOn),
  });
  const form = useFormProblems(p);
  const save = useImprovementSave('qualifications.save', homeId);
  const people = peopleFor(q, staff.data);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates(
      { startedOn: { text: values.started, what: 'the date they started in the role' } },
      values.staffId ? {} : { staffId: 'Choose someone from the staff list' },
    );
    if (!d) return;
    try {
      const overview = await save.mutateAsync({
        homeId,
        id: q.id,
        staffId: values.staffId === TYPED ? null : Number(values.staffId),
        level: values.level,
        startedOn: d.startedOn!,
        achievedOn: q.achievedOn,
      });
      const saved = overview.qualifications.find((s) => s.id === q.id);
      onSaved(
        saved
          ? `Changed: ${saved.person}’s Level ${saved.level} deadline is now ${formatIsoDate(saved.deadline)}.`
          : 'Changed the deadline.',
      );
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const title = `Change ${q.person}’s Level ${q.level} deadline`;
  return (
    <form className="form inline-form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-title`}>
      <h3 className="heading-s" id={`${p}-title`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <FormProblem message={form.general} />
      <QualificationFields
        idPrefix={p}
        values={values}
        people={people}
        onPick={(staffId) => setValues({ ...values, staffId })}
        onChange={setValues}
        errors={form.errors}
        startHint="The deadline is counted from this date. For example 14/09/2026"
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          Save changes
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
