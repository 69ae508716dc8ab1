import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allItems, api, page, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatDateTime, formatPercent, type Language } from '../../format/format';
import { Chart } from '../../ui/Chart';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useLoad } from '../../ui/use-load';
import { IndicatorTable } from './IndicatorTable';

/** Indicators measured as a share (0–1) rather than a count. */

/**
 * Laporan Evaluasi Bersama: the agreement, the period, the frozen indicator table and its chart,
 * findings and recommendations on screen; the button downloads the same report as a PDF rendered by the
 * gateway (GET /agreements/{id}/evaluations/{evaluationId}/report.pdf).
 */
export default function EvaluationReportPage() {
  const { id, evaluationId } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const loaded = useLoad(async () => {
    const path = { id: id! };
    const [agreement, evaluations] = await Promise.all([
      api.GET('/api/v1/agreements/{id}', { params: { path } }).then(unwrap),
      allItems((cursor) =>
        api.GET('/api/v1/agreements/{id}/evaluations', { params: { path, query: page(cursor) } }),
      ),
    ]);
    return { agreement, evaluation: evaluations.find((e) => e.id === evaluationId) };
  }, [id, evaluationId]);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const { agreement, evaluation } = loaded.data!;
  if (!evaluation) return <ErrorAlert error={new Error(t('report.notFound'))} />;
  const achievement = (r: Schemas['IndicatorReadingResponse']) =>
    r.actual === null || r.target === 0 ? null : r.actual / r.target;
  return (
    <Stack className="report">
      <Group justify="space-between" className="no-print">
        <Text size="sm" c="dimmed">
          {t('report.hint')}
        </Text>
        <Button
          component="a"
          href={`/api/v1/agreements/${id}/evaluations/${evaluationId}/report.pdf`}
          download
        >
          {t('action.downloadPdf')}
        </Button>
      </Group>
      <header className="report-title">
        <Text size="sm" fw={700}>
          {t('report.kind')}
        </Text>
        <Title order={1}>{agreement.title}</Title>
        <Text>
          {t(`agreementKind.${agreement.kind}`)} {agreement.number} ·{' '}
          {agreement.parties.map((p) => p.code).join(' · ')}
        </Text>
        <Text>
          {t('report.period', { period: evaluation.period })} · {formatDate(agreement.startDate, language)} –{' '}
          {formatDate(agreement.endDate, language)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('report.recordedAt', { at: formatDateTime(evaluation.recordedAt, language) })}
        </Text>
      </header>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('report.indicators')}
        </Title>
        <IndicatorTable readings={evaluation.indicators} />
      </Card>
      <Card withBorder>
        <Chart
          title={t('report.achievementChart')}
          format={(v) => formatPercent(v, language)}
          data={{
            categories: evaluation.indicators.map((r) => t(`indicator.${r.indicator}`)),
            series: [{ name: t('report.achievement'), values: evaluation.indicators.map(achievement) }],
          }}
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('report.findings')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{evaluation.findings}</Text>
        <Title order={2} size="h4" mt="md" mb="xs">
          {t('report.recommendations')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{evaluation.recommendations}</Text>
      </Card>
    </Stack>
  );
}
