/**
 * Shared-memory cells with explicit access modes, so that ports state every C access's ordering
 * (see PORTING.md) and the explorer can replace the memory with a simulated one.
 *
 * <p>A port never touches a Java field that another thread reads: it asks a {@link
 * minotaur.mem.Memory} for cells and fences. {@link minotaur.mem.Memory#jvm()} is the real thing
 * (VarHandles); the explorer supplies a simulated memory (sequential consistency or x86-TSO store
 * buffers) in which every access is a scheduling point.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 1, the ground. Imports no
 * other minotaur package.
 */
package minotaur.mem;
