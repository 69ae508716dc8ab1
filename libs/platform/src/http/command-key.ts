/**
 * Header on a gateway → service command carrying the client's `Idempotency-Key`: the service
 * records the key with the command's effect, in the same transaction, and answers a repeat with
 * the first result.
 */
export const COMMAND_KEY_HEADER = 'x-sinergi-command-key';

/** Metadata of a command whose answer carries a secret shown once (see `SecretAnswer`). */
export const SECRET_ANSWER = 'sinergi:secret-answer';

/**
 * Marks a command whose answer carries a secret that is shown once (a signing secret): its command
 * key is recorded with the effect, but the answer is not kept, so a repeat with the same key is
 * answered 409 `idempotency.response-not-kept` instead of running again or replaying the secret.
 */
export const SecretAnswer = (): MethodDecorator => (_target, _key, descriptor) => {
  Reflect.defineMetadata(SECRET_ANSWER, true, descriptor.value as object);
  return descriptor;
};
