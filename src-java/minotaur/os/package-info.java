/**
 * Emulations of what the seeds' C code asks of the OS: QEMU mutex and condvar, Linux futex, Win32
 * manual-reset event, Xen event channel, AioContext's EventNotifier.
 *
 * <p>Ports obtain them from an {@link minotaur.os.Os}: {@link minotaur.os.Os#jvm()} for real
 * threads (blocking with {@code LockSupport}/monitors, spurious wakeups injectable where the real
 * OS allows them) or the explorer's, where a blocked thread is disabled until woken. Every call
 * acts as a full fence (it is a kernel call or a locked instruction in C). Every blocking call
 * throws {@link minotaur.os.Abandoned} when the runner gives up on the thread (interrupt), so a
 * hung op never hangs a run.
 */
package minotaur.os;
