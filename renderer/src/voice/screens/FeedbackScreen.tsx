import { useState } from 'react';
import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/dates';
import { SCALE_CHOICES } from '@contract/voice-scales';
import { FeedbackForm } from '../components/FeedbackForm';
import { VoiceNav } from '../components/VoiceNav';
import { GROUP_NAMES, HOW_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { useVoiceList } from '@shared/voice/voiceApi';

/** Views from parents, placing authorities, staff, Reg 44 visitors and others (Reg 45(5)). */
export function FeedbackScreen() {
  usePageTitle('Others’ views');
  const { home } = useHome();
  const feedback = useVoiceList('voice.feedback', home.id);
  const questions = useVoiceList('voice.questions', home.id);
  const { title, indicator } = useHallmarks();
  const [message, setMessage] = useState('');
  return (
    <div className="voice-page">
      <PageHeading caption={home.name}>Others’ views</PageHeading>
      <VoiceNav />
      <p className="body-l">
        The Reg 45 review must take in the views of parents, placing authorities and staff as well as
        children’s. Record each one here, with the hallmarks and indicators it concerns.
      </p>
      {questions.data && <FeedbackForm homeId={home.id} questions={questions.data} onSaved={setMessage} />}
      <p className="status-message" role="status">
        {message}
      </p>
      <h2 className="heading-m">Views recorded, newest first</h2>
      {feedback.data === undefined ? (
        <LoadingOrError error={feedback.error} onRetry={() => feedback.refetch()} />
      ) : feedback.data.length === 0 ? (
        <p>No views recorded yet.</p>
      ) : (
        <ul className="voice-feedback">
          {feedback.data.map((f) => (
            <li key={f.id} className="voice-feedback__item">
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
                  {f.answers.map((a, i) => (
                    <li key={i}>
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
                  Concerns:{' '}
                  {[...f.domains.map((d) => title(d)), ...f.indicators.map((i) => indicator(i))].join('; ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
