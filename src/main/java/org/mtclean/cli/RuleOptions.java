package org.mtclean.cli;

import java.nio.file.Path;
import java.util.List;
import org.mtclean.Cleaner;

/**
 * The command's rule options as a public entry point, for code that runs the same cleaning
 * outside the command (the Spark job): {@code --enable}, {@code --disable}, {@code --option},
 * {@code --apply-suggestions}, {@code --line-by-line} and a {@code .mtclean.json} config file,
 * checked and combined exactly as the command does. Stateless.
 */
public final class RuleOptions {
  private RuleOptions() {}

  /**
   * Reads and checks a config file, for {@link #cleaner}: the text is kept so that a cleaner can
   * be built again where the file is not readable (on another machine).
   *
   * @throws IllegalArgumentException with the command's message when the file cannot be read or
   *     is not a valid config file
   */
  public static String readConfig(Path file) {
    try {
      String text = ConfigFile.read(file);
      ConfigFile.parse(file, text);
      return text;
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The cleaner that the command builds for these options.
   *
   * @param configName the config file's name, for messages (null when there is no config)
   * @param configText the config file's text from {@link #readConfig}, or null for none
   * @param enable the values of {@code --enable} (ids or family prefixes)
   * @param disable the values of {@code --disable}
   * @param options the values of {@code --option}, each NAME=VALUE
   * @throws IllegalArgumentException with the command's message for an unknown rule or option or
   *     a bad value
   */
  public static Cleaner cleaner(String configName, String configText, List<String> enable,
      List<String> disable, List<String> options, boolean applySuggestions, boolean lineByLine) {
    try {
      ConfigFile cfg = configText == null ? null
          : ConfigFile.parse(Path.of(configName == null ? ConfigFile.NAME : configName), configText);
      return RuleSelection.build(cfg, enable, disable, options, applySuggestions, lineByLine);
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
