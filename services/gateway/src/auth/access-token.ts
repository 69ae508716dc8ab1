import { identityTokens } from '@sinergi/platform';

/** Short-lived public access tokens carrying the client's agency and roles. */
export const accessTokens = identityTokens('sinergi-gateway', 'sinergi-api');
