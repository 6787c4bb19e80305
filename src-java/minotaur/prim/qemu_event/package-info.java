/**
 * Family {@code qemu-event}: QEMU's Win32 QemuEvent fast path and its futex flavour (seed 003): the
 * ports, variants, workload, explorer scenarios and descriptor {@link
 * minotaur.prim.qemu_event.QemuEventFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and below; no other family, never {@code cli}.
 */
package minotaur.prim.qemu_event;
