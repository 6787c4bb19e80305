/**
 * Fault injection at named points.
 *
 * <p>Ports call {@link minotaur.fault.Faults#point(String)} where a delay changes the interleaving
 * (one opaque load when nothing is installed), and {@code minotaur.os} waits ask {@link
 * minotaur.fault.Faults#spuriousWakeup(String)} before sleeping. What happens there is the
 * installed {@link minotaur.fault.FaultPointHandler}: the explorer's scheduler (or a test's
 * choreography), or a {@link minotaur.fault.FaultPlan} (data: a seed and rules, read from EDN
 * or built in Java) installed as a {@link minotaur.fault.FaultInjector}, the only faults a
 * workload has, which
 *
 * <ul>
 *   <li>spins, parks, yields, pauses the thread, wakes an OS wait spuriously or delivers an
 *       interrupt at a port's interrupt window ({@link minotaur.fault.Faults#interrupt}), per rule and
 *       probability, drawing each decision from (seed, process, point, visit number), so that a
 *       seed replays every process's decisions ({@link minotaur.fault.Faults#bindProcess});
 *   <li>logs each fault as a {@link minotaur.fault.FaultEvent}, which becomes a {@code :nemesis}
 *       op of the history;
 *   <li>switches off at once ({@link minotaur.fault.FaultInjector#disable()}) for the runner's
 *       quiescence phase, cutting running delays short;
 *   <li>pauses a given thread on request ({@link minotaur.fault.FaultInjector#pause}), as a
 *       nemesis descheduling a vCPU;
 *   <li>orders threads, with a plan's ordering rule ({@link minotaur.fault.OrderRule}): listed
 *       visits of points are passed in the listed order, each wait bounded ({@link
 *       minotaur.fault.OrderGate}); how the explorer's findings are replayed on real threads.
 * </ul>
 *
 * <p>OS calls are fault points too: {@code os.<kind>.<call>@<name>} (see {@code minotaur.os}).
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 2. May import {@code
 * history} only.
 */
package minotaur.fault;
