package org.mtclean.rules;

import org.mtclean.RuleContext;
import org.mtclean.internal.Chars;

/**
 * The {@code drop} policy of {@link UntranslatedRule} for one paragraph: deletes runs, and
 * remembers what the earlier drops of the paragraph left (where the last one ended, and what
 * precedes that point), so that each drop sees the text as it will be and one pass reaches the
 * fixed point. One instance per paragraph and thread.
 */
final class UntranslatedDrops {
  private int floor = -1;
  private boolean sentenceAtFloor;
  private boolean wordBeforeFloor;

  /**
   * Deletes the run with the spaces on one side, and with the brackets when it is all they hold
   * ({@code Li Jianguo (李建国) said}). A run that was a whole sentence takes the English
   * mark after it along; a run that ends an English sentence leaves its full stop as {@code .}.
   * Never empties a line. Sees the text as the earlier drops of the paragraph leave it, so that
   * one pass reaches the fixed point.
   */
  void drop(RuleContext ctx, String s, int start, int end, String what) {
    int n = s.length();
    int lineStart = s.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = s.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? n : lineEnd;
    boolean afterDrop = floor > lineStart;
    int from = afterDrop ? floor : lineStart; // the text from here on is untouched
    int a = start;
    int b = end;
    int open = a;
    while (open > from && s.charAt(open - 1) == ' ') {
      open--;
    }
    int close = b;
    while (close < lineEnd && s.charAt(close) == ' ') {
      close++;
    }
    if (open > from && s.charAt(open - 1) == '(' && close < lineEnd && s.charAt(close) == ')') {
      a = open - 1; // an original in brackets after its translation: Li Jianguo (李建国)
      b = close + 1;
    }
    int prev = a;
    while (prev > from && s.charAt(prev - 1) == ' ') {
      prev--;
    }
    boolean sentence = prev == from
        ? !afterDrop || sentenceAtFloor
        : ".!?".indexOf(s.charAt(prev - 1)) >= 0;
    if (sentence && b < lineEnd && ".!?;:,".indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    if (b < lineEnd && s.charAt(b) == ' ' && (a == from || s.charAt(a - 1) == ' '
        || s.charAt(a - 1) == '(')) {
      while (b < lineEnd && s.charAt(b) == ' ') {
        b++;
      }
    } else {
      a = prev;
    }
    boolean wordBefore = (afterDrop && wordBeforeFloor) || hasWordChar(s, from, a);
    if (!wordBefore && !hasWordChar(s, b, lineEnd)) {
      ctx.report(start, end, null, what + "; kept: dropping it would empty the line");
      return;
    }
    String keep = "";
    char last = s.charAt(end - 1);
    if (!sentence && (last == '\u3002' || last == '\uFF01' || last == '\uFF1F')) {
      keep = last == '\u3002' ? "." : last == '\uFF01' ? "!" : "?"; // the English sentence ends here
    } else if (Chars.isWordChar(Chars.before(s, a)) && Chars.isWordChar(Chars.at(s, b))) {
      keep = " ";
    }
    ctx.replace(a, b, keep, "dropped " + what);
    floor = b;
    sentenceAtFloor = keep.isEmpty() ? sentence : !keep.equals(" ");
    wordBeforeFloor = wordBefore || keep.equals(" ");
  }

  private static boolean hasWordChar(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Chars.isWordChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

}
