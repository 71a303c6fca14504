import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * Imported first by every component test: the `web` vitest project runs without globals,
 * so Testing Library cannot register its automatic cleanup.
 */
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.location.hash = '';
});
