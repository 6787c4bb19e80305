/**
 * The deterministic explorer: a scenario's threads run one at a time as real Java threads; every
 * {@code mem} access, fence, fault point and {@code os} call is a scheduling point; schedules are
 * searched by DFS with sleep sets (optionally preemption-bounded) or PCT, replayed from a token,
 * under SC or x86-TSO store buffers. Scenarios come from outside ({@link
 * minotaur.explore.scenario.Scenario}); it names no family.
 *
 * <p>Sub-packages, acyclic (pinned by {@code LayeringTest}), all below this package but {@code
 * litmus}: {@code scenario} (what a port's scenarios are written against), {@code sim} (the
 * simulated OS objects, which reach their run through {@code sim.OsHost}), {@code strategy} (DFS,
 * PCT, replay and TruSt choosers, which see their run through {@code strategy.Schedule}), {@code
 * graph} (the execution-graph engine's graphs and TruSt, JDK only) and {@code litmus} (above:
 * litmus tests run through {@link minotaur.explore.Explorer}). The rest stays here because it is
 * one strongly connected knot: {@code Run} creates the simulated cells ({@code Sim*Cell}, {@code
 * SimMemory}) and the memory system ({@code MemoryModel}), the cells call back into their {@code
 * Run} at every access, and the memory systems take the cells and {@code Action}s; {@code Worker}s
 * run a {@code Run}'s threads and find it again from the current thread; {@code RealRun} and
 * {@code ExplorerFaultHook} refer to each other; and {@code Explorer} at the top needs all of it.
 * The next cut would give the cells an interface to their run, as {@code OsHost} does for the OS
 * objects.
 *
 * <p>A failing schedule also carries its named-point visits ({@link minotaur.explore.PointVisit}:
 * fault points, memory accesses, OS calls); {@link minotaur.explore.Confirmation} turns them into
 * an ordering fault plan and runs the scenario on real threads under it ({@code RealRun}: the
 * JVM's memory and {@code os} objects, hangs told apart with {@link minotaur.os.OsMonitor}).
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4 (an engine). May import
 * {@code check}, {@code model}, {@code gen}, {@code fault}, {@code os}, {@code history}, {@code
 * mem}; never {@code run}, {@code family}, {@code prim} or {@code cli}.
 */
package minotaur.explore;
