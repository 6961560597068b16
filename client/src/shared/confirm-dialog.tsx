import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmRequest } from './confirm';
import { FormErrorAlert } from './page';

/**
 * The question itself, opened by `useConfirm` (confirm.tsx). Mantine's Modal names the dialog by
 * its title, describes it by its body, moves focus into it and keeps it there; Escape cancels,
 * except while the action runs.
 */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const { options, opened } = request;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const cancel = () => {
    if (!busy) onClose(false);
  };

  async function confirm() {
    if (!options.action) {
      onClose(true);
      return;
    }
    setBusy(true);
    setError(null);
    let failure: string | null;
    try {
      failure = await options.action();
    } catch {
      failure = t('common.networkError');
    }
    setBusy(false);
    if (failure === null) onClose(true);
    else setError(failure);
  }

  return (
    <Modal
      opened={opened}
      onClose={cancel}
      title={options.title}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
      // The provider gives focus back (see confirm.tsx).
      returnFocus={false}
    >
      <Stack>
        {typeof options.message === 'string' ? <Text>{options.message}</Text> : options.message}
        <FormErrorAlert message={error} />
        <Group justify="flex-end">
          {/* Before something that cannot be undone, Enter on the first focus should not do it. */}
          <Button variant="default" onClick={cancel} disabled={busy} data-autofocus={options.danger ? true : undefined}>
            {options.cancelLabel ?? t('common.cancel')}
          </Button>
          <Button
            color={options.danger ? 'red' : undefined}
            loading={busy}
            onClick={() => void confirm()}
            data-autofocus={options.danger ? undefined : true}
          >
            {options.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
