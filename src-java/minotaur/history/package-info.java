/**
 * Jepsen EDN histories: {@link minotaur.history.Op}, streaming {@link
 * minotaur.history.HistoryReader}
 * and {@link minotaur.history.HistoryWriter}, the crash-safe {@link minotaur.history.Recorder},
 * and {@link minotaur.history.History}, a validated history with each invocation paired with its
 * completion. Also what every layer says to users about their input: {@link
 * minotaur.history.BadInput} and {@link minotaur.history.DurationText}, the one duration syntax.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 1, the ground. Imports no
 * other minotaur package.
 */
package minotaur.history;
