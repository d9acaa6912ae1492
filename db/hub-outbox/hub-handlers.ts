import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HubPublishedItem, HubStatus } from '../../contract/hub/status';
import { publicationBody } from '../../contract/hub/publication';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { quarterLabel } from '../../contract/rules/quarters';
import type { createHomesRepository } from '../homes/homes';
import type { createReviewService } from '../reviews/review-service';
import type { OsKeyStore } from '../encryption/unlock';
import { credentialSeal, sealPlainCredentials } from './credential-seal';
import { enrolWithHub, hubAddressProblem, postPublications } from './hub-transport';
import { createHubOutbox } from './outbox';
import { createRecordPublications } from './record-publications';
import { actionSavedBody, type ActionFacts, reviewSignedOffBody } from './publication-bodies';
import { createHubSender } from './sender';

type HubOperation = Extract<keyof Handlers, `hub.${string}`>;

const STATUTORY_WORDS = {
  reg44_response: 'Reg 44 response',
  ofsted_requirement: 'Ofsted requirement',
  reg45_report: 'Reg 45 report to Ofsted',
} as const;
const STATUS_WORDS: Record<string, string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** A publication in words, from what was queued (never more than was sent). */
function describe(body: string): string {
  const parsed = publicationBody.safeParse(JSON.parse(body));
  if (!parsed.success) return 'A record';
  const p = parsed.data;
  switch (p.kind) {
    case 'review.signed_off':
      return `Review signed off: ${quarterLabel(p.quarter)}`;
    case 'review.reopened':
      return `Review reopened: ${quarterLabel(p.quarter)}`;
    case 'action.saved':
      return `Action: ${p.title} (${STATUS_WORDS[p.status] ?? p.status})`;
    case 'statutory.item':
      return `${STATUTORY_WORDS[p.item]}: ${p.title}`;
    case 'home.sharing':
      return p.localAuthority ? `Sharing with ${p.localAuthority}` : 'Not sharing with a local authority';
    case 'records.reg44':
      return `Reg 44 visits (${p.visits.length})`;
    case 'records.reg45':
      return `Reg 45 reviews (${p.records.length})`;
    case 'records.inspections':
      return `Ofsted inspections (${p.inspections.length})`;
    case 'records.compliance':
      return `Compliance dates (${p.dates.length})`;
    case 'figures.quarter':
      return `Figures: ${quarterLabel(p.quarter)}`;
  }
}

export interface HubHandlerOptions {
  now: () => Date;
  /** The network, replaceable in tests; the real one by default. */
  post?: typeof postPublications;
  enrol?: typeof enrolWithHub;
  /** The desktop app's OS key store: the credential is kept sealed by it. Absent in browser mode. */
  osKeyStore?: OsKeyStore | null;
}

/**
 * Settings › Connect to a provider hub. Nothing here runs unless the manager connects: a home without a
 * connection queues nothing and sends nothing.
 */
export function createHubHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  reviews: ReturnType<typeof createReviewService>,
  options: HubHandlerOptions,
): Pick<Handlers, HubOperation> {
  // A connection made before the key store kept credentials is sealed now, so it carries on as it was.
  sealPlainCredentials(db, options.osKeyStore);
  const outbox = createHubOutbox(db, options.now, credentialSeal(options.osKeyStore));
  const sender = createHubSender({ outbox, post: options.post ?? postPublications });
  const enrol = options.enrol ?? enrolWithHub;
  const records = createRecordPublications(db, options.now);
  const recentRows = db.prepare<
    [number],
    { seq: number; body: string; created_at: string; sent_at: string | null }
  >('SELECT seq, body, created_at, sent_at FROM hub_outbox WHERE home_id = ? ORDER BY seq DESC LIMIT 20');
  const waitingCount = db
    .prepare<[number], number>('SELECT count(*) FROM hub_outbox WHERE home_id = ? AND sent_at IS NULL')
    .pluck();
  const actionRows = db.prepare<[number], ActionFacts>(
    'SELECT id, title, owner, due_on, status FROM actions WHERE home_id = ? ORDER BY id',
  );

  function status(homeId: number, nextTryInMs: number | null = null): HubStatus {
    homes.get(homeId);
    const c = outbox.connection(homeId);
    if (!c) return { connected: false };
    const recent: HubPublishedItem[] = recentRows
      .all(homeId)
      .map((r) => ({ seq: r.seq, what: describe(r.body), createdAt: r.created_at, sentAt: r.sent_at }));
    return {
      connected: true,
      hubUrl: c.hubUrl,
      connectedAt: c.connectedAt,
      lastSentAt: c.lastSentAt,
      offlineSince: c.offlineSince,
      lastError: c.lastError,
      sharesWith: c.sharesWith,
      publishesNotes: c.publishesNotes,
      waiting: waitingCount.get(homeId) ?? 0,
      recent,
      nextTryInMs,
    };
  }

  /** What the home already holds goes too, so the provider sees it over time from the first day. */
  const connectAndQueueHistory = db.transaction(
    (homeId: number, c: { hubUrl: string; hubHomeId: string; credential: string }) => {
      outbox.connect(homeId, c);
      for (const r of reviews
        .list(homeId)
        .filter((s) => s.status === 'completed')
        .reverse()) {
        outbox.publish(homeId, reviewSignedOffBody(reviews.get(r.id)));
      }
      for (const a of actionRows.all(homeId)) outbox.publish(homeId, actionSavedBody(a));
      records.all(homeId);
    },
  );

  return {
    'hub.status': ({ homeId }) => status(homeId),

    'hub.connect': async ({ homeId, hubUrl, code }) => {
      homes.get(homeId);
      if (outbox.connection(homeId)) {
        throw new ServiceError('conflict', 'This home is already connected to a hub. Disconnect it first.');
      }
      const problem = hubAddressProblem(hubUrl);
      if (problem) throw new ServiceError('invalid_input', problem, { hubUrl: problem });
      const enrolled = await enrol(hubUrl, code);
      if (!enrolled.ok) throw new ServiceError('invalid_input', enrolled.reason, { code: enrolled.reason });
      connectAndQueueHistory(homeId, { hubUrl, hubHomeId: enrolled.homeId, credential: enrolled.credential });
      const round = await sender.nudge();
      return status(homeId, round.nextTryInMs);
    },

    'hub.send': async ({ homeId }) => {
      homes.get(homeId);
      const round = await sender.nudge();
      return status(homeId, round.nextTryInMs);
    },

    'hub.shareWith': ({ homeId, localAuthority }) => {
      homes.get(homeId);
      if (!outbox.connection(homeId)) {
        throw new ServiceError('conflict', 'Connect this home to a hub first.');
      }
      outbox.shareWith(homeId, localAuthority);
      return status(homeId);
    },

    'hub.publishNotes': ({ homeId, on }) => {
      homes.get(homeId);
      if (!outbox.connection(homeId)) {
        throw new ServiceError('conflict', 'Connect this home to a hub first.');
      }
      outbox.publishNotes(homeId, on);
      return status(homeId);
    },

    'hub.disconnect': ({ homeId }) => {
      homes.get(homeId);
      outbox.disconnect(homeId);
      return status(homeId);
    },
  };
}
