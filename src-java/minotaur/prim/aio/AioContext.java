package minotaur.prim.aio;

import static minotaur.prim.aio.QemuBh.BH_DELETED;
import static minotaur.prim.aio.QemuBh.BH_IDLE;
import static minotaur.prim.aio.QemuBh.BH_PENDING;
import static minotaur.prim.aio.QemuBh.BH_SCHEDULED;

import java.util.ArrayDeque;
import minotaur.fault.Faults;
import minotaur.mem.BoolCell;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.EventNotifier;
import minotaur.os.Os;

/**
 * QEMU's {@code AioContext} as of April 2020 (util/async.c, util/aio-posix.c after "async: use
 * explicit memory barriers"): bottom halves, {@code notify_me}, {@code notified} and the
 * EventNotifier that wakes the home thread.
 *
 * <p>Protocol. The home thread, before it may sleep, announces itself in {@code notify_me} (+2 in
 * aio_poll, |1 in the GSource prepare) and then looks for scheduled bottom halves to compute its
 * timeout; a scheduler publishes the BH ({@code flags}, {@code bh_list}) and then reads {@code
 * notify_me}, setting the EventNotifier when it is non-zero:
 *
 * <pre>
 *   write ctx-&gt;notify_me                 write bh-&gt;flags, bh_list
 *   smp_mb()                              smp_mb()
 *   read bh-&gt;flags; sleep if none         read ctx-&gt;notify_me; if set, notify
 * </pre>
 *
 * Dekker-style, at least one side sees the other's write, so a BH is never left while the home
 * thread sleeps. The two full fences pair with each other; {@code notify_me} is written only by
 * the home thread (asserted), so its updates are relaxed read-then-write, not RMWs; the
 * store-release that takes the announcement back orders the finished poll before it. {@code
 * notified} ({@code atomic_mb_set} by aio_notify, {@code atomic_xchg} by aio_notify_accept) says
 * whether the notifier has to be consumed: aio_notify sets the notifier first, so an accept that
 * sees {@code notified} always finds the notifier set, and clearing it never eats a later notify
 * (docs/aio_notify_accept.promela).
 *
 * <p>Not modelled: file-descriptor handlers other than the notifier (whose read handler is a
 * no-op), timers, adaptive polling ({@code poll_max_ns} is 0), nested aio_poll from a BH.
 */
public final class AioContext {
  private final AioVariant variant;
  private final Memory memory;
  /** {@code ctx->notify_me}: written by the home thread only, read by aio_notify. */
  private final IntCell notifyMe;
  /** {@code ctx->notified}. */
  private final BoolCell notified;
  /** {@code ctx->notifier}. */
  private final EventNotifier notifier;
  /** {@code ctx->bh_list}: lock-free LIFO of pending BHs (QSLIST_INSERT_HEAD_ATOMIC). */
  private final RefCell<QemuBh> bhList;
  /** {@code ctx->bh_slice_list}: home-thread only, so a plain Java queue. */
  private final ArrayDeque<BhListSlice> bhSliceList = new ArrayDeque<>();
  private volatile Thread homeThread;

  /** {@code BHListSlice}: the BHs one aio_bh_poll took off {@code bh_list}; home-thread only. */
  private static final class BhListSlice {
    QemuBh first;

    BhListSlice(QemuBh first) {
      this.first = first;
    }
  }

  /** {@code aio_context_new()}; the calling thread becomes the home thread. */
  public AioContext(AioVariant variant, Memory memory, Os os) {
    this.variant = variant;
    this.memory = memory;
    this.notifyMe = memory.intCell("ctx->notify_me", 0);
    this.notified = memory.boolCell("ctx->notified", false);
    this.notifier = os.eventNotifier("ctx->notifier");
    this.bhList = memory.refCell("ctx->bh_list", null);
    this.homeThread = Thread.currentThread();
  }

  public AioVariant variant() {
    return variant;
  }

  /** Makes {@code t} the thread that runs this context (an iothread taking over the context). */
  public void setHomeThread(Thread t) {
    homeThread = t;
  }

  /** {@code aio_bh_new(ctx, cb, opaque)}. */
  public QemuBh aioBhNew(String name, Runnable cb) {
    return new QemuBh(this, name, cb, memory);
  }

