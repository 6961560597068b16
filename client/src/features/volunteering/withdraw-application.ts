import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { WithdrawApplicationDocument } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { isErrorResult } from '../../shared/form';

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
export function useWithdrawApplication() {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const [withdraw] = useMutation(WithdrawApplicationDocument);

  return async (application: { id: string; roundTitle: string }) => {
    const done = await confirm({
      title: t('volunteering.my.withdrawTitle', { round: application.roundTitle }),
      message: t('volunteering.my.withdrawBody'),
      confirmLabel: t('volunteering.my.withdrawConfirm'),
      danger: true,
      action: async () => {
        const result = (await withdraw({ variables: { input: { applicationId: application.id } } })).data?.withdrawApplication;
        return result && isErrorResult(result) ? result.message : null;
      },
    });
    if (done) notifications.show({ color: 'green', message: t('volunteering.my.withdrawn', { round: application.roundTitle }) });
  };
}
