import { createContext, useContext } from 'react';
import type { AppShellQuery, Role } from '../../generated/first-page-graphql';

export type Viewer = NonNullable<AppShellQuery['me']>;

type ViewerState = { viewer: Viewer | null; loading: boolean };

export const ViewerContext = createContext<ViewerState>({ viewer: null, loading: true });

/** The signed-in person as loaded by the shell's query (null when signed out). */
export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}
