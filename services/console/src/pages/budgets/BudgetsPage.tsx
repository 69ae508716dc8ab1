import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allItems, api, page, unwrap, type Schemas } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { formatPercent, formatRupiah, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';

type Allocation = Schemas['AllocationResponse'];

const budgets = () => allItems((cursor) => api.GET('/api/v1/budgets', { params: { query: page(cursor) } }));
const pendingAllocations = () =>
  allItems((cursor) =>
    api.GET('/api/v1/allocations', { params: { query: { status: 'PENDING', ...page(cursor) } } }),
  );

export default function BudgetsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const decides = mayDo(user, 'allocation.decide');
  const loaded = useLoad(async () => {
    const [budgetList, allocations] = await Promise.all([budgets(), pendingAllocations()]);
    return { budgets: budgetList, allocations };
  }, []);
  const [rejecting, setRejecting] = useState<Allocation | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const act = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      setRejecting(null);
      loaded.reload();
    } catch (failure) {
      setError(failure as Error);
    }
  };
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const rupiah = (amount: number) => formatRupiah(amount, language);
  const reject = (event: FormEvent) => {
    event.preventDefault();
    void act(async () =>
      unwrap(
        await api.POST('/api/v1/allocations/{id}/reject', {
          params: { path: { id: rejecting!.id } },
          body: { reason },
        }),
      ),
    );
  };
  return (
    <Stack>
      <Title order={1}>{t('nav.budgets')}</Title>
      <ErrorAlert error={error} />
      <DataTable
        title={t('budgets.list')}
        fileName="anggaran"
        rows={loaded.data!.budgets}
        rowKey={(b) => b.id}
        exportRows={budgets}
        columns={[
          { key: 'fiscalYear', label: t('budget.fiscalYear') },
          { key: 'source', label: t('budget.source') },
          { key: 'ownerAgencyCode', label: t('budget.owner') },
          { key: 'ceiling', label: t('budget.ceiling'), render: (b) => rupiah(b.ceiling) },
          { key: 'allocated', label: t('budget.allocated'), render: (b) => rupiah(b.allocated) },
          { key: 'disbursed', label: t('budget.disbursed'), render: (b) => rupiah(b.disbursed) },
          { key: 'available', label: t('budget.available'), render: (b) => rupiah(b.available) },
          {
            key: 'absorptionRate',
            label: t('budget.absorption'),
            render: (b) => (b.absorptionRate === null ? '—' : formatPercent(b.absorptionRate, language)),
          },
        ]}
      />
      <DataTable
        title={t('budgets.queue')}
        fileName="alokasi-menunggu"
        rows={loaded.data!.allocations}
        rowKey={(a) => a.id}
        exportRows={pendingAllocations}
        columns={[
          {
            key: 'purpose',
            label: t('allocation.purpose'),
            render: (a) => t(`purpose.${a.purpose}`),
            csv: (a) => a.purpose,
          },
          { key: 'amount', label: t('allocation.amount'), render: (a) => rupiah(a.amount) },
          {
            key: 'status',
            label: t('common.status'),
            render: (a) => <StatusBadge kind="allocation" status={a.status} />,
          },
          ...(decides
            ? [
                {
                  key: 'decide',
                  label: t('common.actions'),
                  render: (a: Allocation) => (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        onClick={() =>
                          void act(async () =>
                            unwrap(
                              await api.POST('/api/v1/allocations/{id}/approve', {
                                params: { path: { id: a.id } },
                                body: {},
                              }),
                            ),
                          )
                        }
                      >
                        {t('action.approve')}
                      </Button>
                      <Button size="xs" color="red" variant="outline" onClick={() => setRejecting(a)}>
                        {t('action.reject')}
                      </Button>
                    </Group>
                  ),
                  csv: false as const,
                },
              ]
            : []),
        ]}
      />
      <Dialog opened={rejecting !== null} onClose={() => setRejecting(null)} title={t('budgets.rejectTitle')}>
        <form onSubmit={reject}>
          <Stack>
            <ErrorAlert error={error} />
            <TextInput
              label={t('common.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
            />
            <Button type="submit" color="red">
              {t('action.reject')}
            </Button>
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
