import 'reflect-metadata';
import { internalKeyBytes } from './internal-keys';

interface DevelopmentSecrets {
  DEV_DEFAULTS: Record<string, string>;
  DEV_DATABASE_PASSWORD: string;
  DEV_KAFKA_SASL: { KAFKA_SASL_PASSWORD: string };
  NOT_SECRET: Set<string>;
  devInternalKeys(): string[];
}
/**
 * The public development values of every secret (`npm start`, tests of the scripts, the k8s dev
 * overlay), defined once in scripts/dev-secrets.js (shipped in the image). src/ and dist/ are at the
 * same depth, so the path holds for both.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const development = require('../../../../scripts/dev-secrets') as DevelopmentSecrets;

/** Shortest secret accepted in production. */
export const PRODUCTION_SECRET_MIN_LENGTH = 32;

const SECRET_VARIABLES = Symbol('sinergi:secret-variables');
const SECRET_CONDITIONS = Symbol('sinergi:secret-conditions');

type SecretCondition = (env: Record<string, unknown>) => boolean;

const DATABASE_URL_VARIABLES = Symbol('sinergi:database-url-variables');

/**
 * Marks a PostgreSQL connection URL whose password production checks: present and not a development
 * password (every role's starts with DEV_DATABASE_PASSWORD). An optional one is checked when set.
 */
export const DatabaseUrlVariable =
  ({ optional = false } = {}): PropertyDecorator =>
  (target, property) => {
    const inherited: Array<[string, boolean]> = Reflect.getMetadata(DATABASE_URL_VARIABLES, target) ?? [];
    Reflect.defineMetadata(DATABASE_URL_VARIABLES, [...inherited, [String(property), optional]], target);
  };

/**
 * Marks an environment variable as a secret: required, long enough and never a development value in
 * production — only while `when` holds, if given (e.g. a password only used with SASL configured).
 */
export const SecretVariable =
  (options: { when?: SecretCondition } = {}): PropertyDecorator =>
  (target, property) => {
    const inherited: string[] = Reflect.getMetadata(SECRET_VARIABLES, target) ?? [];
    Reflect.defineMetadata(SECRET_VARIABLES, [...inherited, String(property)], target);
    if (options.when) {
      const conditions = new Map<string, SecretCondition>(Reflect.getMetadata(SECRET_CONDITIONS, target));
      Reflect.defineMetadata(SECRET_CONDITIONS, conditions.set(String(property), options.when), target);
    }
  };

const DEVELOPMENT_KEY_VARIABLES = Symbol('sinergi:development-key-variables');

/**
 * Marks a variable holding keys of internal tokens (the gateway's master key, a service's keys): in
 * production it is refused when it holds a development key (the master or one derived from it).
 */
export const NoDevelopmentKeys = (): PropertyDecorator => (target, property) => {
  const inherited: string[] = Reflect.getMetadata(DEVELOPMENT_KEY_VARIABLES, target) ?? [];
  Reflect.defineMetadata(DEVELOPMENT_KEY_VARIABLES, [...inherited, String(property)], target);
};

/** The development keys of internal tokens (`npm start`, the k8s dev overlay), as hex. */
const developmentKeys = new Set(
  development.devInternalKeys().map((k) => Buffer.from(k, 'base64url').toString('hex')),
);

const developmentValues = new Set([
  ...Object.entries(development.DEV_DEFAULTS)
    .filter(([name]) => !development.NOT_SECRET.has(name))
    .map(([, value]) => value),
  development.DEV_KAFKA_SASL.KAFKA_SASL_PASSWORD,
]);

function databasePassword(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return undefined;
  }
}

/** Every secret of `env` that production must not run with: missing, too short or a development value. */
export function productionSecretProblems(envClass: new () => object, env: object): string[] {
  const names: string[] = Reflect.getMetadata(SECRET_VARIABLES, envClass.prototype) ?? [];
  const conditions: Map<string, SecretCondition> =
    Reflect.getMetadata(SECRET_CONDITIONS, envClass.prototype) ?? new Map();
  const values = env as Record<string, unknown>;
  const problems: string[] = [];
  for (const name of names) {
    if (conditions.get(name)?.(values) === false) continue;
    const value = values[name];
    if (typeof value !== 'string' || value === '') problems.push(`${name}: is required in production`);
    else if (developmentValues.has(value))
      problems.push(`${name}: is a public development value; set a fresh secret (npm run secrets)`);
    else if (value.length < PRODUCTION_SECRET_MIN_LENGTH)
      problems.push(`${name}: must be at least ${PRODUCTION_SECRET_MIN_LENGTH} characters in production`);
  }
  const keyVariables: string[] = Reflect.getMetadata(DEVELOPMENT_KEY_VARIABLES, envClass.prototype) ?? [];
  for (const name of keyVariables) {
    const value = values[name];
    if (problems.some((p) => p.startsWith(`${name}:`))) continue;
    if (typeof value !== 'string' || value === '') problems.push(`${name}: is required in production`);
    else if (internalKeyBytes(value).some((key) => developmentKeys.has(key)))
      problems.push(`${name}: holds a development key; set fresh keys (npm run secrets)`);
  }
  const urls: Array<[string, boolean]> =
    Reflect.getMetadata(DATABASE_URL_VARIABLES, envClass.prototype) ?? [];
  for (const [name, optional] of urls) {
    if (optional && (values[name] === undefined || values[name] === '')) continue;
    const password = databasePassword(values[name]);
    if (password === undefined || password === '') problems.push(`${name}: needs a password in production`);
    else if (password.startsWith(development.DEV_DATABASE_PASSWORD))
      problems.push(`${name}: uses the public development database password`);
  }
  return problems;
}
