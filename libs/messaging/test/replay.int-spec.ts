import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { ProgramCreatedV1, ProgramFundingRequestedV1 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { eventually, publishTestEvent, startTestService, testInfrastructure } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { parseReplayFrom, replay, ReplayError, type ReplayResult } from '../src';
import { consumerService, fundingRequest, laterConsumerService } from './probe-services';

const ROOT = path.resolve(__dirname, '../../..');

const programCreated = () =>
  Object.assign(new ProgramCreatedV1(), {
    agreementId: randomUUID(),
    facilityCode: 'LAPAS-REPLAY',
    track: 'KEMANDIRIAN',
    category: 'WELDING',
  });

describe('npm run replay: a handler added later catches up on past events, each applied once', () => {
  testInfrastructure();

  it('gives a new handler the events published before it existed, once, without running the others again', async () => {
    const from = new Date();
    const program = randomUUID();
    // Before the handler exists: program.created is ignored, program.funding-requested handled by ProbeEffects.
    const first = await startTestService(consumerService());
    let created: string[];
    let funding: string[];
    try {
      created = [];
      for (let i = 0; i < 3; i++)
        created.push((await publishTestEvent(ProgramCreatedV1, program, programCreated())).id);
      funding = [];
      for (let i = 1; i <= 2; i++)
        funding.push(
          (await publishTestEvent(ProgramFundingRequestedV1, program, fundingRequest('LAPAS-REPLAY', i))).id,
        );
      await eventually(
        () => effects(first, funding),
        (rows) => rows.length === 2,
      );
    } finally {
      await first.stop();
    }

    // The new version with ProgramLog: its group has already passed those events, so only a replay gives them.
    const later = await startTestService(laterConsumerService());
    try {
      const marker = await publishTestEvent(ProgramCreatedV1, program, programCreated());
      await eventually(
        () => logged(later, [marker.id]),
        (rows) => rows.length === 1,
      );
      expect(await logged(later, [...created, ...funding])).toEqual([]);

      const lines: string[] = [];
      const onCreated = await replay(later.app, {
        handler: 'ProgramLog.onCreated',
        from: { time: from },
        log: (line) => lines.push(line),
      });
      // The marker was handled live by ProgramLog: the inbox says so and the replay skips it.
      expect(onCreated).toEqual<ReplayResult>({ read: 6, applied: 3, alreadyApplied: 1 });
      expect(lines[0]).toMatch(
        /^replaying program\.created v1 from rehabilitation\.program\.v1 to budgeting ProgramLog\.onCreated: 6 message\(s\) on \d partition\(s\)/,
      );
      expect(lines.at(-1)).toBe('6/6 message(s) read, 3 applied, 1 already applied: done');

      // A second handler of an event the service already handled: the inbox row gains it, ProbeEffects does not run again.
      const onFunding = await replay(later.app, {
        handler: 'ProgramLog.onFundingRequested',
        from: { time: from },
      });
      expect(onFunding).toEqual<ReplayResult>({ read: 6, applied: 2, alreadyApplied: 0 });

      const all = [...created, ...funding, marker.id];
      expect(await logged(later, all)).toEqual(
        [
          ...created.map((id) => ({ event_id: id, handler: 'onCreated', n: 1 })),
          ...funding.map((id) => ({ event_id: id, handler: 'onFundingRequested', n: 1 })),
          { event_id: marker.id, handler: 'onCreated', n: 1 },
        ].sort((a, b) => a.event_id.localeCompare(b.event_id)),
      );
      expect(await effects(later, funding)).toEqual(funding.map((id) => ({ event_id: id, n: 1 })).sort(byId));

      // Replaying again applies nothing.
      expect(await replay(later.app, { handler: 'ProgramLog.onCreated', from: { time: from } })).toEqual({
        read: 6,
        applied: 0,
        alreadyApplied: 4,
      });
      expect(
        await replay(later.app, { handler: 'ProgramLog.onFundingRequested', from: { time: from } }),
      ).toEqual({ read: 6, applied: 0, alreadyApplied: 2 });
      expect(await logged(later, all)).toHaveLength(6);
      const inbox = await later.app
        .get(DataSource)
        .query(`SELECT event_id, handlers FROM inbox WHERE event_id = ANY($1) ORDER BY event_id`, [funding]);
      expect(inbox).toEqual(
        funding
          .map((id) => ({
            event_id: id,
            handlers: ['ProbeEffects.onFundingRequested', 'ProgramLog.onFundingRequested'],
          }))
          .sort(byId),
      );
    } finally {
      await later.stop();
    }
  });

  it('names the handlers of the service when asked for one it does not have', async () => {
    const service = await startTestService(laterConsumerService({ consumer: { enabled: false } }));
    try {
      await expect(
        replay(service.app, { handler: 'ProgramLog.onCancelled', from: { offset: 0n } }),
      ).rejects.toThrow(
        new ReplayError(
          'budgeting has no handler ProgramLog.onCancelled; its handlers are: ' +
            'ProbeEffects.onFundingRequested, ProgramLog.onCreated, ProgramLog.onFundingRequested',
        ),
      );
    } finally {
      await service.stop();
    }
  });

  it('reads --from as an offset or an ISO time and refuses anything else', () => {
    expect(parseReplayFrom('42')).toEqual({ offset: 42n });
    expect(parseReplayFrom('2026-11-01T00:00:00Z')).toEqual({ time: new Date('2026-11-01T00:00:00Z') });
    expect(() => parseReplayFrom('yesterday')).toThrow(
      '--from yesterday is neither an ISO 8601 time (2026-11-01T00:00:00Z) nor an offset',
    );
    expect(() => parseReplayFrom('2999-01-01T00:00:00Z')).toThrow(
      '--from 2999-01-01T00:00:00Z is in the future',
    );
  });

  it('npm run replay refuses an unknown service or a missing argument with the usage', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/replay.js'), ...args]).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    expect(await run(['--consumer', 'payments', '--handler', 'A.b', '--from', '0'])).toEqual({
      code: 2,
      stderr:
        'replay: unknown service payments: the services that consume events are agreements, rehabilitation, reintegration, budgeting, notifications\n',
    });
    const missing = await run(['--consumer', 'budgeting']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^replay: usage: npm run replay -- --consumer <agreements\|rehabilitation\|reintegration\|budgeting\|notifications> --handler <Class\.method> --from/,
    );
  });
});

const byId = (a: { event_id: string }, b: { event_id: string }) => a.event_id.localeCompare(b.event_id);

function logged(service: RunningService, ids: string[]) {
  return service.app.get(DataSource).query(
    `SELECT event_id, handler, count(*)::int AS n FROM probe_log WHERE event_id = ANY($1)
       GROUP BY event_id, handler ORDER BY event_id, handler`,
    [ids],
  );
}

function effects(service: RunningService, ids: string[]) {
  return service.app
    .get(DataSource)
    .query(
      `SELECT event_id, count(*)::int AS n FROM probe_effects WHERE event_id = ANY($1) GROUP BY event_id ORDER BY event_id`,
      [ids],
    );
}
