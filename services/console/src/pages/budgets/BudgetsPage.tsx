import { Anchor, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allItems, api, CSV, csvText, page, unwrap, type Schemas } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { formatPercent, formatRupiah, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RupiahInput } from '../../ui/RupiahInput';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

type Allocation = Schemas['AllocationResponse'];
type Decision = { kind: 'reject' | 'disburse'; allocation: Allocation } | null;

const allocations = (status: Allocation['status']) =>
  allItems((cursor) => api.GET('/api/v1/allocations', { params: { query: { status, ...page(cursor) } } }));
const allocationsCsv = async (status: Allocation['status']) =>
  csvText(await api.GET('/api/v1/allocations', { params: { query: { status } }, ...CSV }));

/** Budgets with their absorption, the queue of allocations to decide, and approved allocations' disbursements. */
export default function BudgetsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const decides = mayDo(user, 'allocation.decide');
  const loaded = useLoad(async () => {
    const [budgets, pending, approved] = await Promise.all([
      allItems((cursor) => api.GET('/api/v1/budgets', { params: { query: page(cursor) } })),
      allocations('PENDING'),
      allocations('APPROVED'),
    ]);
    return { budgets, pending, approved };
  }, []);
  const [decision, setDecision] = useState<Decision>(null);
  const [reason, setReason] = useState('');
  const [payment, setPayment] = useState({
    amount: 0 as number | string,
    date: '',
    description: '',
    reference: '',
  });
  const action = useAction(() => {
    setDecision(null);
    loaded.reload();
  });
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const rupiah = (amount: number) => formatRupiah(amount, language);
  const { budgets, pending, approved } = loaded.data!;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    const path = { id: decision.allocation.id };
    void action.run(async () =>
      decision.kind === 'reject'
        ? unwrap(await api.POST('/api/v1/allocations/{id}/reject', { params: { path }, body: { reason } }))
        : unwrap(
            await api.POST('/api/v1/allocations/{id}/disbursements', {
              params: { path },
              body: { ...payment, amount: Number(payment.amount) },
            }),
          ),
    );
  };
  const allocationColumns = [
    {
      key: 'purpose',
      label: t('allocation.purpose'),
      render: (a: Allocation) => t(`purpose.${a.purpose}`),
    },
    { key: 'fiscalYear', label: t('budget.fiscalYear') },
    { key: 'amount', label: t('allocation.amount'), render: (a: Allocation) => rupiah(a.amount) },
    {
      key: 'status',
      label: t('common.status'),
      render: (a: Allocation) => <StatusBadge kind="allocation" status={a.status} />,
    },
  ];
  return (
    <Stack>
      <Title order={1}>{t('nav.budgets')}</Title>
      <ErrorAlert error={decision ? null : action.error} />
      <DataTable
        title={t('budgets.list')}
        fileName="anggaran"
        rows={budgets}
        rowKey={(b) => b.id}
        csv={async () => csvText(await api.GET('/api/v1/budgets', CSV))}
        columns={[
          {
            key: 'fiscalYear',
            label: t('budget.fiscalYear'),
            render: (b) => (
              <Anchor component={Link} to={`/anggaran/${b.id}`}>
                {t('budget.linkTo', { year: b.fiscalYear, source: b.source })}
              </Anchor>
            ),
          },
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
        rows={pending}
        rowKey={(a) => a.id}
        csv={() => allocationsCsv('PENDING')}
        columns={[
          ...allocationColumns,
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
                          void action.run(async () =>
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
                      <Button
                        size="xs"
                        color="red"
                        variant="outline"
                        onClick={() => setDecision({ kind: 'reject', allocation: a })}
                      >
                        {t('action.reject')}
                      </Button>
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DataTable
        title={t('budgets.approved')}
        fileName="alokasi-disetujui"
        rows={approved}
        rowKey={(a) => a.id}
        csv={() => allocationsCsv('APPROVED')}
        columns={[
          ...allocationColumns,
          { key: 'disbursed', label: t('budget.disbursed'), render: (a: Allocation) => rupiah(a.disbursed) },
          {
            key: 'budgetId',
            label: t('budget.ledger'),
            render: (a: Allocation) =>
              a.budgetId && (
                <Anchor component={Link} to={`/anggaran/${a.budgetId}`}>
                  {t('budgets.openLedger')}
                </Anchor>
              ),
          },
          ...(decides
            ? [
                {
                  key: 'disburse',
                  label: t('common.actions'),
                  render: (a: Allocation) =>
                    a.disbursed < a.amount && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('budgets.disburseFor', { amount: rupiah(a.amount) })}
                        onClick={() => {
                          setPayment({
                            amount: a.amount - a.disbursed,
                            date: '',
                            description: '',
                            reference: '',
                          });
                          setDecision({ kind: 'disburse', allocation: a });
                        }}
                      >
                        {t('action.disburse')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Dialog
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision?.kind === 'disburse' ? t('budgets.disburseTitle') : t('budgets.rejectTitle')}
      >
        <form onSubmit={submit}>
          <Stack>
            <ErrorAlert error={action.error} />
            {decision?.kind === 'disburse' ? (
              <>
                <RupiahInput
                  label={t('allocation.amount')}
                  value={payment.amount}
                  onChange={(amount) => setPayment((p) => ({ ...p, amount }))}
                />
                <TextInput
                  type="date"
                  label={t('budgets.disbursedOn')}
                  value={payment.date}
                  onChange={(e) => {
                    const date = e.currentTarget.value;
                    setPayment((p) => ({ ...p, date }));
                  }}
                  required
                />
                <TextInput
                  label={t('budgets.description')}
                  value={payment.description}
                  onChange={(e) => {
                    const description = e.currentTarget.value;
                    setPayment((p) => ({ ...p, description }));
                  }}
                  required
                />
                <TextInput
                  label={t('budgets.reference')}
                  value={payment.reference}
                  onChange={(e) => {
                    const reference = e.currentTarget.value;
                    setPayment((p) => ({ ...p, reference }));
                  }}
                  required
                />
                <Button type="submit" loading={action.busy}>
                  {t('action.save')}
                </Button>
              </>
            ) : (
              <>
                <TextInput
                  label={t('common.reason')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  required
                />
                <Button type="submit" color="red" loading={action.busy}>
                  {t('action.reject')}
                </Button>
              </>
            )}
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
