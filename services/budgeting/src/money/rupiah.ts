import type { ValueTransformer } from 'typeorm';

/**
 * Whole Rupiah in `bigint` columns. PostgreSQL hands bigints back as strings; every amount the
 * platform allows (≤ 10^15) is exact as a JavaScript number.
 */
export const rupiahColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
