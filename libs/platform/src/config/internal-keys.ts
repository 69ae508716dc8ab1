import {
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { internalKeys } from '../auth/internal-token';

/** The key bytes (hex) in a master key or a JWKS of internal token keys; empty when it is neither. */
export function internalKeyBytes(text: string): string[] {
  try {
    return text.includes('"keys"')
      ? [...internalKeys.serviceKeysOf(text).values()].map((key) => key.toString('hex'))
      : [internalKeys.masterKeyOf(text.trim()).secret.toString('hex')];
  } catch {
    return [];
  }
}

/** Why `text` is not what `read` takes, for the validators below. */
const problemOf = (read: (text: string) => unknown, value: unknown): string | undefined => {
  if (typeof value !== 'string') return 'is not text';
  try {
    read(value.trim());
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

@ValidatorConstraint({ name: 'internalSigningKey' })
export class InternalSigningKey implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return problemOf(internalKeys.masterKeyOf, value) === undefined;
  }
  defaultMessage(args?: ValidationArguments) {
    return `must be the master key of internal tokens, a JWK {"kty":"oct","kid":…,"k":…} of at least ${internalKeys.KEY_BYTES} bytes: it ${problemOf(internalKeys.masterKeyOf, args?.value)}`;
  }
}

@ValidatorConstraint({ name: 'internalKeySet' })
export class InternalKeySet implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return problemOf(internalKeys.serviceKeysOf, value) === undefined;
  }
  defaultMessage(args?: ValidationArguments) {
    return `must be this service's keys of internal tokens, a JWKS {"keys":[{"kty":"oct","kid":…,"k":…}]}: it ${problemOf(internalKeys.serviceKeysOf, args?.value)}`;
  }
}
