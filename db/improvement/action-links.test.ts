import { describe, expect, it } from 'vitest';
import { SCCIF_LABELS } from '../../contract/actions';
import type { CustomIndicator } from '../../contract/review';
import { currentFramework, frameworkByVersion } from '../framework';
import { describeLink } from './action-links';

const domainOf = (version: number, key: string) =>
  frameworkByVersion(version).domains.find((d) => d.key === key)!;

const ownIndicator: CustomIndicator = {
  key: 'own.garden',
  homeId: 1,
  domainKey: 'aspirations',
  statement: 'The garden is a place the children want to use',
  createdAt: '2026-11-01T10:00:00Z',
};

describe('what an action serves, in words', () => {
  it('is nothing for an action linked to nothing', () => {
    expect(describeLink(null, [ownIndicator])).toEqual({ label: null, domainKey: null });
  });

  it('names an SCCIF judgement by its title, in no domain', () => {
    expect(describeLink({ kind: 'sccif', key: 'helpedAndProtected' }, [])).toEqual({
      label: SCCIF_LABELS.helpedAndProtected,
      domainKey: null,
    });
  });

  it('names a domain by its number and its title in the newest framework', () => {
    const newest = domainOf(currentFramework.version, 'safety');
    expect(newest.title).not.toBe(domainOf(1, 'safety').title);
    expect(describeLink({ kind: 'domain', key: 'safety' }, [])).toEqual({
      label: `${newest.number}. ${newest.title}`,
      domainKey: 'safety',
    });
  });

  it('numbers an indicator within its domain, worded as the newest framework words it', () => {
    const work = domainOf(currentFramework.version, 'workforce');
    const index = work.indicators.findIndex((i) => i.key === 'work.supervision');
    expect(describeLink({ kind: 'indicator', key: 'work.supervision' }, [])).toEqual({
      label: `${work.number}.${index + 1} ${work.indicators[index]!.statement}`,
      domainKey: 'workforce',
    });
  });

  it('still names an indicator that only an older framework has', () => {
    const education = domainOf(1, 'education');
    const index = education.indicators.findIndex((i) => i.key === 'edu.post16');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(describeLink({ kind: 'indicator', key: 'edu.post16' }, [])).toEqual({
      label: `${education.number}.${index + 1} ${education.indicators[index]!.statement}`,
      domainKey: 'education',
    });
  });

  it('does not mistake a domain key for an indicator key, or the other way round', () => {
    expect(describeLink({ kind: 'indicator', key: 'safety' }, [])).toEqual({
      label: 'safety',
      domainKey: null,
    });
    expect(describeLink({ kind: 'domain', key: 'work.supervision' }, [])).toEqual({
      label: 'work.supervision',
      domainKey: null,
    });
  });

  it('names the home’s own indicator by its statement and domain, and only as an indicator', () => {
    const other = { ...ownIndicator, key: 'own.other', statement: 'Another', domainKey: 'voice' };
    expect(describeLink({ kind: 'indicator', key: 'own.garden' }, [other, ownIndicator])).toEqual({
      label: ownIndicator.statement,
      domainKey: 'aspirations',
    });
    expect(describeLink({ kind: 'domain', key: 'own.garden' }, [ownIndicator])).toEqual({
      label: 'own.garden',
      domainKey: null,
    });
  });

  it('shows the key itself for an indicator it no longer knows', () => {
    expect(describeLink({ kind: 'indicator', key: 'gone.away' }, [ownIndicator])).toEqual({
      label: 'gone.away',
      domainKey: null,
    });
  });
});
