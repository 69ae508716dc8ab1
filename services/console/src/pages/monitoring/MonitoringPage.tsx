import { Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { mayReadMetrics } from '../../app/access';
import { useUser } from '../../app/session';
import {
  formatDateTime,
  formatNumber,
  formatPercent,
  formatRupiah,
  type Language,
} from '../../format/format';
import { Chart } from '../../ui/Chart';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { useLoad } from '../../ui/use-load';
import { recidivismSeries } from './recidivism';

/** The follow-up windows the platform measures recidivism over, in months. */
const WINDOWS = [12, 24, 36] as const;
type WindowMonths = (typeof WINDOWS)[number];

export default function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const { values, set: setFilter } = useFilters('fiscalYear', 'windowMonths', 'agreementId');
  const thisYear = new Date().getFullYear();
  const fiscalYear = Number(values.fiscalYear || thisYear);
  const windowMonths = Number(values.windowMonths || 12) as WindowMonths;
  const agreementId = values.agreementId;
  const loaded = useLoad(async () => {
    const dashboard = unwrap(await api.GET('/api/v1/dashboard', { params: { query: { fiscalYear } } }));
    const cohorts = [fiscalYear - 2, fiscalYear - 1, fiscalYear];
    const recidivism = mayReadMetrics(user)
      ? await Promise.all(
          cohorts.map((cohortYear) =>
            api
              .GET('/api/v1/reintegration/metrics/recidivism', {
                params: { query: { cohortYear, windowMonths, agreementId: agreementId || undefined } },
              })
              .then(unwrap),
          ),
        )
      : [];
    return { dashboard, recidivism };
  }, [fiscalYear, windowMonths, agreementId]);
  const dashboard = loaded.data?.dashboard;
  const shown = (dashboard?.agreements ?? []).filter((a) => !agreementId || a.agreementId === agreementId);
  const names = shown.map((a) => a.number);
  const agreementLabel = agreementId ? (shown[0]?.number ?? agreementId) : t('common.all');
  const rupiah = (v: number) => formatRupiah(v, language);
  const count = (v: number) => formatNumber(v, language);
  const percent = (v: number) => formatPercent(v, language);
  const recidivism = recidivismSeries(loaded.data?.recidivism ?? []);
  return (
    <Stack>
      <Title order={1}>{t('nav.monitoring')}</Title>
      <div className="print-only">
        <Text fw={700}>{t('monitoring.printTitle')}</Text>
        <Text>{t('monitoring.filtersLine', { fiscalYear, agreement: agreementLabel, windowMonths })}</Text>
      </div>
      <Card withBorder className="no-print">
        <Group align="end">
          <Select
            label={t('monitoring.fiscalYear')}
            value={String(fiscalYear)}
            allowDeselect={false}
            onChange={setFilter('fiscalYear')}
            data={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map(String)}
            w={140}
          />
          <Select
            label={t('monitoring.agreement')}
            value={agreementId}
            onChange={setFilter('agreementId')}
            data={[
              { value: '', label: t('common.all') },
              ...(dashboard?.agreements ?? []).map((a) => ({ value: a.agreementId, label: a.number })),
            ]}
            w={280}
          />
          <Select
            label={t('monitoring.window')}
            value={String(windowMonths)}
            allowDeselect={false}
            onChange={setFilter('windowMonths')}
            data={WINDOWS.map((w) => ({ value: String(w), label: t('monitoring.months', { months: w }) }))}
            w={160}
          />
        </Group>
      </Card>
      {loaded.loadedAt && (
        <Text size="sm" c="dimmed">
          {t('monitoring.updatedAt', { at: formatDateTime(loaded.loadedAt.toISOString(), language) })}
        </Text>
      )}
      <ErrorAlert error={loaded.error} />
      {loaded.loading && !loaded.data ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Card withBorder>
            <Chart
              title={t('monitoring.budgetChart')}
              format={rupiah}
              data={{
                categories: names,
                series: [
                  { name: t('budget.ceiling'), values: shown.map((a) => a.budget?.ceiling ?? null) },
                  { name: t('budget.allocated'), values: shown.map((a) => a.budget?.allocated ?? null) },
                  { name: t('budget.disbursed'), values: shown.map((a) => a.budget?.disbursed ?? null) },
                ],
              }}
            />
          </Card>
          <Card withBorder>
            <Chart
              title={t('monitoring.trainingChart')}
              format={count}
              data={{
                categories: names,
                series: [
                  { name: t('program.enrolled'), values: shown.map((a) => a.programs?.enrolled ?? null) },
                  { name: t('program.completed'), values: shown.map((a) => a.programs?.completed ?? null) },
                ],
              }}
            />
          </Card>
          {recidivism.categories.length > 0 && (
            <Card withBorder>
              <Chart
                title={t('monitoring.recidivismChart', { windowMonths })}
                format={percent}
                data={{
                  categories: recidivism.categories,
                  series: [{ name: t('monitoring.rate'), values: recidivism.rates }],
                }}
              />
              <Text size="sm" mt="xs">
                {recidivism.notes
                  .map((n) =>
                    n.suppressed
                      ? t('monitoring.suppressed', { cohort: n.cohortYear })
                      : t('monitoring.cohortNote', n),
                  )
                  .join(' · ')}
              </Text>
            </Card>
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
