package minotaur.prim.rcu;

/**
 * The RCU implementations under test: QEMU's util/rcu.c ({@link #CORRECT}) and three mutants from
 * BUGS.md (004), each one line away from it.
 */
public enum RcuVariant {
  /** util/rcu.c as in QEMU 2.3 (2015): readers snapshot {@code rcu_gp_ctr}, writers wait for them. */
  CORRECT,
  /**
   * Later QEMU's include/qemu/rcu.h (as of the 2020 qatomic rename, before the functions moved out
   * of line): {@code rcu_read_lock} stores its snapshot with {@code qatomic_set} and then {@code
   * smp_mb_placeholder()}; {@code rcu_read_unlock} stores 0 with {@code qatomic_store_release} and
   * then {@code smp_mb_placeholder()} before it reads {@code waiting} (without membarrier, {@code
   * smp_mb()}: a full fence). Its events are the QemuEvent of March 2023 ({@code fixed-2023}). In
   * C11 the 2.3 code's {@code atomic_xchg} is a seq_cst RMW, not a full fence: CORRECT loses the
   * writer's wakeup under RA and RC11, this does not.
   */
  FIXED,
  /** {@code synchronize_rcu} bumps the counter but returns without {@code wait_for_readers()}. */
  SYNC_NO_WAIT,
  /** {@code rcu_read_unlock} forgets to store 0 into its {@code ctr}: a writer waits forever. */
  UNLOCK_NO_PUBLISH,
  /** {@code rcu_read_lock} never stores its snapshot of {@code rcu_gp_ctr}: it looks quiescent. */
  READER_NO_SNAPSHOT
}
