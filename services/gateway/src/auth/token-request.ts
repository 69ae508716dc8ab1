import { BadRequestException } from '@nestjs/common';
import { InvalidInputException } from '@sinergi/platform';

/** Longest client id and secret read; anything longer is refused before any hashing. */
export const MAX_CREDENTIAL_LENGTH = 256;
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export interface TokenCredentials {
  clientId: string;
  clientSecret: string;
  /** OAuth 2.0 form (RFC 6749 §4.4): answered with access_token, token_type, expires_in. */
  oauth: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `Authorization: Basic` of RFC 6749 §2.3.1: form-urlencoded id and secret, joined by a colon. */
function basicCredentials(
  header: string | undefined,
): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new BadRequestException('HTTP Basic credentials must be client_id:client_secret');
  const unform = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
  try {
    return { clientId: unform(decoded.slice(0, colon)), clientSecret: unform(decoded.slice(colon + 1)) };
  } catch {
    throw new BadRequestException('HTTP Basic credentials are not form-urlencoded');
  }
}

/**
 * Credentials of POST /auth/token: JSON `{clientId, clientSecret}`, or the OAuth 2.0 form
 * (`grant_type=client_credentials`) with `client_id`/`client_secret` in the body or HTTP Basic.
 */
export function readTokenRequest(
  contentType: string | undefined,
  authorization: string | undefined,
  body: unknown,
): TokenCredentials {
  const fields = (body ?? {}) as Record<string, unknown>;
  const oauth = (contentType ?? '').toLowerCase().startsWith(FORM_CONTENT_TYPE);
  const basic = basicCredentials(authorization);
  let clientId: string | undefined;
  let clientSecret: string | undefined;
  const problems: Array<{ field: string; message: string }> = [];
  if (oauth) {
    if (fields.grant_type !== 'client_credentials')
      problems.push({ field: 'grant_type', message: 'grant_type must be client_credentials' });
    if (basic && (fields.client_id !== undefined || fields.client_secret !== undefined))
      throw new BadRequestException(
        'send the client credentials either with HTTP Basic or in the body, not both',
      );
    clientId = basic?.clientId ?? text(fields.client_id);
    clientSecret = basic?.clientSecret ?? text(fields.client_secret);
  } else {
    clientId = basic?.clientId ?? text(fields.clientId);
    clientSecret = basic?.clientSecret ?? text(fields.clientSecret);
  }
  const [idField, secretField] = oauth ? ['client_id', 'client_secret'] : ['clientId', 'clientSecret'];
  for (const [field, value] of [
    [idField, clientId],
    [secretField, clientSecret],
  ] as const) {
    if (!value) problems.push({ field, message: `${field} is required` });
    else if (value.length > MAX_CREDENTIAL_LENGTH)
      problems.push({ field, message: `${field} must be at most ${MAX_CREDENTIAL_LENGTH} characters` });
  }
  if (problems.length > 0) throw new InvalidInputException(problems);
  return { clientId: clientId!, clientSecret: clientSecret!, oauth };
}
