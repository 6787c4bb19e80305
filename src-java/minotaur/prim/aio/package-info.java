/**
 * Family {@code aio}: QEMU AioContext notify_me / aio_notify / bottom halves (seed 001): the port,
 * its variants, workload, the Promela explorer scenarios and descriptor {@link
 * minotaur.prim.aio.AioFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and below; no other family, never {@code cli}.
 */
package minotaur.prim.aio;
