import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ResetPasswordDocument } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert, PageHeader } from '../../shared/page';
import { passwordField } from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
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

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const form = useForm({ password: '', confirm: '' });
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const schema = z
    .object({ password: passwordField(t), confirm: z.string() })
    .refine((values) => values.password === values.confirm, {
      error: t('validation.passwordMismatch'),
      path: ['confirm'],
    });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input || !token) return;
    const result = await form.send(
      async () => (await resetPassword({ variables: { input: { token, password: input.password } } })).data?.resetPassword,
    );
    if (result) setDone(true);
  });

  return (
    <Stack maw={480}>
      <PageHeader title={t('accounts.reset.title')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        {!token ? (
          <Stack align="flex-start">
            <Alert color="red" role="alert" w="100%">
              {t('accounts.reset.missingToken')}
            </Alert>
            <Button component={Link} to="/forgot-password" variant="light">
              {t('accounts.reset.requestNew')}
            </Button>
          </Stack>
        ) : done ? (
          <Stack align="flex-start">
            <Alert color="green" role="status" w="100%">
              {t('accounts.reset.success')}
            </Alert>
            <Button component={Link} to="/login">
              {t('accounts.verify.goToLogIn')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormErrorAlert message={form.formError} />
              <PasswordInput
                label={t('accounts.reset.password')}
                description={t('accounts.fields.passwordHelp')}
                autoComplete="new-password"
                value={form.values.password}
                onChange={(event) => form.setValue('password', event.currentTarget.value)}
                error={form.errors.password}
                aria-invalid={form.errors.password ? true : undefined}
                required
              />
              <PasswordInput
                label={t('accounts.reset.confirm')}
                autoComplete="new-password"
                value={form.values.confirm}
                onChange={(event) => form.setValue('confirm', event.currentTarget.value)}
                error={form.errors.confirm}
                aria-invalid={form.errors.confirm ? true : undefined}
                required
              />
              <Button type="submit" loading={loading}>
                {t('accounts.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
