import { Button, Card, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmploymentTypes, PlacementKinds } from '@sinergi/contracts/src/domain-values';
import { api, itemsCsv, unwrap, type Schemas } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { formatDate, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useAction } from '../../ui/use-action';
import { CaseRecords } from './CaseRecords';
import { useLoad } from '../../ui/use-load';

type Placement = Schemas['PlacementResponse'];

/** A released person's case at the BAPAS: pathways, training history, placements and follow-ups. */
export default function CasePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const loaded = useLoad(async () => {
    const found = unwrap(
      await api.GET('/api/v1/reintegration/cases/{id}', { params: { path: { id: id! } } }),
    );
    const participant = unwrap(
      await api.GET('/api/v1/participants/{id}', {
        params: { path: { id: found.participantId }, query: { nik: 'masked' } },
      }),
    );
    return { found, participant };
  }, [id]);
  const [placing, { open, close }] = useDisclosure(false);
  const [form, setForm] = useState({
    kind: 'EMPLOYMENT' as Placement['kind'],
    organisationName: '',
    position: '',
    employmentType: 'FULL_TIME' as NonNullable<Placement['employmentType']>,
    sector: '',
    startDate: '',
  });
  const action = useAction(() => {
    close();
    loaded.reload();
  });
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const { found, participant } = loaded.data!;
  const employment = form.kind === 'EMPLOYMENT';
  const set = (name: keyof typeof form) => (value: string | null) =>
    setForm((f) => ({ ...f, [name]: value ?? '' }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { kind, organisationName, position, employmentType, sector, startDate } = form;
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/reintegration/cases/{id}/placements', {
          params: { path: { id: found.id } },
          body: {
            kind,
            organisationName,
            startDate,
            ...(employment ? { employmentType, ...(position ? { position } : {}) } : { sector }),
          },
        }),
      ),
    );
  };
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Text size="sm" c="dimmed">
            {found.bapasCode} · {participant.registrationNumber}
          </Text>
          <Title order={1}>{participant.fullName}</Title>
        </div>
        <StatusBadge kind="case" status={found.status} />
      </Group>
      <Text>
        {t('reintegration.releaseDate')}: {formatDate(found.releaseDate, language)} ·{' '}
        {t(`releaseType.${found.releaseType}`)}
      </Text>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('reintegration.pathways')}
        </Title>
        <List>
          {found.pathways.map((p) => (
            <List.Item key={p.pathway}>
              {t(`pathway.${p.pathway}`)}: <StatusBadge kind="pathway" status={p.status} />
            </List.Item>
          ))}
        </List>
      </Card>
      <DataTable<Placement>
        title={t('reintegration.placements')}
        fileName="penempatan"
        rows={found.placements}
        rowKey={(p) => p.id}
        csv={async () => itemsCsv(found.placements)}
        actions={
          mayDo(user, 'case.work') &&
          found.status === 'OPEN' && <Button onClick={open}>{t('action.recordPlacement')}</Button>
        }
        columns={[
          {
            key: 'kind',
            label: t('placement.kind'),
            render: (p) => t(`placementKind.${p.kind}`),
          },
          { key: 'organisationName', label: t('placement.organisation') },
          {
            key: 'startDate',
            label: t('agreement.startDate'),
            render: (p) => formatDate(p.startDate, language),
          },
        ]}
      />
      <CaseRecords found={found} works={mayDo(user, 'case.work')} onChange={loaded.reload} />
      <Dialog opened={placing} onClose={close} title={t('action.recordPlacement')}>
        <form onSubmit={submit}>
          <Stack>
            <ErrorAlert error={action.error} />
            <Select
              label={t('placement.kind')}
              value={form.kind}
              allowDeselect={false}
              onChange={set('kind')}
              data={PlacementKinds.map((k) => ({ value: k, label: t(`placementKind.${k}`) }))}
            />
            <TextInput
              label={t('placement.organisation')}
              value={form.organisationName}
              onChange={(e) => set('organisationName')(e.currentTarget.value)}
              required
            />
            {employment ? (
              <>
                <TextInput
                  label={t('placement.position')}
                  value={form.position}
                  onChange={(e) => set('position')(e.currentTarget.value)}
                />
                <Select
                  label={t('placement.employmentType')}
                  value={form.employmentType}
                  allowDeselect={false}
                  onChange={set('employmentType')}
                  data={EmploymentTypes.map((e) => ({ value: e, label: t(`employmentType.${e}`) }))}
                />
              </>
            ) : (
              <TextInput
                label={t('placement.sector')}
                value={form.sector}
                onChange={(e) => set('sector')(e.currentTarget.value)}
                required
              />
            )}
            <TextInput
              type="date"
              label={t('agreement.startDate')}
              value={form.startDate}
              onChange={(e) => set('startDate')(e.currentTarget.value)}
              required
            />
            <Button type="submit" loading={action.busy}>
              {t('action.save')}
            </Button>
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
