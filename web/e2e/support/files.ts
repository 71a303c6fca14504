import type { TestApi } from '../../../server/test/support/api';
import { mountLogbookFiles } from '../../../server/src/modules/logbook/files-route';
import { mountDocumentRoutes } from '../../../server/src/modules/documents/routes';

/**
 * The `/files/…` downloads (logbook XLSX, organisation XLSX, SKP PDF) exist as routes of
 * their modules but server/src/app.ts does not mount them yet (the server tests mount
 * them on the test app the same way). Mounts each one only while the app answers
 * "Cannot GET" for it, so this becomes a no-op once app.ts mounts them itself.
 */
export async function mountFilesIfMissing(api: TestApi): Promise<void> {
  const base = api.url.replace(/\/graphql$/, '');
  const missing = async (path: string) => {
    const res = await fetch(base + path);
    const text = await res.text();
    return res.status === 404 && text.includes('Cannot GET');
  };
  if (await missing('/files/logbook.xlsx')) mountLogbookFiles(api.k.app.express, api.k.services);
  if (await missing('/files/plans/x.pdf')) mountDocumentRoutes(api.k.app.express, api.k.services);
}
