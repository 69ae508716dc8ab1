import { allContracts, contractOf, Topics } from '@sinergi/contracts';

/**
 * The event types a webhook may subscribe to: every type of the catalogue (docs/events) that
 * concerns agencies through an agreement, a facility or a case; `agency.registered` concerns none.
 */
export const SUBSCRIBABLE_EVENT_TYPES: readonly string[] = allContracts()
  .map(contractOf)
  .filter((contract) => contract.topic !== Topics.agency)
  .map((contract) => contract.type)
  .sort();
