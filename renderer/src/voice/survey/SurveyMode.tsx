import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LockStatus } from '@contract/locked-mode';
import { surveyOfSubject, type StartedSession } from '@contract/voice';
import { isLowerAnswer, type TalkPrompt } from '@contract/rules/voice-safety';
import { invoke } from '@shared/api/client';
import { messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { YouSaidList, youSaidDone } from '../components/YouSaidList';
import { SurveyQuestionStep } from './SurveyQuestionStep';
import { TalkToSomeone } from './TalkToSomeone';
import './survey.css';

type Step =
  | { kind: 'welcome' }
  | { kind: 'question'; index: number }
  /** Who they can talk to, after a low answer to feeling safe or to having an adult to trust. */
  | { kind: 'talk'; prompt: TalkPrompt; then: Step }
  | { kind: 'end' };

/**
 * Survey mode: the locked screen a young person sees. One question at a time; at the end, thanks and
 * "You said, we did"; then it waits for the next young person. Only the manager's PIN leaves it.
 */
export function SurveyMode({ lock }: { lock: LockStatus }) {
  const set = surveyOfSubject(lock.subjectId);
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  const [session, setSession] = useState<StartedSession | null>(null);
  const [error, setError] = useState('');
  const start = useMutation({ mutationFn: () => invoke('voice.startSession', { homeId: lock.homeId, set }) });
  const answer = useMutation({
    mutationFn: (input: {
      sessionId: number;
      questionVersionId: number;
      choice: number | null;
      comment: string;
    }) => invoke('voice.saveAnswer', input),
  });
  const youSaid = useQuery({
    queryKey: ['survey-mode', 'you-said', lock.homeId],
    queryFn: () => invoke('voice.youSaid', { homeId: lock.homeId }),
    enabled: step.kind === 'end',
  });

  async function begin() {
    if (start.isPending) return;
    try {
      setError('');
      const started = await start.mutateAsync();
      setSession(started);
      setStep(started.questions.length > 0 ? { kind: 'question', index: 0 } : { kind: 'end' });
    } catch (failure) {
      setError(`Something went wrong: ${messageOf(failure)} Ask a grown-up for help.`);
    }
  }

  async function next(index: number, choice: number | null, comment: string) {
    if (!session) return;
    const question = session.questions[index]!;
    if (choice !== null || comment.trim() !== '') {
      try {
        await answer.mutateAsync({
          sessionId: session.sessionId,
          questionVersionId: question.versionId,
          choice,
          comment,
        });
      } catch {
        setError('Your answer did not save. Try again, or ask a grown-up.');
        return;
      }
    }
    setError('');
    const then: Step =
      index + 1 < session.questions.length ? { kind: 'question', index: index + 1 } : { kind: 'end' };
    setStep(
      question.talk && isLowerAnswer(question.scale, choice)
        ? { kind: 'talk', prompt: question.talk, then }
        : then,
    );
  }

  if (step.kind === 'talk') {
    return (
      <div className={`survey survey--${set}`}>
        <TalkToSomeone set={set} prompt={step.prompt} onContinue={() => setStep(step.then)} />
      </div>
    );
  }

  if (step.kind === 'question' && session) {
    return (
      <div className={`survey survey--${set}`}>
        <SurveyQuestionStep
          key={step.index}
          question={session.questions[step.index]!}
          number={step.index + 1}
          total={session.questions.length}
          saving={answer.isPending}
          error={error}
          onAnswer={(choice, comment) => next(step.index, choice, comment)}
        />
      </div>
    );
  }
  if (step.kind === 'end') {
    return (
      <div className={`survey survey--${set}`}>
        <h1 className="survey__title" tabIndex={-1} ref={(h) => h?.focus()}>
          Thank you!
        </h1>
        <p className="survey__text">What you told us helps make this home better.</p>
        {/* A child never sees an empty "You said, we did" ("Nothing here yet" says nobody listened). */}
        {youSaid.data && youSaidDone(youSaid.data).length > 0 && (
          <>
            <h2 className="survey__subtitle">You said, we did</h2>
            <p className="survey__text">Here are some things that changed because young people told us.</p>
            <YouSaidList entries={youSaid.data} limit={5} />
          </>
        )}
        <div className="survey-step__buttons">
          <button
            type="button"
            className="button survey-button"
            onClick={() => {
              setSession(null);
              setStep({ kind: 'welcome' });
            }}
          >
            I’m done
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className={`survey survey--${set}`}>
      <h1 className="survey__title" tabIndex={-1} ref={(h) => h?.focus()}>
        Hello!
      </h1>
      <p className="survey__text">We want to know what it is like for you living here.</p>
      <ul className="survey__points">
        <li>There are a few short questions.</li>
        <li>You can skip any question.</li>
        <li>You don’t need to put your name.</li>
        <li>
          If you tell us you don’t feel safe, we will show you who you can talk to. The manager will check
          that everyone here feels safe.
        </li>
      </ul>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="survey-step__buttons">
        <button
          type="button"
          className="button survey-button"
          onClick={handler(begin)}
          aria-disabled={start.isPending || undefined}
        >
          Start
        </button>
      </div>
    </div>
  );
}
