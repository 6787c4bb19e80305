package minotaur.prim.exclusive;

import minotaur.mem.BoolCell;
import minotaur.mem.Memory;

/**
 * The fields of QEMU's {@code CPUState} that exclusive sections use. One per vCPU; the vCPU's own
 * thread calls {@code cpu_exec_start/end} on it, other threads read {@code running} and write
 * {@code has_waiter} (under {@code qemu_cpu_list_lock}) and {@code exit_request} (the kick).
 */
public final class CpuState {
  /** {@code cpu->cpu_index}. */
  public final int index;
  /** {@code cpu->running}: {@code atomic_set}/{@code atomic_read} in the seed, plain under the lock before it. */
  final BoolCell running;
  /** {@code cpu->has_waiter}: plain, only touched with {@code qemu_cpu_list_lock} held. */
  final BoolCell hasWaiter;
  /** {@code cpu->exit_request}: set by {@code qemu_cpu_kick}, polled by the CPU loop. */
  final BoolCell exitRequest;

  CpuState(Memory mem, int index) {
    this.index = index;
    this.running = mem.boolCell("cpu[" + index + "].running", false);
    this.hasWaiter = mem.boolCell("cpu[" + index + "].has_waiter", false);
    this.exitRequest = mem.boolCell("cpu[" + index + "].exit_request", false);
  }

  /** Whether a kick asked this CPU to leave its execution loop ({@code atomic_read(&cpu->exit_request)}). */
  public boolean exitRequested() {
    return exitRequest.getOpaque();
  }

  /** The CPU loop's {@code atomic_set(&cpu->exit_request, 0)} before it (re-)enters execution. */
  public void clearExitRequest() {
    exitRequest.setOpaque(false);
  }

  /** {@code cpu->running}, for invariant checks at rest. */
  public boolean running() {
    return running.getVolatile();
  }

  /** {@code cpu->has_waiter}, for invariant checks at rest. */
  public boolean hasWaiter() {
    return hasWaiter.getVolatile();
  }
}
