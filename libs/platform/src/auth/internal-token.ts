import type { CallerIdentity } from '../logging/request-context';
import { identityTokens } from './identity-token';

/** Header on every gateway → service call: a short-lived token carrying the caller's identity. */
export const INTERNAL_TOKEN_HEADER = 'x-sinergi-internal-token';

const internalTokens = identityTokens('sinergi-gateway', 'sinergi-services');
const TTL_SECONDS = 60;

export const issueInternalToken = (caller: CallerIdentity, secret: string) =>
  internalTokens.issue(caller, secret, TTL_SECONDS);

export const readInternalToken = (token: string, secret: string) => internalTokens.read(token, secret);
