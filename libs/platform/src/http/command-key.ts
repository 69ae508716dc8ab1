/**
 * Header on a gateway → service command carrying the client's `Idempotency-Key`: the service
 * records the key with the command's effect, in the same transaction, and answers a repeat with
 * the first result.
 */
export const COMMAND_KEY_HEADER = 'x-sinergi-command-key';
