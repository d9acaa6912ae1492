import type { HubPerson } from '../../src/accounts';
import type { ManagedHome } from '../../src/enrolment';
import type { HomeOverTime, OverdueItem } from '../../src/provider-reads';
import type { HomeRecordsData } from './HomeRecords';

export interface Me {
  email: string;
  role: 'provider_admin' | 'ri' | 'quality_lead' | 'commissioner';
  localAuthority: string | null;
  /** Signed in with a temporary password from a reset: they choose their own before anything else. */
  mustChangePassword: boolean;
}

export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Same-origin JSON with the session cookie; a refusal arrives as the hub's own sentence. */
export async function hubFetch<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const answer = (await res.json().catch(() => null)) as {
    ok: boolean;
    value?: T;
    error?: { message: string };
  } | null;
  if (!res.ok || !answer?.ok) {
    throw new HubRequestError(
      res.status,
      answer?.error?.message ?? 'The hub could not be reached. Try again.',
    );
  }
  return answer.value as T;
}

export interface HomeHistory extends HomeRecordsData {
  /** revokedAt: when the provider revoked the home's connection (an ISO moment), or null. */
  home: { id: string; name: string; revokedAt: string | null };
  reviews: {
    quarter: string;
    status: string;
    signedOn: string | null;
    experiencesAndProgress: number | null;
    helpedAndProtected: number | null;
    leadersAndManagers: number | null;
  }[];
  actions: { ref: number; title: string; owner: string; dueOn: string; status: string }[];
}

/** A service type as it arrives in JSON: its moments are ISO strings. */
type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | null };

export const hubApi = {
  me: () => hubFetch<Me>('/api/me'),
  signIn: (email: string, password: string) => hubFetch<Me>('/api/sign-in', { email, password }),
  signOut: () => hubFetch<null>('/api/sign-out', {}),
  homes: () => hubFetch<HomeOverTime[]>('/api/homes'),
  overdue: () => hubFetch<OverdueItem[]>('/api/overdue'),
  home: (id: string) => hubFetch<HomeHistory>(`/api/homes/${encodeURIComponent(id)}`),
  enrol: (homeName: string) =>
    hubFetch<{ homeId: string; code: string; expiresAt: string }>('/api/enrolment-codes', { homeName }),
  enrolledHomes: () => hubFetch<Dated<ManagedHome, 'enrolledAt' | 'revokedAt'>[]>('/api/enrolled-homes'),
  revoke: (homeId: string) => hubFetch<null>(`/api/homes/${encodeURIComponent(homeId)}/revoke`, {}),
  people: () => hubFetch<Dated<HubPerson, 'lockedUntil'>[]>('/api/people'),
  resetPassword: (userId: number) =>
    hubFetch<{ email: string; temporaryPassword: string }>(`/api/users/${userId}/reset-password`, {}),
  changePassword: (input: { currentPassword: string; newPassword: string; newPasswordAgain: string }) =>
    hubFetch<null>('/api/change-password', input),
  addUser: (input: { email: string; password: string; role: string; localAuthority: string | null }) =>
    hubFetch<{ userId: number }>('/api/users', input),
};
