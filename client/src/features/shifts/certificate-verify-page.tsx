import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { VerifyCertificatePageDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { PageHeader, PageLoader, QueryError } from '../../shared/page';
import { formatHours } from './hours-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query VerifyCertificatePage($code: String!) {
    verifyParticipationCertificate(code: $code) {
      code
      holderName
      totalMinutes
      periodFrom
      periodTo
      issuedAt
    }
  }
`;

/** Public: confirms a participation certificate by its code, showing only what the certificate says about the period. */
export function CertificateVerifyPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = typed.trim();
    if (value) navigate(`/certificates/verify/${encodeURIComponent(value)}`);
  }

  return (
    <Stack maw={640}>
      <PageHeader title={t('shifts.attendance.verify.title')} lead={t('shifts.attendance.verify.lead')} />
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-end">
          <TextInput label={t('shifts.attendance.verify.code')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} style={{ flex: 1 }} maxLength={40} />
          <Button type="submit">{t('shifts.attendance.verify.check')}</Button>
        </Group>
      </form>
      {code ? <Verification code={code} /> : null}
    </Stack>
  );
}

function Verification({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useQuery(VerifyCertificatePageDocument, { variables: { code } });
  if (error && !data) {
    const tooMany = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
    return tooMany ? (
      <Alert color="orange" role="alert">
        {error.message}
      </Alert>
    ) : (
      <QueryError onRetry={() => void refetch()} />
    );
  }
  if (!data) return <PageLoader />;
  const certificate = data.verifyParticipationCertificate;
  if (!certificate) {
    return (
      <Alert color="red" role="alert" title={t('shifts.attendance.verify.notFound')}>
        {t('shifts.attendance.verify.notFoundHelp')}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="verified-heading">
      <Title order={2} size="h3" c="green.9" id="verified-heading" mb="sm">
        {t('shifts.attendance.verify.valid')}
      </Title>
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('shifts.attendance.verify.holder')}</Table.Th>
            <Table.Td>{certificate.holderName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('shifts.attendance.verify.hours')}</Table.Th>
            <Table.Td>{formatHours(certificate.totalMinutes, language)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('shifts.attendance.verify.period')}</Table.Th>
            <Table.Td>
              {format.calendarDate(certificate.periodFrom)} – {format.calendarDate(certificate.periodTo)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('shifts.attendance.verify.issued')}</Table.Th>
            <Table.Td>{format.dateTime(certificate.issuedAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('shifts.attendance.verify.code')}</Table.Th>
            <Table.Td>
              <Text ff="monospace">{certificate.code}</Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
