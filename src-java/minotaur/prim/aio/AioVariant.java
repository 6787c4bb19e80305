package minotaur.prim.aio;

/**
 * Variants of the AioContext port (seed 001, BUGS.md). Each constant says which memory model
 * first exposes it (see docs/wakeup-family.md for the measured table).
 */
public enum AioVariant {
  /** The seed: relaxed single-writer updates of notify_me, explicit smp_mb, store-release on exit. */
  SEED,
  /**
   * What the seed replaced: atomic_add/or/sub/and on notify_me and a plain read in aio_notify.
   * Correct under SC and x86-TSO (the RMWs are locked instructions); loses wakeups on aarch64.
   */
  BEFORE,
  /** aio_bh_enqueue reads notify_me before it publishes the BH, then notifies only if it was set (SC). */
  NOTIFY_UNCONDITIONAL_SKIP,
  /**
   * docs/aio_notify.promela -DBUG: the home thread sleeps without looking for scheduled BHs
   * (aio_poll and aio_ctx_prepare compute an infinite timeout), so a BH scheduled before it
   * announced itself in notify_me, whose aio_notify therefore skipped the notifier, is left (SC).
   */
  SLEEP_DESPITE_PENDING,
  /** aio_poll takes its 2 off notify_me before it has finished polling (SC). */
  CLEAR_BEFORE_POLL,
  /**
   * docs/aio_notify_accept.promela BUG1: aio_notify sets {@code notified} before the notifier. An
   * aio_notify_accept in between leaves the notifier set with {@code notified} clear, so every
   * later blocking poll returns at once: a busy loop (SC).
   */
  NOTIFIED_BEFORE_SET,
  /**
   * docs/aio_notify_accept.promela BUG2: aio_notify skips event_notifier_set when {@code
   * notified} is already true. An accept racing with it leaves {@code notified} set and the
   * notifier clear, after which wakeups are lost (SC).
   */
  SET_ONLY_IF_NOT_NOTIFIED,
  /** smp_mb in aio_notify dropped (the enqueue's locked RMWs still order it on SC and TSO). */
  NOTIFY_NO_MB,
  /** smp_mb after notify_me += 2 in aio_poll dropped: store→load reordering (TSO). */
  POLL_NO_MB,
  /** smp_mb after notify_me |= 1 in aio_ctx_prepare dropped: store→load reordering (TSO). */
  PREPARE_NO_MB,
  /** atomic_store_release of notify_me on aio_poll's exit weakened to atomic_set (no model shows it: AioFamily). */
  POLL_EXIT_RELAXED,
  /** atomic_store_release of notify_me in aio_ctx_check weakened to atomic_set (no model shows it: AioFamily). */
  CHECK_EXIT_RELAXED,
  /** atomic_mb_set of notified in aio_notify weakened to atomic_set (no model shows it: AioFamily). */
  NOTIFIED_RELAXED_SET
}
