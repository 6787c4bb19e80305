/**
 * Family {@code rcu}: QEMU util/rcu.c (seed 004's RCU): the port, call_rcu, the rcutorture
 * workload, its explorer scenario and descriptor {@link minotaur.prim.rcu.RcuFamily}. It uses the
 * {@code qemu_event} port for its events (a family may build on a lower one; no cycles).
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family}, {@code prim.qemu_event} and below; never {@code cli}.
 */
package minotaur.prim.rcu;
