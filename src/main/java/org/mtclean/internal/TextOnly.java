package org.mtclean.internal;

/**
 * An {@link EditCounter} for a caller that wants only the cleaned text: the engine may then skip
 * the built-in rules that cannot change text under the cleaner's settings (those that only report,
 * or whose edits are not applied). Not API.
 */
public interface TextOnly extends EditCounter {}
