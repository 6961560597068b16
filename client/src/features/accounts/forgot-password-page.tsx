import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { RequestPasswordResetDocument } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert, PageHeader } from '../../shared/page';
import { emailField } from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation RequestPasswordReset($input: EmailInput!) {
    requestPasswordReset(input: $input) {
      __typename
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

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ email: '' });
  const [sent, setSent] = useState(false);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetDocument);

  const submit = form.onSubmit(async () => {
    const input = form.parse(z.object({ email: emailField(t) }));
    if (!input) return;
    const result = await form.send(async () => (await requestReset({ variables: { input } })).data?.requestPasswordReset);
    if (result) setSent(true);
  });

  return (
    <Stack maw={480}>
      <PageHeader title={t('accounts.forgot.title')} lead={sent ? undefined : t('accounts.forgot.lead')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        {sent ? (
          <Alert color="green" role="status">
            {t('accounts.forgot.sent')}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormErrorAlert message={form.formError} />
              <TextInput
                label={t('accounts.fields.email')}
                type="email"
                autoComplete="email"
                value={form.values.email}
                onChange={(event) => form.setValue('email', event.currentTarget.value)}
                error={form.errors.email}
                required
              />
              <Button type="submit" loading={loading}>
                {t('accounts.forgot.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Anchor component={Link} to="/login" size="sm">
        {t('accounts.forgot.backToLogIn')}
      </Anchor>
    </Stack>
  );
}
