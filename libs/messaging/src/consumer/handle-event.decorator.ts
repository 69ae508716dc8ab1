import { SetMetadata } from '@nestjs/common';
import type { EventClass } from '@sinergi/contracts';

export const HANDLE_EVENT = 'sinergi:handle-event';

/**
 * Declares a provider method as the handler of one event type and version:
 * `@HandleEvent(ProgramFundingRequestedV1) async onFundingRequested(data, event) { … }`.
 * It runs in one transaction with the inbox record, at most once per event, and may publish events.
 */
export const HandleEvent = (eventClass: EventClass) => SetMetadata(HANDLE_EVENT, eventClass);
