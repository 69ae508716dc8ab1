import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { allItems, api, page, unwrap } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { formatDate, formatDateTime, type Language } from '../../format/format';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';
import { WorkPlanCard } from './WorkPlanCard';

type Dialog = 'sign' | 'terminate' | 'evaluate' | 'amend' | null;

/** Joint evaluations look back on agreements that have been in force. */
const EVALUABLE = ['ACTIVE', 'EXPIRED', 'TERMINATED'];

export default function AgreementPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const loaded = useLoad(async () => {
    const path = { id: id! };
    const [agreement, history, evaluations] = await Promise.all([
      api.GET('/api/v1/agreements/{id}', { params: { path } }).then(unwrap),
      api.GET('/api/v1/agreements/{id}/history', { params: { path } }).then(unwrap),
      allItems((cursor) =>
        api.GET('/api/v1/agreements/{id}/evaluations', { params: { path, query: page(cursor) } }),
      ),
    ]);
    return { agreement, history, evaluations };
  }, [id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [fields, setFields] = useState({
    signatoryName: user.name,
    signatoryTitle: '',
    reason: '',
    title: '',
    endDate: '',
    period: '',
    findings: '',
    recommendations: '',
  });
  const [error, setError] = useState<Error | null>(null);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const { agreement, history, evaluations } = loaded.data!;
  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      setDialog(null);
      loaded.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };
  const mySignatureDue =
    agreement.status === 'PENDING_SIGNATURE' &&
    agreement.parties.some((p) => p.code === user.agencyCode && !p.signedAt);
  const submitDialog = (event: FormEvent) => {
    event.preventDefault();
    const path = { id: agreement.id };
    if (dialog === 'sign')
      void run(async () =>
        unwrap(
          await api.POST('/api/v1/agreements/{id}/signatures', {
            params: { path },
            body: {
              partyCode: user.agencyCode,
              signatoryName: fields.signatoryName,
              signatoryTitle: fields.signatoryTitle,
            },
          }),
        ),
      );
    else if (dialog === 'evaluate')
      void run(async () =>
        unwrap(
          await api.POST('/api/v1/agreements/{id}/evaluations', {
            params: { path },
            body: {
              period: fields.period,
              findings: fields.findings,
              recommendations: fields.recommendations,
            },
          }),
        ),
      );
    else if (dialog === 'amend')
      void run(async () =>
        unwrap(
          await api.POST('/api/v1/agreements/{id}/amendments', {
            params: { path },
            body: {
              reason: fields.reason,
              changes: {
                ...(fields.title && fields.title !== agreement.title ? { title: fields.title } : {}),
                ...(fields.endDate && fields.endDate !== agreement.endDate
                  ? { endDate: fields.endDate }
                  : {}),
              },
            },
          }),
        ),
      );
    else
      void run(async () =>
        unwrap(
          await api.POST('/api/v1/agreements/{id}/terminate', {
            params: { path },
            body: { reason: fields.reason },
          }),
        ),
      );
  };
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    // The value is read now: React clears the event's currentTarget before the updater runs.
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setFields((f) => ({ ...f, [name]: value }));
    },
    required: true,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Text size="sm" c="dimmed">
            {t(`agreementKind.${agreement.kind}`)} · {agreement.number} ·{' '}
            {t('agreement.version', { version: agreement.version })}
          </Text>
          <Title order={1}>{agreement.title}</Title>
        </div>
        <StatusBadge kind="agreement" status={agreement.status} />
      </Group>
      <ErrorAlert error={error} />
      <Group>
        {mayDo(user, 'agreement.submit') && agreement.status === 'DRAFT' && (
          <Button
            onClick={() =>
              void run(async () =>
                unwrap(
                  await api.POST('/api/v1/agreements/{id}/submit', {
                    params: { path: { id: agreement.id } },
                  }),
                ),
              )
            }
          >
            {t('action.submit')}
          </Button>
        )}
        {mayDo(user, 'agreement.sign') && mySignatureDue && (
          <Button onClick={() => setDialog('sign')}>{t('action.sign')}</Button>
        )}
        {mayDo(user, 'agreement.evaluate') && EVALUABLE.includes(agreement.status) && (
          <Button variant="outline" onClick={() => setDialog('evaluate')}>
            {t('action.evaluate')}
          </Button>
        )}
        {mayDo(user, 'agreement.amend') && agreement.status === 'ACTIVE' && (
          <Button
            variant="outline"
            onClick={() => {
              setFields((f) => ({ ...f, title: agreement.title, endDate: agreement.endDate, reason: '' }));
              setDialog('amend');
            }}
          >
            {t('action.amend')}
          </Button>
        )}
        {mayDo(user, 'agreement.terminate') && ['ACTIVE', 'SIGNED'].includes(agreement.status) && (
          <Button color="red" variant="outline" onClick={() => setDialog('terminate')}>
            {t('action.terminate')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('agreement.term')}
          </Title>
          <Text>
            {formatDate(agreement.startDate, language)} – {formatDate(agreement.endDate, language)}
          </Text>
          <Title order={2} size="h4" mt="md" mb="xs">
            {t('agreement.scopes')}
          </Title>
          <List>
            {agreement.scopes.map((s) => (
              <List.Item key={s}>{t(`scope.${s}`)}</List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('agreement.signatures')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreement.party')}</Table.Th>
                <Table.Th scope="col">{t('agreement.signedBy')}</Table.Th>
                <Table.Th scope="col">{t('agreement.signedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.parties.map((p) => (
                <Table.Tr key={p.code}>
                  <Table.Td>{p.code}</Table.Td>
                  <Table.Td>
                    {p.signatoryName ?? '—'}
                    {p.signedByUser && (
                      <Text size="sm" c="dimmed">
                        {t('agreement.recordedBy', { name: p.signedByUser.userName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {p.signedAt ? formatDateTime(p.signedAt, language) : t('agreement.notSigned')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('agreement.clauses')}
        </Title>
        {agreement.clauses.length === 0 ? (
          <Text c="dimmed">{t('common.empty')}</Text>
        ) : (
          <List type="ordered">
            {agreement.clauses.map((c) => (
              <List.Item key={c.number}>
                {c.text} ({c.responsiblePartyCode}, {t(`scope.${c.scope}`)})
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {['ACTIVE', 'EXPIRED', 'TERMINATED'].includes(agreement.status) && (
        <WorkPlanCard agreement={agreement} plans={mayDo(user, 'agreement.plan')} />
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('agreement.amendments')}
        </Title>
        {history.amendments.length === 0 ? (
          <Text c="dimmed">{t('common.empty')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreement.versionColumn')}</Table.Th>
                <Table.Th scope="col">{t('history.at')}</Table.Th>
                <Table.Th scope="col">{t('history.by')}</Table.Th>
                <Table.Th scope="col">{t('agreement.changes')}</Table.Th>
                <Table.Th scope="col">{t('history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.amendments.map((a) => (
                <Table.Tr key={a.version}>
                  <Table.Td>{a.version}</Table.Td>
                  <Table.Td>{formatDateTime(a.amendedAt, language)}</Table.Td>
                  <Table.Td>{a.amendedBy.userName ?? a.amendedBy.agencyCode ?? t('history.system')}</Table.Td>
                  <Table.Td>
                    {Object.keys(a.changes ?? {})
                      .map((field) => t(`agreement.changed.${field}`))
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>{a.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('agreement.evaluations')}
        </Title>
        {evaluations.length === 0 ? (
          <Text c="dimmed">{t('common.empty')}</Text>
        ) : (
          <List>
            {evaluations.map((e) => (
              <List.Item key={e.id}>
                <Anchor component={Link} to={`/kesepakatan/${agreement.id}/evaluasi/${e.id}`}>
                  {t('report.linkTo', { period: e.period })}
                </Anchor>{' '}
                ({formatDateTime(e.recordedAt, language)})
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('agreement.history')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('history.at')}</Table.Th>
              <Table.Th scope="col">{t('history.action')}</Table.Th>
              <Table.Th scope="col">{t('history.by')}</Table.Th>
              <Table.Th scope="col">{t('history.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.events.map((e, index) => (
              <Table.Tr key={index}>
                <Table.Td>{formatDateTime(e.at, language)}</Table.Td>
                <Table.Td>{t(`history.actions.${e.action}`)}</Table.Td>
                <Table.Td>
                  {e.by.userName
                    ? `${e.by.userName} (${e.by.agencyCode})`
                    : (e.by.agencyCode ?? t('history.system'))}
                </Table.Td>
                <Table.Td>{e.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog === 'sign'
            ? t('agreement.signTitle', { agency: user.agencyCode })
            : dialog === 'evaluate'
              ? t('agreement.evaluateTitle')
              : dialog === 'amend'
                ? t('agreement.amendTitle')
                : t('agreement.terminateTitle')
        }
      >
        <form onSubmit={submitDialog}>
          <Stack>
            <ErrorAlert error={error} />
            {dialog === 'sign' ? (
              <>
                <TextInput label={t('agreement.signatoryName')} {...field('signatoryName')} />
                <TextInput label={t('agreement.signatoryTitle')} {...field('signatoryTitle')} />
                <Button type="submit">{t('action.sign')}</Button>
              </>
            ) : dialog === 'evaluate' ? (
              <>
                <TextInput
                  label={t('agreement.period')}
                  description={t('agreement.periodHint')}
                  {...field('period')}
                />
                <Textarea label={t('report.findings')} autosize minRows={3} {...field('findings')} />
                <Textarea
                  label={t('report.recommendations')}
                  autosize
                  minRows={3}
                  {...field('recommendations')}
                />
                <Button type="submit">{t('action.save')}</Button>
              </>
            ) : dialog === 'amend' ? (
              <>
                <TextInput label={t('agreement.title')} {...field('title')} />
                <TextInput type="date" label={t('agreement.endDate')} {...field('endDate')} />
                <TextInput label={t('common.reason')} {...field('reason')} />
                <Button type="submit">{t('action.save')}</Button>
              </>
            ) : (
              <>
                <TextInput label={t('common.reason')} {...field('reason')} />
                <Button type="submit" color="red">
                  {t('action.terminate')}
                </Button>
              </>
            )}
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
