package org.mtclean;

/** The option values of a cleaner, as a rule reads them. */
public interface OptionValues {
  /** The value of an option, or its default. */
  <T> T option(Option<T> option);
}