  /** {@code aio_bh_enqueue}: called concurrently from any thread; returns the old flags. */
  int aioBhEnqueue(QemuBh bh, int newFlags) {
    // The mutant's early look at notify_me, before the BH is visible.
    boolean wasWaiting = variant == AioVariant.NOTIFY_UNCONDITIONAL_SKIP && notifyMe.getOpaque() != 0;
    Faults.point("aio.enqueue.before-flags");
    // The seq-cst RMW makes the callback's inputs visible before the flags, and pairs with the
    // atomic_fetch_and in aio_bh_dequeue.
    int oldFlags = bh.flags.getAndBitwiseOr(BH_PENDING | newFlags);
    if ((oldFlags & BH_PENDING) == 0) {
      qslistInsertHeadAtomic(bh);
    }
    Faults.point("aio.enqueue.before-notify");
    if (variant == AioVariant.NOTIFY_UNCONDITIONAL_SKIP) {
      if (wasWaiting) signalNotifier();
    } else {
      aioNotify();
    }
    return oldFlags;
  }

  /** {@code QSLIST_INSERT_HEAD_ATOMIC(&ctx->bh_list, bh, next)}. */
  private void qslistInsertHeadAtomic(QemuBh bh) {
    QemuBh head;
    do {
      head = bhList.getPlain();
      bh.next.setPlain(head);
    } while (bhList.compareAndExchange(head, bh) != head);
  }

  /** {@code aio_bh_dequeue}: only from aio_bh_poll; returns the BH and its flags before clearing. */
  private QemuBh aioBhDequeue(BhListSlice s, int[] flags) {
    QemuBh bh = s.first; // QSLIST_FIRST_RCU: the slice is the home thread's own
    if (bh == null) return null;
    s.first = bh.next.getPlain(); // QSLIST_REMOVE_HEAD (queue.h of March 2020 also clears next)
    bh.next.setPlain(null);
    // Pairs with aio_bh_enqueue: the callback sees the scheduler's writes, and a scheduler that
    // runs after this sees BH_PENDING clear and enqueues (and notifies) again.
    flags[0] = bh.flags.getAndBitwiseAnd(~(BH_PENDING | BH_SCHEDULED | BH_IDLE));
    return bh;
  }

  /** {@code aio_bh_poll}: runs every BH scheduled when it took the list; multiple calls cannot run concurrently. */
  public int aioBhPoll() {
    int ret = 0;
    BhListSlice slice = new BhListSlice(bhList.getAndSet(null)); // QSLIST_MOVE_ATOMIC
    bhSliceList.addLast(slice);
    int[] flags = new int[1];
    BhListSlice s;
    while ((s = bhSliceList.peekFirst()) != null) {
      QemuBh bh = aioBhDequeue(s, flags);
      if (bh == null) {
        bhSliceList.removeFirst();
        continue;
      }
      if ((flags[0] & (BH_SCHEDULED | BH_DELETED)) == BH_SCHEDULED) {
        // Idle BHs don't count as progress.
        if ((flags[0] & BH_IDLE) == 0) ret = 1;
        bh.cb.run(); // aio_bh_call
      }
    }
    return ret;
  }

  /**
   * {@code aio_compute_bh_timeout}: 0 if a non-idle BH on the list is scheduled. The walk is
   * {@code QSLIST_FOREACH_RCU}: the caller's first load and every {@code next} are {@code
   * atomic_rcu_read} ({@code getAcquire}), pairing with the CAS that publishes a BH.
   */
  private static int aioComputeBhTimeout(QemuBh head, int timeout) {
    for (QemuBh bh = head; bh != null; bh = bh.next.getAcquire()) {
      int f = bh.flags.getPlain();
      if ((f & (BH_SCHEDULED | BH_DELETED)) == BH_SCHEDULED) {
        if ((f & BH_IDLE) != 0) {
          timeout = 10_000_000; // idle bottom halves will be polled at least every 10ms
        } else {
          return 0; // non-idle bottom halves will be executed immediately
        }
      }
    }
    return timeout;
  }

