/**
 * Emulations of what the seeds' C code asks of the OS: QEMU mutex and condvar, Linux futex, Win32
 * event, Xen event channel, AioContext's EventNotifier.
 *
 * <p>Ports obtain them from an {@link minotaur.os.Os}: {@link minotaur.os.Os#jvm()} for real
 * threads, or the explorer's, where a blocked thread is disabled until woken. Contracts of every
 * implementation:
 *
 * <ul>
 *   <li>Every call acts as a full fence (it is a kernel call or a locked instruction in C): the
 *       JVM implementations bracket each call with {@code VarHandle.fullFence()}.
 *   <li>Every blocking call throws {@link minotaur.os.Abandoned} when the runner interrupts the
 *       thread, so a hung op never hangs a run. A condvar wait re-takes its mutex first.
 *   <li>Only waits the real OS may end spuriously do so (condvar, futex, Xen poll), and only when
 *       injected: the fault hook is asked at the wait's point when the call is about to sleep
 * ({@link
 *       minotaur.fault.Faults#spuriousWakeup}), or a nemesis calls {@link
 *       minotaur.os.BlockedWait#wakeSpuriously()}. Win32 and eventfd waits never are.
 *   <li>Blocking is observable: {@link minotaur.os.OsMonitor} lists the threads blocked now (on
 *       what, since when) and reports how each wait ended ({@link minotaur.os.WaitOutcome}).
 * </ul>
 *
 * <p>The JVM implementations block with {@code synchronized} + {@code Object.wait/notifyAll} on a
 * private monitor per primitive, never {@code LockSupport.park} or j.u.c locks: Lincheck's model
 * checker and Java tooling see monitor waits as blocking, and one monitor per primitive is the
 * kernel's per-object lock. Each call first passes a fault point named
 * {@code os.<kind>.<call>@<name>}, e.g. {@code os.futex.wait@qemu_event}, {@code
 * os.xen-evtchn.poll@lock_kicker_irq}; kinds are {@code mutex}, {@code cond}, {@code futex}, {@code
 * win32-event}, {@code xen-evtchn}, {@code event-notifier}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 2. May import {@code mem},
 * {@code history} and {@code fault} (OS objects host injected faults).
 */
package minotaur.os;
