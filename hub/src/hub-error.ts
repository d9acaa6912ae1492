/** A refusal the hub explains to whoever asked: an HTTP status, a stable code and a plain sentence. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'HubError';
  }
}
