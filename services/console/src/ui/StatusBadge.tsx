import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type StatusKind =
  | 'agreement'
  | 'program'
  | 'participant'
  | 'enrollment'
  | 'allocation'
  | 'case'
  | 'indicator'
  | 'pathway'
  | 'workPlan'
  | 'grant';

const COLOR: Record<string, string> = {
  ACTIVE: 'green',
  SIGNED: 'teal',
  APPROVED: 'green',
  COMPLETED: 'green',
  ON_TRACK: 'green',
  DONE: 'green',
  CLOSED_SUCCESS: 'green',
  FUNDED: 'teal',
  PENDING_SIGNATURE: 'yellow',
  PENDING: 'yellow',
  AWAITING_FUNDING: 'yellow',
  AT_RISK: 'yellow',
  SUPPORT_REQUIRED: 'yellow',
  TERMINATED: 'red',
  REJECTED: 'red',
  OFF_TRACK: 'red',
  CLOSED_REOFFENDED: 'red',
  CANCELLED: 'red',
  DROPPED: 'red',
  FAILED: 'red',
};

/** The one label and colour of a status, the same on every page. */
export function StatusBadge({ kind, status }: { kind: StatusKind; status: string }) {
  const { t } = useTranslation();
  return (
    // Dark text on the light tint keeps 4.5:1 contrast; the tint carries the colour.
    <Badge color={COLOR[status] ?? 'gray'} variant="light" c="dark.8" miw="max-content">
      {t(`status.${kind}.${status}`)}
    </Badge>
  );
}
