/**
 * The deterministic explorer: a scenario's threads run one at a time as real Java threads; every
 * {@code mem} access, fence, fault point and {@code os} call is a scheduling point; schedules are
 * searched by DFS with sleep sets (optionally preemption-bounded) or PCT, replayed from a token,
 * under SC or x86-TSO store buffers. Scenarios come from outside ({@link
 * minotaur.explore.scenario.Scenario}); it names no family.
 *
 * <p>Sub-packages, acyclic (pinned by {@code LayeringTest}): {@code scenario} (below this package:
 * what a port's scenarios are written against), {@code graph} (below: the execution-graph engine's
 * graphs and TruSt, JDK only), {@code litmus} (above: litmus tests run through {@link
 * minotaur.explore.Explorer}). The rest stays here because it is one strongly connected knot:
 * {@code Run} creates the simulated cells ({@code Sim*Cell}, {@code SimMemory}) and OS objects
 * ({@code Sim*}, {@code SimOs}) and the memory system ({@code MemoryModel}), and each of them calls
 * back into its {@code Run} at every scheduling point; the strategies and {@code Worker}s drive a
 * {@code Run} that calls them; and {@code Explorer} at the top needs all of it. Splitting it would
 * take an interface between the run and its simulated objects, not just moves.
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
