export type ContractErrorCode =
  | 'invalid-request'
  | 'unknown-channel'
  | 'not-found'
  | 'refused'
  | 'conflict'
  | 'storage'
  /** Encryption is on and the keychain cannot give its key: nothing was written. */
  | 'locked'
  | 'internal';

export interface ContractErrorBody {
  code: ContractErrorCode;
  message: string;
  /** Which fields were wrong, for forms to show beside the field. */
  issues?: { path: string; message: string }[];
}

/** What every channel answers: a value, or an error the window can show as it is. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractErrorBody };

export class ContractError extends Error {
  readonly code: ContractErrorCode;
  readonly issues: { path: string; message: string }[];

  constructor(body: ContractErrorBody) {
    super(body.message);
    this.name = 'ContractError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }

  toBody(): ContractErrorBody {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** What a person is told when the back end fails for a reason of its own; the details go to the log. */
export const INTERNAL_FAULT = 'Stillpoint could not do that: something went wrong inside it. Try again; if it keeps happening, restart Stillpoint.';

export function refused(message: string): ContractError {
  return new ContractError({ code: 'refused', message });
}

export function notFound(message: string): ContractError {
  return new ContractError({ code: 'not-found', message });
}
