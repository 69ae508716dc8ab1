import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * `@ApiProperty` shorthands for response classes, in the API's conventions (docs/api.md): ids are
 * UUIDs, dates `YYYY-MM-DD`, timestamps ISO-8601 UTC, money whole Rupiah.
 */
export const EXAMPLE_UUID = '01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b';

type Options = ApiPropertyOptions & Record<string, unknown>;

export const UuidField = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'uuid', example: EXAMPLE_UUID, ...options } as ApiPropertyOptions);

export const DateField = (options: Options = {}) =>
  ApiProperty({ type: 'string', format: 'date', example: '2027-01-15', ...options } as ApiPropertyOptions);

export const TimestampField = (options: Options = {}) =>
  ApiProperty({
    type: 'string',
    format: 'date-time',
    example: '2027-01-15T03:00:00.000Z',
    ...options,
  } as ApiPropertyOptions);

export const EnumField = (values: readonly (string | number)[], options: Options = {}) =>
  ApiProperty({
    enum: [...values],
    example: options.isArray ? [values[0]] : values[0],
    ...options,
  } as ApiPropertyOptions);

export const RupiahField = (options: Options = {}) =>
  ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Whole Rupiah',
    example: 150_000_000,
    ...options,
  } as ApiPropertyOptions);

export const IntegerField = (options: Options = {}) =>
  ApiProperty({ type: 'integer', ...options } as ApiPropertyOptions);

export const TextField = (options: Options = {}) =>
  ApiProperty({ type: 'string', ...options } as ApiPropertyOptions);

/** A free-form JSON object (old and new values of changed fields, a frozen copy of terms). */
export const ObjectField = (options: Options = {}) =>
  ApiProperty({ type: 'object', additionalProperties: true, ...options } as ApiPropertyOptions);
