package minotaur.prim.aio;

import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Actor;
import minotaur.explore.scenario.Check;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import minotaur.os.Win32Event;
import minotaur.os.XenEventChannel;
import minotaur.prim.Variants;

/**
 * QEMU's aio_notify Promela models (docs/aio_notify.promela, docs/spin/aio_notify_accept.promela)
 * as explorer scenarios on the real AioContext port of {@code minotaur.prim.aio}, every variant,
 * named {@code aio/<variant>/<shape>}.
 *
 * <p>aio_notify.promela: a notifier makes {@value #REQUESTS} requests (here: schedules one BH
 * each, as {@code req |= next}) and the waiter ({@code notify_me++; if (!req) wait for event;
 * notify_me--; fetch req}: here the home thread's blocking {@code aio_poll}, or one GSource
 * iteration) polls until it has run them all. The Promela property "eventually done == FINAL"
 * becomes: the home thread never stays asleep once the notifier has finished (the explorer
 * reports a lost wakeup). The model's asynchronous delivery is shape {@code promela-notify}
 * (aio_poll) and {@code promela-notify-gsource} (prepare/g_poll/check/dispatch).
 *
 * <p>aio_notify_accept.promela adds {@code notified}: its property (the notifier's event
 * eventually false again, and eventually true again while notifies come) becomes, at the end of
 * every schedule, A3: {@code notify_me == 0}, and a set notifier is flagged in {@code notified}
 * (otherwise aio_notify_accept never clears it and every later blocking poll returns at once, a
 * busy loop: BUG1). Its BUG2 (a notify that sees {@code notified} skips the set) shows as a lost
 * wakeup in the same shapes: three schedules are enough for a notify to race with an accept and
 * a later one to be skipped. A1 is checked too: every BH ran exactly once.
 *
 * <p>Shape {@code one-bh} (and {@code one-bh-gsource}) is the same with one schedule: small
 * enough for every RA and RC11 execution graph to be explored in a second or two, for the variants
 * whose bug, if any, is a weak-memory one (SEED, BEFORE, the dropped or weakened fences).
 *
 * <p>docs/spin/aio_notify_bug.promela needs two threads polling one context at once; the April
 * 2020 port forbids that (A4, {@code in_aio_context_home_thread}), so it has no scenario here.
 */
public final class AioScenarios {
  /** The Promela model's MAX, kept small: three schedules show every bug of the models. */
  static final int REQUESTS = 3;

  /** What the home thread runs per iteration. */
  enum Home { POLL, ITERATE }

  private AioScenarios() {}

  /** The variants that also get the one-schedule shapes: those exposed only by weak models, if at all. */
  static final List<AioVariant> WEAK = List.of(AioVariant.SEED, AioVariant.BEFORE, AioVariant.NOTIFY_NO_MB,
      AioVariant.POLL_EXIT_RELAXED, AioVariant.CHECK_EXIT_RELAXED, AioVariant.NOTIFIED_RELAXED_SET);

  /** Both shapes for every AioContext variant, the one-schedule shapes first for {@link #WEAK}. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (AioVariant v : AioVariant.values()) {
      String prefix = "aio/" + Variants.cliName(v) + "/";
      if (WEAK.contains(v)) {
        all.add(promelaNotify(prefix + "one-bh", v, Home.POLL, 1));
        all.add(promelaNotify(prefix + "one-bh-gsource", v, Home.ITERATE, 1));
      }
      all.add(promelaNotify(prefix + "promela-notify", v, Home.POLL, REQUESTS));
      all.add(promelaNotify(prefix + "promela-notify-gsource", v, Home.ITERATE, REQUESTS));
    }
    return all;
  }

  /** aio_notify.promela (with aio_notify_accept.promela's end-state property) for one variant, home loop and number of schedules. */
  static Scenario promelaNotify(String name, AioVariant variant, Home home, int requests) {
    String description = "AioContext, aio_notify.promela: a notifier schedules " + requests
        + (requests == 1 ? " BH" : " BHs") + " while the home thread "
        + (home == Home.POLL ? "runs blocking aio_poll" : "runs GSource iterations") + " until it has run "
        + (requests == 1 ? "it" : "them all");
    return new Scenario(name, description, world -> new Instance(world, variant, requests).build(world, home));
  }

  /** One run's context, BHs and bookkeeping (home-thread fields are touched only by the home thread). */
  private static final class Instance {
    final AioContext ctx;
    final int requests;
    final List<QemuBh> bhs = new ArrayList<>();
    /** The BHs run so far, in order (A1). */
    final List<Object> ran = new ArrayList<>();
    /** The notifier's current schedule, and the one whose aio_notify last set ctx->notifier. */
    final String[] scheduling = new String[1];
    final String[] lastSetBy = new String[1];
    /**
     * The home thread's fairness wait, set by the notifier after each schedule returns; and set
     * once its last one has. OS objects, not plain fields: the execution-graph engine re-runs the
     * threads in a different order for each graph and decides only what memory and OS calls
     * return, so a plain field shared by two threads would make the scenario not deterministic.
     */
    final EventNotifier scheduleDone;
    final EventNotifier notifierDone;

