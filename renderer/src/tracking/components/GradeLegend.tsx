import { GRADE_ABBREVIATIONS, GRADES, gradeClass, gradeWords } from '../lib/grades';

/** Says what each short form means; shown wherever the short forms are. */
export function GradeLegend() {
  return (
    <ul className="grade-legend" aria-label="Key to the letters">
      {GRADES.map((grade) => (
        <li className="grade-legend__item" key={grade}>
          <span className={`grade-badge grade-badge--${gradeClass(grade)}`} aria-hidden="true">
            {GRADE_ABBREVIATIONS[grade]}
          </span>{' '}
          <span className="visually-hidden">{GRADE_ABBREVIATIONS[grade]} means </span>
          {gradeWords(grade)}
        </li>
      ))}
      <li className="grade-legend__item">
        <span className="grade-badge grade-badge--none" aria-hidden="true">
          –
        </span>{' '}
        No judgement recorded
      </li>
    </ul>
  );
}
