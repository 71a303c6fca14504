/**
 * Runs `attack` from `attackers` concurrent loops and, once the attack is under way
 * (at least `warmup` attack requests answered), runs `normal` `probes` times while the
 * loops keep going. The attack stops after the probes. Every attack call and every
 * probe must succeed (their own expects); the attack count is returned so a test can
 * show it really ran concurrently. Never measures time.
 */
export async function underAttack(
  attack: (i: number) => Promise<void>,
  normal: () => Promise<void>,
  opts: { attackers?: number; warmup?: number; probes?: number; minAttacks?: number } = {},
): Promise<{ attacks: number; probes: number }> {
  const attackers = opts.attackers ?? 6;
  const warmup = opts.warmup ?? attackers;
  const probes = opts.probes ?? 3;
  const minAttacks = opts.minAttacks ?? attackers * 2;
  let done = false;
  let answered = 0;
  let started = 0;
  let failure: unknown = null;
  const loops = Array.from({ length: attackers }, async () => {
    while (!done || answered < minAttacks) {
      if (failure) return;
      const i = started++;
      try {
        await attack(i);
      } catch (err) {
        failure ??= err;
        return;
      }
      answered += 1;
    }
  });
  let probed = 0;
  const prober = (async () => {
    while (answered < warmup && !failure) await new Promise((r) => setTimeout(r, 5));
    try {
      for (let i = 0; i < probes; i++) {
        // The attack must still be running while the normal query is answered.
        await normal();
        probed += 1;
      }
    } finally {
      done = true;
    }
  })();
  await Promise.all([prober, ...loops]);
  if (failure) throw failure;
  return { attacks: answered, probes: probed };
}
