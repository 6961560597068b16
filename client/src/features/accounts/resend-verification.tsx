import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ResendVerificationDocument } from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { emailField } from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation ResendVerification($input: EmailInput!) {
    resendVerification(input: $input) {
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

/** Sends the verification email again; asks for the address when it is not known. */
export function ResendVerification({ email }: { email?: string | undefined }) {
  const { t } = useTranslation();
  const form = useForm({ email: email ?? '' });
  const [sent, setSent] = useState(false);
  const [resend, { loading }] = useMutation(ResendVerificationDocument);

  const submit = form.onSubmit(async () => {
    const input = form.parse(z.object({ email: emailField(t) }));
    if (!input) return;
    const result = await form.send(async () => (await resend({ variables: { input } })).data?.resendVerification);
    if (result) setSent(true);
  });

  if (sent) {
    return (
      <Alert color="green" role="status">
        {t('accounts.resend.sent')}
      </Alert>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" align="flex-start">
        <FormErrorAlert message={form.formError} />
        {email ? null : (
          <TextInput
            label={t('accounts.fields.email')}
            type="email"
            autoComplete="email"
            value={form.values.email}
            onChange={(event) => form.setValue('email', event.currentTarget.value)}
            error={form.errors.email}
            required
            w="100%"
            maw={420}
          />
        )}
        <Button type="submit" variant="light" loading={loading}>
          {t('accounts.resend.submit')}
        </Button>
      </Stack>
    </form>
  );
}
