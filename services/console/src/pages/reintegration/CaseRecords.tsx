import { Button, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allItems, api, itemsCsv, page, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatRupiah, type Language } from '../../format/format';
import { agreementChoice, useChoices } from '../../ui/choices';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RupiahInput } from '../../ui/RupiahInput';
import { StatusBadge } from '../../ui/StatusBadge';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

type Case = Schemas['CaseResponse'];
type FollowUpKind = Schemas['RecordFollowUpDto']['kind'];

const FOLLOW_UP_KINDS: FollowUpKind[] = ['HOME_VISIT', 'OFFICE_VISIT', 'PHONE'];

/**
 * A case's follow-ups (the officer's contacts with the person) and reintegration grants (asked of
 * an agreement's budget, funded or rejected by its finance officer), each with its record form.
 */
export function CaseRecords({
  found,
  works,
  onChange,
}: {
  found: Case;
  works: boolean;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [dialog, setDialog] = useState<'followUp' | 'grant' | null>(null);
  const [followUp, setFollowUp] = useState({
    date: '',
    kind: 'HOME_VISIT' as FollowUpKind,
    employmentStatus: '',
    notes: '',
  });
  const [grant, setGrant] = useState({ agreementId: '', amount: 0 as number | string, purpose: '' });
  const agreements = useLoad(
    () =>
      dialog === 'grant'
        ? allItems((cursor) =>
            api.GET('/api/v1/agreements', { params: { query: { status: 'ACTIVE', ...page(cursor) } } }),
          ).then((all) => all.map(agreementChoice))
        : Promise.resolve([]),
    [dialog],
  );
  const agreementChoices = useChoices(agreements);
  const action = useAction(() => {
    setDialog(null);
    onChange();
  });
  const open = found.status === 'OPEN' && works;
  const path = { id: found.id };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () =>
      dialog === 'grant'
        ? unwrap(
            await api.POST('/api/v1/reintegration/cases/{id}/grants', {
              params: { path },
              body: { ...grant, amount: Number(grant.amount) },
            }),
          )
        : unwrap(
            await api.POST('/api/v1/reintegration/cases/{id}/follow-ups', {
              params: { path },
              body: followUp,
            }),
          ),
    );
  };
  // The value is read now: React clears the event's currentTarget before the updater runs.
  const text =
    <T,>(set: React.Dispatch<React.SetStateAction<T>>, name: keyof T) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      set((f) => ({ ...f, [name]: value }));
    };
  return (
    <>
      <DataTable
        title={t('reintegration.followUps')}
        fileName="pendampingan"
        rows={found.followUps}
        rowKey={(f) => f.id}
        csv={async () => itemsCsv(found.followUps)}
        actions={open && <Button onClick={() => setDialog('followUp')}>{t('action.recordFollowUp')}</Button>}
        columns={[
          { key: 'date', label: t('followUp.date'), render: (f) => formatDate(f.date, language) },
          { key: 'kind', label: t('followUp.kind'), render: (f) => t(`followUpKind.${f.kind}`) },
          { key: 'employmentStatus', label: t('followUp.employmentStatus') },
          { key: 'notes', label: t('followUp.notes') },
        ]}
      />
      <DataTable
        title={t('reintegration.grants')}
        fileName="bantuan-reintegrasi"
        rows={found.grants}
        rowKey={(g) => g.id}
        csv={async () => itemsCsv(found.grants)}
        actions={open && <Button onClick={() => setDialog('grant')}>{t('action.requestGrant')}</Button>}
        columns={[
          { key: 'purpose', label: t('grant.purpose') },
          { key: 'amount', label: t('allocation.amount'), render: (g) => formatRupiah(g.amount, language) },
          {
            key: 'disbursed',
            label: t('budget.disbursed'),
            render: (g) => formatRupiah(g.disbursed, language),
          },
          {
            key: 'status',
            label: t('common.status'),
            render: (g) => <StatusBadge kind="grant" status={g.status} />,
          },
          { key: 'rejectionReason', label: t('common.reason') },
        ]}
      />
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'grant' ? t('action.requestGrant') : t('action.recordFollowUp')}
      >
        <form onSubmit={submit}>
          <Stack>
            <ErrorAlert error={action.error} />
            {dialog === 'grant' ? (
              <>
                <Select
                  label={t('program.agreement')}
                  value={grant.agreementId}
                  onChange={(agreementId) => setGrant((g) => ({ ...g, agreementId: agreementId ?? '' }))}
                  {...agreementChoices}
                  required
                />
                <TextInput
                  label={t('grant.purpose')}
                  value={grant.purpose}
                  onChange={text(setGrant, 'purpose')}
                  required
                />
                <RupiahInput
                  label={t('allocation.amount')}
                  value={grant.amount}
                  onChange={(amount) => setGrant((g) => ({ ...g, amount }))}
                />
              </>
            ) : (
              <>
                <TextInput
                  type="date"
                  label={t('followUp.date')}
                  value={followUp.date}
                  onChange={text(setFollowUp, 'date')}
                  required
                />
                <Select
                  label={t('followUp.kind')}
                  value={followUp.kind}
                  allowDeselect={false}
                  onChange={(kind) => setFollowUp((f) => ({ ...f, kind: kind as FollowUpKind }))}
                  data={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`followUpKind.${k}`) }))}
                />
                <TextInput
                  label={t('followUp.employmentStatus')}
                  value={followUp.employmentStatus}
                  onChange={text(setFollowUp, 'employmentStatus')}
                  required
                />
                <Textarea
                  label={t('followUp.notes')}
                  value={followUp.notes}
                  onChange={text(setFollowUp, 'notes')}
                  required
                  autosize
                  minRows={2}
                />
              </>
            )}
            <Button type="submit" loading={action.busy}>
              {t('action.save')}
            </Button>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
