import type { Viewer } from '../../auth/viewer';

/** The `Viewer` GraphQL type is backed by the request's viewer. */
export type ViewerRow = Viewer;