    Instance(World world, AioVariant variant, int requests) {
      this.requests = requests;
      ctx = new AioContext(variant, world.memory(), new SetterTracking(world.os(), scheduling, lastSetBy));
      scheduleDone = world.os().eventNotifier("schedule-done");
      notifierDone = world.os().eventNotifier("notifier-done");
      for (int i = 0; i < requests; i++) {
        long id = i;
        bhs.add(ctx.aioBhNew("bh" + i, () -> ran.add(id)));
      }
    }

    void build(World world, Home home) {
      world.thread("home", self -> home(self, home));
      world.thread("notifier", self -> {
        for (int i = 0; i < requests; i++) {
          long bh = i;
          scheduling[0] = "T" + self.id() + "'s schedule of bh" + bh;
          self.invoke("schedule", bh);
          bhs.get(i).qemuBhSchedule();
          self.ok("schedule", bh);
          if (i == requests - 1) notifierDone.set();
          scheduleDone.set();
        }
      });
      world.atEnd(this::atRest);
    }

    /**
     * Polls until every BH ran. Promela checks liveness under weak fairness ({@code pan -f}); the
     * explorer has none, so a poll that ran nothing while the notifier still works (a schedule's
     * notify half done: the notifier set, {@code notified} not yet) waits for its next schedule
     * to return instead of spinning unfairly. Once the notifier is done, two polls in a row that
     * ran nothing are a busy loop (BusyLoopChecker's rule): its every write happens before the
     * home thread saw it done, so a working poll finds the BHs left at once.
     */
    private void home(Actor self, Home home) {
      ctx.setHomeThread(Thread.currentThread());
      String f = home == Home.POLL ? "poll" : "iterate";
      int idleEmpty = 0;
      while (ran.size() < requests) {
        int from = ran.size();
        self.invoke(f, null);
        if (home == Home.POLL) ctx.aioPoll(true);
        else ctx.gMainContextIteration();
        self.ok(f, PersistentVector.create(ran.subList(from, ran.size())));
        if (ran.size() > from) {
          idleEmpty = 0;
        } else if (!notifierDone.isSet()) {
          scheduleDone.awaitSet();
          scheduleDone.testAndClear();
        } else {
          idleEmpty++;
          self.check(idleEmpty < 2, "busy loop: two blocking " + f + "s in a row returned at once after"
              + " the notifier's last schedule; ctx->notifier was last set by the aio_notify of " + lastSetBy[0]);
        }
      }
    }

    private void atRest() {
      Check.that(ctx.notifyMe() == 0, "A3: notify_me is " + ctx.notifyMe() + " at rest, not 0");
      Check.that(!ctx.notifierSet() || ctx.notified(), "ctx->notifier left set by the aio_notify of "
          + lastSetBy[0] + " with ctx->notified clear: aio_notify_accept never clears it, so every"
          + " later blocking poll returns at once (busy loop)");
      List<Object> expected = new ArrayList<>();
      for (long i = 0; i < requests; i++) expected.add(i);
      List<Object> sorted = new ArrayList<>(ran);
      sorted.sort(null);
      Check.that(sorted.equals(expected), "A1: BHs ran " + ran + ", not each of " + expected + " once");
    }
  }

  /**
   * The explorer's OS with ctx->notifier wrapped to note which schedule set it last, for the
   * report of a notifier left set. The explorer runs one thread at a time, so plain fields do.
   */
  private static final class SetterTracking implements Os {
    private final Os os;
    private final String[] scheduling;
    private final String[] lastSetBy;

    SetterTracking(Os os, String[] scheduling, String[] lastSetBy) {
      this.os = os;
      this.scheduling = scheduling;
      this.lastSetBy = lastSetBy;
    }

    @Override public QemuMutex mutex(String name) { return os.mutex(name); }
    @Override public QemuCond cond(String name) { return os.cond(name); }
    @Override public Futex futex(String name) { return os.futex(name); }
    @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) {
      return os.win32Event(name, manualReset, initialState);
    }
    @Override public XenEventChannel xenEventChannel(String name, int cpus) { return os.xenEventChannel(name, cpus); }

    @Override
    public EventNotifier eventNotifier(String name) {
      EventNotifier n = os.eventNotifier(name);
      return new EventNotifier() {
        @Override public String name() { return n.name(); }
        @Override public boolean isSet() { return n.isSet(); }
        @Override public boolean testAndClear() { return n.testAndClear(); }
        @Override public void awaitSet() { n.awaitSet(); }

        @Override
        public void set() {
          n.set();
          lastSetBy[0] = scheduling[0];
        }
      };
    }
  }
}
