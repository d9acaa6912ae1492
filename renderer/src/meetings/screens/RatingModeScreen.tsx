import '../meetings.css';
import { useEffect, useState } from 'react';
import type { LockStatus } from '@contract/locked-mode';
import { quarterLabel } from '@contract/rules/quarters';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useRatingSheet } from '../api';
import { RatingSheetForm } from '../components/RatingSheetForm';

const focusHeading = () => document.querySelector<HTMLElement>('main h1')?.focus();

/**
 * The locked screen for private rating: one person rates, finishes, and their ratings vanish from the
 * screen before the computer is passed on. Nothing of anyone's ratings is ever shown here.
 */
export function RatingModeScreen({ lock }: { lock: LockStatus }) {
  const sheet = useRatingSheet(lock.subjectId);
  const [stage, setStage] = useState<'ready' | 'rating' | 'done'>('ready');
  const [person, setPerson] = useState(0);
  useEffect(focusHeading, [stage]);

  if (sheet.data === undefined) return <LoadingOrError error={sheet.error} onRetry={() => sheet.refetch()} />;
  if (stage === 'rating') {
    return (
      <>
        <h1 className="heading-xl" tabIndex={-1}>
          Rate in private: {quarterLabel(sheet.data.quarter)}
        </h1>
        <p className="body-l">
          Choose the grade that fits what you have seen, or “Don’t know” where you cannot say. When you
          finish, your ratings are saved and cleared from the screen.
        </p>
        <RatingSheetForm
          key={person}
          sheet={sheet.data}
          fromPaper={false}
          onFinished={() => {
            setStage('done');
            setPerson((n) => n + 1);
          }}
        />
      </>
    );
  }
  return (
    <div className="narrow">
      <h1 className="heading-xl" tabIndex={-1}>
        {stage === 'done' ? 'Thank you: your ratings are saved' : 'Rate before the team meeting'}
      </h1>
      {stage === 'done' ? (
        <p className="body-l rating-thanks" role="status">
          They are hidden now. Pass the computer to the next person.
        </p>
      ) : (
        <p className="body-l">
          Rate each indicator on your own, without talking it over first. Nobody, the manager included, sees
          your own ratings: the meeting shows only how the team’s ratings spread.
        </p>
      )}
      <button type="button" className="button" onClick={() => setStage('rating')}>
        {stage === 'done' ? 'Next person: start rating' : 'Start rating'}
      </button>
    </div>
  );
}
