import { useEffect } from 'react';
import { useHubStatus, useSendToHub } from './hubApi';

const FIRST_TRY_MS = 2_000;

/**
 * While the app is open and the home is connected to a provider hub, sends what is waiting, then again
 * when the store says (sooner after a success, later after each failure in a row). Draws nothing; a home
 * that is not connected sends nothing.
 */
export function HubSending({ homeId }: { homeId: number }) {
  const status = useHubStatus(homeId).data;
  const send = useSendToHub(homeId);
  const { mutate } = send;
  const connected = status?.connected === true;
  const wait = status?.connected ? (status.nextTryInMs ?? FIRST_TRY_MS) : null;
  useEffect(() => {
    if (!connected || wait === null) return;
    const timer = window.setTimeout(() => mutate(), wait);
    return () => window.clearTimeout(timer);
    // A new status (after each send) sets the next timer.
  }, [connected, wait, status, mutate]);
  return null;
}
