package org.mtclean.internal;

import org.mtclean.RuleKind;

/**
 * An edit found in a paragraph, with its range as char indices into the paragraph's original
 * text (lines joined by '\n'). Positions in the whole input are computed later, in one sweep.
 */
record PendingEdit(
    String ruleId,
    RuleKind kind,
    int start,
    int end,
    String original,
    String replacement,
    String message,
    boolean applied,
    int order) {}
