import { useState } from 'react';
import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { OTHERS_VIEWS_FILE } from '@shared/csv/teamAndViewsFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { FeedbackForm } from '../components/FeedbackForm';
import { VoiceNav } from '../components/VoiceNav';
import { FeedbackItem } from '../components/FeedbackItem';
import { useVoiceList } from '../api/voiceApi';

/** Views from parents, placing authorities, staff, Reg 44 visitors and others (Reg 45(5)). */
export function FeedbackScreen() {
  usePageTitle('Others’ views');
  const { home } = useHome();
  const feedback = useVoiceList('voice.feedback', home.id);
  const questions = useVoiceList('voice.questions', home.id);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const [returnTo, setReturnTo] = useState<number | null>(null);
  const stopEditing = (id: number) => {
    setEditing(null);
    setReturnTo(id);
  };
  return (
    <div className="voice-page">
      <PageHeading caption={home.name}>Others’ views</PageHeading>
      <VoiceNav />
      <p className="body-l">
        The Reg 45 review must take in the views of parents, placing authorities and staff as well as
        children’s. Record each one here, with the hallmarks and indicators it concerns.
      </p>
      <CsvButton file={OTHERS_VIEWS_FILE} homeId={home.id} homeName={home.name} />
      {questions.data && <FeedbackForm homeId={home.id} questions={questions.data} onSaved={setMessage} />}
      <p className="status-message" role="status">
        {message}
      </p>
      <h2 className="heading-m" id="feedback-list-heading" tabIndex={-1}>
        Views recorded, newest first
      </h2>
      {feedback.data === undefined ? (
        <LoadingOrError error={feedback.error} onRetry={() => feedback.refetch()} />
      ) : feedback.data.length === 0 ? (
        <p>No views recorded yet.</p>
      ) : (
        <ul className="voice-feedback">
          {feedback.data.map((f) =>
            editing === f.id && questions.data ? (
              <li key={f.id} className="voice-feedback__item">
                <FeedbackForm
                  homeId={home.id}
                  questions={questions.data}
                  entry={f}
                  onSaved={(m) => {
                    stopEditing(f.id);
                    setMessage(m);
                  }}
                  onCancel={() => stopEditing(f.id)}
                />
              </li>
            ) : (
              <FeedbackItem
                key={f.id}
                homeId={home.id}
                feedback={f}
                returnFocus={returnTo === f.id}
                onChange={() => setEditing(f.id)}
                onDeleted={(m) => {
                  setMessage(m);
                  document.getElementById('feedback-list-heading')?.focus();
                }}
              />
            ),
          )}
        </ul>
      )}
    </div>
  );
}
