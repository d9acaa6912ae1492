import { useState, type FormEvent } from 'react';
import type { VoiceSettings } from '@contract/voice';
import { MARGINS } from '@contract/rules/voice-rules';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { TextField } from '@shared/ui/TextField';
import { handler } from '@shared/lib/background';
import { useVoiceSave } from '../api/voiceApi';

/** The threshold below which results stay hidden (never under 3), and the triangulation margin. */
export function VoiceSettingsForm({ homeId, settings }: { homeId: number; settings: VoiceSettings }) {
  const [minAnswers, setMinAnswers] = useState(String(settings.minAnswers));
  const [margin, setMargin] = useState(settings.margin);
  const [message, setMessage] = useState('');
  const form = useFormProblems('voice-settings');
  const save = useVoiceSave('voice.saveSettings', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const n = Number(minAnswers.trim());
    if (!/^\d+$/.test(minAnswers.trim()) || n < 3 || n > 20) {
      form.show({ minAnswers: 'Enter a whole number from 3 to 20' });
      return;
    }
    try {
      await save.mutateAsync({ homeId, minAnswers: n, margin: margin as 1 });
      form.clear();
      setMessage('Settings saved.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="voice-settings-heading">
      <h2 className="heading-m" id="voice-settings-heading">
        Settings
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      <TextField
        id="voice-settings-minAnswers"
        label="Show results only when at least this many young people answered"
        hint="3 or more. In a small home a higher number protects children better."
        value={minAnswers}
        onChange={setMinAnswers}
        error={form.errors.minAnswers}
        width="short"
        inputMode="numeric"
      />
      <SelectField
        id="voice-settings-margin"
        label="Flag a hallmark when views differ by more than"
        value={String(margin)}
        options={MARGINS.map((m) => ({ value: String(m), label: `${m} grade${m === 1 ? '' : 's'}` }))}
        onChange={(v) => setMargin(Number(v))}
      />
      <SubmitButton pending={save.isPending}>Save settings</SubmitButton>
      <p className="status-message" role="status">
        {message}
      </p>
    </form>
  );
}
