import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import { reasonWords, saveAgendaInput, type TeamMeeting } from '@contract/team-meeting';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler, inBackground } from '@shared/lib/background';
import { checkWith, problemsFrom, type FormProblems } from '@shared/lib/formProblems';
import { TextField } from '@shared/ui/TextField';
import { useMeetingSave } from '../api';

/** The agenda the app suggests, which the manager can reorder and add to. */
export function AgendaPanel({ meeting }: { meeting: TeamMeeting }) {
  const save = useMeetingSave('meeting.saveAgenda', meeting.reviewId);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormProblems('agenda');
  const order = meeting.items.map((i) => i.id);
  const added = meeting.items.filter((i) => i.reasons.includes('added')).map((i) => i.title);
  // The contract names each added item by its place ("added.3"); on this page only the new one is typed.
  const onAddField = (problems: FormProblems) =>
    problems.map((p) => (p.field?.startsWith('added') ? { ...p, field: 'add' } : p));

  async function store(nextOrder: string[], nextAdded: string[], done: string) {
    const input = { reviewId: meeting.reviewId, order: nextOrder, added: nextAdded };
    try {
      await save.mutateAsync(input);
      form.clear();
      setMessage(done);
      return true;
    } catch (failure) {
      setMessage('');
      form.fail(onAddField(problemsFrom(failure)));
      return false;
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
    if (save.isPending) return;
    const nextOrder = [...order, `added:${added.length}`];
    const nextAdded = [...added, text.trim()];
    const invalid = checkWith(saveAgendaInput, {
      reviewId: meeting.reviewId,
      order: nextOrder,
      added: nextAdded,
    });
    if (invalid.length > 0) return form.fail(onAddField(invalid));
    if (await store(nextOrder, nextAdded, 'Item added to the agenda.')) setText('');
  }

  return (
    <section className="section" aria-labelledby="agenda-title">
      <h2 className="heading-l" id="agenda-title">
        Agenda
      </h2>
      <p>
        Suggested from overdue actions, indicators flagged to discuss, ratings changed since the last
        completed review, and where the team’s ratings spread widest.
        {meeting.heldOn &&
          ` The meeting was held on ${formatIsoDate(meeting.heldOn)}: overdue actions are listed as they stood that day.`}
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      <FormProblem message={form.general} />
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
          error={form.errors.add}
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
