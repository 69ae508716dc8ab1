import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Indicators } from '@sinergi/contracts/src/domain-values';
import { api, unwrap, type Schemas } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { IndicatorTable, isRate } from './IndicatorTable';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

type Indicator = Schemas['TargetDto']['indicator'];

/** Indicators measured as a share (0–1) rather than a count. */

/** The fiscal years an agreement runs through. */
const yearsOf = (agreement: Schemas['AgreementResponse']) => {
  const first = Number(agreement.startDate.slice(0, 4));
  const last = Number(agreement.endDate.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};

/**
 * The agreement's work plan for a fiscal year: each indicator's target beside its actual value and
 * status; agreement officers draft it (targets per indicator) and approve it.
 */
export function WorkPlanCard({
  agreement,
  plans,
}: {
  agreement: Schemas['AgreementResponse'];
  plans: boolean;
}) {
  const { t } = useTranslation();
  const years = yearsOf(agreement);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]);
  const path = { id: agreement.id, fiscalYear: year };
  const plan = useLoad(async () => {
    const answer = await api.GET('/api/v1/agreements/{id}/work-plans/{fiscalYear}', { params: { path } });
    // No plan for the year yet is an answer, not a failure.
    if (answer.response.status === 404) return null;
    return unwrap(answer);
  }, [agreement.id, year]);
  const [drafting, setDrafting] = useState(false);
  const [targets, setTargets] = useState<Partial<Record<Indicator, number | string>>>({});
  const action = useAction(() => {
    setDrafting(false);
    plan.reload();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Indicators.filter((i) => targets[i] !== undefined && targets[i] !== '');
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/agreements/{id}/work-plans', {
          params: { path: { id: agreement.id } },
          body: {
            fiscalYear: year,
            targets: chosen.map((indicator) => ({ indicator, target: Number(targets[indicator]) })),
          },
        }),
      ),
    );
  };
  const current = plan.data;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs" align="end">
        <Title order={2} size="h4">
          {t('workPlan.title')}
        </Title>
        <Group align="end">
          <Select
            label={t('budget.fiscalYear')}
            value={String(year)}
            allowDeselect={false}
            onChange={(y) => setYear(Number(y))}
            data={years.map(String)}
            w={140}
          />
          {plans && current === null && agreement.status === 'ACTIVE' && (
            <Button onClick={() => setDrafting(true)}>{t('action.planWork')}</Button>
          )}
          {plans && current?.status === 'DRAFT' && (
            <Button
              onClick={() =>
                void action.run(async () =>
                  unwrap(
                    await api.POST('/api/v1/agreements/{id}/work-plans/{fiscalYear}/approve', {
                      params: { path },
                    }),
                  ),
                )
              }
            >
              {t('action.approve')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={drafting ? null : (action.error ?? plan.error)} />
      {plan.loading && plan.data === undefined ? (
        <Loading />
      ) : !current ? (
        <Text c="dimmed">{t('workPlan.none', { year })}</Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text size="sm">{t('common.status')}:</Text>
            <StatusBadge kind="workPlan" status={current.status} />
          </Group>
          <IndicatorTable readings={current.indicators} />
        </Stack>
      )}
      <Dialog
        opened={drafting}
        onClose={() => setDrafting(false)}
        title={t('workPlan.draftTitle', { year })}
        size="lg"
      >
        <form onSubmit={submit}>
          <Stack>
            <ErrorAlert error={action.error} />
            <Text size="sm">{t('workPlan.targetsHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {Indicators.map((indicator) => (
                <NumberInput
                  key={indicator}
                  label={t(`indicator.${indicator}`)}
                  description={isRate(indicator) ? t('workPlan.rateHint') : undefined}
                  value={targets[indicator] ?? ''}
                  onChange={(target) => setTargets((all) => ({ ...all, [indicator]: target }))}
                  min={0}
                  max={isRate(indicator) ? 1 : undefined}
                  step={isRate(indicator) ? 0.05 : 1}
                  decimalScale={isRate(indicator) ? 2 : 0}
                />
              ))}
            </SimpleGrid>
            <Button type="submit" loading={action.busy}>
              {t('action.save')}
            </Button>
          </Stack>
        </form>
      </Dialog>
    </Card>
  );
}
