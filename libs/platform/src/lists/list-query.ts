import { Type } from 'class-transformer';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';

/**
 * `?limit=&cursor=&updatedSince=` of every list route. Items come in id order (ids are time-ordered
 * UUIDs), a stable sort whose keyset cursor is the last id seen.
 */
export class ListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @IsOptional()
  @IsUUID()
  cursor?: string;

  /**
   * Only items created or changed at or after this instant (ISO-8601). For syncing: keep the time
   * a sync started (the `Date` of its first answer, minus a little for clock skew) and pass it next
   * time; an item may come twice, so apply items by id.
   */
  @ApiPropertyOptional({
    description:
      'Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice).',
    example: '2027-01-15T03:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'updatedSince must be an ISO-8601 timestamp' })
  updatedSince?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Builds a page from rows fetched with `limit + 1` (ordered by id ascending). */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}

/**
 * In a TypeORM `Raw` condition on one property (`Entity.createdAt`), another property of the same
 * row (`Entity.id`); TypeORM turns both into quoted column names.
 */
export const sibling = (propertyPath: string, property: string) => propertyPath.replace(/[^.]+$/, property);
