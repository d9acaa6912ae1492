import { describe, expect, it } from 'vitest';
import type { ActionLink } from '../../contract/actions';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createEarlyWarningInputs } from './early-warning-inputs';

const tempFolder = useTempFolder();
const NOW = '2026-11-26T10:00:00Z';

/** A home with one Reg 44 visit whose recommendations each have an action linked as given (or none). */
async function visitWith(links: (ActionLink | undefined)[]) {
  const { store, call, homeId } = openHarness(tempFolder(), NOW);
  const saved = await call('reg44.saveVisit', {
    homeId,
    visitedOn: '2026-10-12',
    visitor: 'Pat Jones',
    reportReceivedOn: null,
  });
  for (const [n, link] of links.entries()) {
    const overview = await call('reg44.saveRecommendation', {
      visitId: saved.savedId,
      text: `Recommendation ${n + 1}`,
      respondBy: null,
      response: '',
      respondedOn: null,
    });
    const rec = overview.visits[0]!.recommendations.at(-1)!;
    if (link === undefined) continue;
    await call('actions.create', {
      homeId,
      title: `Act on recommendation ${n + 1}`,
      link,
      owner: 'Sam Patel',
      dueOn: '2026-12-20',
      source: 'reg44',
      origin: { kind: 'reg44', id: rec.id },
    });
  }
  return createEarlyWarningInputs(store.db, () => new Date(NOW))(homeId, '2026-11-26').reg44;
}

describe('early-warning signs: what each Reg 44 recommendation is about', () => {
  it('names a linked indicator by its domain and its statement, cut to fit with an ellipsis', async () => {
    const [rec] = await visitWith([{ kind: 'indicator', key: 'rel.trusted-adult' }]);
    expect(rec).toEqual({
      visitedOn: '2026-10-12',
      text: 'Recommendation 1',
      topic: {
        key: 'indicator:rel.trusted-adult',
        // The statement is 63 characters: its first 57, without the space they end on.
        label:
          'Relationships, attachment and family links: “Every child can name at least one adult in the home they…”',
      },
    });
  });

  it('names a linked domain by its title', async () => {
    const [rec] = await visitWith([{ kind: 'domain', key: 'safety' }]);
    expect(rec?.topic).toEqual({
      key: 'domain:safety',
      label: 'Keeping children safe, consistency and quality assurance',
    });
  });

  it('falls back to the key for a link the framework does not hold, and has no topic without a link', async () => {
    const recs = await visitWith([{ kind: 'sccif', key: 'leadersAndManagers' }, null, undefined]);
    expect(recs.map((r) => [r.text, r.topic])).toEqual([
      ['Recommendation 1', { key: 'sccif:leadersAndManagers', label: 'leadersAndManagers' }],
      ['Recommendation 2', null],
      ['Recommendation 3', null],
    ]);
  });
});
