import { useState, type FormEvent } from 'react';
import { meetingSettingsInput, type MeetingSettings } from '@contract/team-meeting';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { checkWith } from '@shared/lib/formProblems';
import { TextField } from '@shared/ui/TextField';
import { useSaveMeetingSettings } from '../api';

/**
 * When spreads show (never with fewer than three raters) and how far apart raises a flag: the home's own
 * settings, saved through this meeting's review and used by every meeting of the home.
 */
export function MeetingSettingsForm({ reviewId, settings }: { reviewId: number; settings: MeetingSettings }) {
  const [text, setText] = useState({
    minRaters: String(settings.minRaters),
    flagMargin: String(settings.flagMargin),
  });
  const [message, setMessage] = useState('');
  const form = useFormProblems('meeting');
  const errors = form.errors;
  const save = useSaveMeetingSettings();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    // An empty box is no number at all (Number('') would read it as 0).
    const numberIn = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.trim()));
    const input = { reviewId, minRaters: numberIn(text.minRaters), flagMargin: numberIn(text.flagMargin) };
    const invalid = checkWith(meetingSettingsInput, input);
    setMessage('');
    if (invalid.length > 0) return form.fail(invalid);
    try {
      await save.mutateAsync(input);
      form.clear();
      setMessage('Meeting settings saved.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form
      className="form section"
      noValidate
      onSubmit={handler(submit)}
      aria-labelledby="meeting-settings-title"
    >
      <h2 className="heading-l" id="meeting-settings-title">
        Meeting settings
      </h2>
      <p className="hint">For every team meeting of this home. Your other homes keep their own.</p>
      <FormProblem message={form.general} />
      <TextField
        id="meeting-minRaters"
        label="Show how ratings spread only when at least this many people rated"
        hint="3 or more, so nobody in a small team can be picked out"
        value={text.minRaters}
        onChange={(minRaters) => setText({ ...text, minRaters })}
        error={errors.minRaters}
        width="short"
        inputMode="numeric"
      />
      <TextField
        id="meeting-flagMargin"
        label="Flag a possible blind spot or hidden strength when the manager is this many grades from the team"
        hint="1, 2 or 3"
        value={text.flagMargin}
        onChange={(flagMargin) => setText({ ...text, flagMargin })}
        error={errors.flagMargin}
        width="short"
        inputMode="numeric"
      />
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          Save meeting settings
        </button>
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
    </form>
  );
}
