import './phones.css';
import type { PhoneRound } from '@contract/hub/phone-round';
import type { TeamRound } from '@contract/team-rating';
import { FormProblem } from '@shared/actions/FormBits';
import { useHome } from '@shared/currentHomeContext';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { inBackground } from '@shared/lib/background';
import { useHubStatus } from '../../screens/settings/hub/hubApi';
import { QrCode } from './QrCode';
import { useEndPhoneRound, useOpenPhoneRound, usePhoneRound } from './phoneRoundApi';

type Open = Extract<PhoneRound, { state: 'open' }>;

function Running({ roundId, phones }: { roundId: number; phones: Open }) {
  const end = useEndPhoneRound();
  const form = useFormProblems('end-phone-rating');
  const waiting = phones.people.filter((p) => !p.finished);
  return (
    <>
      <p className="heading-m" role="status">
        {phones.finished} of {phones.invited} have rated
      </p>
      <p>
        Give each person their own code: they scan it with their phone’s camera, or open the address and type
        the code. Each code works once. The hub keeps only the counts, never who rated what.
      </p>
      <ul className="phone-codes">
        {phones.people.map((p) => (
          <li key={p.staffId} className="phone-codes__item">
            <h3 className="heading-s">{p.name}</h3>
            {p.finished ? (
              <p>Has rated.</p>
            ) : (
              <>
                <QrCode text={p.link} label={`QR code for ${p.name}`} />
                <p>
                  Code: <span className="hub-code">{p.code}</span>
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <p className="hint">Address to type on a phone: {waiting[0]!.link.split('#')[0]}</p>
      )}
      <FormProblem message={form.general} />
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={end.isPending}
          onClick={() =>
            inBackground(
              end.mutateAsync(roundId).then(
                () => form.clear(),
                (failure: unknown) => form.failWith(failure),
              ),
            )
          }
        >
          End rating and show the spread
        </button>
      </div>
    </>
  );
}

function StopLinks({ roundId }: { roundId: number }) {
  const end = useEndPhoneRound();
  const form = useFormProblems('stop-phone-links');
  return (
    <section aria-labelledby="phone-links-title">
      <h3 className="heading-m" id="phone-links-title">
        Phone links still open
      </h3>
      <p>
        Rating has ended, but the codes given for phones still work. Stop them; ratings sent from phones since
        rating ended are not counted.
      </p>
      <FormProblem message={form.general} />
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={end.isPending}
          onClick={() =>
            inBackground(end.mutateAsync(roundId).catch((failure: unknown) => form.failWith(failure)))
          }
        >
          Stop the phone links
        </button>
      </div>
    </section>
  );
}

/**
 * Rating on staff's own phones, offered only when this home is connected to its provider's hub: with no
 * hub this shows nothing at all, and the team rates on this computer or on paper as before.
 */
export function PhoneRatingPanel({
  round,
  ensureRound,
}: {
  round: TeamRound | null;
  /** Opens the round with the domains chosen above, if it is not open yet. */
  ensureRound: () => Promise<TeamRound>;
}) {
  const { home } = useHome();
  const hub = useHubStatus(home.id);
  const phones = usePhoneRound(round?.id ?? null);
  const open = useOpenPhoneRound();
  const form = useFormProblems('phone-rating');
  if (!hub.data?.connected) return null;
  if (round?.closed) {
    // Rating ended another way while phones could still rate: their links must be stopped.
    return phones.data?.state === 'open' ? <StopLinks roundId={round.id} /> : null;
  }

  async function start() {
    try {
      const saved = await ensureRound();
      await open.mutateAsync(saved.id);
      form.clear();
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <section aria-labelledby="phone-rating-title">
      <h3 className="heading-m" id="phone-rating-title">
        Rate on their own phones
      </h3>
      {phones.data?.state === 'open' && round ? (
        <Running roundId={round.id} phones={phones.data} />
      ) : round && round.sheets > 0 ? (
        // One way of rating at a time: the hub's threshold must count everyone who rated.
        <p>
          Rating has begun on this computer or on paper, so it carries on that way: phones are for a round
          nobody has rated in yet.
        </p>
      ) : (
        <>
          <p>
            Staff on the staff list each get a code for their own phone, through your provider’s hub. No queue
            at this computer, and no account needed.
          </p>
          <FormProblem message={form.general ?? phones.error?.message} />
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              disabled={open.isPending}
              onClick={() => inBackground(start())}
            >
              Let staff rate on their phones
            </button>
          </div>
        </>
      )}
    </section>
  );
}
