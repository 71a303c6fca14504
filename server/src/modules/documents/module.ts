import type { KinerjaModule } from '../registry';
import { documentPermissions } from './permissions';
import { importMutations } from './resolvers/import';
import { linkResolvers } from './resolvers/links';
import { evaluationLinkResolvers } from './resolvers/evaluation-links';
import { monitoringLinkResolvers } from './resolvers/monitoring-link';
import { mountDocumentRoutes } from './routes';

/**
 * Documents: onboarding imports from HR export sheets, XLSX exports and printable PDFs
 * served under /files (routes.ts).
 */
const documents: KinerjaModule = {
  name: 'documents',
  resolvers: { Mutation: importMutations, ...linkResolvers, ...evaluationLinkResolvers, ...monitoringLinkResolvers },
  permissions: documentPermissions,
  routes: mountDocumentRoutes,
};

export default documents;
