import { Box, Group, SegmentedControl, Table, Title } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, GridComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export interface ChartData {
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

interface Props {
  title: string;
  data: ChartData;
  format: (value: number) => string;
}

function BarCanvas({ title, data, format }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
      yAxis: { type: 'category', data: data.categories, inverse: true },
      series: data.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => format(value) },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, format]);
  const height = Math.max(160, data.categories.length * data.series.length * 28 + 64);
  return <Box ref={element} h={height} role="img" aria-label={title} />;
}

/** A bar chart with its values drawn beside the bars, switchable to a table of the same numbers. */
export function Chart(props: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={headingId}>
          {props.title}
        </Title>
        <SegmentedControl
          size="xs"
          className="no-print"
          aria-label={t('chart.view', { title: props.title })}
          value={view}
          onChange={(value) => setView(value as 'chart' | 'table')}
          data={[
            { value: 'chart', label: t('chart.asChart') },
            { value: 'table', label: t('chart.asTable') },
          ]}
        />
      </Group>
      {view === 'chart' ? (
        <BarCanvas {...props} />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('chart.category')}</Table.Th>
              {props.data.series.map((s) => (
                <Table.Th scope="col" key={s.name}>
                  {s.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.data.categories.map((category, row) => (
              <Table.Tr key={category}>
                <Table.Th scope="row">{category}</Table.Th>
                {props.data.series.map((s) => (
                  <Table.Td key={s.name}>
                    {s.values[row] === null ? '—' : props.format(s.values[row]!)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
