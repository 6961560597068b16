import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { VerifyEmailDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { PageHeader, PageLoader } from '../../shared/page';
import { ResendVerification } from './resend-verification';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation VerifyEmail($input: TokenInput!) {
    verifyEmail(input: $input) {
      __typename
      ... on MutationVerifyEmailSuccess {
        data {
          id
          emailVerified
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Outcome = { status: 'pending' } | { status: 'verified' } | { status: 'failed'; message: string };

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [verifyEmail] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { status: 'pending' } : { status: 'failed', message: t('accounts.verify.missingToken') },
  );
  // A token works once; React's development double effects must not spend it twice.
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    verifyEmail({ variables: { input: { token } } })
      .then(({ data }) => {
        const result = data?.verifyEmail;
        if (!result) return;
        if (isErrorResult(result)) {
          // A malformed token fails input validation; to the reader it is just a broken link.
          const message =
            result.__typename === 'InputValidationError' ? t('accounts.verify.missingToken') : result.message;
          setOutcome({ status: 'failed', message });
          return;
        }
        // The result's `emailVerified` updates the cached user, should they be signed in.
        setOutcome({ status: 'verified' });
      })
      .catch(() => setOutcome({ status: 'failed', message: t('common.networkError') }));
  }, [token, verifyEmail, t]);

  return (
    <Stack maw={640}>
      <PageHeader title={t('accounts.verify.title')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        {outcome.status === 'pending' ? (
          <PageLoader label={t('accounts.verify.verifying')} />
        ) : outcome.status === 'verified' ? (
          <Stack align="flex-start">
            <Alert color="green" role="status" w="100%">
              {t('accounts.verify.success')}
            </Alert>
            <Button component={Link} to="/login">
              {t('accounts.verify.goToLogIn')}
            </Button>
          </Stack>
        ) : (
          <Stack align="flex-start">
            <Alert color="red" role="alert" title={t('accounts.verify.failedTitle')} w="100%">
              {outcome.message}
            </Alert>
            <ResendVerification />
            <Button component={Link} to="/login" variant="subtle">
              {t('accounts.verify.goToLogIn')}
            </Button>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
