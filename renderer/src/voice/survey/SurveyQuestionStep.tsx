import { useEffect, useState, type FormEvent } from 'react';
import type { SurveyQuestion } from '@contract/voice';
import { handler } from '@shared/lib/background';
import { PictureScale } from './PictureScale';

/** One question, full screen: the picture answer, a comment if they want, and skip always allowed. */
export function SurveyQuestionStep({
  question,
  number,
  total,
  saving,
  error,
  onAnswer,
}: {
  question: SurveyQuestion;
  number: number;
  total: number;
  saving: boolean;
  error: string;
  /** null choice and empty comment: skipped. */
  onAnswer: (choice: number | null, comment: string) => Promise<void>;
}) {
  const [choice, setChoice] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const open = question.scale === 'open';
  useEffect(() => {
    document.getElementById('survey-question')?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return Promise.resolve();
    return onAnswer(choice, comment);
  }

  return (
    <form className="survey-step" noValidate onSubmit={handler(submit)}>
      <p className="survey-step__count">
        Question {number} of {total}
      </p>
      <h1 className="survey-step__question" id="survey-question" tabIndex={-1}>
        {question.wording}
      </h1>
      {!open && (
        <PictureScale
          labelledBy="survey-question"
          scale={question.scale}
          value={choice}
          onChange={setChoice}
        />
      )}
      <div className="survey-step__comment">
        <label className="survey-step__label" htmlFor="survey-comment">
          {open ? 'Write your answer here' : 'Anything you want to add? (you don’t have to)'}
        </label>
        <textarea
          id="survey-comment"
          className="textarea survey-step__textarea"
          dir="auto"
          rows={open ? 4 : 2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="survey-step__buttons">
        <button type="submit" className="button survey-button" aria-disabled={saving || undefined}>
          {number === total ? 'Finish' : 'Next'}
        </button>
        <button
          type="button"
          className="button button--secondary survey-button"
          onClick={handler(() => (saving ? Promise.resolve() : onAnswer(null, '')))}
        >
          Skip this question
        </button>
      </div>
    </form>
  );
}
