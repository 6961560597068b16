import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/page';

export const REJECT_TEMPLATES = ['roundFull', 'profileMismatch', 'nextRound'] as const;
type Template = (typeof REJECT_TEMPLATES)[number];

const MESSAGE_MAX = 2000;

/**
 * Rejection with a message the applicants receive in their mail: the coordinator picks a template
 * and may edit it, in Turkish and in English (each applicant gets the one in their language).
 */
export function RejectDialog({
  opened,
  count,
  loading,
  onClose,
  onReject,
}: {
  opened: boolean;
  count: number;
  loading: boolean;
  onClose: () => void;
  /** Resolves to an error message, or null when done. */
  onReject: (message: { tr: string; en: string }) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('volunteering.reject.title', { count })}>
      {/* Remounted on each opening: the first template, freshly filled in. */}
      {opened ? <RejectForm count={count} loading={loading} onCancel={onClose} onReject={onReject} /> : null}
    </Modal>
  );
}

function RejectForm({
  count,
  loading,
  onCancel,
  onReject,
}: {
  count: number;
  loading: boolean;
  onCancel: () => void;
  onReject: (message: { tr: string; en: string }) => Promise<string | null>;
}) {
  const { t, i18n } = useTranslation();
  const inTurkish = i18n.getFixedT('tr');
  const inEnglish = i18n.getFixedT('en');
  const textsOf = (template: Template) => ({
    tr: inTurkish(`volunteering.reject.templates.${template}.text`),
    en: inEnglish(`volunteering.reject.templates.${template}.text`),
  });
  const [template, setTemplate] = useState<Template>('roundFull');
  const [message, setMessage] = useState(textsOf('roundFull'));
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const tr = message.tr.trim();
    const en = message.en.trim();
    if (!tr || !en) {
      setError(t('volunteering.reject.bothRequired'));
      return;
    }
    setError(await onReject({ tr, en }));
  };

  return (
    <Stack>
      <Text size="sm">{t('volunteering.reject.lead', { count })}</Text>
      <Select
        label={t('volunteering.reject.template')}
        data={REJECT_TEMPLATES.map((value) => ({ value, label: t(`volunteering.reject.templates.${value}.name`) }))}
        value={template}
        onChange={(value) => {
          const next = REJECT_TEMPLATES.find((candidate) => candidate === value);
          if (!next) return;
          setTemplate(next);
          setMessage(textsOf(next));
        }}
        allowDeselect={false}
      />
      <Textarea
        label={t('volunteering.reject.messageTr')}
        value={message.tr}
        onChange={(event) => setMessage({ ...message, tr: event.currentTarget.value })}
        rows={3}
        maxLength={MESSAGE_MAX}
        required
      />
      <Textarea
        label={t('volunteering.reject.messageEn')}
        value={message.en}
        onChange={(event) => setMessage({ ...message, en: event.currentTarget.value })}
        rows={3}
        maxLength={MESSAGE_MAX}
        required
      />
      <FormErrorAlert message={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void submit()} loading={loading}>
          {t('volunteering.reject.confirm', { count })}
        </Button>
      </Group>
    </Stack>
  );
}
