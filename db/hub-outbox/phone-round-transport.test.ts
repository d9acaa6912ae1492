import { describe, expect, it } from 'vitest';
import type { OpenRatingRoundRequest } from '../../contract/hub/rating';
import { ServiceError } from '../../contract/result';
import { connectionTo, useFakeHubs } from '../test-support/fake-hub-http';
import { CREDENTIAL_NOT_OPENED } from './credential-seal';
import { hubAddressProblem } from './hub-transport';
import { phoneRoundTransport } from './phone-round-transport';

const { hub, nobodyThere } = useFakeHubs();
const BEARER = `Bearer ${'c'.repeat(43)}`;
const REQUEST = {
  sheet: { period: 'Jul to Sep 2026', gradeMeanings: {}, domains: [] },
  people: [{ ref: 1 }, { ref: 2 }, { ref: 3 }],
  minRaters: 3,
} as unknown as OpenRatingRoundRequest;

/** The ServiceError a call is refused with: the sentence the manager reads. */
const refusal = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe('conflict');
  return (error as ServiceError).message;
};

describe('the hub’s rating-round API as the home calls it', () => {
  it('opens a round by posting the sheet as JSON with the home’s credential, and returns the hub’s answer', async () => {
    const value = { roundId: 'r1', links: [{ ref: 1, code: 'abc' }] };
    const h = await hub(200, { ok: true, value });
    expect(await phoneRoundTransport.open(connectionTo(h.url), REQUEST)).toEqual(value);
    expect(h.seen).toEqual([
      {
        method: 'POST',
        url: '/api/rating-rounds',
        headers: expect.objectContaining({
          authorization: BEARER,
          'content-type': 'application/json',
        }) as unknown,
        body: REQUEST,
      },
    ]);
  });

  it('reads, closes and deletes a round at its own address, sending no body', async () => {
    const h = await hub(200, { ok: true, value: null });
    const c = connectionTo(h.url);
    await phoneRoundTransport.status(c, 'r1');
    await phoneRoundTransport.close(c, 'r1');
    await phoneRoundTransport.remove(c, 'r1');
    expect(h.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['GET', '/api/rating-rounds/r1', null],
      ['POST', '/api/rating-rounds/r1/close', null],
      ['DELETE', '/api/rating-rounds/r1', null],
    ]);
    expect(h.seen.every((s) => s.headers.authorization === BEARER)).toBe(true);
    expect(h.seen.some((s) => 'content-type' in s.headers)).toBe(false);
  });

  it('gives the hub’s own reason for a refusal, or its status when it gave none', async () => {
    const refusing = await hub(404, { ok: false, error: { message: 'That round has ended.' } });
    expect(await refusal(phoneRoundTransport.status(connectionTo(refusing.url), 'r1'))).toBe(
      'That round has ended.',
    );
    const silent = await hub(200, { ok: false });
    expect(await refusal(phoneRoundTransport.status(connectionTo(silent.url), 'r1'))).toBe(
      'The provider hub answered 200.',
    );
    const garbled = await hub(200, 'Service temporarily unavailable');
    expect(await refusal(phoneRoundTransport.status(connectionTo(garbled.url), 'r1'))).toBe(
      'The provider hub answered 200.',
    );
    const broken = await hub(502, '<html>Bad gateway</html>');
    expect(await refusal(phoneRoundTransport.status(connectionTo(broken.url), 'r1'))).toBe(
      'The provider hub answered 502.',
    );
  });

  it('asks nothing without a usable address or an opened credential, and says when the hub cannot be reached', async () => {
    const h = await hub(200, { ok: true, value: null });
    expect(await refusal(phoneRoundTransport.status(connectionTo('http://hub.example.org'), 'r1'))).toBe(
      hubAddressProblem('http://hub.example.org'),
    );
    expect(await refusal(phoneRoundTransport.status(connectionTo(h.url, null), 'r1'))).toBe(
      CREDENTIAL_NOT_OPENED,
    );
    expect(h.seen).toEqual([]);
    expect(await refusal(phoneRoundTransport.status(connectionTo(await nobodyThere()), 'r1'))).toBe(
      'The provider hub could not be reached (this computer is offline, or the hub is down). Try again.',
    );
  });
});
