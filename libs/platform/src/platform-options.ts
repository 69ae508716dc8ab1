export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');

export interface PlatformOptions {
  serviceName: string;
  version: string;
  /** The gateway's public keys (JWKS) that internal tokens are checked against. */
  internalVerifyKeys?: string;
  /** Every non-public route needs the gateway's internal token (all services but the gateway). */
  requireInternalToken: boolean;
}

/** Injection token of the validated environment of the running service. */
export const SERVICE_ENV = Symbol('SERVICE_ENV');
