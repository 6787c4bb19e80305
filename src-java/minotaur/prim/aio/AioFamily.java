package minotaur.prim.aio;

import static minotaur.prim.aio.AioVariant.*;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code aio}: QEMU's AioContext {@code notify_me} / {@code aio_notify}
 * / bottom halves of April 2020 (seed 001). Both Promela shapes are explored to
 * {@value #SC_PREEMPTIONS} preemptions under SC and with {@value #PCT_RUNS} PCT runs under weaker
 * models (a pass there is probabilistic); the slow suite searches deeper. The weak-memory variants
 * also have the one-schedule shapes, whose RA and RC11 graphs are exhausted in seconds.
 */
public final class AioFamily implements Family {
  static final int SC_PREEMPTIONS = 2;
  static final int PCT_RUNS = 1000;
  private static final String NOTIFY_READ = "001:154 aio_notify: if (atomic_read(&ctx->notify_me)) {";

  @Override public String name() {
    return AioNotifyWorkload.NAME;
  }

  @Override public List<String> aliases() {
    return List.of("aio-notify");
  }

  @Override public String seed() {
    return "001";
  }

  @Override public String summary() {
    return "QEMU AioContext notify_me / aio_notify / bottom halves (util/aio-posix.c, util/async.c, April 2020)";
  }

  @Override public List<String> properties() {
    return List.of("A1", "A2", "A3", "A4");
  }

  @Override public List<Variant> variants() {
    return List.of(
        Variant.of(SEED, "the seed: relaxed notify_me updates, explicit smp_mb, store-release on exit")
            .holds("correct").build(),
        mutant(BEFORE, Exposure.WEAK, "A2", "what the seed replaced: RMWs on notify_me, a plain read in aio_notify;"
            + " correct on SC and x86-TSO (locked RMWs), lost wakeups on aarch64",
            "001:53 aio_poll: atomic_set(&ctx->notify_me, atomic_read(&ctx->notify_me) + 2); (was atomic_add)"),
        mutant(NOTIFY_UNCONDITIONAL_SKIP, Exposure.SC, "A2",
            "aio_bh_enqueue reads notify_me before it publishes the BH", NOTIFY_READ),
        mutant(SLEEP_DESPITE_PENDING, Exposure.SC, "A2",
            "aio_notify.promela -DBUG: the home thread sleeps without looking for scheduled BHs",
            "001:55 aio_poll: Write ctx->notify_me before computing the timeout"),
        mutant(CLEAR_BEFORE_POLL, Exposure.SC, "A2", "aio_poll takes its 2 off notify_me before it has finished polling",
            "001:69 aio_poll: atomic_store_release(&ctx->notify_me, atomic_read(&ctx->notify_me) - 2);"),
        mutant(NOTIFIED_BEFORE_SET, Exposure.SC, "A3",
            "aio_notify_accept.promela BUG1: notified set before the notifier: a busy loop",
            "001:155 aio_notify: event_notifier_set(&ctx->notifier); atomic_mb_set(&ctx->notified, true);"),
        mutant(SET_ONLY_IF_NOT_NOTIFIED, Exposure.SC, "A2",
            "aio_notify_accept.promela BUG2: aio_notify skips the set when notified is true",
            "001:155 aio_notify: event_notifier_set(&ctx->notifier);"),
        mutant(NOTIFY_NO_MB, Exposure.WEAK, "A2", "smp_mb in aio_notify dropped (the enqueue's locked RMWs order it on x86)",
            "001:152 aio_notify: smp_mb();"),
        mutant(POLL_NO_MB, Exposure.TSO, "A2", "smp_mb after notify_me += 2 in aio_poll dropped: store-load reordering",
            "001:59 aio_poll: smp_mb();"),
        mutant(PREPARE_NO_MB, Exposure.TSO, "A2",
            "smp_mb after notify_me |= 1 in aio_ctx_prepare dropped: store-load reordering",
            "001:131 aio_ctx_prepare: smp_mb();"),
        relaxedStore(POLL_EXIT_RELAXED, "aio_poll's exit store-release weakened to atomic_set", EXIT_RELEASE),
        relaxedStore(CHECK_EXIT_RELAXED, "aio_ctx_check's store-release weakened to atomic_set", EXIT_RELEASE),
        relaxedStore(NOTIFIED_RELAXED_SET, "atomic_mb_set of notified weakened to atomic_set",
            "not observable with OS calls as SC fences: atomic_mb_set is a store-release and an smp_mb;"
            + " the release is subsumed by event_notifier_set just before it (an OS call is an F_sc, itself a"
            + " release fence), the smp_mb by the F_sc that comes before every later load of the notifier thread"
            + " (the next aio_notify's smp_mb, an OS call); RC11 one-bh and one-bh-gsource: 6 executions each, as SEED"));
  }

  /**
   * Why a weakened exit store of notify_me shows under no model: the release orders the finished
   * poll before the store for a thread that acquires it, and the only other reader, aio_notify,
   * acts on the value alone (set the notifier or not); what the notifier reads afterwards of the
   * home thread's writes ({@code bh->flags}, {@code ctx->bh_list}) it reads with RMWs or re-checks
   * with a CAS, which see the latest write whatever happens-before says.
   */
  private static final String EXIT_RELEASE = "not observable: the release orders the finished poll"
      + " before the notify_me store for an acquirer, but aio_notify, its only other reader, acts on the value"
      + " alone, and reads the home thread's later writes (bh->flags, bh_list) only through RMWs and a CAS,"
      + " which see the latest write whatever happens-before says; RC11 one-bh and one-bh-gsource: 6 executions"
      + " each, as SEED";

  private static Variant mutant(AioVariant v, Exposure e, String property, String reason, String seedLine) {
    return Variant.of(v, reason).violated(e, property, reason, seedLine).build();
  }

  /**
   * A store weakened from release (or release plus fence) to relaxed that no model of the explorer
   * can show: SC and x86-TSO keep stores in order, RA makes the relaxed store a release again (the
   * mutant is SEED there), and under RC11 {@code whyNot} says what else orders it.
   */
  private static Variant relaxedStore(AioVariant v, String summary, String whyNotUnderRc11) {
    return Variant.of(v, summary)
        .holds("SC and x86-TSO keep stores in order and RA makes the relaxed store a release (SEED's"
            + " graphs); RC11: " + whyNotUnderRc11)
        .build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return AioNotifyWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return AioNotifyWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return AioScenarios.all();
  }

  @Override public ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    ExploreOptions o = ExploreOptions.defaults().withModel(model);
    if (model.graphOnly()) return o; // execution graphs: every one, no preemption bound or PCT
    return model == MemoryModel.SC ? o.withPreemptionBound(SC_PREEMPTIONS) : o.withRandom(PCT_RUNS, 1);
  }
}
