import { HUB_UNREACHABLE, type HubStatus } from '@contract/hub/status';
import { formatTimestamp } from '@contract/rules/dates';

/**
 * "Sent to the provider on …", "Waiting to send: offline since …", what is waiting, or, when the hub
 * answered but refused (a revoked connection, say), the hub's own reason: waiting will not fix that.
 */
export function sendingWords(status: Extract<HubStatus, { connected: true }>): string {
  const kept = `${status.waiting} ${status.waiting === 1 ? 'record is' : 'records are'} kept on this computer`;
  if (status.waiting > 0 && status.offlineSince && status.lastError && status.lastError !== HUB_UNREACHABLE) {
    return `Not sent since ${formatTimestamp(status.offlineSince)}: ${status.lastError} ${kept}.`;
  }
  if (status.waiting > 0 && status.offlineSince) {
    return `Waiting to send: offline since ${formatTimestamp(status.offlineSince)}. ${kept} and will be sent when the hub can be reached.`;
  }
  if (status.waiting > 0)
    return `Waiting to send: ${status.waiting} ${status.waiting === 1 ? 'record' : 'records'}.`;
  return status.lastSentAt
    ? `Sent to the provider on ${formatTimestamp(status.lastSentAt)}.`
    : 'Nothing to send yet.';
}
