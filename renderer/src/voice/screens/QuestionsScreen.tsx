import { useState } from 'react';
import { QUESTION_SETS } from '@contract/voice';
import { SCALE_NAMES } from '@contract/voice-scales';
import { PageHeading } from '@shared/ui/PageHeading';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { QuestionForm } from '../components/QuestionForm';
import { VoiceNav } from '../components/VoiceNav';
import { SET_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { useVoiceList, useVoiceSave } from '../api/voiceApi';

/** The home's survey questions: add, change (a new version) and retire, without touching past answers. */
export function QuestionsScreen() {
  usePageTitle('Survey questions');
  const { home } = useHome();
  const questions = useVoiceList('voice.questions', home.id);
  const retire = useVoiceSave('voice.retireQuestion', home.id);
  const { title } = useHallmarks();
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  return (
    <div className="voice-page">
      <PageHeading caption={home.name}>Survey questions</PageHeading>
      <VoiceNav />
      <p className="body-l">
        Changing a question keeps the old words with the answers already given. A retired question leaves the
        survey; its past answers stay in the results.
      </p>
      <QuestionForm homeId={home.id} onDone={setMessage} />
      <p className="status-message" role="status">
        {message}
      </p>
      {questions.data === undefined ? (
        <LoadingOrError error={questions.error} onRetry={() => questions.refetch()} />
      ) : (
        QUESTION_SETS.map((set) => (
          <section key={set} aria-labelledby={`set-${set}`}>
            <h2 className="heading-m" id={`set-${set}`}>
              {SET_NAMES[set]}
            </h2>
            <ol className="voice-questions">
              {questions.data
                .filter((q) => q.set === set)
                .map((q) =>
                  editing === q.id ? (
                    <li key={q.id}>
                      <QuestionForm
                        homeId={home.id}
                        question={q}
                        onDone={(m) => {
                          setEditing(null);
                          setMessage(m);
                          document.getElementById(`question-row-${q.id}`)?.focus();
                        }}
                      />
                    </li>
                  ) : (
                    <li key={q.id} className={q.retiredOn ? 'voice-questions__retired' : undefined}>
                      <p className="voice-questions__wording" id={`question-row-${q.id}`} tabIndex={-1}>
                        {q.current.wording}
                        {q.retiredOn && <span className="tag tag--status-dropped"> Retired</span>}
                      </p>
                      <p className="hint">
                        {title(q.current.domainKey)} · {SCALE_NAMES[q.current.scale]} · version{' '}
                        {q.current.version} · {q.answerCount} answer{q.answerCount === 1 ? '' : 's'}
                      </p>
                      <div className="button-group">
                        <button type="button" className="button-link" onClick={() => setEditing(q.id)}>
                          Change<span className="visually-hidden"> “{q.current.wording}”</span>
                        </button>
                        <button
                          type="button"
                          className="button-link"
                          onClick={() => {
                            if (retire.isPending) return;
                            retire.mutate(
                              { id: q.id, retired: q.retiredOn === null },
                              {
                                onSuccess: () =>
                                  setMessage(q.retiredOn ? 'Question brought back.' : 'Question retired.'),
                              },
                            );
                          }}
                        >
                          {q.retiredOn ? 'Bring back' : 'Retire'}
                          <span className="visually-hidden"> “{q.current.wording}”</span>
                        </button>
                      </div>
                    </li>
                  ),
                )}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
