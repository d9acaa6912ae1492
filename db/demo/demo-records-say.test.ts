import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, quarterOfIso } from '../../contract/rules/dates';
import { aboveRecords, recordsCeiling } from '../../contract/rules/records-say';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { demoFigures } from './demo-figures';
import { demoQuarters } from './demo-home';
import { NEWEST_THREE } from './demo-staff';

const tempFolder = useTempFolder();

function sample(at: string) {
  const now = new Date(at);
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0', now: () => now });
  const h = store.handlers;
  const homeId = h['demo.create']({}).id;
  return { h, homeId, now };
}

/**
 * The one contradiction the sample shows on purpose: supervision. Ofsted's Regulation 33 requirement
 * (supervision at the frequency the policy sets) is past its date, and the action that answers it is
 * overdue, while the reviews rate supervision Good. The sample keeps it so a manager exploring the app sees
 * "Your records say…" at work on a real gap, and the reason it asks for before the next sign-off.
 */
const INTENDED = 'work.supervision';

describe('the sample home read through "Your records say…"', () => {
  it.each(['2026-11-26T10:00:00Z', '2026-03-01T10:00:00Z'])(
    'on %s, raises no contradiction but the supervision gap it shows on purpose',
    (at) => {
      const { h, homeId } = sample(at);
      const reviews = h['reviews.list']({ homeId })
        .filter((r) => r.status === 'completed')
        .sort((a, b) => a.quarter.localeCompare(b.quarter));
      expect(reviews).toHaveLength(8);
      const contradictions: string[] = [];
      for (const { id, quarter } of reviews) {
        const detail = h['reviews.get']({ id });
        const { facts } = h['reviews.records']({ reviewId: id });
        for (const indicator of detail.indicators) {
          const ceiling = recordsCeiling(facts, indicator.key);
          if (aboveRecords(indicator.rating, ceiling) && !indicator.recordsReason.trim()) {
            const said = facts.filter((f) => f.indicatorKey === indicator.key && f.ceiling !== null);
            contradictions.push(`${quarter} ${indicator.key}: ${said.map((f) => f.text).join(' | ')}`);
          }
        }
      }
      const unintended = contradictions.filter((c) => !c.includes(` ${INTENDED}: `));
      expect(unintended).toEqual([]);
      // The intended one shows on the latest review, from the overdue action and the unmet requirement.
      const latest = reviews.at(-1)!;
      const shown = contradictions.filter((c) => c.startsWith(`${latest.quarter} ${INTENDED}: `));
      expect(shown).toHaveLength(1);
      expect(shown[0]).toContain('Action plan: "Bring supervision up to date');
      expect(shown[0]).toContain('Ofsted requirement (Regulation 33 (4)(b))');
    },
  );

  it.each(['2026-11-26T10:00:00Z', '2026-03-01T10:00:00Z', '2027-02-15T10:00:00Z'])(
    'on %s, the staff checks tell the Ofsted supervision requirement’s story and raise its alerts only',
    (at) => {
      const { h, homeId } = sample(at);
      const { staffChecks } = h['duties.overview']({ homeId });
      // The staff list holds the staff the latest quarter's figures count, so "3 of 11 late" and the
      // figures' eleven agree in one printed report.
      const latest = demoQuarters(new Date(at)).length - 1;
      const counted = demoFigures(latest, demoQuarters(new Date(at))[latest]!).values.staffAtEnd;
      expect(staffChecks).toHaveLength(counted!);
      const late = staffChecks.filter((c) => c.supervision.state === 'late').map((c) => c.name);
      expect(late.sort()).toEqual([...NEWEST_THREE].sort());
      // The action that answers the requirement names the same three.
      expect(NEWEST_THREE).toHaveLength(3);
      for (const c of staffChecks) {
        if (!NEWEST_THREE.includes(c.name)) expect(c.supervision.state, c.name).toBe('ok');
        expect(c.dbs.state, c.name).toBe('ok');
        expect(c.supervision.lastOn! < c.supervision.dueOn!, c.name).toBe(true);
      }
      const alerts = h['dashboard.get']({ homeId }).alerts.map((a) => a.title);
      const checkAlerts = alerts.filter((t) => /supervision|DBS/.test(t));
      expect(checkAlerts.sort()).toEqual(NEWEST_THREE.map((n) => `Late: ${n}: supervision`).sort());
    },
  );

  it('links each action to an indicator of the framework its reviews use now, and to where it came from', () => {
    const { h, homeId } = sample('2026-11-26T10:00:00Z');
    // The list is newest first.
    const latest = h['reviews.list']({ homeId })[0]!;
    const detail = h['reviews.get']({ id: latest.id });
    const indicatorKeys = new Set(detail.indicators.map((i) => i.key));
    const domainKeys = new Set(detail.domains.map((d) => d.key));
    const actions = h['actions.list']({ homeId });
    for (const a of actions) {
      if (a.link?.kind === 'indicator') expect(indicatorKeys, a.title).toContain(a.link.key);
      if (a.link?.kind === 'domain') expect(domainKeys, a.title).toContain(a.link.key);
      if (a.source === 'review') expect(a.origin, a.title).toEqual({ kind: 'review', id: latest.id });
    }
    // The Regulation 35 action from the Reg 44 visit names the version 2 restraint indicator.
    expect(actions.find((a) => a.source === 'reg44')?.link).toEqual({
      kind: 'indicator',
      key: 'rel.behaviour-progress',
    });
    // Each Ofsted requirement has the action that answers it.
    const requirements = h['ofsted.overview']({ homeId })
      .inspections.flatMap((i) => i.items)
      .filter((i) => i.kind === 'requirement');
    expect(requirements).toHaveLength(2);
    for (const item of requirements) {
      const answering = actions.filter((a) => a.origin?.kind === 'ofsted' && a.origin.id === item.id);
      expect(answering, item.regulation).toHaveLength(1);
    }
  });

  it('has contiguous Reg 45 periods, and every Reg 44 recommendation answered', () => {
    const { h, homeId } = sample('2026-11-26T10:00:00Z');
    const records = h['reg45.records']({ homeId }).sort((a, b) => a.completedOn.localeCompare(b.completedOn));
    expect(records).toHaveLength(2);
    expect(records[1]!.periodStart).toBe(addDays(records[0]!.periodEnd!, 1));
    const recommendations = h['reg44.overview']({ homeId }).visits.flatMap((v) => v.recommendations);
    expect(recommendations.filter((r) => r.respondedOn === null)).toEqual([]);
  });

  // The Reg 45 draft a manager opens first is for the latest completed review; its two quarters must
  // be the period the sample last recorded, whatever the day, or sign-off would ask why it is out of step.
  it.each([
    '2026-01-01T00:30:00Z',
    '2026-04-01T23:30:00Z',
    '2026-05-15T10:00:00Z',
    '2026-08-31T10:00:00Z',
    '2026-10-09T10:00:00Z',
    '2026-12-07T10:00:00Z',
    '2026-12-15T10:00:00Z',
  ])('on %s, the latest Reg 45 draft follows on from the recorded Reg 45 periods', (at) => {
    const { h, homeId } = sample(at);
    const latest = h['reviews.list']({ homeId })
      .filter((r) => r.status === 'completed')
      .map((r) => r.quarter)
      .sort()
      .at(-1)!;
    expect(h['reg45Draft.get']({ homeId, quarter: latest }).periodProblem).toBeNull();
    const states = h['reg45.records']({ homeId })
      .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
      .map((r) => r.ofstedState);
    expect(states[0]).toBe('sent-late');
    expect(states[1]).not.toBe('sent-late');
  });

  it.each(['2026-11-26T10:00:00Z', '2026-12-31T10:00:00Z'])(
    'on %s, the minutes of the first meeting after the Ofsted inspection mention it',
    (at) => {
      const { h, homeId } = sample(at);
      const inspectedOn = h['ofsted.overview']({ homeId }).inspections[0]!.inspectedOn;
      const meetings = h['reviews.list']({ homeId })
        .map((r) => h['meeting.get']({ reviewId: r.id }))
        .filter((m) => m.heldOn !== null)
        .sort((a, b) => a.heldOn!.localeCompare(b.heldOn!));
      const after = meetings.filter((m) => m.heldOn! > inspectedOn);
      expect(after.length).toBeGreaterThan(0);
      expect(after[0]!.notes).toContain('Ofsted inspection');
      for (const m of meetings.filter((x) => x !== after[0])) expect(m.notes).not.toContain('Ofsted');
    },
  );

  it.each(['2026-10-07T10:00:00Z', '2026-11-07T10:00:00Z', '2026-12-07T10:00:00Z', '2027-02-15T10:00:00Z'])(
    'on %s, the Ofsted inspection and the home’s own judgements of its quarter are credible together',
    (at) => {
      const { h, homeId } = sample(at);
      const [inspection] = h['ofsted.overview']({ homeId }).inspections;
      const ofsted = inspection!.judgements;
      const quarter = quarterOfIso(inspection!.inspectedOn);
      const review = h['reviews.list']({ homeId }).find((r) => r.quarter === quarter);
      const own = h['reviews.get']({ id: review!.id }).sccif!;
      const home = Object.fromEntries(own.map((answer) => [answer.area, answer.judgement]));
      const pairs = [
        ['experiences', ofsted.experiencesAndProgress],
        ['protection', ofsted.helpedAndProtected],
        ['leadership', ofsted.leadersAndManagers],
      ] as const;
      // The quarter inspectors visited is the one in which a child missing from care was not kept safe
      // enough, or the one after it: the home's own judgement of it is as hard as theirs or harder.
      for (const [area, theirs] of pairs) {
        expect(home[area], `${quarter} ${area}: the home's judgement`).not.toBeNull();
        expect(home[area]!, `${quarter} ${area}: home ${home[area]}, Ofsted ${theirs}`).toBeLessThanOrEqual(
          theirs!,
        );
      }
      // Helped and protected limits the rest: inspectors did not find it Good in that quarter.
      expect(ofsted.helpedAndProtected).toBeLessThan(3);
    },
  );

  it('has figures that add up from quarter to quarter, as the notes on them say', () => {
    const quarters = demoQuarters(new Date('2026-11-26T10:00:00Z'));
    const values = quarters.map((q, i) => demoFigures(i, q).values);
    const n = (v: (typeof values)[number], key: keyof (typeof values)[number]) => Number(v[key] ?? 0);
    for (const [i, v] of values.entries()) {
      const q = quarters[i];
      expect(n(v, 'staffAtStart') + n(v, 'staffJoined') - n(v, 'staffLeft'), q).toBe(n(v, 'staffAtEnd'));
      const endings = n(v, 'endingsPlanned') + n(v, 'endingsUnplanned');
      expect(n(v, 'childrenAtStart') + n(v, 'admissions') - endings, q).toBe(n(v, 'childrenAtEnd'));
      if (i > 0) expect(n(v, 'staffAtStart'), q).toBe(n(values[i - 1]!, 'staffAtEnd'));
      // A year on, those in post then are there still, less the year's leavers.
      if (i >= 4) {
        const leavers = values.slice(i - 3, i + 1).reduce((sum, w) => sum + n(w, 'staffLeft'), 0);
        expect(n(v, 'staffYearAgo'), q).toBe(n(values[i - 4]!, 'staffAtEnd'));
        expect(n(v, 'staffYearAgoStillHere'), q).toBe(n(v, 'staffYearAgo') - leavers);
      }
    }
  });
});
