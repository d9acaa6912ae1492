import { useState } from 'react';
import { Link } from 'wouter';
import { SURVEY_SUBJECT } from '@contract/voice';
import { messageOf } from '@shared/api/ApiError';
import { useEnterLock, usePinStatus } from '@shared/locked-mode/lockApi';
import { handler } from '@shared/lib/background';
import { screenPaths } from '@shared/paths/screenPaths';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';

const SETS: { value: 1 | 2; label: string; meaning: string }[] = [
  {
    value: SURVEY_SUBJECT.young as 1,
    label: 'Young people',
    meaning: 'Four faces with words: always to never',
  },
  {
    value: SURVEY_SUBJECT.easy as 2,
    label: 'Easy read',
    meaning: 'Three faces; best read aloud by an adult',
  },
];

/** Hands this computer to young people: survey mode, which only the manager's PIN ends. */
export function StartSurveyPanel({ homeId }: { homeId: number }) {
  const pin = usePinStatus();
  const enter = useEnterLock();
  const [subject, setSubject] = useState<1 | 2>(1);
  const [error, setError] = useState('');

  async function start() {
    if (enter.isPending) return;
    try {
      await enter.mutateAsync({ mode: 'voice', homeId, subjectId: subject });
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <section aria-labelledby="start-survey-heading">
      <h2 className="heading-m" id="start-survey-heading">
        Survey on this computer
      </h2>
      <p>
        The screen shows one question at a time, in large type with faces and words. Young people can skip any
        question, and no names are kept. Nothing else in Hallmarks can be reached until you type your PIN.
      </p>
      {pin.data && !pin.data.isSet ? (
        <p>
          Set a manager’s PIN first, in <Link href={screenPaths.settings}>Settings</Link>: it is the only way
          out of the survey.
        </p>
      ) : (
        <>
          <ChoiceRadios
            id="start-survey-set"
            legend="Which survey"
            choices={SETS}
            value={subject}
            onChange={(v) => setSubject(v)}
          />
          {error && (
            <p className="error-message" role="alert">
              {error}
            </p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={handler(start)}
              aria-disabled={enter.isPending || undefined}
            >
              Start the survey
            </button>
          </div>
        </>
      )}
    </section>
  );
}
