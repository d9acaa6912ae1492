import type { RecordFact } from '@contract/rules/records-say';

/** The text a fact adds to an evidence note: the fact, then where the record is kept. */
export const factNoteText = (fact: RecordFact) => `${fact.text} (Source: ${fact.linkText}.)`;

interface Props {
  facts: RecordFact[];
  id: string;
  /** The evidence note as it is now, so a fact already in it is not offered again. */
  note?: string;
  /** Adds the fact to the evidence note as text the manager can edit. */
  onAdd?: (fact: RecordFact) => void;
}

/**
 * Beside an indicator's rating: what the home's own records show about it, as facts for the manager to
 * weigh, each with a link to where the record is kept and, while rating, a button that adds it to the
 * evidence note. Nothing when there are no records behind it.
 */
export function RecordsSay({ facts, id, note = '', onAdd }: Props) {
  if (facts.length === 0) return null;
  return (
    <aside className="records-say" aria-labelledby={`${id}-title`}>
      <p className="heading-xs" id={`${id}-title`}>
        Your records say
      </p>
      <ul className="plain-list">
        {facts.map((fact, index) => (
          <li key={`${fact.link}:${fact.text}`} className="long-text">
            <span id={`${id}-fact-${index}`}>{fact.text}</span> <a href={fact.link}>{fact.linkText}</a>
            {onAdd &&
              (note.includes(fact.text) ? (
                <span className="records-say__added"> (in the note)</span>
              ) : (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--secondary button--small records-say__add"
                    aria-describedby={`${id}-fact-${index}`}
                    onClick={() => onAdd(fact)}
                  >
                    Add to note
                  </button>
                </>
              ))}
          </li>
        ))}
      </ul>
    </aside>
  );
}
