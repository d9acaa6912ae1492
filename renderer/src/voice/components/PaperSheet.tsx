import { CHILDLINE_NUMBER } from '@contract/rules/voice-safety';
import type { VoiceQuestion } from '@contract/voice';
import { SCALE_CHOICES } from '@contract/voice-scales';
import { Face } from './Face';

/**
 * The survey on paper: each question with its faces and words and a box to tick, and space to write.
 * Large type, one idea a line; the words under each face mean it reads the same in black and white.
 */
export function PaperSheet({ questions, easy }: { questions: VoiceQuestion[]; easy: boolean }) {
  return (
    <section
      className={easy ? 'paper-sheet paper-sheet--easy' : 'paper-sheet'}
      aria-labelledby="paper-sheet-heading"
    >
      <h2 className="paper-sheet__title" id="paper-sheet-heading">
        {easy ? 'Tell us about living here' : 'What is it like living here?'}
      </h2>
      <p className="paper-sheet__intro">
        {easy
          ? 'Tick one face for each one. You can miss any out.'
          : 'Tick one box for each question. You can miss out any question. You do not need to write your name.'}
      </p>
      <p className="paper-sheet__intro">
        {easy
          ? `If you do not feel safe, you can talk to someone: a grown-up you like here, your social worker, or Childline. Call Childline free on ${CHILDLINE_NUMBER}, any time.`
          : `If you do not feel safe, or something is worrying you, you can talk to an adult you trust here, your social worker, an advocate, or Childline: call ${CHILDLINE_NUMBER}, free, any time of the day or night.`}
      </p>
      <ol className="paper-sheet__questions">
        {questions.map((q) => (
          <li key={q.id} className="paper-sheet__question">
            <p className="paper-sheet__wording">{q.current.wording}</p>
            {q.current.scale === 'open' ? (
              <div className="paper-sheet__write" aria-label="Space to write or draw" role="img" />
            ) : (
              <ul className="paper-sheet__choices">
                {SCALE_CHOICES[q.current.scale].map((c) => (
                  <li key={c.value} className="paper-sheet__choice">
                    <span className="paper-sheet__box" aria-hidden="true" />
                    <Face face={c.face} size={easy ? 64 : 44} />
                    <span>{c.label}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p className="paper-sheet__intro">Thank you. Fold this sheet and give it to a grown-up you trust.</p>
    </section>
  );
}
