/**
 * Every Kafka topic of the platform and who consumes it: the single definition from which topics,
 * retry and dead-letter topics are created (EVENTS.md, "Topics" and "Who reacts to what").
 */
export const Topics = {
  agreement: 'agreements.agreement.v1',
  agency: 'agreements.agency.v1',
  program: 'rehabilitation.program.v1',
  participant: 'rehabilitation.participant.v1',
  case: 'reintegration.case.v1',
  budget: 'budgeting.budget.v1',
  allocation: 'budgeting.allocation.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export type ConsumerName = 'agreements' | 'rehabilitation' | 'reintegration' | 'budgeting' | 'notifications';

/**
 * The topics each consuming service subscribes to: exactly the topics of its `@HandleEvent`
 * handlers. A service refuses to start with a handler whose topic is missing here (its retry and
 * dead-letter topics would not exist), and `npm run docs:events -- --check` fails on a topic listed
 * here that no handler of the service takes.
 */
export const Subscriptions: Record<ConsumerName, readonly TopicName[]> = {
  agreements: [Topics.participant, Topics.case, Topics.budget, Topics.allocation],
  rehabilitation: [Topics.agreement, Topics.agency, Topics.allocation],
  reintegration: [Topics.participant, Topics.allocation, Topics.agreement, Topics.agency],
  budgeting: [Topics.program, Topics.case, Topics.agreement],
  notifications: [
    Topics.agreement,
    Topics.program,
    Topics.participant,
    Topics.case,
    Topics.budget,
    Topics.allocation,
  ],
};

export const retryTopic = (topic: string, consumer: string) => `${topic}.${consumer}.retry`;
export const deadLetterTopic = (topic: string, consumer: string) => `${topic}.${consumer}.dlq`;

/** Every topic that must exist: the event streams plus each consumer's retry and dead-letter topics. */
export function allTopicNames(): string[] {
  const names = new Set<string>(Object.values(Topics));
  for (const [consumer, topics] of Object.entries(Subscriptions)) {
    for (const topic of topics) {
      names.add(retryTopic(topic, consumer));
      names.add(deadLetterTopic(topic, consumer));
    }
  }
  return [...names].sort();
}
