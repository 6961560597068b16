import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WithdrawApplicationDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      __typename
      ... on MutationWithdrawApplicationSuccess {
        data {
          id
          ...ApplicationCard_application
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Asks before withdrawing; the card then shows the new status and timeline from the answer. */
export function WithdrawDialog({
  application,
  onClose,
}: {
  application: { id: string; roundTitle: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WithdrawApplicationDocument);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!application) return;
    try {
      const { data } = await withdraw({ variables: { input: { applicationId: application.id } } });
      const result = data?.withdrawApplication;
      if (!result) return;
      if (isErrorResult(result)) {
        setError(result.message);
        return;
      }
      notifications.show({ color: 'green', message: t('volunteering.my.withdrawn', { round: application.roundTitle }) });
      close();
    } catch {
      setError(t('common.networkError'));
    }
  };

  return (
    <Modal opened={application !== null} onClose={close} title={t('volunteering.my.withdrawTitle', { round: application?.roundTitle ?? '' })}>
      <Stack>
        <Text>{t('volunteering.my.withdrawBody')}</Text>
        <FormErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('volunteering.my.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
