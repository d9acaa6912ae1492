import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../contract/rules/dates';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

describe('the sample home’s improvement work', () => {
  const seed = (now = NOW) => {
    const store = openStore({
      file: path.join(tempFolder(), 'h.sqlite'),
      appVersion: '1.0.0',
      now: () => now,
    });
    const home = store.handlers['demo.create']({});
    return { h: store.handlers, homeId: home.id };
  };

  it('has actions in every state, one of them overdue, and raises the overdue alert', () => {
    const { h, homeId } = seed();
    const list = h['actions.list']({ homeId });
    expect(new Set(list.map((a) => a.status))).toEqual(new Set(['open', 'in_progress', 'done', 'dropped']));
    expect(list.filter((a) => a.overdue)).toHaveLength(1);
    const kinds = h['dashboard.get']({ homeId }).alerts.map((a) => a.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['actions-overdue', 'reg44-missing', 'requirement-overdue']),
    );
  });

  it.each(['2026-11-02T10:00:00Z', '2026-11-26T10:00:00Z'])(
    'on %s, has a different Reg 44 recommendation each time, none answered after today, and the action made from the one it fits',
    (instant) => {
      const { h, homeId } = seed(new Date(instant));
      const recommendations = h['reg44.overview']({ homeId }).visits.flatMap((v) => v.recommendations);
      const texts = recommendations.map((r) => r.text);
      expect(new Set(texts).size).toBe(texts.length);
      const today = instant.slice(0, 10);
      const answeredLater = recommendations.filter((r) => r.respondedOn !== null && r.respondedOn > today);
      expect(answeredLater).toEqual([]);
      const action = h['actions.list']({ homeId }).find((a) => a.source === 'reg44')!;
      const from = recommendations.find((r) => r.actionId === action.id)!;
      // Regulation 35's three clocks, in the recommendation and in the action made from it.
      for (const words of [from.text, action.title]) {
        expect(words).toContain('Regulation 35');
        expect(words).toContain('within 24 hours');
        expect(words).toContain('within 48 hours');
        expect(words).toContain('within 5 days');
      }
    },
  );

  it.each(['2026-03-01T10:00:00Z', '2026-11-26T10:00:00Z'])(
    'on %s, dates every action before anything happened to it, and never after today',
    (instant) => {
      const { h, homeId } = seed(new Date(instant));
      const today = instant.slice(0, 10);
      for (const a of h['actions.list']({ homeId })) {
        const added = todayIso(new Date(a.createdAt));
        const later = [
          a.completedOn,
          ...a.notes.map((n) => n.notedOn),
          ...a.events.map((e) => todayIso(new Date(e.at))),
        ];
        const before = later.filter((day): day is string => day !== null && day < added);
        expect(before, a.title).toEqual([]);
        expect(added <= today, a.title).toBe(true);
        expect(todayIso(new Date(a.events[0]!.at)), a.title).toBe(added);
      }
    },
  );

  it('has Reg 44 visits with one month missing, Reg 45 records with one sent late, and a full inspection', () => {
    const { h, homeId } = seed();
    const reg44 = h['reg44.overview']({ homeId });
    expect(reg44.missingMonths).toEqual(['2026-08']);
    // The first visit is in May: earlier months are not checked, and the reports say so.
    expect(reg44.checkedFrom).toBe('2026-05');
    expect(h['reg45.records']({ homeId }).map((r) => r.ofstedState)).toEqual(['sent', 'sent-late']);
    const [inspection] = h['ofsted.overview']({ homeId }).inspections;
    expect(inspection?.kind).toBe('full');
    expect(inspection?.items.filter((i) => i.kind === 'requirement')).toHaveLength(2);
    expect(inspection?.calibration?.rows[0]?.home).not.toBeNull();
  });

  it('puts every built-in duty and two members of staff on the calendar', () => {
    const { h, homeId } = seed();
    const { duties, qualifications, appraisals } = h['duties.overview']({ homeId });
    expect(duties.every((d) => d.state !== 'not-recorded')).toBe(true);
    // Everyone still here has an appraisal line; one is late; the first manager has left.
    expect(appraisals).toHaveLength(11);
    expect(appraisals.filter((a) => a.state === 'late').map((a) => a.name)).toEqual(['Tom Baker']);
    const team = h['staff.list']({ homeId });
    expect(team.filter((m) => m.status === 'left').map((m) => m.name)).toEqual(['Jo Turner']);
    const owners = new Set(
      h['actions.list']({ homeId })
        .map((a) => a.owner)
        .filter(Boolean),
    );
    for (const owner of owners) expect(team.map((m) => m.name)).toContain(owner);
    expect(qualifications.every((q) => q.staffId !== null)).toBe(true);
    expect(qualifications.map((q) => [q.level, q.state])).toEqual([
      [3, 'due-soon'],
      [5, 'ok'],
    ]);
  });
});
