/**
 * The deterministic explorer: a scenario's threads run one at a time as real Java threads; every
 * {@code mem} access, fence, fault point and {@code os} call is a scheduling point; schedules are
 * searched by DFS with sleep sets (optionally preemption-bounded) or PCT, replayed from a token,
 * under SC or x86-TSO store buffers. Scenarios come from outside ({@link
 * minotaur.explore.Scenario}); it names no family. Not split into sub-packages yet.
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
