/**
 * Family {@code exclusive}: QEMU cpus-common exclusive sections (seed 000): the port, its variants,
 * workload, explorer scenarios and descriptor {@link minotaur.prim.exclusive.ExclusiveFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and below; no other family, never {@code cli}.
 */
package minotaur.prim.exclusive;
