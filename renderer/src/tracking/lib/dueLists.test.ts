import { describe, expect, it } from 'vitest';
import type { Alert, AlertKind } from '@contract/alerts';
import { dueLists } from './dueLists';

const alert = (kind: AlertKind, title: string, acknowledged = false): Alert => ({
  key: `${kind}:${title}`,
  kind,
  severity: 'high',
  title,
  detail: '',
  link: '#/actions',
  linkText: 'Actions',
  acknowledged: acknowledged ? { note: '', at: '2026-11-01T10:00:00Z' } : null,
});

describe('what is overdue and due soon', () => {
  it('splits open dated alerts into overdue and due soon, leaves out judgements and acknowledged ones', () => {
    const { overdue, dueSoon } = dueLists(
      [
        alert('actions-overdue', 'An action is overdue'),
        alert('duty-due', 'Due soon: Review the statement of purpose'),
        alert('declined', 'Staffing declined'),
        alert('reg44-missing', 'No Reg 44 visit recorded for September 2026', true),
        alert('reg45-ofsted-late', 'The Reg 45 report to Ofsted is late'),
      ],
      [{ id: 3, title: 'Practise the missing protocol', dueOn: '2026-12-17' }],
    );
    expect(overdue.map((i) => i.text)).toEqual([
      'An action is overdue',
      'The Reg 45 report to Ofsted is late',
    ]);
    expect(dueSoon.map((i) => [i.text, i.link])).toEqual([
      ['Due soon: Review the statement of purpose', '#/actions'],
      ['Action due 17 December 2026: Practise the missing protocol', '#/actions'],
    ]);
  });
});
