// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorAnswer, ReviewDetail } from '@contract/review';
import { reviewKeys } from './reviewKeys';
import { useReviewSaves } from './useReviewSaves';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@shared/api/client', () => ({ invoke }));

const indicator = (key: string, domainKey: string): IndicatorAnswer =>
  ({
    key,
    domainKey,
    rating: null,
    note: '',
    sources: [],
    otherSource: '',
    discuss: false,
  }) as unknown as IndicatorAnswer;

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const review = {
    id: 7,
    homeId: 1,
    rated: 0,
    total: 2,
    position: null,
    indicators: [indicator('voice.complaints', 'voice'), indicator('edu.place', 'education')],
    domains: [],
  } as unknown as ReviewDetail;
  queryClient.setQueryData(reviewKeys.detail(7), review);
  queryClient.setQueryData(reviewKeys.list(1), [{ id: 7, rated: 0 }]);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useReviewSaves(7), { wrapper });
  const cached = () => queryClient.getQueryData<ReviewDetail>(reviewKeys.detail(7))!;
  return { queryClient, saves: result.current, cached };
}

const values = {
  rating: 3 as const,
  note: 'Seen in the log',
  sources: ['staff-meetings'],
  otherSource: '',
  discuss: false,
  recordsReason: '',
  checkedSame: false,
};

afterEach(() => invoke.mockReset());

describe('useReviewSaves (the review query cache after a save)', () => {
  it('sends one request and, once it is confirmed, updates the answer, the rated count and the place', async () => {
    invoke.mockResolvedValue({ savedAt: '2026-11-26T10:00:00.000Z' });
    const { saves, cached, queryClient } = setup();
    await act(() => saves.saveIndicator('voice.complaints', values));
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('reviews.saveIndicator', {
      reviewId: 7,
      indicatorKey: 'voice.complaints',
      ...values,
    });
    expect(cached().indicators[0]).toMatchObject({ rating: 3, note: 'Seen in the log' });
    expect(cached().rated).toBe(1);
    expect(cached().position).toEqual({ domainKey: 'voice', indicatorKey: 'voice.complaints' });
    expect(queryClient.getQueryState(reviewKeys.list(1))?.isInvalidated).toBe(true);
  });

  it('counts a rating taken away again', async () => {
    invoke.mockResolvedValue({ savedAt: 'x' });
    const { saves, cached } = setup();
    await act(() => saves.saveIndicator('voice.complaints', values));
    await act(() => saves.saveIndicator('voice.complaints', { ...values, rating: null }));
    expect(cached().rated).toBe(0);
  });

  it('leaves the cache alone when the app refuses the save', async () => {
    invoke.mockRejectedValue(new Error('refused'));
    const { saves, cached, queryClient } = setup();
    await expect(saves.saveIndicator('voice.complaints', values)).rejects.toThrow('refused');
    expect(cached().indicators[0]!.rating).toBeNull();
    expect(cached().rated).toBe(0);
    expect(queryClient.getQueryState(reviewKeys.list(1))?.isInvalidated).toBe(false);
  });
});
