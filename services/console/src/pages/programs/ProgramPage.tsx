import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AttendanceStatuses } from '@sinergi/contracts/src/domain-values';
import { allItems, api, CSV, csvText, page, unwrap, type Schemas } from '../../api/client';
import { mayDo, mayOpen } from '../../app/access';
import { useUser } from '../../app/session';
import { formatDate, formatRupiah, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

type Enrollment = Schemas['EnrollmentResponse'];

const enrollments = (id: string) =>
  allItems((cursor) =>
    api.GET('/api/v1/programs/{id}/enrollments', { params: { path: { id }, query: page(cursor) } }),
  );

type Dialog = { kind: 'session' } | { kind: 'complete'; enrollment: Enrollment } | null;

/** One program: funding and lifecycle, its enrolments, sessions with an attendance roster, completions. */
export default function ProgramPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const runs = mayDo(user, 'program.plan');
  const loaded = useLoad(async () => {
    const program = unwrap(await api.GET('/api/v1/programs/{id}', { params: { path: { id: id! } } }));
    const [enrolled, participants] = await Promise.all([
      enrollments(program.id),
      mayOpen(user, 'participants')
        ? allItems((cursor) =>
            api.GET('/api/v1/participants', {
              params: { query: { facilityCode: program.facilityCode, nik: 'masked', ...page(cursor) } },
            }),
          )
        : [],
    ]);
    return { program, enrollments: enrolled, participants };
  }, [id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [enrolling, setEnrolling] = useState<string | null>(null);
  const [session, setSession] = useState({ date: '', topic: '' });
  const [roster, setRoster] = useState<Record<string, Schemas['AttendanceRecordDto']['status']>>({});
  const [score, setScore] = useState<number | string>(80);
  const action = useAction(() => {
    setDialog(null);
    setEnrolling(null);
    loaded.reload();
  });
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const { program, participants } = loaded.data!;
  const enrolledList = loaded.data!.enrollments;
  const nameOf = (participantId: string) =>
    participants.find((p) => p.id === participantId)?.fullName ?? participantId.slice(0, 8);
  const active = enrolledList.filter((e) => e.status === 'ENROLLED');
  const enrolledIds = new Set(enrolledList.map((e) => e.participantId));
  const candidates = participants.filter((p) => p.status === 'INCARCERATED' && !enrolledIds.has(p.id));
  const path = { id: program.id };
  const recordSession = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const created = unwrap(
        await api.POST('/api/v1/programs/{id}/sessions', { params: { path }, body: session }),
      );
      unwrap(
        await api.POST('/api/v1/programs/{id}/sessions/{sessionId}/attendance', {
          params: { path: { id: program.id, sessionId: created.id } },
          body: {
            records: active.map((e) => ({
              participantId: e.participantId,
              status: roster[e.participantId] ?? 'PRESENT',
            })),
          },
        }),
      );
    });
  };
  const complete = (event: FormEvent) => {
    event.preventDefault();
    if (dialog?.kind === 'complete')
      void action.run(async () =>
        unwrap(
          await api.POST('/api/v1/enrollments/{id}/complete', {
            params: { path: { id: dialog.enrollment.id } },
            body: { score: Number(score) },
          }),
        ),
      );
  };
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Text size="sm" c="dimmed">
            {program.facilityCode} · {t(`track.${program.track}`)} · {program.category}
          </Text>
          <Title order={1}>{program.title}</Title>
        </div>
        <StatusBadge kind="program" status={program.status} />
      </Group>
      <Text>
        {formatDate(program.startDate, language)} – {formatDate(program.endDate, language)} ·{' '}
        {t('program.budgetRequested')}: {formatRupiah(program.budgetRequested, language)} ·{' '}
        {t('program.capacity')}: {program.capacity}
      </Text>
      <ErrorAlert error={dialog ? null : action.error} />
      {runs && (
        <Group>
          {program.status === 'DRAFT' && (
            <Button
              onClick={() =>
                void action.run(async () =>
                  unwrap(await api.POST('/api/v1/programs/{id}/request-funding', { params: { path } })),
                )
              }
            >
              {t('action.requestFunding')}
            </Button>
          )}
          {program.status === 'FUNDED' && (
            <Button
              onClick={() =>
                void action.run(async () =>
                  unwrap(await api.POST('/api/v1/programs/{id}/start', { params: { path } })),
                )
              }
            >
              {t('action.start')}
            </Button>
          )}
          {program.status === 'IN_PROGRESS' && active.length > 0 && (
            <Button onClick={() => setDialog({ kind: 'session' })}>{t('action.recordSession')}</Button>
          )}
        </Group>
      )}
      {runs && ['DRAFT', 'AWAITING_FUNDING', 'FUNDED', 'IN_PROGRESS'].includes(program.status) && (
        <Group align="end">
          <Select
            label={t('program.enrolParticipant')}
            value={enrolling}
            onChange={setEnrolling}
            data={candidates.map((p) => ({ value: p.id, label: `${p.registrationNumber} — ${p.fullName}` }))}
            searchable
            w={360}
            maw="100%"
          />
          <Button
            disabled={!enrolling}
            onClick={() =>
              void action.run(async () =>
                unwrap(
                  await api.POST('/api/v1/programs/{id}/enrollments', {
                    params: { path },
                    body: { participantId: enrolling! },
                  }),
                ),
              )
            }
          >
            {t('action.enrol')}
          </Button>
        </Group>
      )}
      <DataTable
        title={t('program.enrollments')}
        fileName="peserta-program"
        rows={enrolledList}
        rowKey={(e) => e.id}
        csv={async () =>
          csvText(await api.GET('/api/v1/programs/{id}/enrollments', { params: { path }, ...CSV }))
        }
        columns={[
          {
            key: 'participant',
            label: t('participant.fullName'),
            render: (e) => nameOf(e.participantId),
          },
          {
            key: 'status',
            label: t('common.status'),
            render: (e) => <StatusBadge kind="enrollment" status={e.status} />,
          },
          { key: 'score', label: t('program.score') },
          { key: 'certificateNumber', label: t('program.certificate') },
          ...(runs && program.status === 'IN_PROGRESS'
            ? [
                {
                  key: 'complete',
                  label: t('common.actions'),
                  render: (e: Enrollment) =>
                    e.status === 'ENROLLED' && (
                      <Button size="xs" onClick={() => setDialog({ kind: 'complete', enrollment: e })}>
                        {t('action.complete')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'complete'
            ? t('program.completeTitle', { name: nameOf(dialog.enrollment.participantId) })
            : t('action.recordSession')
        }
      >
        {dialog?.kind === 'complete' ? (
          <form onSubmit={complete}>
            <Stack>
              <ErrorAlert error={action.error} />
              <NumberInput
                label={t('program.score')}
                value={score}
                onChange={setScore}
                min={0}
                max={100}
                required
              />
              <Button type="submit" loading={action.busy}>
                {t('action.complete')}
              </Button>
            </Stack>
          </form>
        ) : (
          <form onSubmit={recordSession}>
            <Stack>
              <ErrorAlert error={action.error} />
              <Group grow>
                <TextInput
                  type="date"
                  label={t('program.sessionDate')}
                  value={session.date}
                  onChange={(e) => {
                    const date = e.currentTarget.value;
                    setSession((s) => ({ ...s, date }));
                  }}
                  required
                />
                <TextInput
                  label={t('program.topic')}
                  value={session.topic}
                  onChange={(e) => {
                    const topic = e.currentTarget.value;
                    setSession((s) => ({ ...s, topic }));
                  }}
                  required
                />
              </Group>
              <Table>
                <Table.Caption>{t('program.roster')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('participant.fullName')}</Table.Th>
                    <Table.Th scope="col">{t('program.attendance')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {active.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Th scope="row">{nameOf(e.participantId)}</Table.Th>
                      <Table.Td>
                        <SegmentedControl
                          size="xs"
                          aria-label={t('program.attendanceOf', { name: nameOf(e.participantId) })}
                          value={roster[e.participantId] ?? 'PRESENT'}
                          onChange={(value) =>
                            setRoster((r) => ({ ...r, [e.participantId]: value as (typeof r)[string] }))
                          }
                          data={AttendanceStatuses.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Button type="submit" loading={action.busy}>
                {t('action.save')}
              </Button>
            </Stack>
          </form>
        )}
      </Dialog>
    </Stack>
  );
}
