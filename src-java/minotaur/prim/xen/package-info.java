/**
 * Family {@code xen}: the Xen paravirt byte spinlock of Linux 2.6.26 (seed 002): the port, its
 * variants, workload, explorer scenarios and descriptor {@link minotaur.prim.xen.XenFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and below; no other family, never {@code cli}.
 */
package minotaur.prim.xen;
