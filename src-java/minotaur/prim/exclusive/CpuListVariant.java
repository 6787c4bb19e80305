package minotaur.prim.exclusive;

import minotaur.family.Exposure;

/**
 * Variants of {@link CpuList}: the seed (QEMU commit "cpus-common: lock-free fast path for
 * cpu_exec_start/end"), the locked code it replaced, the mutants of BUGS.md (000) and one mutant
 * per full fence of the seed. Each names the weakest memory model that breaks it and what breaks.
 */
public enum CpuListVariant {
  /** The seed: lock-free {@code cpu_exec_start/end}, {@code has_waiter} counts running CPUs. */
  SEED(Exposure.NONE, "correct"),
  /** Before the seed: {@code cpu_exec_start/end} take {@code qemu_cpu_list_lock}. */
  BEFORE(Exposure.NONE, "correct, slow"),
  /** start_exclusive does not set {@code has_waiter}: cpu_exec_end never decrements, hang. */
  NO_HAS_WAITER(Exposure.SC, "start_exclusive blocks forever"),
  /** cpu_exec_end decrements {@code pending_cpus} but never signals {@code exclusive_cond}. */
  END_NO_SIGNAL(Exposure.SC, "lost wakeup of start_exclusive"),
  /** cpu_exec_start's {@code !has_waiter} branch skips {@code exclusive_idle()}. */
  START_SKIPS_IDLE(Exposure.SC, "a CPU runs inside an exclusive section"),
  /** start_exclusive skips {@code exclusive_idle()}: exclusive sections overlap. */
  NO_EXCLUSIVE_IDLE(Exposure.SC, "two exclusive sections overlap"),
  /** start_exclusive drops the smp_mb between {@code pending_cpus = 1} and reading {@code running}. */
  START_NO_MB(Exposure.TSO, "a CPU runs inside an exclusive section (store buffering)"),
  /** cpu_exec_start drops the smp_mb between {@code running = true} and reading {@code pending_cpus}. */
  EXEC_START_NO_MB(Exposure.TSO, "a CPU runs inside an exclusive section (store buffering)"),
  /** cpu_exec_end drops the smp_mb between {@code running = false} and reading {@code pending_cpus}. */
  EXEC_END_NO_MB(Exposure.TSO, "start_exclusive waits for a CPU that already left (hang when it stops)");

  private final Exposure exposure;
  private final String failure;

  CpuListVariant(Exposure exposure, String failure) {
    this.exposure = exposure;
    this.failure = failure;
  }

  /** The weakest memory model under which this variant fails. */
  public Exposure exposure() { return exposure; }

  /** What goes wrong, in one phrase ("correct" for correct variants). */
  public String failure() { return failure; }
}
