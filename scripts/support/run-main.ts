/** Cleanups a script registers as it starts things (databases, child processes), run last-first on exit. */
export const cleanups: (() => Promise<unknown> | void)[] = [];

/** Runs a script's main(), then its cleanups whatever happened, and exits with main's code (1 if it threw). */
export async function runMain(main: () => Promise<number>): Promise<never> {
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error);
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  }
  process.exit(code);
}
