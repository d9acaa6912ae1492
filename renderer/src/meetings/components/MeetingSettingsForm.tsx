import { useState, type FormEvent } from 'react';
import type { MeetingSettings } from '@contract/team-meeting';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { TextField } from '@shared/ui/TextField';
import { useSaveMeetingSettings } from '../api';

/** When spreads show (never with fewer than three raters) and how far apart raises a flag. */
export function MeetingSettingsForm({ settings }: { settings: MeetingSettings }) {
  const [text, setText] = useState({
    minRaters: String(settings.minRaters),
    flagMargin: String(settings.flagMargin),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const save = useSaveMeetingSettings();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const minRaters = Number(text.minRaters.trim());
    const flagMargin = Number(text.flagMargin.trim());
    try {
      await save.mutateAsync({ minRaters, flagMargin });
      setErrors({});
      setMessage('Meeting settings saved.');
    } catch (failure) {
      setMessage('');
      setErrors(
        failure instanceof ApiError && Object.keys(failure.fields).length > 0
          ? failure.fields
          : { general: messageOf(failure) },
      );
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
      {errors.general && <p className="error-message">{errors.general}</p>}
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
