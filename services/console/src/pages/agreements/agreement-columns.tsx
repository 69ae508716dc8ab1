import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { formatDate, type Language } from '../../format/format';
import type { Column } from '../../ui/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';

type Agreement = Schemas['AgreementResponse'];

/** The columns of every list of agreements (and of its CSV file). */
export function agreementColumns(t: TFunction, language: Language): Array<Column<Agreement>> {
  return [
    {
      key: 'number',
      label: t('agreement.number'),
      render: (a) => (
        <Anchor component={Link} to={`/kesepakatan/${a.id}`}>
          {a.number}
        </Anchor>
      ),
    },
    {
      key: 'kind',
      label: t('agreement.kind'),
      render: (a) => t(`agreementKind.${a.kind}`),
    },
    { key: 'title', label: t('agreement.title') },
    {
      key: 'parties',
      label: t('agreement.parties'),
      render: (a) => a.parties.map((p) => p.code).join(', '),
    },
    {
      key: 'status',
      label: t('common.status'),
      render: (a) => <StatusBadge kind="agreement" status={a.status} />,
    },
    {
      key: 'startDate',
      label: t('agreement.startDate'),
      render: (a) => formatDate(a.startDate, language),
    },
    { key: 'endDate', label: t('agreement.endDate'), render: (a) => formatDate(a.endDate, language) },
  ];
}
