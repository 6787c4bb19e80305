/**
 * Family {@code timer-list}: the RCU-protected QEMU timer list (seed 004): the port, heap with
 * use-after-free detection, workload, explorer scenario and descriptor {@link
 * minotaur.prim.timer_list.TimerListFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family}, {@code prim.rcu} (and what it uses) and below; never {@code cli}.
 */
package minotaur.prim.timer_list;
