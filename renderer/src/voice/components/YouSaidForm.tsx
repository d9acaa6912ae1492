import { useEffect, type FormEvent } from 'react';
import { typedFromIso } from '@contract/rules/dates';
import type { YouSaid } from '@contract/voice';
import { useFieldTexts } from '@shared/hooks/useFieldTexts';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { DateField } from '@shared/ui/DateField';
import { SubmitButton } from '@shared/actions/FormBits';
import { TextArea } from '@shared/ui/TextArea';
import { handler } from '@shared/lib/background';
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
  const form = useFormProblems(p);
  const { text, setText, bind } = useFieldTexts(
    p,
    {
      suggestion: entry?.suggestion ?? '',
      suggestedOn: typedFromIso(entry?.suggestedOn),
      weDid: entry?.weDid ?? '',
      doneOn: typedFromIso(entry?.doneOn),
    },
    form.errors,
  );
  const editing = entry !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-weDid`)?.focus();
  }, [editing, p]);
  const save = useVoiceSave('voice.saveYouSaid', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates(
      {
        suggestedOn: { text: text.suggestedOn, what: 'the date they said it' },
        doneOn: { text: text.doneOn, what: 'the date it was done', required: false },
      },
      text.suggestion.trim() === '' ? { suggestion: 'Enter what the young people said' } : {},
    );
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        id: entry?.id,
        suggestion: text.suggestion,
        suggestedOn: d.suggestedOn!,
        weDid: text.weDid,
        doneOn: d.doneOn ?? null,
      });
      form.clear();
      setText({ suggestion: '', suggestedOn: '', weDid: '', doneOn: '' });
      onSaved('Saved. It shows at the end of the survey once “We did” is filled in.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
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
      <SubmitButton pending={save.isPending}>Save</SubmitButton>
    </form>
  );
}
