import type { RouteObject } from 'react-router';

/** The participant part's routes (owned by the participant slice). */
export const participantRoutes: RouteObject[] = [];
