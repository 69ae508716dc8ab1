/** Subscribed topics that do not exist on the broker: consumption cannot start until they are created. */
export class MissingTopicsError extends Error {
  constructor(readonly topics: string[]) {
    super(`topics missing on the broker: ${topics.join(', ')} (create them with npm run topics)`);
  }
}

const BROKER_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSBrokerNotFound',
  'KafkaJSRequestTimeoutError',
  'KafkaJSGroupCoordinatorNotFound',
]);
/** Protocol errors a broker answers with while it, or the partition leader, is unavailable. */
const BROKER_UNAVAILABLE = new Set([
  'COORDINATOR_NOT_AVAILABLE',
  'GROUP_COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR',
  'NOT_COORDINATOR_FOR_GROUP',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'GROUP_LOAD_IN_PROGRESS',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'NOT_LEADER_OR_FOLLOWER',
  'REQUEST_TIMED_OUT',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
]);
const BROKER_MESSAGES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection (error|timeout)|Closed connection|not connected/i;

type KafkaError = Error & { type?: string; cause?: unknown; originalError?: unknown };

/**
 * Why a consumer stopped, and whether the only cause is a broker that cannot be reached (which
 * leaves the service ready, Kafka degraded) rather than something a person must fix.
 */
export function consumerFailure(error: unknown): { reason: string; brokerUnreachable: boolean } {
  const chain: KafkaError[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 10;) {
    chain.push(e as KafkaError);
    e = (e as KafkaError).cause ?? (e as KafkaError).originalError;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof MissingTopicsError) return { reason: message, brokerUnreachable: false };
  if (chain.some((e) => e.name === 'KafkaJSSASLAuthenticationError'))
    return {
      reason: `Kafka refused the service's credentials (KAFKA_SASL_*): ${message}`,
      brokerUnreachable: false,
    };
  if (chain.some((e) => e.type === 'UNKNOWN_TOPIC_OR_PARTITION'))
    return { reason: `a subscribed topic is missing on the broker: ${message}`, brokerUnreachable: false };
  const unreachable = chain.some(
    (e) =>
      BROKER_ERRORS.has(e.name) ||
      (e.type !== undefined && BROKER_UNAVAILABLE.has(e.type)) ||
      BROKER_MESSAGES.test(e.message),
  );
  return { reason: unreachable ? `broker unreachable: ${message}` : message, brokerUnreachable: unreachable };
}
