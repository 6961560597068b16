import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The coordinators' selection page of a focus group, by the session's GraphQL id. */
export const selectionPagePath = (sessionId: string): string => `/forums/sessions/${encodeURIComponent(sessionId)}/selection`;

/** A link to a focus group's selection page, for the coordinators' pages that list sessions. */
export function SelectionLink({ sessionId, title }: { sessionId: string; title?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={selectionPagePath(sessionId)} size="sm">
      {title ? t('forums.selection.linkTo', { session: title }) : t('forums.selection.link')}
    </Anchor>
  );
}
