import { Link } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import { reasonWords, saveAgendaInput, type TeamMeeting } from '@contract/team-meeting';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { inBackground } from '@shared/lib/background';
import { checkWith, problemsFrom } from '@shared/lib/formProblems';
import { TextField } from '@shared/ui/TextField';
import { useMeetingSave } from '../api';

/** The agenda the app suggests, which the manager can reorder and add to. */
export function AgendaPanel({ meeting }: { meeting: TeamMeeting }) {
  const save = useMeetingSave('meeting.saveAgenda', meeting.reviewId);
  const order = meeting.items.map((i) => i.id);
  const added = meeting.items.filter((i) => i.reasons.includes('added')).map((i) => i.title);
  // The contract names each added item by its place ("added.3"); on this page only the new one is typed.
  const onPage = (field: string) => (field.startsWith('added') ? 'add' : field);
  const form = useSaveForm({
    idPrefix: 'agenda',
    initial: { add: '' },
    read: ({ add }, check) => {
      const input = {
        reviewId: meeting.reviewId,
        order: [...order, `added:${added.length}`],
        added: [...added, add.trim()],
      };
      check.add(checkWith(saveAgendaInput, input));
      return input;
    },
    save: save.mutateAsync,
    fieldOf: onPage,
    savedMessage: () => 'Item added to the agenda.',
  });

  async function store(nextOrder: string[], done: string) {
    try {
      await save.mutateAsync({ reviewId: meeting.reviewId, order: nextOrder, added });
      form.clear();
      form.setStatus(done);
    } catch (failure) {
      form.setStatus('');
      form.fail(problemsFrom(failure).map((p) => (p.field ? { ...p, field: onPage(p.field) } : p)));
    }
  }

  function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    inBackground(store(next, `Moved “${meeting.items[index]!.title}” ${by < 0 ? 'up' : 'down'}.`));
    requestAnimationFrame(() =>
      document.getElementById(`agenda-${by < 0 ? 'up' : 'down'}-${index + by}`)?.focus(),
    );
  }

  return (
    <section className="section" aria-labelledby="agenda-title">
      <h2 className="heading-l" id="agenda-title">
        Agenda
      </h2>
      <p>
        Possible blind spots and hidden strengths come first: where your rating and the middle of the team’s
        private ratings differ by {meeting.settings.flagMargin} grade
        {meeting.settings.flagMargin === 1 ? '' : 's'} or more. Then overdue actions, indicators flagged to
        discuss, ratings changed since the last completed review, and where the team’s ratings spread widest.
        {meeting.heldOn &&
          ` The meeting was held on ${formatIsoDate(meeting.heldOn)}: overdue actions are listed as they stood that day.`}
      </p>
      <p className="status-message" role="status">
        {form.status}
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
              {item.note && <p className="long-text">Note: {item.note}</p>}
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
      <form className="form" noValidate onSubmit={form.onSubmit} aria-label="Add to the agenda">
        <TextField label="Add an item to the agenda" {...form.bind('add')} />
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
