export * from './kafka-client';
export * from './schema/messaging-tables.migration';
export * from './topics/ensure-topics';
