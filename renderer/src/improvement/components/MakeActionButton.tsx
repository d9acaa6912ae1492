import { Link } from 'wouter';
import type { ActionSource } from '@contract/actions';
import { messageOf } from '@shared/api/ApiError';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { addDays } from '@contract/rules/dates';

interface Props {
  homeId: number;
  text: string;
  /** The timescale or compliance date; four weeks from today when there is none. */
  dueOn: string | null;
  source: ActionSource;
  origin: { kind: 'reg44' | 'ofsted'; id: number };
  actionId: number | null;
  /** Names the item, for the button's accessible name. */
  context: string;
}

/** Turns a Reg 44 recommendation or an Ofsted requirement into an action in one step. */
export function MakeActionButton({ homeId, text, dueOn, source, origin, actionId, context }: Props) {
  const today = useToday().data;
  const save = useImprovementSave('actions.create', homeId);
  if (actionId !== null) {
    return (
      <p className="made-action">
        <span className="tag tag--completed">On the action plan</span>{' '}
        <Link href="/actions">See actions</Link>
      </p>
    );
  }
  const due = dueOn ?? (today ? addDays(today, 28) : null);
  return (
    <div className="made-action">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={`Make this an action: ${context}`}
        aria-disabled={save.isPending || due === null || undefined}
        onClick={() => {
          if (save.isPending || due === null) return;
          save.mutate({ homeId, title: text, owner: '', dueOn: due, link: null, source, origin });
        }}
      >
        Make this an action
      </button>
      {save.isError && (
        <p className="error-message" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </div>
  );
}
