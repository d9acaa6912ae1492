import type { ChildSet } from '@contract/voice';
import { CHILDLINE_NUMBER, type TalkPrompt } from '@contract/rules/voice-safety';

const OPENING: Record<ChildSet, Record<TalkPrompt, string>> = {
  young: {
    safe: 'Everyone should feel safe where they live. If something is worrying you, you can talk to someone about it.',
    'trusted-adult':
      'Everyone should have someone to talk to. If you want to talk, there are people who will listen.',
  },
  easy: {
    safe: 'You should feel safe here. You can talk to someone about it.',
    'trusted-adult': 'You can talk to someone. There are people who will listen.',
  },
};

/**
 * Shown after a young person says they do not always feel safe, or have no adult here to trust: calm,
 * the same large type, and who they can talk to. It asks nothing, names no one and saves nothing.
 */
export function TalkToSomeone({
  set,
  prompt,
  onContinue,
}: {
  set: ChildSet;
  prompt: TalkPrompt;
  onContinue: () => void;
}) {
  const easy = set === 'easy';
  return (
    <section className="survey-talk" aria-labelledby="survey-talk-heading">
      <h1 className="survey__title" id="survey-talk-heading" tabIndex={-1} ref={(h) => h?.focus()}>
        Thank you for telling us
      </h1>
      <p className="survey__text">{OPENING[set][prompt]}</p>
      <h2 className="survey__subtitle">{easy ? 'You can talk to:' : 'You can talk to any of these:'}</h2>
      <ul className="survey__points survey-talk__people">
        <li>{easy ? 'A grown-up you like here.' : 'An adult you trust here in the home.'}</li>
        <li>Your social worker.</li>
        <li>
          {easy
            ? 'An advocate. An advocate helps you say what you want.'
            : 'An advocate: someone on your side, who is not from the home. Your social worker can find you one.'}
        </li>
        <li>
          {easy ? 'Childline. Call ' : 'Childline: call '}
          <strong className="survey-talk__number">{CHILDLINE_NUMBER}</strong>
          {easy
            ? '. It is free. You can call any time.'
            : '. It is free, any time of the day or night, and the number does not show on the phone bill.'}
        </li>
      </ul>
      <p className="survey__text">
        {easy
          ? 'You do not have to say what you answered.'
          : 'You do not have to tell anyone what you answered here.'}
      </p>
      <div className="survey-step__buttons">
        <button type="button" className="button survey-button" onClick={onContinue}>
          Carry on with the survey
        </button>
      </div>
    </section>
  );
}
