package minotaur.prim.rcu;

/**
 * The RCU implementations under test: QEMU's util/rcu.c ({@link #CORRECT}) and three mutants from
 * BUGS.md (004), each one line away from it.
 */
public enum RcuVariant {
  /** util/rcu.c as in QEMU 2.3 (2015): readers snapshot {@code rcu_gp_ctr}, writers wait for them. */
  CORRECT,
  /** {@code synchronize_rcu} bumps the counter but returns without {@code wait_for_readers()}. */
  SYNC_NO_WAIT,
  /** {@code rcu_read_unlock} forgets to store 0 into its {@code ctr}: a writer waits forever. */
  UNLOCK_NO_PUBLISH,
  /** {@code rcu_read_lock} never stores its snapshot of {@code rcu_gp_ctr}: it looks quiescent. */
  READER_NO_SNAPSHOT
}