  /** {@code aio_compute_timeout}: 0, or -1 (infinite) since there are no timers. */
  long aioComputeTimeout() {
    int timeout = aioComputeBhTimeout(bhList.getAcquire(), -1);
    if (timeout == 0) return 0;
    for (BhListSlice s : bhSliceList) {
      timeout = aioComputeBhTimeout(s.first, timeout);
      if (timeout == 0) return 0;
    }
    return timeout;
  }

  /** {@code aio_notify}: wakes the home thread if it announced it may sleep. */
  public void aioNotify() {
    // Write e.g. bh->flags before reading ctx->notify_me. Pairs with smp_mb in aio_ctx_prepare
    // or aio_poll.
    if (variant != AioVariant.NOTIFY_NO_MB) memory.fullFence();
    Faults.point("aio.notify.after-mb");
    int me = variant == AioVariant.BEFORE ? notifyMe.getPlain() : notifyMe.getOpaque();
    if (me != 0) signalNotifier();
  }

  /** The body of aio_notify's {@code if (notify_me)}: set the notifier, then {@code notified}. */
  private void signalNotifier() {
    Faults.point("aio.notify.before-signal");
    switch (variant) {
      case NOTIFIED_BEFORE_SET:
        notified.setVolatile(true);
        Faults.point("aio.notify.between-notified-and-set");
        notifier.set();
        break;
      case SET_ONLY_IF_NOT_NOTIFIED:
        if (!notified.getOpaque()) {
          Faults.point("aio.notify.between-notified-and-set");
          notifier.set();
        }
        notified.setVolatile(true);
        break;
      case NOTIFIED_RELAXED_SET:
        notifier.set();
        notified.setOpaque(true);
        break;
      default:
        notifier.set();
        Faults.point("aio.notify.between-set-and-notified");
        notified.setVolatile(true); // atomic_mb_set
    }
  }

  /** {@code aio_notify_accept}: consumes the notifier if an aio_notify set it. */
  public void aioNotifyAccept() {
    if (notified.getAndSet(false)) {
      Faults.point("aio.accept.before-clear");
      notifier.testAndClear();
    }
  }

  /**
   * {@code aio_poll(ctx, blocking)}: one event-loop iteration of the home thread; a blocking one
   * sleeps on the notifier until a BH is scheduled. Returns progress (a non-idle BH ran).
   */
  public boolean aioPoll(boolean blocking) {
    assertHomeThread();
    // aio_notify can avoid the expensive event_notifier_set if everything (file descriptors,
    // bottom halves, timers) will be re-evaluated before the next blocking poll(): announce it.
    if (blocking) {
      if (variant == AioVariant.BEFORE) {
        notifyMe.getAndAdd(2); // atomic_add
      } else {
        notifyMe.setOpaque(notifyMe.getOpaque() + 2);
        // Write ctx->notify_me before computing the timeout (reading bottom half flags, etc.).
        // Pairs with smp_mb in aio_notify().
        if (variant != AioVariant.POLL_NO_MB) memory.fullFence();
      }
    }
    Faults.point("aio.poll.before-timeout");
    long timeout = !blocking ? 0 : variant == AioVariant.SLEEP_DESPITE_PENDING ? -1 : aioComputeTimeout();
    if (blocking && variant == AioVariant.CLEAR_BEFORE_POLL) {
      notifyMe.setRelease(notifyMe.getOpaque() - 2); // the mutant: too early
    }
    Faults.point("aio.poll.before-wait");
    if (timeout != 0) {
      notifier.awaitSet(); // ppoll(): the notifier's fd is the only one, no timers
    }
    Faults.point("aio.poll.after-wait");
    if (blocking) {
      switch (variant) {
        case BEFORE: notifyMe.getAndAdd(-2); break; // atomic_sub
        case CLEAR_BEFORE_POLL: break; // already done
        case POLL_EXIT_RELAXED: notifyMe.setOpaque(notifyMe.getOpaque() - 2); break;
        default:
          // Finish the poll before clearing the flag.
          notifyMe.setRelease(notifyMe.getOpaque() - 2);
      }
      aioNotifyAccept();
    }
    Faults.point("aio.poll.before-bh-poll");
    // The notifier's read handler (event_notifier_dummy_cb) does nothing.
    return aioBhPoll() != 0;
  }

