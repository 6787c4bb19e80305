package minotaur.prim.qemu_event;

import clojure.lang.Keyword;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import minotaur.check.liveness.LostWakeupChecker;
import minotaur.check.liveness.Wakeups;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.gen.Gen;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.Variants;
import minotaur.prim.qemu_event.QemuEventVariant.Flavour;
import minotaur.run.Client;
import minotaur.run.Quiescence;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run qemu-event}: the seed's Promela scenario, repeated and with more threads.
 *
 * <p>Thread 0 is the waiter, as RCU's call_rcu thread uses a QemuEvent, in the Promela
 * pattern's reset-test-wait: a {@code :reset} op, then {@code :await} ({@code if (!value) wait();}
 * then consume {@code value} with a swap, completing with whether it consumed a notify), and
 * again. The waiter's reset is an op of its own so that W1 sees every change of the event. The
 * other threads mix {@code :notify} ({@code value = 1; set()}, the Promela notifier), {@code
 * :reset} (a second resetter, which reset-store needs), {@code :set} and {@code :is-set}. The
 * quiescence hook issues one last {@code :notify}, so a waiter still blocked after it has lost a
 * wakeup.
 *
 * <p>Checks: W1 linearizability of set/reset/is-set ({@link EventHistory}); lost wakeups (W2,
 * {@link LostWakeupChecker}); the state transitions observed (W3). The event's final state is
 * recorded at rest for the report.
 * Options: {@link #OPTIONS}.
 */
public final class QemuEventWorkload {
  public static final String NAME = "qemu-event";
  /** How long a completed notify may go unanswered before a blocked waiter counts as lost. */
  public static final Duration GRACE = Duration.ofMillis(200);

  private static final WorkloadOption FLAVOUR =
      WorkloadOption.of("flavour", "win32", "the event's wait: win32 (a semaphore) or futex");
  private static final WorkloadOption DELAY_P =
      WorkloadOption.of("delay-p", "0.3", "probability of a delay at each fault point");
  private static final WorkloadOption DELAY =
      WorkloadOption.duration("delay", "2ms", "delay-us", ChronoUnit.MICROS, "longest delay at a fault point");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(FLAVOUR, DELAY_P, DELAY);

  private QemuEventWorkload() {}

  public static Workload create(WorkloadOptions o) {
    o.requireKnown(NAME, OPTIONS);
    QemuEventVariant variant = o.variant() == null ? QemuEventVariant.SEED
        : Variants.parse(QemuEventVariant.class, o.variant());
    Flavour flavour = Variants.parse(Flavour.class, o.option(FLAVOUR), "flavour");
    if (!variant.supports(flavour)) {
      throw new BadInput("variant " + Variants.cliName(variant) + " has no " + Variants.cliName(flavour) + " flavour");
    }
    if (o.threads() < 2) throw new BadInput("qemu-event needs at least 2 threads (a waiter and a notifier)");
    double p = o.probabilityOption(DELAY_P);
    long us = o.durationOption(DELAY).toNanos() / 1_000;

    Memory mem = Memory.jvm();
    List<String> badTransitions = new CopyOnWriteArrayList<>();
    QemuEvent ev = QemuEvents.create(variant, flavour, mem, Os.jvm(), false, (from, to) -> {
      if (!EventState.isValidTransition(from, to)) {
        badTransitions.add(EventState.name(from) + "->" + EventState.name(to));
      }
    });
    IntCell value = mem.intCell("value", 0);
    Client.Factory clients = (thread, process) -> op -> invoke(ev, value, op);

    return Workload.builder(NAME, Variants.cliName(variant))
        .clients(clients)
        .generator(Gen.reserve(1, Gen.cycle(Gen.concat(Gen.op("reset", null), Gen.op("await", null))),
            Gen.stagger(Duration.ofMillis(1), Gen.mix(
                Gen.repeat(Gen.op("notify", null)), Gen.repeat(Gen.op("notify", null)),
                Gen.repeat(Gen.op("reset", null)), Gen.repeat(Gen.op("set", null)),
                Gen.repeat(Gen.op("is-set", null))))))
        // Parks of 1us..us at every point of the family, no spurious wakeups: they can mask a
        // lost wakeup, and mutant hunting must not rely on them.
        .faults(FaultPlan.builder().park(p, DelayDistribution.uniform(1_000, us * 1_000), "qemu-event.*").build())
        .quiescence(phase -> phase.invoke(Op.invoke(0, "notify", null), clients.open(1, o.threads())))
        .checker("linearizable", EventHistory.linearizable(false))
        .checker("lost-wakeup", (h, run) -> new LostWakeupChecker(WAKEUPS, GRACE.toNanos()).check(h))
        .invariant("transitions", () -> List.copyOf(badTransitions), seen -> ((List<?>) seen).isEmpty())
        .atRest("event", ev::toString)
        .build();
  }

  static Op invoke(QemuEvent ev, IntCell value, Op op) {
    switch (op.f().getName()) {
      case "await":
        // The waiter's reset was its previous op; a wait that returns without the flag (woken by
        // a plain :set, or spuriously) leaves the next reset-test-wait round to the caller.
        if (value.getPlain() == 0) ev.qemuEventWait();
        return op.withType(Op.Type.OK).withValue(value.getAndSet(0) != 0);
      case "notify":
        value.setPlain(1);
        ev.qemuEventSet();
        return op.withType(Op.Type.OK);
      case "set":
        ev.qemuEventSet();
        return op.withType(Op.Type.OK);
      case "reset":
        ev.qemuEventReset();
        return op.withType(Op.Type.OK);
      case "is-set":
        return op.withType(Op.Type.OK).withValue(ev.isSet());
      default:
        throw new IllegalArgumentException("unknown op " + op.f());
    }
  }

  private static final Keyword AWAIT = Keyword.intern("await");
  private static final Keyword NOTIFY = Keyword.intern("notify");

  /** A notify obliges the waiter; an await's return discharges every notify invoked before it. */
  static final Wakeups WAKEUPS = new Wakeups() {
    @Override
    public List<Object> obligations(Op invoke, Op completion) {
      return NOTIFY.equals(invoke.f()) ? List.of("value") : List.of();
    }

    @Override
    public List<Object> discharges(Op invoke, Op completion) {
      return AWAIT.equals(invoke.f()) ? null : List.of();
    }

    @Override
    public boolean isWait(Op invoke) {
      return AWAIT.equals(invoke.f());
    }
  };
}
