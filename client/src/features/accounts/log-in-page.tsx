import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { LogInDocument } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert, PageHeader } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { ResendVerification } from './resend-verification';
import { emailField } from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on MutationLogInSuccess {
        data {
          id
        }
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
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`;

/** Only same-site paths: `next` comes from the address bar. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LogInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const form = useForm({ email: '', password: '' });
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);
  const [logIn, { loading }] = useMutation(LogInDocument);
  const next = safeNext(params.get('next'));

  const schema = z.object({
    email: emailField(t),
    password: z.string().min(1, { error: t('validation.required') }),
  });

  const submit = form.onSubmit(async () => {
    setUnverifiedEmail(null);
    const input = form.parse(schema);
    if (!input) return;
    // Messages arrive translated, including how long a blocked log-in has to wait.
    const result = await form.send(async () => (await logIn({ variables: { input } })).data?.logIn, {
      onError: (error) => {
        if (error.__typename === 'EmailNotVerifiedError') setUnverifiedEmail(input.email);
      },
    });
    if (!result) return;
    // A new session: drop whatever was cached for the anonymous visitor and reload the shell.
    try {
      await client.resetStore();
    } catch {
      form.setFormError(t('common.networkError'));
      return;
    }
    await navigate(next, { replace: true });
  });

  if (viewer && !loading) return <Navigate to={next} replace />;

  return (
    <Stack maw={480}>
      <PageHeader title={t('accounts.logIn.title')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert message={form.formError} />
            {unverifiedEmail ? <ResendVerification email={unverifiedEmail} /> : null}
            <TextInput
              label={t('accounts.fields.email')}
              type="email"
              autoComplete="username"
              value={form.values.email}
              onChange={(event) => form.setValue('email', event.currentTarget.value)}
              error={form.errors.email}
              required
            />
            <PasswordInput
              label={t('accounts.fields.password')}
              autoComplete="current-password"
              value={form.values.password}
              onChange={(event) => form.setValue('password', event.currentTarget.value)}
              error={form.errors.password}
              aria-invalid={form.errors.password ? true : undefined}
              required
            />
            <Group justify="space-between">
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('accounts.logIn.forgot')}
              </Anchor>
              <Button type="submit" loading={loading}>
                {t('accounts.logIn.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Text size="sm">
        {t('accounts.logIn.noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('accounts.logIn.registerLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
