import type { HubStatus } from '@contract/hub/status';
import { formatTimestamp } from '@contract/rules/dates';
import { messageOf } from '@shared/api/ApiError';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { EvidenceNotesSwitch } from './EvidenceNotesSwitch';
import { ShareWithForm } from './ShareWithForm';
import { useConnectHub, useDisconnectHub, useHubStatus, useSendToHub } from './hubApi';
import { sendingWords } from './sendingWords';

const PUBLISHED = [
  'Signed-off reviews: the ratings, the three judgements and their reasons, and each domain’s judgement and reason',
  'Actions: title, owner, due date and status',
  'Reg 44 recommendations that need a response: the recommendation, when the response is due and when it was given',
  'Reg 44 visits: the date, when the report arrived and how many recommendations it made (not the visitor’s name)',
  'Reg 45 reviews: the period, when each was completed and when the report went to Ofsted',
  'Ofsted inspections: the date, type and judgements, and each requirement with its compliance date and when it was met',
  'Quarterly figures',
  'Compliance dates: each duty, when it was last done and when it is next due',
];
const NEVER = [
  'Evidence notes, unless you turn on sending them once connected',
  'Individual staff members’ ratings from team meetings',
  'Children’s survey answers',
  'Staff details, and reviews not yet signed off',
];

function ConnectForm({ homeId }: { homeId: number }) {
  const connect = useConnectHub(homeId);
  const form = useSaveForm({
    idPrefix: 'hub',
    initial: { hubUrl: '', code: '' },
    read: ({ hubUrl, code }) => ({ homeId, hubUrl, code }),
    save: connect.mutateAsync,
    forgetOnFailure: [],
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <TextField
        label="Hub address"
        hint="Your provider gives you this, for example https://hub.example.org"
        {...form.bind('hubUrl')}
        autoComplete="url"
        spellCheck={false}
      />
      <TextField
        label="Enrolment code"
        hint="The one-time code your provider made for this home, for example K7MR-2QXH-9DPA-WNZ4"
        {...form.bind('code')}
        width="medium"
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="button" disabled={form.pending}>
        Connect to the hub
      </button>
      <p className="status-message" role="status">
        {form.pending ? 'Connecting…' : ''}
      </p>
      <FormProblem message={form.general} />
    </form>
  );
}

function Connected({ homeId, status }: { homeId: number; status: Extract<HubStatus, { connected: true }> }) {
  const send = useSendToHub(homeId);
  const disconnect = useDisconnectHub(homeId);
  return (
    <>
      <p>
        Connected to {status.hubUrl} since {formatTimestamp(status.connectedAt)}.
      </p>
      {/* Waiting is not a success: it is said plainly, without the green of "Saved". */}
      <p className={status.waiting > 0 ? undefined : 'status-message'} role="status">
        {send.isPending ? 'Sending…' : sendingWords(status)}
      </p>
      {status.recent.length > 0 && (
        <>
          <h3 className="heading-m">Recently published</h3>
          <ul>
            {status.recent.map((item) => (
              <li key={item.seq}>
                {item.what}: {item.sentAt ? `sent on ${formatTimestamp(item.sentAt)}` : 'waiting to send'}
              </li>
            ))}
          </ul>
        </>
      )}
      <ShareWithForm homeId={homeId} sharesWith={status.sharesWith} />
      <EvidenceNotesSwitch homeId={homeId} on={status.publishesNotes} />
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={send.isPending}
          onClick={() => send.mutate()}
        >
          Send now
        </button>
        <button
          type="button"
          className="button button--warning"
          disabled={disconnect.isPending}
          onClick={() => disconnect.mutate()}
        >
          Disconnect from the hub
        </button>
      </div>
      <p className="hint">
        Disconnecting stops sending and forgets the hub; your records here stay as they are.
      </p>
      {(send.isError || disconnect.isError) && (
        <FormProblem message={messageOf(send.error ?? disconnect.error)} />
      )}
    </>
  );
}

/**
 * Settings › Connect to a provider hub. Opt-in: until the manager connects, nothing leaves this computer.
 * What is and is not published is listed before connecting.
 */
export function ProviderHubSection({ homeId }: { homeId: number }) {
  const status = useHubStatus(homeId);
  return (
    <section className="section" aria-labelledby="provider-hub-title">
      <h2 className="heading-l" id="provider-hub-title">
        Connect to a provider hub
      </h2>
      <p>
        If your provider runs a Hallmarks hub, you can send this home’s signed-off records to it, so your
        responsible individual and quality lead can see how the home is doing over time. Records are kept here
        first and sent when this computer is online.
      </p>
      <h3 className="heading-m">What is sent</h3>
      <ul>
        {PUBLISHED.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="heading-m">What is never sent</h3>
      <ul>
        {NEVER.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {status.data?.connected ? (
        <Connected homeId={homeId} status={status.data} />
      ) : status.data ? (
        <ConnectForm homeId={homeId} />
      ) : status.isError ? (
        <FormProblem message={messageOf(status.error)} />
      ) : null}
    </section>
  );
}
