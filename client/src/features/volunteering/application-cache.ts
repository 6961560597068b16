import type { ApolloCache } from '@apollo/client';

/**
 * After a draft is saved or an application submitted: the round now has "my application", and a
 * submitted one joins "my applications" (newest first) if that list is in the cache. No refetch.
 */
export function rememberApplication(cache: ApolloCache, roundId: string, applicationId: string, { listed }: { listed: boolean }) {
  const application = { __typename: 'VolunteerApplication', id: applicationId };
  cache.modify({
    id: cache.identify({ __typename: 'RecruitmentRound', id: roundId }),
    fields: { myApplication: (_current, { toReference }) => toReference(application) ?? null },
  });
  if (!listed) return;
  cache.modify({
    fields: {
      myApplications: (existing: readonly { __ref: string }[] = [], { toReference }) => {
        const reference = toReference(application);
        if (!reference || existing.some((item) => item.__ref === reference.__ref)) return existing;
        return [reference, ...existing];
      },
    },
  });
}
