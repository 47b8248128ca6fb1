package org.mtclean.rules.debris;

import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;
import org.mtclean.rules.AbstractRule;

/**
 * {@code punct.company}: the Chinese company suffix glued together, {@code Co.,Ltd},
 * {@code Co.,Ltd.}, {@code Co.Ltd}, becomes {@code Co., Ltd.}. A suffix already spaced
 * ({@code Co., Ltd}, {@code Co. Ltd}) is left as the writer had it.
 */
public final class CompanyNameRule extends AbstractRule {
  public CompanyNameRule() {
    super("punct.company", RuleKind.SAFE,
        "a glued company suffix is spaced: Co.,Ltd -> Co., Ltd., Co.Ltd -> Co., Ltd.");
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith(".");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      // the period of Co.
      if (s[i] != '.' || i < 2 || s[i - 2] != 'C' || (s[i - 1] != 'o' && s[i - 1] != 'O')
          || (i > 2 && Scan.wordChar(s[i - 3]))) {
        continue;
      }
      int l = i + 1;
      if (l < n && s[l] == ',') {
        l++;
      }
      if (l + 3 > n || s[l] != 'L' || !Scan.startsWithIgnoreCase(s, n, l, "ltd")
          || (l + 3 < n && Scan.wordChar(s[l + 3]))) {
        continue;
      }
      int end = l + 3;
      boolean dot = end < n && s[end] == '.';
      String ltd = new String(s, l, 3);
      String fixed = ", " + ltd + (dot ? "" : ".");
      // Co.,Ltd is itself an abbreviation shape to the protected spans: ask about its neighbours
      if (!(i > 2 && ctx.isProtected(i - 3)) && !(end < n && ctx.isProtected(end))) {
        ctx.replace(i + 1, end, fixed, "spaced a glued company suffix: Co., Ltd.");
      }
    }
  }
}
