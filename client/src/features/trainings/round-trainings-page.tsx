import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RoundTrainingsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { CourseCard } from './course-card';
import { CreateCourseDialog } from './create-course-dialog';
import { RequiredQualifications } from './required-qualifications';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query RoundTrainingsPage($roundId: ID!) {
    node(id: $roundId) {
      id
      ... on RecruitmentRound {
        title
        status
        ...RequiredQualifications_round
        enrolmentCandidates {
          id
          ...CourseCard_candidate
        }
      }
    }
    trainingCourses(roundId: $roundId) {
      id
      ...CourseCard_course
    }
    qualifications {
      id
      ...RequiredQualifications_qualification
      ...CreateCourseDialog_qualification
    }
  }
`;

export function RoundTrainingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(RoundTrainingsPageDocument, { variables: { roundId: id } });
  const [creating, setCreating] = useState(false);
  const round = data?.node?.__typename === 'RecruitmentRound' ? data.node : null;

  const back = (
    <Anchor component={Link} to="/coordination/trainings" size="sm">
      {t('trainings.page.back')}
    </Anchor>
  );

  if (error && !data) {
    return (
      <Stack>
        {back}
        <PageHeader title={t('trainings.index.title')} />
        <QueryError onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!data) {
    return (
      <Stack aria-busy>
        {back}
        <Skeleton height={40} width="60%" />
        <Skeleton height={120} radius="md" />
        <Skeleton height={320} radius="md" />
      </Stack>
    );
  }
  if (!round) {
    return (
      <Stack>
        {back}
        <PageHeader title={t('trainings.index.title')} />
        <EmptyMessage title={t('trainings.page.notFound')} />
      </Stack>
    );
  }

  return (
    <Stack>
      {back}
      <PageHeader
        title={t('trainings.page.title', { round: round.title })}
        actions={<Button onClick={() => setCreating(true)}>{t('trainings.page.newCourse')}</Button>}
      />
      <RequiredQualifications round={round} qualifications={data.qualifications} />
      {data.trainingCourses.length === 0 ? (
        <EmptyMessage title={t('trainings.page.noCourses')}>{t('trainings.page.noCoursesHelp')}</EmptyMessage>
      ) : (
        data.trainingCourses.map((course) => <CourseCard key={course.id} course={course} candidates={round.enrolmentCandidates} />)
      )}
      <CreateCourseDialog roundId={round.id} qualifications={data.qualifications} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
