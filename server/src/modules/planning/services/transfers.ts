let registered = false;

/** Registers the planning reaction to assignment changes (once per process). */
export function registerTransferListener(): void {
  if (registered) return;
  registered = true;
}
