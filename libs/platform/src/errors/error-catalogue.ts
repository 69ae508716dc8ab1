/**
 * Every machine-readable error code of the public API. Clients branch on `code`, never on
 * `detail`; codes are never renamed or reused. docs/errors.md is generated from this list
 * (`npm run docs:errors`) and checked in CI.
 */
export interface ErrorEntry {
  status: number;
  title: string;
  /** What happened and what the client can do about it (Markdown). */
  description: string;
}

export const ERROR_CATALOGUE = {
  // Requests in general
  'request.invalid-input': {
    status: 400,
    title: 'Invalid input',
    description:
      'A field is missing, has the wrong type or breaks a rule; `errors` lists every invalid field with a message. Fix the fields and send again.',
  },
  'request.malformed': {
    status: 400,
    title: 'Malformed request',
    description: 'The body is not valid JSON, or the request could not be read at all.',
  },
  'request.invalid-path': {
    status: 400,
    title: 'Invalid path',
    description:
      'The request path holds something no route ever needs and that could make it mean something else: a fragment (`#`), a `;`, a backslash, an encoded `/`, `\\` or control character (NUL …), a dot segment (`.` or `..`, plain or encoded), invalid percent-encoding (`%E0`, `%zz`) or a target that does not start with `/`. Send the plain path.',
  },
  'request.method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but does not answer this method.',
  },
  'request.too-large': {
    status: 413,
    title: 'Body too large',
    description: 'Request bodies are limited to 1 MiB.',
  },
  'request.headers-too-large': {
    status: 431,
    title: 'Headers too large',
    description:
      'The request line and headers together are limited to 16 KiB. Send fewer or shorter headers.',
  },
  'request.timeout': {
    status: 408,
    title: 'Request timeout',
    description: 'The request was not received completely in time. Send it again.',
  },
  'request.not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    description:
      'The answer cannot be given in the media type of `Accept`: only lists are answered as `text/csv`, and everything is answered as `application/json` (a report also as the document it is). Refused before anything is read.',
  },
  'request.unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description: 'Send `Content-Type: application/json`.',
  },
  'request.rejected': {
    status: 422,
    title: 'Request rejected',
    description: 'The request was understood but refused for a reason given in `detail`.',
  },
  'request.rate-limited': {
    status: 429,
    title: 'Rate limited',
    description:
      'The client sent more requests this minute than allowed, or too many sign-ins failed for the account or the address; wait for the seconds in `Retry-After`.',
  },
  'resource.not-found': {
    status: 404,
    title: 'Not found',
    description:
      'No such resource, or it lies outside the caller’s scope (another facility’s participant, another BAPAS’s case): both answer alike.',
  },
  'resource.conflict': {
    status: 409,
    title: 'Conflict',
    description: 'The request conflicts with the current state of the resource; `detail` says how.',
  },

  // Authentication and authorisation
  'auth.unauthenticated': {
    status: 401,
    title: 'Not authenticated',
    description:
      'No bearer token or session, an expired or invalid one, or wrong credentials (client secret, or a person’s email, password, TOTP or recovery code — one answer for all). Systems get a token with `POST /api/v1/auth/token`; people sign in with `POST /api/v1/sessions`.',
  },
  'auth.totp-required': {
    status: 401,
    title: 'TOTP code required',
    description:
      'The password was right and this account signs in with a second factor: send the same body again with `totp` (the 6-digit code of the authenticator app) or `recoveryCode`.',
  },
  'auth.totp-enrolment-required': {
    status: 403,
    title: 'TOTP enrolment required',
    description:
      'This account must sign in with TOTP (administrators, or an agency whose sign-in policy requires it) and has no authenticator yet. Ask an administrator for a reset code: setting the password with it returns a TOTP secret to enrol.',
  },
  'auth.csrf-token-invalid': {
    status: 403,
    title: 'CSRF token missing or wrong',
    description:
      'A POST, PATCH, PUT or DELETE made with the session cookie must carry the header `x-csrf-token` with the session’s token (`csrfToken` of `POST /api/v1/sessions` or `GET /api/v1/me`).',
  },
  'auth.code-invalid': {
    status: 401,
    title: 'Code unknown, used or expired',
    description:
      'An invitation or reset code works once and for 24 hours, and a newer code replaces an older one. Ask the administrator for a new code.',
  },
  'auth.person-required': {
    status: 403,
    title: 'Only for people',
    description:
      'This route acts on a person’s own account or sessions; API clients (bearer tokens) have none.',
  },
  'auth.forbidden': {
    status: 403,
    title: 'Not allowed',
    description:
      'The caller is authenticated but its roles or agency may not do this (for example signing for another agency).',
  },
  // People's accounts
  'user.email-taken': {
    status: 409,
    title: 'Email already used',
    description: 'Another account has this email address; each person has one account.',
  },
  'user.invalid-state': {
    status: 409,
    title: 'Wrong account state',
    description:
      'The account is not in a state that allows this (resetting a disabled account, disabling one’s own account).',
  },
  'user.totp-invalid-state': {
    status: 409,
    title: 'TOTP already set up or not started',
    description:
      'TOTP enrolment is started with `POST /api/v1/me/totp` and confirmed once; an account that has TOTP needs a reset to change it.',
  },
  'auth.client-id-collision': {
    status: 409,
    title: 'Client id collision',
    description: 'A freshly generated client id was already taken; send the request again.',
  },

  // Idempotency
  'idempotency.key-reused': {
    status: 409,
    title: 'Idempotency key reused',
    description: 'This `Idempotency-Key` was already used with a different request; use a new key.',
  },
  'idempotency.in-progress': {
    status: 409,
    title: 'Request still in progress',
    description: 'A request with this `Idempotency-Key` is still running; ask again shortly.',
  },
  'idempotency.response-not-kept': {
    status: 409,
    title: 'Answer not kept for replay',
    description:
      'The first request with this `Idempotency-Key` succeeded, but its answer carried a secret (a client secret, a one-time code), which is shown once and never stored. Look the result up (e.g. `GET /clients`) and rotate or reset the secret if it was lost.',
  },
  'idempotency.retry': {
    status: 409,
    title: 'Previous attempt failed',
    description: 'A request with this `Idempotency-Key` failed just now; send it again.',
  },

  // Platform
  'service.unavailable': {
    status: 503,
    title: 'Service unavailable',
    description: 'A service behind the gateway does not answer; try again shortly.',
  },
  'service.timeout': {
    status: 504,
    title: 'Service timed out',
    description: 'A service behind the gateway did not answer in time; try again shortly.',
  },
  'internal.error': {
    status: 500,
    title: 'Internal error',
    description:
      'Something unexpected failed. Nothing about it is disclosed; quote `correlationId` when reporting it.',
  },

  // Agencies and agreements
  'agency.already-registered': {
    status: 409,
    title: 'Agency already registered',
    description: 'An agency with this code exists.',
  },
  'agreement.invalid-state': {
    status: 409,
    title: 'Agreement in the wrong state',
    description:
      'The agreement’s status does not allow this (editing needs `DRAFT`, submitting `DRAFT`, amending `ACTIVE`, work plans and budgets an agreement in force…); `detail` names the states that would.',
  },
  'agreement.already-signed': {
    status: 409,
    title: 'Already signed',
    description: 'This party has already signed the agreement.',
  },
  'agreement.parent-not-active': {
    status: 409,
    title: 'Parent MOU not active',
    description: 'A PKS needs an `ACTIVE` parent MOU.',
  },
  'work-plan.already-exists': {
    status: 409,
    title: 'Work plan exists',
    description: 'The agreement already has a work plan for this fiscal year.',
  },
  'work-plan.invalid-state': {
    status: 409,
    title: 'Work plan in the wrong state',
    description: 'Only a `DRAFT` work plan can be approved.',
  },
  'evaluation.no-work-plan': {
    status: 409,
    title: 'No work plan to evaluate',
    description: 'An evaluation needs the work plan of the period’s fiscal year.',
  },
  'evaluation.already-recorded': {
    status: 409,
    title: 'Period already evaluated',
    description: 'An evaluation of this period exists; evaluations are frozen once recorded.',
  },

  // Rehabilitation
  'program.invalid-state': {
    status: 409,
    title: 'Program in the wrong state',
    description:
      'The program’s status does not allow this (enrolment needs `FUNDED` or `IN_PROGRESS`, sessions `IN_PROGRESS`…); `detail` says which.',
  },
  'program.agreement-not-usable': {
    status: 409,
    title: 'Agreement does not allow the program',
    description:
      'The agreement is not known yet, not `ACTIVE`, its scopes do not cover the track, or the program’s dates lie outside its term; `detail` gives the reason.',
  },
  'participant.already-registered': {
    status: 409,
    title: 'Participant already registered',
    description: 'A participant with this NIK, or this registration number in the facility, exists.',
  },
  'participant.invalid-state': {
    status: 409,
    title: 'Participant in the wrong state',
    description: 'Only incarcerated participants enrol or are released.',
  },
  'participant.other-facility': {
    status: 409,
    title: 'Participant held elsewhere',
    description: 'The participant is held in another facility than the program’s.',
  },
  'enrollment.capacity-full': {
    status: 409,
    title: 'Program full',
    description: 'Every place of the program is taken.',
  },
  'enrollment.already-enrolled': {
    status: 409,
    title: 'Already enrolled',
    description: 'The participant is already enrolled in this program.',
  },
  'enrollment.invalid-state': {
    status: 409,
    title: 'Enrolment in the wrong state',
    description: 'Only `ENROLLED` enrolments are completed or dropped.',
  },
  'enrollment.attendance-too-low': {
    status: 409,
    title: 'Attendance too low',
    description: 'Completion needs at least 75 % attendance of the program’s sessions.',
  },
  'agency.unknown': {
    status: 409,
    title: 'Agency not known',
    description:
      'The agency code is not known to this service yet (registrations arrive by event, normally within a second).',
  },
  'agency.wrong-kind': {
    status: 409,
    title: 'Agency of the wrong kind',
    description: 'The agency exists but is not of the kind needed here (for example a BAPAS for a release).',
  },

  // Reintegration
  'case.closed': {
    status: 409,
    title: 'Case closed',
    description: 'A closed case cannot change.',
  },

  // Budgeting
  'budget.owner-not-party': {
    status: 409,
    title: 'Owner is not a party',
    description: 'A budget is owned by one of its agreement’s parties; name a party as `ownerAgencyCode`.',
  },
  'budget.unknown-agreement': {
    status: 409,
    title: 'Agreement not known to budgeting',
    description:
      'Budgeting has not received this agreement yet (it arrives by event, normally within a second).',
  },
  'budget.already-exists': {
    status: 409,
    title: 'Budget exists',
    description: 'The agency already has a budget from this source for the agreement and fiscal year.',
  },
  'budget.ceiling-below-allocated': {
    status: 409,
    title: 'Ceiling below allocations',
    description: 'A revised ceiling may not be below what is already allocated.',
  },
  'budget.insufficient-funds': {
    status: 409,
    title: 'Insufficient funds',
    description: 'The budget has less available than the allocation asks for.',
  },
  'budget.not-applicable': {
    status: 409,
    title: 'No suitable budget',
    description:
      'The named budget is not one of the agreement for the fiscal year, or the agreement has no budget for it.',
  },
  'allocation.invalid-state': {
    status: 409,
    title: 'Allocation in the wrong state',
    description: 'Only `PENDING` allocations are decided and only `APPROVED` ones disbursed.',
  },
  'allocation.not-fundable': {
    status: 409,
    title: 'Allocation cannot be funded',
    description:
      'The agreement is unknown, terminated, expired or not in force, or has no budget for the year; `detail` says which.',
  },
  'disbursement.exceeds-allocation': {
    status: 409,
    title: 'Above the remaining allocation',
    description: 'A disbursement may not exceed what is left of its allocation.',
  },
  'disbursement.duplicate-reference': {
    status: 409,
    title: 'Reference already disbursed',
    description:
      'A payment reference is disbursed once per allocation; a repeated payment order is refused rather than paid twice.',
  },

  // Webhooks (notifications)
  'webhook.url-not-allowed': {
    status: 400,
    title: 'Webhook URL not allowed',
    description:
      'A webhook URL must be `https://`, carry no user name or password, and its host must resolve only to public addresses: loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved addresses are refused (a deployment may allow them for local tests). `detail` names the rule.',
  },
  'webhook.delivery-pending': {
    status: 409,
    title: 'Delivery still pending',
    description:
      'The delivery is still being attempted; it can be redelivered once it has succeeded or been marked failed.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The code used for an error that carries none (framework errors), by HTTP status. */
export function codeForStatus(status: number): ErrorCode {
  const byStatus: Record<number, ErrorCode> = {
    400: 'request.malformed',
    401: 'auth.unauthenticated',
    403: 'auth.forbidden',
    404: 'resource.not-found',
    405: 'request.method-not-allowed',
    406: 'request.not-acceptable',
    408: 'request.timeout',
    409: 'resource.conflict',
    413: 'request.too-large',
    415: 'request.unsupported-media-type',
    431: 'request.headers-too-large',
    429: 'request.rate-limited',
    503: 'service.unavailable',
    504: 'service.timeout',
  };
  return byStatus[status] ?? (status >= 400 && status < 500 ? 'request.rejected' : 'internal.error');
}

export const ERROR_DOCS_URL = 'https://sinergi.example/docs/errors.md';

/** The `type` URI of a code: its entry in docs/errors.md. */
export const errorTypeUri = (code: ErrorCode) => `${ERROR_DOCS_URL}#${code}`;

/** docs/errors.md, generated from the catalogue. */
export function renderErrorDocs(): string {
  const rows = Object.entries(ERROR_CATALOGUE as Record<string, ErrorEntry>);
  const lines = [
    '# Error codes',
    '',
    '<!-- Generated from libs/platform/src/errors/error-catalogue.ts by `npm run docs:errors`; do not edit. -->',
    '',
    'Every error answer is `application/problem+json` (RFC 9457):',
    '',
    '```json',
    '{',
    `  "type": "${ERROR_DOCS_URL}#budget.insufficient-funds",`,
    '  "title": "Insufficient funds",',
    '  "status": 409,',
    '  "code": "budget.insufficient-funds",',
    '  "detail": "not enough available in budget …: 1000000 available, 5000000 requested",',
    '  "instance": "/api/v1/allocations/0197…/approve",',
    '  "correlationId": "4f1c…"',
    '}',
    '```',
    '',
    '`code` is stable: branch on it, never on `detail` (English text that may change). `type` is the',
    'URI of the entry below, `instance` the request path and `correlationId` the id to quote when',
    'reporting a problem (also in the `x-correlation-id` header). A 400 `request.invalid-input` also',
    'has `errors: [{field, message}]` listing every invalid field.',
    '',
    '| code | status | title |',
    '|---|---|---|',
    ...rows.map(([code, e]) => `| [\`${code}\`](#${code}) | ${e.status} | ${e.title} |`),
    '',
    ...rows.flatMap(([code, e]) => [
      `<a id="${code}"></a>`,
      '',
      `## \`${code}\``,
      '',
      `**${e.status} ${e.title}.** ${e.description}`,
      '',
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
