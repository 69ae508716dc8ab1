export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');

export interface PlatformOptions {
  serviceName: string;
  version: string;
  internalAuthSecret: string;
  kafkaBrokers: string[];
}
