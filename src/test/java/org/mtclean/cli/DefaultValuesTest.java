package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run without arguments skips picocli and sets the options' default values itself (see
 * {@code Main.runDefaults}); this fails when an option with a default value is added, so that it
 * is set there too.
 */
class DefaultValuesTest {
  @Test
  void everyOptionWithADefaultIsSetByTheNoArgumentRun() {
    Set<String> withDefaults = new TreeSet<>();
    for (Field f : CleanCommand.class.getDeclaredFields()) {
      CommandLine.Option o = f.getAnnotation(CommandLine.Option.class);
      if (o != null && !o.defaultValue().equals(CommandLine.Option.NULL_VALUE)
          && !o.defaultValue().equals("__no_default_value__")) {
        withDefaults.add(o.names()[0] + "=" + o.defaultValue());
      }
    }
    assertEquals(Set.of("--color=auto", "--encoding=UTF-8"), withDefaults,
        "an option with a default value must also be set in Main.runDefaults");
  }
}
