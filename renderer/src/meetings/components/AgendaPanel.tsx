import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { reasonWords, type TeamMeeting } from '@contract/team-meeting';
import { messageOf } from '@shared/api/ApiError';
import { handler, inBackground } from '@shared/lib/background';
import { TextField } from '@shared/ui/TextField';
import { useMeetingSave } from '../api';

/** The agenda the app suggests, which the manager can reorder and add to. */
export function AgendaPanel({ meeting }: { meeting: TeamMeeting }) {
  const save = useMeetingSave('meeting.saveAgenda', meeting.reviewId);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const order = meeting.items.map((i) => i.id);
  const added = meeting.items.filter((i) => i.reasons.includes('added')).map((i) => i.title);

  async function store(nextOrder: string[], nextAdded: string[], done: string) {
    try {
      await save.mutateAsync({ reviewId: meeting.reviewId, order: nextOrder, added: nextAdded });
      setMessage(done);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    inBackground(store(next, added, `Moved “${meeting.items[index]!.title}” ${by < 0 ? 'up' : 'down'}.`));
    requestAnimationFrame(() =>
      document.getElementById(`agenda-${by < 0 ? 'up' : 'down'}-${index + by}`)?.focus(),
    );
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError('Enter the agenda item');
    setError('');
    await store([...order, `added:${added.length}`], [...added, text.trim()], 'Item added to the agenda.');
    setText('');
  }

  return (
    <section className="section" aria-labelledby="agenda-title">
      <h2 className="heading-l" id="agenda-title">
        Agenda
      </h2>
      <p>
        Suggested from overdue actions, indicators flagged to discuss, ratings changed since the last
        completed review, and where the team’s ratings spread widest.
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      {meeting.items.length === 0 ? (
        <p>Nothing is suggested yet. Add items below.</p>
      ) : (
        <ol className="agenda-list">
          {meeting.items.map((item, index) => (
            <li key={item.id} className="agenda-list__item">
              <p className="agenda-list__title">{item.title}</p>
              <p className="hint">{reasonWords(item).join('. ')}</p>
              <div className="button-group">
                {index > 0 && (
                  <button
                    type="button"
                    id={`agenda-up-${index}`}
                    className="button button--secondary"
                    onClick={() => move(index, -1)}
                  >
                    Move up<span className="visually-hidden">: {item.title}</span>
                  </button>
                )}
                {index < meeting.items.length - 1 && (
                  <button
                    type="button"
                    id={`agenda-down-${index}`}
                    className="button button--secondary"
                    onClick={() => move(index, 1)}
                  >
                    Move down<span className="visually-hidden">: {item.title}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <form className="form" noValidate onSubmit={handler(add)} aria-label="Add to the agenda">
        <TextField
          id="agenda-add"
          label="Add an item to the agenda"
          value={text}
          onChange={setText}
          error={error}
        />
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            Add to agenda
          </button>
        </div>
      </form>
      <p>
        <Link href={`/team/meeting/${meeting.reviewId}/present`} className="button">
          Start meeting mode
        </Link>
      </p>
    </section>
  );
}
