/**
 * The one errors module: a stable code, its HTTP status, and a message key translated per caller.
 * Response shape: { "error": { "code", "message", "fields"? } }.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  invitation_invalid: 410,
  token_invalid: 400,
  payload_too_large: 413,
  unsupported_file: 415,
  rate_limited: 429,
  /** Safe City alert floods: a raiser's hourly cap, and an area's (messages in modules/alerts/messages.ts). */
  alert_limit_raiser: 429,
  alert_limit_area: 429,
  /** Smart Store: a movement would take on-hand below zero without allowNegative (modules/inventory/messages.ts). */
  stock_negative: 409,
  /** Someone changed the record since it was read (a purchase order's `version`; modules/inventory/purchasing/messages.ts). */
  stale_version: 409,
  /** Gatherings (modules/gatherings/messages.ts): no place left and no waitlist; a ticket of another event. */
  event_full: 409,
  ticket_other_event: 409,
  /** Document vault (modules/documents/messages.ts): a share that expired or was revoked. */
  share_ended: 410,
  /** Services desk (modules/services-desk/messages.ts): a proposal after the deadline; a request no longer open. */
  service_deadline_passed: 409,
  service_request_closed: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field path → message key (translated when the response is written). */
export type FieldErrors = Record<string, { key: string; params?: Record<string, unknown> }>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldErrors | undefined;
  readonly params: Record<string, unknown>;

  constructor(code: ErrorCode, options: { fields?: FieldErrors; params?: Record<string, unknown> } = {}) {
    super(code);
    this.code = code;
    this.status = errorStatus[code];
    this.fields = options.fields;
    this.params = options.params ?? {};
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
