import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allItems, api, CSV, csvText, page } from '../../api/client';
import { mayDo, mayOpen } from '../../app/access';
import { useUser } from '../../app/session';
import type { Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { agreementColumns } from '../agreements/agreement-columns';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useLoad } from '../../ui/use-load';
import { needsAction } from './needs-action';

const myAgreements = (partyCode: string) =>
  allItems((cursor) => api.GET('/api/v1/agreements', { params: { query: { partyCode, ...page(cursor) } } }));

export function HomePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const readsAgreements = mayOpen(user, 'agreements');
  const { data, error, loading } = useLoad(async () => {
    const [agreements, allocations, cases] = await Promise.all([
      readsAgreements ? myAgreements(user.agencyCode) : [],
      mayDo(user, 'allocation.decide')
        ? allItems((cursor) =>
            api.GET('/api/v1/allocations', { params: { query: { status: 'PENDING', ...page(cursor) } } }),
          )
        : [],
      mayDo(user, 'case.work')
        ? allItems((cursor) =>
            api.GET('/api/v1/reintegration/cases', {
              params: { query: { status: 'OPEN', ...page(cursor) } },
            }),
          )
        : [],
    ]);
    return { agreements, allocations, cases };
  }, [user.agencyCode]);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const todo = needsAction({ ...data!, agencyCode: user.agencyCode, signs: mayDo(user, 'agreement.sign') });
  const cards = [
    { key: 'signatures', count: todo.signatures.length, to: '/kesepakatan?status=PENDING_SIGNATURE' },
    { key: 'allocations', count: todo.allocations.length, to: '/anggaran' },
    { key: 'expiring', count: todo.expiring.length, to: '/kesepakatan?status=ACTIVE' },
    { key: 'followUps', count: todo.followUpsDue.length, to: '/reintegrasi' },
  ];
  return (
    <Stack>
      <Title order={1}>{t('home.title')}</Title>
      <section aria-labelledby="todo-heading">
        <Title order={2} size="h4" id="todo-heading" mb="xs">
          {t('home.needsAction')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          {cards.map((card) => (
            <Card withBorder key={card.key}>
              <Text size="sm">{t(`home.todo.${card.key}`)}</Text>
              <Text fw={700} size="xl">
                {card.count}
              </Text>
              {card.count > 0 && (
                <Anchor component={Link} to={card.to} size="sm">
                  {t('home.open', { what: t(`home.todo.${card.key}`) })}
                </Anchor>
              )}
            </Card>
          ))}
        </SimpleGrid>
      </section>
      {readsAgreements && (
        <DataTable
          title={t('home.myAgreements')}
          rows={data!.agreements}
          rowKey={(a) => a.id}
          columns={agreementColumns(t, language)}
          csv={async () =>
            csvText(
              await api.GET('/api/v1/agreements', {
                params: { query: { partyCode: user.agencyCode } },
                ...CSV,
              }),
            )
          }
          fileName="kesepakatan-instansi"
        />
      )}
    </Stack>
  );
}
