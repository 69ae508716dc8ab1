import { ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import type { SchemaObject } from '@nestjs/swagger';

// class-transformer's @Type metadata names nested classes (it ships no typings for this path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
};

type Target = new (...args: never[]) => object;

/** Where `@ApiProperty` keeps a property's options (@nestjs/swagger's API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

const CALENDAR_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** Schemas of the project's own `ValidateBy` validators, by name. */
const CUSTOM_SCHEMAS: Record<string, SchemaObject> = {
  isNip: { type: 'string', pattern: '^\\d{18}$', example: '198507142010011003' },
};

const EXAMPLE_UUID = '01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b';

const validatorStorage = getMetadataStorage() as unknown as {
  getTargetValidatorConstraints(target: Function): Array<{ name: string }>;
};

type Converters = NonNullable<
  NonNullable<Parameters<typeof targetConstructorToSchema>[1]>['additionalConverters']
>;

const additionalConverters: Converters = {
  [ValidationTypes.CUSTOM_VALIDATION]: (meta) => {
    const name = validatorStorage.getTargetValidatorConstraints(meta.constraintCls as Function)[0]?.name;
    // class-validator-jsonschema types schemas with its own copy of openapi3-ts; the shape is the same.
    return ((name ? CUSTOM_SCHEMAS[name] : undefined) ?? {}) as ReturnType<
      Extract<Converters[string], Function>
    >;
  },
};

/** `IsDefined` reads as `not: {type: 'null'}`, which OpenAPI 3.0 cannot say; `required` says it. */
function withoutNullCheck(schema: SchemaObject): SchemaObject {
  const { not, ...rest } = schema;
  return (not as SchemaObject | undefined)?.type === 'null' ? rest : schema;
}

/** A property schema made explicit where class-validator's reading is ambiguous. */
function refine(schema: SchemaObject): SchemaObject {
  const refined: SchemaObject = withoutNullCheck(schema);
  if (refined.pattern === CALENDAR_DATE) {
    // IsCalendarDate = Matches(YYYY-MM-DD) + IsISO8601: a date, not a date-time.
    delete refined.pattern;
    delete refined.oneOf;
    refined.type = 'string';
    refined.format = 'date';
    refined.example ??= '2027-01-15';
  }
  const options = refined.oneOf as SchemaObject[] | undefined;
  if (options?.every((o) => o.type === 'string' && (o.format === 'date' || o.format === 'date-time'))) {
    // IsISO8601 alone reads as "a date or a date-time": an instant.
    delete refined.oneOf;
    refined.type = 'string';
    refined.format = 'date-time';
  }
  if (refined.format === 'uuid') refined.example ??= EXAMPLE_UUID;
  if (Array.isArray(refined.enum) && refined.enum.length > 0) refined.example ??= refined.enum[0];
  if (refined.type === 'array' && refined.items && !('$ref' in refined.items))
    refined.items = refine(refined.items as SchemaObject);
  return refined;
}

/**
 * Describes every class-validated class (request bodies and query DTOs) to @nestjs/swagger from
 * its class-validator decorators, so the validation rules are the one source of the request
 * schemas: types, required fields, enums (`IsIn`), formats (`IsUUID`, `IsEmail`, `IsCalendarDate`),
 * bounds, patterns and nested classes. An explicit `@ApiProperty` on a field (a description or
 * an example) is kept and wins.
 */
export function describeValidatedClasses(): void {
  const targets = new Set<Target>();
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, unknown> };
  for (const target of storage.validationMetadatas.keys()) targets.add(target as Target);
  for (const target of targets) describeClass(target);
}

/** What an explicit `@ApiProperty` on a validated field may add. */
const DESCRIPTIVE = ['description', 'example', 'examples', 'deprecated', 'title', 'default'];

const described = new WeakSet<Target>();

function describeClass(target: Target): void {
  if (described.has(target)) return;
  described.add(target);
  const schema = targetConstructorToSchema(target, {
    additionalConverters,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as SchemaObject;
  const required = new Set(schema.required ?? []);
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const property = raw as SchemaObject;
    const nested = defaultMetadataStorage.findTypeMetadata(target, key)?.typeFunction() as Target | undefined;
    const isNestedClass =
      nested !== undefined && nested !== Number && nested !== String && nested !== Boolean && nested !== Date;
    let options: Record<string, unknown>;
    if (isNestedClass) {
      describeClass(nested);
      const {
        items: _items,
        $ref: _ref,
        type: _type,
        ...rest
      } = withoutNullCheck(property) as SchemaObject & {
        $ref?: string;
      };
      options = { ...rest, type: () => nested, isArray: property.type === 'array' };
    } else {
      options = refine(property) as Record<string, unknown>;
    }
    const explicit = (Reflect.getMetadata(API_MODEL_PROPERTIES, target.prototype, key) ?? {}) as Record<
      string,
      unknown
    >;
    const words = Object.fromEntries(DESCRIPTIVE.filter((k) => k in explicit).map((k) => [k, explicit[k]]));
    ApiProperty({ ...options, required: required.has(key), ...words })(target.prototype, key);
  }
}
