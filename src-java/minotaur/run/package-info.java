/**
 * The stress runner: worker threads as Jepsen processes, the watchdog, the fault nemesis,
 * quiescence, the composed verdict. It takes a {@link minotaur.run.Workload} and names no family.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4 (an engine). May import
 * {@code check}, {@code model}, {@code gen}, {@code fault}, {@code os}, {@code history}, {@code
 * mem}; never {@code explore}, {@code family}, {@code prim} or {@code cli}.
 */
package minotaur.run;
