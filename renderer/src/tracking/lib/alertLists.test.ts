import { describe, expect, it } from 'vitest';
import type { Alert } from '@contract/alerts';
import { routeOf, splitAlerts } from './alertLists';

const alert = (key: string, severity: Alert['severity'], at?: string): Alert => ({
  key,
  kind: 'declined',
  severity,
  title: key,
  detail: '',
  link: '#/reports',
  linkText: '',
  acknowledged: at ? { note: '', at } : null,
});

describe('splitAlerts', () => {
  it('puts high first and keeps acknowledged alerts apart, newest first', () => {
    const { open, acknowledged } = splitAlerts([
      alert('low', 'low'),
      alert('old', 'high', '2026-01-01T00:00:00Z'),
      alert('high', 'high'),
      alert('new', 'low', '2026-02-01T00:00:00Z'),
      alert('medium', 'medium'),
    ]);
    expect(open.map((a) => a.key)).toEqual(['high', 'medium', 'low']);
    expect(acknowledged.map((a) => a.key)).toEqual(['new', 'old']);
  });
});

describe('routeOf', () => {
  it('turns a hash link into a route', () => {
    expect(routeOf('#/reviews/3/domain/staffing')).toBe('/reviews/3/domain/staffing');
    expect(routeOf('#')).toBe('/');
  });
});
