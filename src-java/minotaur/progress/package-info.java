/**
 * Progress of long tasks (runs, explorations, {@code minotaur test}) on standard error: a bar on a
 * terminal, a line every few seconds otherwise.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): a leaf beside layer 2,
 * used by the engines and the CLI. Imports nothing of minotaur.
 */
package minotaur.progress;
