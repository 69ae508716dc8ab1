import path from 'node:path';
import {
  asyncApiErrors,
  checkEventDocs,
  consumersFromSources,
  EVENT_DOCS,
  renderEventDocs,
  serviceSourceDirs,
} from './event-docs';

const ROOT = path.resolve(__dirname, '../../../..');
const fixture = (name: string) => path.join(__dirname, '../../test/fixtures', name);

describe('event catalogue (npm run docs:events -- --check)', () => {
  it('finds the checked-in catalogue current, matching every handler, and valid AsyncAPI', async () => {
    expect(await checkEventDocs(ROOT)).toEqual([]);
  }, 30_000);

  it('fails when a service has a handler the catalogue does not list', async () => {
    const dirs = serviceSourceDirs(ROOT);
    dirs.budgeting.push(fixture('expiring-handler'));

    expect(await checkEventDocs(ROOT, dirs)).toEqual([
      `${EVENT_DOCS.asyncapi}, ${EVENT_DOCS.table} out of date: run npm run docs:events`,
    ]);
    const table = renderEventDocs(consumersFromSources(dirs))[EVENT_DOCS.table];
    const row = table.split('\n').find((line) => line.includes('`agreement.expiring`'));
    expect(
      row?.endsWith(
        '| budgeting (ExpiryNotices.onExpiring), notifications (AgreementNotifications.onExpiring) |',
      ),
    ).toBe(true);
  }, 30_000);

  it('fails when Subscriptions and the handlers disagree, in either direction', async () => {
    const dirs = serviceSourceDirs(ROOT);
    dirs.rehabilitation.push(fixture('forgotten-handler'));
    dirs.reintegration = [];

    expect(await checkEventDocs(ROOT, dirs)).toEqual([
      'rehabilitation: handler ForgottenHandler.onCancelled takes program.cancelled from rehabilitation.program.v1, which is not in Subscriptions.rehabilitation',
      'reintegration: Subscriptions.reintegration lists rehabilitation.participant.v1 but no handler of reintegration takes an event from it',
      'reintegration: Subscriptions.reintegration lists budgeting.allocation.v1 but no handler of reintegration takes an event from it',
      'reintegration: Subscriptions.reintegration lists agreements.agreement.v1 but no handler of reintegration takes an event from it',
      'reintegration: Subscriptions.reintegration lists agreements.agency.v1 but no handler of reintegration takes an event from it',
      `${EVENT_DOCS.asyncapi}, ${EVENT_DOCS.table} out of date: run npm run docs:events`,
    ]);
  }, 30_000);

  it('reports the AsyncAPI parser’s errors, such as a reference to a missing schema', async () => {
    const document = JSON.parse(
      renderEventDocs(consumersFromSources(serviceSourceDirs(ROOT)))[EVENT_DOCS.asyncapi],
    );
    document.components.schemas.WorkPlanApprovedV1.properties.targets.items = {
      $ref: '#/components/schemas/Array',
    };
    expect(await asyncApiErrors(JSON.stringify(document))).toEqual([
      "invalid-ref at components.schemas.WorkPlanApprovedV1.properties.targets.items.$ref: '#/components/schemas/Array' does not exist",
    ]);
  }, 30_000);
});
