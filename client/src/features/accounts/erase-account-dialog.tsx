import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { EraseMyAccountDocument } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { forgetSession } from '../../shared/session';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation EraseMyAccount($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input) {
      __typename
      ... on MutationEraseMyAccountSuccess {
        data
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

export function EraseAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('accounts.erase.title')} size="lg">
      {/* Mounted only while open, so a typed password never outlives the dialog. */}
      {opened ? <EraseAccountForm onClose={onClose} /> : null}
    </Modal>
  );
}

function EraseAccountForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [eraseMyAccount, { loading }] = useMutation(EraseMyAccountDocument);
  const form = useForm({ password: '' });

  const schema = z.object({ password: z.string().min(1, { error: t('validation.required') }) });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    // Wrong password or the last administrator: the server's message, already translated.
    const result = await form.send(async () => (await eraseMyAccount({ variables: { input } })).data?.eraseMyAccount);
    if (!result) return;
    // Leave the signed-in pages first, rendered (flushSync), not just scheduled: reset and
    // refetched as nobody while still mounted, they would redirect to the log-in page.
    await navigate('/', { replace: true, flushSync: true });
    notifications.show({ color: 'green', message: t('accounts.erase.done') });
    await forgetSession(client);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('accounts.erase.intro')}</Text>
        <List spacing="xs" size="sm">
          <List.Item>{t('accounts.erase.anonymised')}</List.Item>
          <List.Item>{t('accounts.erase.records')}</List.Item>
          <List.Item>{t('accounts.erase.sessions')}</List.Item>
        </List>
        <Text fw={700}>{t('accounts.erase.irreversible')}</Text>
        <Text size="sm" c="dimmed">
          {t('accounts.erase.exportFirst')}
        </Text>
        <FormErrorAlert message={form.formError} />
        <PasswordInput
          label={t('accounts.erase.password')}
          description={t('accounts.erase.passwordHelp')}
          autoComplete="current-password"
          value={form.values.password}
          onChange={(event) => form.setValue('password', event.currentTarget.value)}
          error={form.errors.password}
          required
          // Mantine leaves aria-invalid off PasswordInput; without it neither assistive
          // technology nor the form's focus-the-first-error step sees the error.
          aria-invalid={form.errors.password ? true : undefined}
          data-autofocus
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('accounts.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
