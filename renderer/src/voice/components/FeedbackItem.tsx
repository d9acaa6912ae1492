import { useEffect, useRef, useState } from 'react';
import { formatIsoDate } from '@contract/rules/dates';
import type { Feedback } from '@contract/voice';
import { SCALE_CHOICES } from '@contract/voice-scales';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { ConfirmInPlace } from '@shared/ui/ConfirmInPlace';
import { useVoiceSave } from '../api/voiceApi';
import { GROUP_NAMES, HOW_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';

/** "From parents and family: Mum, 10 November 2026": how an entry is named in buttons and messages. */
export const feedbackName = (f: Feedback) =>
  `${GROUP_NAMES[f.group]}${f.role ? `: ${f.role}` : ''}, ${formatIsoDate(f.receivedOn)}`;

/** One recorded view, with Change and Delete; deleting asks first, in place. */
export function FeedbackItem({
  homeId,
  feedback: f,
  returnFocus,
  onChange,
  onDeleted,
}: {
  homeId: number;
  feedback: Feedback;
  /** Focus its Change button: the person has just finished changing it, or chose not to. */
  returnFocus: boolean;
  onChange: () => void;
  onDeleted: (message: string) => void;
}) {
  const { title, indicator } = useHallmarks();
  const [confirming, setConfirming] = useState(false);
  const remove = useVoiceSave('voice.deleteFeedback', homeId);
  const form = useFormProblems();
  const name = feedbackName(f);
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) document.getElementById(`feedback-${f.id}-delete-title`)?.focus();
    else if (returnFocus || wasConfirming.current) changeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, returnFocus, f.id]);

  async function confirmDelete() {
    if (remove.isPending) return;
    try {
      await remove.mutateAsync({ homeId, id: f.id });
      onDeleted(`Deleted the feedback from ${name}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <li className="voice-feedback__item">
      <h3 className="heading-s">
        {GROUP_NAMES[f.group]}
        {f.role ? `: ${f.role}` : ''}
      </h3>
      <p className="hint">
        {formatIsoDate(f.receivedOn)} · {HOW_NAMES[f.how]}
      </p>
      {f.said && <p className="voice-feedback__said">{f.said}</p>}
      {f.answers.length > 0 && (
        <ul className="voice-feedback__answers">
          {f.answers.map((a) => (
            <li key={a.questionVersionId}>
              {a.wording}{' '}
              <strong>
                {a.choice === null
                  ? a.comment
                  : SCALE_CHOICES[a.scale].find((c) => c.value === a.choice)?.label}
              </strong>
            </li>
          ))}
        </ul>
      )}
      {(f.domains.length > 0 || f.indicators.length > 0) && (
        <p>
          Concerns: {[...f.domains.map((d) => title(d)), ...f.indicators.map((i) => indicator(i))].join('; ')}
        </p>
      )}
      {confirming ? (
        <ConfirmInPlace
          id={`feedback-${f.id}-delete-title`}
          level={4}
          title="Delete this feedback?"
          problem={form.general}
          pending={remove.isPending}
          yes="Yes, delete it"
          no="No, keep it"
          onYes={confirmDelete}
          onNo={() => setConfirming(false)}
        >
          The feedback from {name} will be deleted, with its questionnaire answers and the hallmarks and
          indicators it was linked to. This cannot be undone.
        </ConfirmInPlace>
      ) : (
        <p className="voice-feedback__actions">
          <button type="button" className="button-link" onClick={onChange} ref={changeButton}>
            Change<span className="visually-hidden"> the feedback from {name}</span>
          </button>
          <button type="button" className="button-link" onClick={() => setConfirming(true)}>
            Delete<span className="visually-hidden"> the feedback from {name}</span>
          </button>
        </p>
      )}
    </li>
  );
}
