package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.QemuEventVariant.*;

import java.util.List;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code qemu-event}: QEMU's Win32 {@code QemuEvent} fast path (seed
 * 003) and the same state machine over a futex. The flavour is a sub-name, not a family: the
 * workload takes {@code -D flavour=win32|futex}, the futex scenarios are {@code
 * qemu-event/<variant>/futex-<shape>}; a variant's expectation covers both flavours (the Win32-only
 * mutants have no futex scenarios). Every scenario is explored exhaustively.
 */
public final class QemuEventFamily implements Family {
  private static final String SET_READ = "003:199 qemu_event_set: if (atomic_mb_read(&ev->value) != EV_SET) {";

  @Override public String name() {
    return QemuEventWorkload.NAME;
  }

  @Override public String seed() {
    return "003";
  }

  @Override public String summary() {
    return "QEMU Win32 QemuEvent fast path (util/qemu-thread-win32.c) and its futex flavour";
  }

  @Override public List<String> properties() {
    return List.of("W1", "W2", "W3");
  }

  @Override public List<Variant> variants() {
    return List.of(
        Variant.of(SEED, "the seed: userspace fast path over a lazily reset Win32 event")
            .violated(Exposure.TSO, "W2", "lost wakeup: set's atomic_mb_read is a plain load on x86 and passes"
                + " the notifier's buffered store of its condition (event initially set)", SET_READ)
            .build(),
        Variant.of(BEFORE, "the plain Win32 event, a kernel call per operation").holds("correct").build(),
        Variant.of(FIXED, "later QEMU: smp_mb() before set's load of ev->value").holds("correct")
            .at("ra", AFTER_RMW).at("rc11", AFTER_RMW).build(),
        Variant.of(FIXED_2023, "QEMU of March 2023: smp_mb__after_rmw() after reset's OR and set's xchg")
            .holds("correct: the barrier after reset's OR orders it before the caller's check (5 RA and RC11"
                + " executions per shape)").build(),
        mutant(RESET_STORE, Exposure.SC, "reset stores EV_FREE instead of OR-ing it: busy becomes free",
            "003:214 qemu_event_reset: atomic_or(&ev->value, EV_FREE);"),
        mutant(RESET_EVENT_LATE, Exposure.SC, "the waiter calls ResetEvent after the free-to-busy CAS",
            "003:231 qemu_event_wait: ResetEvent(ev->event);"),
        mutant(NO_BUSY, Exposure.SC, "the waiter skips the free-to-busy CAS, so set never calls SetEvent",
            "003:237 qemu_event_wait: if (atomic_cmpxchg(&ev->value, EV_FREE, EV_BUSY) == EV_SET) {"),
        mutant(SET_RELAXED_READ, Exposure.TSO, "set's atomic_mb_read weakened to atomic_read: lost wakeup as the seed's",
            SET_READ),
        mutant(RESET_RELAXED_READ, Exposure.TSO, "reset's atomic_mb_read weakened: on x86 the seed's lost wakeup",
            "003:210 qemu_event_reset: if (atomic_mb_read(&ev->value) == EV_SET) {"),
        mutant(WAIT_RELAXED_READ, Exposure.TSO, "wait's atomic_mb_read weakened: on x86 the seed's lost wakeup",
            "003:223 qemu_event_wait: value = atomic_mb_read(&ev->value);"));
  }

  /**
   * FIXED under RA and RC11 (docs/memory-models.md, Findings): reset's seq_cst OR is not a full
   * fence in C11, so the waiter's re-check of its condition after it can read the old value while
   * set's load of ev->value after its smp_mb misses the OR (store buffering with an RMW on one
   * side); set sees EV_SET and does nothing, the waiter sleeps. QEMU fixed it in March 2023 with
   * smp_mb__after_rmw() after the OR (FIXED_2023).
   */
  static final Expected AFTER_RMW = Expected.violated("W2", "lost wakeup: reset's atomic_or is a seq_cst RMW, not a"
      + " full fence in C11, so the caller's re-check of its condition passes it while set's load after its"
      + " smp_mb misses the OR; QEMU added smp_mb__after_rmw() in March 2023 (fixed-2023)",
      "003:214 qemu_event_reset: atomic_or(&ev->value, EV_FREE);");

  private static Variant mutant(QemuEventVariant v, Exposure e, String reason, String seedLine) {
    return Variant.of(v, reason).violated(e, "W2", reason, seedLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return QemuEventWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return QemuEventWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return QemuEventScenarios.all();
  }
}
