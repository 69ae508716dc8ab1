import { requestContext, type CallerIdentity } from '../logging/request-context';
import { TextField, UuidField } from '../openapi/properties';

/**
 * The signed-in person who made a record (issue: every action is attributed to a person). Records
 * keep it beside the acting client id (`user:<userId>` for a person); API clients, the scheduler
 * and event-driven work have none.
 */
export interface Person {
  userId: string;
  userName: string;
}

/** The person behind a caller, or null for a system client. */
export const personOf = (caller: CallerIdentity | undefined): Person | null =>
  caller?.userId ? { userId: caller.userId, userName: caller.userName ?? '' } : null;

/** The person behind the current request, or null (system client, or work caused by an event). */
export const actingPerson = (): Person | null => personOf(requestContext.current()?.caller);

/** The person as stored in a record's `<x>_user_id` and `<x>_user_name` columns (both null for none). */
export const personColumns = (person: Person | null): [string | null, string | null] =>
  person ? [person.userId, person.userName] : [null, null];

/** The person read back from a record's two columns. */
export const personFrom = (userId: string | null | undefined, userName: string | null | undefined) =>
  userId ? { userId, userName: userName ?? '' } : null;

export class PersonResponse implements Person {
  @UuidField({ description: 'The signed-in person (their client id is `user:<userId>`)' }) userId: string;
  @TextField({ example: 'Siti Aminah' }) userName: string;
}
