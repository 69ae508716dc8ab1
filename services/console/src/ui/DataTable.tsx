import { Box, Button, Group, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

export interface Column<T> {
  key: string;
  label: string;
  render?: (row: T) => ReactNode;
}

interface Props<T> {
  title: string;
  rows: T[];
  columns: Array<Column<T>>;
  rowKey: (row: T) => string;
  /**
   * The list as CSV, for the download button: the platform's answer with `Accept: text/csv` (the
   * same filters and scope, every page), or for a list inside a resource its items (`itemsCsv`).
   */
  csv?: () => Promise<string>;
  fileName?: string;
  actions?: ReactNode;
}

function download(fileName: string, csv: string) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/** A list with a caption and, when it can be exported, a CSV download of all its rows. */
export function DataTable<T>({ title, rows, columns, rowKey, csv, fileName, actions }: Props<T>) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<Error | null>(null);
  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      download(fileName ?? title, await csv!());
    } catch (failure) {
      setExportError(failure as Error);
    } finally {
      setExporting(false);
    }
  };
  return (
    <section aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Group gap="xs">
          {actions}
          {csv && (
            <Button variant="default" size="sm" onClick={() => void exportCsv()} loading={exporting}>
              {t('common.exportCsv')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={exportError} />
      {/* A wide table scrolls sideways on a phone; the region takes focus so keyboards can scroll it. */}
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={title}>
        <Table highlightOnHover miw={640}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col">
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key}>
                    {c.render ? c.render(row) : String((row as Record<string, unknown>)[c.key] ?? '')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {rows.length === 0 && (
        <Text c="dimmed" size="sm" mt="xs">
          {t('common.empty')}
        </Text>
      )}
    </section>
  );
}
