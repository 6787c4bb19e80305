/**
 * The command line ({@code minotaur run|check|inspect|report|explore|bench}, picocli), the family
 * registry ({@link minotaur.cli.Families}, with the {@link minotaur.cli.Workloads} and {@link
 * minotaur.cli.Scenarios} facades the CLI and the Clojure API use), exit codes ({@link
 * minotaur.cli.Exit}: the only place a verdict or {@code BadInput} becomes a code) and the checker
 * benchmark table.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 6, the top. May import every
 * package; nothing imports it.
 */
package minotaur.cli;
