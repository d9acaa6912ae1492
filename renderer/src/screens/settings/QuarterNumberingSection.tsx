import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppInfo } from '@contract/operations';
import { quarterLabelNumbered, type QuarterNumbering } from '@contract/rules/quarters';
import { messageOf } from '@shared/api/ApiError';
import { appInfoKeys } from '@shared/api/appInfo';
import { invoke } from '@shared/api/client';

const CHOICES: { value: QuarterNumbering; label: string }[] = [
  { value: 'none', label: 'Months only' },
  { value: 'calendar', label: 'Calendar quarters: Q1 is January to March' },
  { value: 'financial', label: 'Financial-year quarters: Q1 is April to June' },
];

/** Quarters always read "Jan to Mar 2026"; a home may add the number it uses, calendar or financial year. */
export function QuarterNumberingSection({ info }: { info: AppInfo }) {
  const queryClient = useQueryClient();
  // Shown chosen at once; the app's answer follows.
  const [value, setValue] = useState(info.quarterNumbering);
  const save = useMutation({
    mutationFn: (numbering: QuarterNumbering) => invoke('settings.quarterNumbering', { numbering }),
    onSuccess: (next) => queryClient.setQueryData(appInfoKeys.all, next),
  });
  const example = '2026-Q1';
  return (
    <section className="section" aria-labelledby="quarter-numbering-title">
      <h2 className="heading-l" id="quarter-numbering-title">
        Quarter numbers
      </h2>
      <fieldset className="choice-group" aria-describedby="quarter-numbering-hint">
        <legend className="choice-group__legend">How to number quarters beside their months</legend>
        <p className="hint" id="quarter-numbering-hint">
          For example: {quarterLabelNumbered(example, value)}
        </p>
        <div className="choice-group__items">
          {CHOICES.map((choice) => (
            <div className="choice" key={choice.value}>
              <input
                className="choice__input"
                type="radio"
                id={`quarter-numbering-${choice.value}`}
                name="quarter-numbering"
                checked={value === choice.value}
                onChange={() => {
                  setValue(choice.value);
                  save.mutate(choice.value);
                }}
              />
              <label className="choice__label" htmlFor={`quarter-numbering-${choice.value}`}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="status-message" role="status">
        {save.isSuccess ? 'Saved.' : ''}
      </p>
      {save.isError && <p className="error-message">{messageOf(save.error)}</p>}
    </section>
  );
}
