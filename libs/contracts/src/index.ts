import 'reflect-metadata';

export * from './domain-values';
export * from './envelope';
export * from './event-contract';
export * from './events/agreements';
export * from './events/budgeting';
export * from './events/rehabilitation';
export * from './events/reintegration';
export * from './topics';
export * from './recidivism';
export * from './uuid';
export * from './validators';
export * from './asyncapi';
export * from './nik';
