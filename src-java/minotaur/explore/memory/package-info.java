/**
 * The explorer's simulated memory: the cells ({@link minotaur.explore.memory.SimMemory} hands out
 * {@code Sim*Cell}s whose every access by an explored thread is a scheduling point, posted as an
 * {@link minotaur.explore.memory.Action}) and the memory systems that decide what a load sees and
 * where a store goes ({@link minotaur.explore.memory.MemorySystem}: {@code ScMemory}, {@code
 * TsoMemory}'s store buffers, {@code GraphMemory} for the execution-graph engine), plus the
 * {@link minotaur.explore.memory.Footprint}s the sleep-set reduction compares and {@code
 * PointedMemory}, the JVM memory with named points for runs on real threads. Cells reach their
 * run only through {@link minotaur.explore.memory.CellHost}, which the scheduler implements; that
 * keeps this package below it.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore},
 * below the rest of it. May import {@code mem}, {@code fault} and {@code explore.graph}; never
 * {@code explore} itself or its other sub-packages.
 */
package minotaur.explore.memory;
