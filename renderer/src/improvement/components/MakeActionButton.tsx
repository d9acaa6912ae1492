import { Link } from 'wouter';
import type { ActionSource } from '@contract/actions';
import { AddActionForm } from './AddActionForm';

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

/**
 * Turns a Reg 44 recommendation or an Ofsted requirement into an action: the form opens in place with
 * the record's words and date, and asks who owns it (one click used to make an action nobody owned).
 */
export function MakeActionButton({ homeId, text, dueOn, source, origin, actionId, context }: Props) {
  if (actionId !== null) {
    return (
      <p className="made-action">
        <span className="tag tag--completed">On the action plan</span>{' '}
        <Link href="/actions">See actions</Link>
      </p>
    );
  }
  return (
    <div className="made-action">
      <AddActionForm
        homeId={homeId}
        link={null}
        source={source}
        origin={origin}
        context={context}
        suggested={{ title: text, dueOn }}
        openText="Make this an action"
      />
    </div>
  );
}
