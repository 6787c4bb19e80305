/**
 * The deterministic explorer: a scenario's threads run one at a time as real Java threads; every
 * {@code mem} access, fence, fault point and {@code os} call is a scheduling point; schedules are
 * searched by DFS with sleep sets (optionally preemption-bounded) or PCT, replayed from a token,
 * under SC or x86-TSO store buffers. Scenarios come from outside ({@link
 * minotaur.explore.scenario.Scenario}); it names no family.
 *
 * <p>Sub-packages, acyclic (pinned by {@code LayeringTest}), all below this package but {@code
 * litmus}: {@code scenario} (what a port's scenarios are written against), {@code memory} (the
 * simulated cells and the SC/TSO/graph memory systems; cells reach their run through {@code
 * memory.CellHost}), {@code sim} (the simulated OS objects, through {@code sim.OsHost}), {@code
 * strategy} (DFS, PCT, replay and TruSt choosers, through {@code strategy.Schedule}), {@code graph}
 * (the execution-graph engine's graphs and TruSt, JDK only) and {@code litmus} (above: litmus
 * tests run through {@link minotaur.explore.Explorer}). What stays here is the scheduler ({@code
 * Run}, which implements those three host interfaces, and its {@code Worker} threads), the entry
 * points ({@code Explorer}, {@code GraphExplorer}, {@code Confirmation} and {@code RealRun}) and
 * their value types ({@code ExploreOptions}, {@code ExploreResult}, {@code Failure}, {@code
 * ReplayToken}, {@code MemoryModel}, {@code Engine}). They stay together because they are one
 * knot: {@code Worker}s find their {@code Run} from the current thread and the {@code Run} drives
 * them, {@code ExplorerPointHandler} sends a worker's fault points to its {@code Run}, and
 * the value types name the results of both.
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
