import type { VoiceSettings } from '@contract/voice';
import { MARGINS } from '@contract/rules/voice-rules';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { TextField } from '@shared/ui/TextField';
import { useVoiceSave } from '../api/voiceApi';

/** The threshold below which results stay hidden (never under 3), and the triangulation margin. */
export function VoiceSettingsForm({ homeId, settings }: { homeId: number; settings: VoiceSettings }) {
  const save = useVoiceSave('voice.saveSettings', homeId);
  const form = useSaveForm({
    idPrefix: 'voice-settings',
    initial: { minAnswers: String(settings.minAnswers), margin: settings.margin },
    read: (v, check) => {
      const typed = v.minAnswers.trim();
      const n = Number(typed);
      check.found({
        minAnswers: !/^\d+$/.test(typed) || n < 3 || n > 20 ? 'Enter a whole number from 3 to 20' : undefined,
      });
      return { homeId, minAnswers: n, margin: v.margin as 1 };
    },
    save: save.mutateAsync,
    after: 'keep',
    savedMessage: () => 'Settings saved.',
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="voice-settings-heading">
      <h2 className="heading-m" id="voice-settings-heading">
        Settings
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      <TextField
        label="Show results only when at least this many young people answered"
        hint="3 or more. In a small home a higher number protects children better."
        width="short"
        inputMode="numeric"
        {...form.bind('minAnswers')}
      />
      <SelectField
        id="voice-settings-margin"
        label="Flag a hallmark when views differ by more than"
        value={String(form.values.margin)}
        options={MARGINS.map((m) => ({ value: String(m), label: `${m} grade${m === 1 ? '' : 's'}` }))}
        onChange={(v) => form.set('margin')(Number(v))}
      />
      <SubmitButton pending={form.pending}>Save settings</SubmitButton>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
