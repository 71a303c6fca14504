import { createContext, useContext } from 'react';
import type { AppViewerQuery } from '../../gql/graphql';

export type AppViewer = NonNullable<AppViewerQuery['viewer']>;

export const ViewerContext = createContext<AppViewer | null>(null);

/** The signed-in account; only usable below `ViewerGate`. */
export function useViewer(): AppViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used inside ViewerGate');
  return viewer;
}
