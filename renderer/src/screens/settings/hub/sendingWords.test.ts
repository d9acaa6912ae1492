import { describe, expect, it } from 'vitest';
import { HUB_UNREACHABLE, type HubStatus } from '@contract/hub/status';
import { sendingWords } from './sendingWords';

type Connected = Extract<HubStatus, { connected: true }>;

const connected = (over: Partial<Connected>): Connected => ({
  connected: true,
  hubUrl: 'https://hub.example.org',
  connectedAt: '2026-12-01T09:00:00.000Z',
  lastSentAt: '2026-12-01T09:00:00.000Z',
  offlineSince: null,
  lastError: '',
  sharesWith: null,
  publishesNotes: false,
  waiting: 0,
  recent: [],
  nextTryInMs: null,
  ...over,
});

describe('what the Settings screen says about sending', () => {
  it('says since when it has been offline while the hub cannot be reached', () => {
    expect(
      sendingWords(
        connected({ waiting: 2, offlineSince: '2026-12-07T10:00:00.000Z', lastError: HUB_UNREACHABLE }),
      ),
    ).toBe(
      'Waiting to send: offline since 7 December 2026 at 10:00. 2 records are kept on this computer and will be sent when the hub can be reached.',
    );
  });

  it('gives the hub’s own reason when it answered but refused, instead of promising it will be sent', () => {
    const words = sendingWords(
      connected({
        waiting: 1,
        offlineSince: '2026-12-07T10:00:00.000Z',
        lastError: "This home's connection was revoked by the provider. Nothing was stored.",
      }),
    );
    expect(words).toBe(
      "Not sent since 7 December 2026 at 10:00: This home's connection was revoked by the provider. Nothing was stored. 1 record is kept on this computer.",
    );
  });

  it('says when everything was sent', () => {
    expect(sendingWords(connected({}))).toBe('Sent to the provider on 1 December 2026 at 09:00.');
  });
});
