import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SelectionApplicantRow_ApplicationFragmentDoc } from '../../generated/graphql';
import { EmptyMessage } from '../../shared/page';
import type { QuestionLabels } from './selection-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SelectionApplicantRow_application on ForumApplication {
    id
    participantName
    status
    waitlistRank
    answers {
      questionKey
      value
    }
  }
`;

const STATUS_COLOR = { APPLIED: 'blue', SELECTED: 'teal', WAITLISTED: 'yellow', WITHDRAWN: 'gray', REPLACED: 'gray' } as const;

function SelectionApplicantRow({ application: ref, labels }: { application: FragmentType<typeof SelectionApplicantRow_ApplicationFragmentDoc>; labels: QuestionLabels }) {
  const { t } = useTranslation();
  const { data: application, complete } = useFragment({ fragment: SelectionApplicantRow_ApplicationFragmentDoc, fragmentName: 'SelectionApplicantRow_application', from: ref });
  if (!complete) return null;
  const answers = new Map(application.answers.map((answer) => [answer.questionKey, answer.value]));
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {application.participantName}
      </Table.Th>
      {labels.questions.map((question) => {
        const value = answers.get(question.key);
        return <Table.Td key={question.key}>{value === undefined ? '—' : labels.option(question.key, value)}</Table.Td>;
      })}
      <Table.Td>
        <Badge variant="light" color={STATUS_COLOR[application.status]}>
          {t(`forums.selection.status.${application.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{application.waitlistRank ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

/** The focus group's applicants with their answers (labels from the event's questions), status and waitlist place. */
export function SelectionApplicants({
  applications,
  labels,
  total,
  hasMore,
  loading,
  onMore,
}: {
  applications: ReadonlyArray<{ readonly id: string } & FragmentType<typeof SelectionApplicantRow_ApplicationFragmentDoc>>;
  labels: QuestionLabels;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="selection-applicants">
      <Title order={2} size="h4" id="selection-applicants" mb="xs">
        {t('forums.selection.applicants.title', { count: total })}
      </Title>
      {applications.length === 0 ? (
        <EmptyMessage title={t('forums.selection.applicants.empty')} />
      ) : (
        <>
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('forums.selection.applicants.table')}>
            <Table striped miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.selection.applicants.name')}</Table.Th>
                  {labels.questions.map((question) => (
                    <Table.Th scope="col" key={question.key}>
                      {question.label}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('forums.selection.applicants.status')}</Table.Th>
                  <Table.Th scope="col">{t('forums.selection.applicants.waitlistRank')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {applications.map((application) => (
                  <SelectionApplicantRow key={application.id} application={application} labels={labels} />
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Text size="sm" c="dimmed" mt="xs">
            {t('forums.selection.applicants.shown', { shown: applications.length, total })}
          </Text>
        </>
      )}
      {hasMore ? (
        <Button mt="sm" variant="default" loading={loading} onClick={onMore}>
          {t('forums.selection.applicants.more')}
        </Button>
      ) : null}
    </Card>
  );
}
