import { useState } from 'react';
import { Link } from 'wouter';
import type { TeamRound } from '@contract/team-rating';
import { FormProblem } from '@shared/actions/FormBits';
import { useHome } from '@shared/currentHomeContext';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { inBackground } from '@shared/lib/background';
import { useEnterLock, usePinStatus } from '@shared/locked-mode/lockApi';
import { useOpenRound } from '../api';
import { OnPhonesNotice } from '../phones/OnPhonesNotice';
import { PhoneRatingPanel } from '../phones/PhoneRatingPanel';
import { EndRatingPanel } from './EndRatingPanel';

interface Props {
  reviewId: number;
  round: TeamRound | null;
  domains: { key: string; number: number; title: string }[];
  /** The domains flagged to discuss or changed since last quarter (all, when none): ticked at first. */
  suggested: string[];
}

/** Before the meeting: choose the domains, then hand the computer round in locked mode, or type in paper sheets. */
export function PrivateRatingPanel({ reviewId, round, domains, suggested }: Props) {
  const { home } = useHome();
  const pin = usePinStatus();
  const open = useOpenRound(reviewId);
  const lock = useEnterLock();
  const all = domains.map((d) => d.key);
  const [chosen, setChosen] = useState<string[]>(
    round ? (round.domainKeys.length > 0 ? round.domainKeys : all) : suggested,
  );
  const [told, setTold] = useState('');
  const form = useFormProblems();
  const domainsError = form.errors.domainKeys;

  async function start() {
    if (chosen.length === 0) {
      form.show({ domainKeys: 'Choose at least one domain to rate' });
      return document.getElementById(`rate-domain-${domains[0]?.key}`)?.focus();
    }
    form.clear();
    try {
      const saved = await open.mutateAsync({
        reviewId,
        domainKeys: chosen.length === domains.length ? [] : chosen,
      });
      await lock.mutateAsync({ mode: 'rating', homeId: home.id, subjectId: saved.id });
    } catch (failure) {
      form.failWith(failure);
    }
  }

  /** The round with the domains ticked above, opened if it is not yet. */
  async function ensureRound(): Promise<TeamRound> {
    if (round) return round;
    if (chosen.length === 0) throw new Error('Choose at least one domain to rate');
    return open.mutateAsync({ reviewId, domainKeys: chosen.length === domains.length ? [] : chosen });
  }

  // Staff are rating on their phones: no sheet here or from paper until that ends.
  const phonesRunning = round?.onPhones === true && !round.closed;
  const toggle = (key: string, on: boolean) =>
    setChosen(on ? [...chosen, key] : chosen.filter((k) => k !== key));
  return (
    <section className="section" aria-labelledby="private-rating-title">
      <h2 className="heading-l" id="private-rating-title">
        Ratings before the meeting
      </h2>
      {phonesRunning ? <OnPhonesNotice /> : <RatingSoFar round={round} />}
      {round && !phonesRunning && <EndRatingPanel round={round} />}
      {/* Running, or ended another way while its links still work (the panel then offers to stop them). */}
      {round?.onPhones && <PhoneRatingPanel round={round} ensureRound={ensureRound} />}
      {!round?.closed && !round?.onPhones && chooseAndStart()}
    </section>
  );

  // A plain function, not a component: a component made on each render would lose focus.
  function chooseAndStart() {
    return (
      <>
        <fieldset
          className={`choice-group${domainsError ? ' form-group--error' : ''}`}
          aria-describedby={domainsError ? 'rate-domains-error' : undefined}
        >
          <legend className="choice-group__legend">Domains to rate</legend>
          {domainsError && (
            <p className="error-message" id="rate-domains-error">
              <span className="visually-hidden">Error: </span>
              {domainsError}
            </p>
          )}
          <p className="choice-group__hint hint">
            {suggested.length < all.length
              ? 'Ticked: the domains with an indicator flagged to discuss or rated differently from last quarter.'
              : 'Nothing was flagged or changed since last quarter, so every domain is ticked.'}
          </p>
          {domains.map((d) => (
            <div className="checkbox" key={d.key}>
              <input
                className="checkbox__input"
                type="checkbox"
                id={`rate-domain-${d.key}`}
                checked={chosen.includes(d.key)}
                onChange={(e) => toggle(d.key, e.target.checked)}
              />
              <label className="checkbox__label" htmlFor={`rate-domain-${d.key}`}>
                {d.number}. {d.title}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="button-group">
          {chosen.length < all.length ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setChosen(all);
                setTold(`All ${all.length} domains ticked.`);
              }}
            >
              Rate all {all.length} domains
            </button>
          ) : (
            suggested.length < all.length && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setChosen(suggested);
                  setTold(
                    `${suggested.length} flagged or changed domain${suggested.length === 1 ? '' : 's'} ticked.`,
                  );
                }}
              >
                Only the flagged or changed domains
              </button>
            )
          )}
        </div>
        <p className="status-message" role="status">
          {told}
        </p>
        <FormProblem message={form.general} />
        {pin.data?.isSet === false ? (
          <p className="inset-text">
            To rate on this computer, first <Link href="/settings">set a manager’s PIN in Settings</Link>:
            only the PIN ends the rating screen.
          </p>
        ) : (
          <div className="button-group">
            <button type="button" className="button" onClick={() => inBackground(start())}>
              Start private rating on this computer
            </button>
          </div>
        )}
        <p>
          <Link href={`/team/meeting/${reviewId}/paper`}>Type in a paper rating sheet</Link>
        </p>
        <PhoneRatingPanel round={round} ensureRound={ensureRound} />
      </>
    );
  }
}

/** How many have rated here and on paper, and who gave their name: counts only, never a sheet. */
function RatingSoFar({ round }: { round: TeamRound | null }) {
  return (
    <>
      <p>
        {round
          ? `${round.sheets} ${round.sheets === 1 ? 'person has' : 'people have'} rated${
              round.fromPaper > 0 ? ` (${round.fromPaper} from paper)` : ''
            }.`
          : 'Nobody has rated yet.'}
      </p>
      {round && round.named.length > 0 && (
        <p>
          Gave their name when they rated: {round.named.join(', ')}. Names are kept apart from the ratings:
          nothing shows who gave which.
        </p>
      )}
    </>
  );
}
