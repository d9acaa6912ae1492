import { useEffect } from 'react';
import { typedFromIso } from '@contract/rules/dates';
import type { YouSaid } from '@contract/voice';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { DateField } from '@shared/ui/DateField';
import { SubmitButton } from '@shared/actions/FormBits';
import { TextArea } from '@shared/ui/TextArea';
import { useVoiceSave } from '../api/voiceApi';

/** Adds a young people's suggestion and what the home did about it, or fills in what was done later. */
export function YouSaidForm({
  homeId,
  entry,
  onSaved,
}: {
  homeId: number;
  /** The entry to change; a new one when absent. */
  entry?: YouSaid;
  onSaved: (message: string) => void;
}) {
  const p = entry ? `you-said-${entry.id}` : 'you-said';
  const editing = entry !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-weDid`)?.focus();
  }, [editing, p]);
  const save = useVoiceSave('voice.saveYouSaid', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      suggestion: entry?.suggestion ?? '',
      suggestedOn: typedFromIso(entry?.suggestedOn),
      weDid: entry?.weDid ?? '',
      doneOn: typedFromIso(entry?.doneOn),
    },
    read: (v, check) => {
      check.found({
        suggestion: v.suggestion.trim() === '' ? 'Enter what the young people said' : undefined,
      });
      const d = check.dates({
        suggestedOn: { text: v.suggestedOn, what: 'the date they said it' },
        doneOn: { text: v.doneOn, what: 'the date it was done', required: false },
      });
      const { suggestion, weDid } = v;
      return { homeId, id: entry?.id, suggestion, suggestedOn: d.suggestedOn!, weDid, doneOn: d.doneOn };
    },
    save: save.mutateAsync,
    after: () => ({ suggestion: '', suggestedOn: '', weDid: '', doneOn: '' }),
    onSaved: () => onSaved('Saved. It shows at the end of the survey once “We did” is filled in.'),
  });
  const { bind } = form;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {editing ? 'Change “You said, we did”' : 'Add “You said, we did”'}
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      <TextArea
        label="You said"
        hint="Write it for the young people, for example: more say in where we go in the holidays."
        rows={2}
        {...bind('suggestion')}
      />
      <DateField label="Date they said it" {...bind('suggestedOn')} />
      <TextArea label="We did (leave empty until it is done)" rows={2} {...bind('weDid')} />
      <DateField label="Date it was done (optional)" {...bind('doneOn')} />
      <SubmitButton pending={form.pending}>Save</SubmitButton>
    </form>
  );
}
