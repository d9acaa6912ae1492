import { meetingSettingsInput, type MeetingSettings } from '@contract/team-meeting';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { TextField } from '@shared/ui/TextField';
import { useSaveMeetingSettings } from '../api';

/**
 * When spreads show (never with fewer than three raters) and how far apart raises a flag: the home's own
 * settings, saved through this meeting's review and used by every meeting of the home.
 */
export function MeetingSettingsForm({ reviewId, settings }: { reviewId: number; settings: MeetingSettings }) {
  const save = useSaveMeetingSettings();
  const form = useSaveForm({
    idPrefix: 'meeting',
    initial: { minRaters: String(settings.minRaters), flagMargin: String(settings.flagMargin) },
    read: (v, check) => {
      // An empty box is no number at all (Number('') would read it as 0).
      const numberIn = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.trim()));
      const input = { reviewId, minRaters: numberIn(v.minRaters), flagMargin: numberIn(v.flagMargin) };
      check.add(checkWith(meetingSettingsInput, input));
      return input;
    },
    save: save.mutateAsync,
    after: 'keep',
    savedMessage: () => 'Meeting settings saved.',
  });

  return (
    <form
      className="form section"
      noValidate
      onSubmit={form.onSubmit}
      aria-labelledby="meeting-settings-title"
    >
      <h2 className="heading-l" id="meeting-settings-title">
        Meeting settings
      </h2>
      <p className="hint">For every team meeting of this home. Your other homes keep their own.</p>
      <FormProblem message={form.general} />
      <TextField
        label="Show how ratings spread only when at least this many people rated"
        hint="3 or more, so nobody in a small team can be picked out"
        width="short"
        inputMode="numeric"
        {...form.bind('minRaters')}
      />
      <TextField
        label="Flag a possible blind spot or hidden strength when the manager is this many grades from the team"
        hint="1, 2 or 3"
        width="short"
        inputMode="numeric"
        {...form.bind('flagMargin')}
      />
      <div className="button-group">
        <button type="submit" className="button button--secondary">
          Save meeting settings
        </button>
      </div>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