  /** {@code aio_ctx_prepare}: the GSource hook before g_poll; true if dispatch is due at once. */
  public boolean aioCtxPrepare() {
    assertHomeThread();
    if (variant == AioVariant.BEFORE) {
      notifyMe.getAndBitwiseOr(1); // atomic_or
    } else {
      notifyMe.setOpaque(notifyMe.getOpaque() | 1);
      // Write ctx->notify_me before computing the timeout. Pairs with smp_mb in aio_notify().
      if (variant != AioVariant.PREPARE_NO_MB) memory.fullFence();
    }
    Faults.point("aio.prepare.before-timeout");
    return variant != AioVariant.SLEEP_DESPITE_PENDING && aioComputeTimeout() == 0;
  }

  /**
   * {@code aio_ctx_check}: the GSource hook after g_poll; true if a BH (idle or not) is scheduled
   * on {@code bh_list} or a slice ({@code QSLIST_FOREACH_RCU}, as aio_compute_bh_timeout).
   */
  public boolean aioCtxCheck() {
    assertHomeThread();
    switch (variant) {
      case BEFORE: notifyMe.getAndBitwiseAnd(~1); break; // atomic_and
      case CHECK_EXIT_RELAXED: notifyMe.setOpaque(notifyMe.getOpaque() & ~1); break;
      default:
        // Finish computing the timeout before clearing the flag.
        notifyMe.setRelease(notifyMe.getOpaque() & ~1);
    }
    aioNotifyAccept();
    for (QemuBh bh = bhList.getAcquire(); bh != null; bh = bh.next.getAcquire()) {
      if ((bh.flags.getPlain() & (BH_SCHEDULED | BH_DELETED)) == BH_SCHEDULED) return true;
    }
    for (BhListSlice s : bhSliceList) {
      for (QemuBh bh = s.first; bh != null; bh = bh.next.getAcquire()) {
        if ((bh.flags.getPlain() & (BH_SCHEDULED | BH_DELETED)) == BH_SCHEDULED) return true;
      }
    }
    // aio_pending(ctx) || timerlistgroup_deadline_ns(&ctx->tlg) == 0: no timers, and the only
    // handler is the notifier's dummy read handler, for which dispatch would run an empty
    // aio_bh_poll; left out.
    return false;
  }

  /** {@code aio_ctx_dispatch}: runs the bottom halves (aio_dispatch). */
  public boolean aioCtxDispatch() {
    assertHomeThread();
    return aioBhPoll() != 0;
  }

  /**
   * One {@code g_main_context_iteration(ctx, TRUE)} over this context's GSource: prepare, g_poll
   * on the notifier unless prepare said dispatch is due, check, dispatch if check says so.
   * Returns whether a non-idle BH ran. (glib skips check when prepare already reported the source
   * ready, leaving bit 0 of notify_me set until the next iteration; calling check every time keeps
   * "notify_me == 0 between iterations" an invariant without changing which BHs run.)
   */
  public boolean gMainContextIteration() {
    boolean ready = aioCtxPrepare();
    Faults.point("aio.gsource.before-poll");
    if (!ready) notifier.awaitSet();
    return aioCtxCheck() && aioCtxDispatch();
  }

  private void assertHomeThread() {
    // There cannot be two concurrent aio_poll calls for the same AioContext (or an aio_poll
    // concurrent with a GSource prepare/check/dispatch callback).
    if (Thread.currentThread() != homeThread) {
      throw new IllegalStateException("assert(in_aio_context_home_thread(ctx)) failed in "
          + Thread.currentThread().getName() + "; home thread is "
          + (homeThread == null ? "none" : homeThread.getName()));
    }
  }

  /** {@code ctx->notify_me} now (A3: 0 at rest). */
  public int notifyMe() {
    return notifyMe.getVolatile();
  }

  /** {@code ctx->notified} now. */
  public boolean notified() {
    return notified.getVolatile();
  }

  /** Whether the EventNotifier is set now (without consuming it). */
  public boolean notifierSet() {
    return notifier.isSet();
  }

  @Override
  public String toString() {
    return "AioContext[" + variant + ", notify_me=" + notifyMe() + ", notified=" + notified()
        + ", notifier " + (notifierSet() ? "set" : "clear") + "]";
  }
}
