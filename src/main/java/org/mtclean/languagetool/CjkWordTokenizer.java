package org.mtclean.languagetool;

import org.languagetool.tokenizers.WordTokenizer;

/**
 * LanguageTool's generic word tokenizer, taught the punctuation that Chinese-to-English machine
 * translation leaves behind: full-width and CJK marks such as {@code 。，、；：！？（）【】《》「」}
 * split words the way their ASCII counterparts do, so that {@code started。Results} is three
 * tokens and core rules see the mark on its own. Stateless and thread-safe.
 */
public class CjkWordTokenizer extends WordTokenizer {
  /** The CJK and full-width marks added to LanguageTool's own token separators. */
  static final String CJK_SEPARATORS =
      "\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF01\uFF1F" // 。，、；：！？
          + "\uFF08\uFF09\u3010\u3011\u3014\u3015\uFF3B\uFF3D\uFF5B\uFF5D" // （）【】〔〕［］｛｝
          + "\u300A\u300B\u3008\u3009\u300C\u300D\u300E\u300F\u3016\u3017" // 《》〈〉「」『』〖〗
          + "\uFF0E\uFF5E\u301C\u30FB\uFF02\uFF07"; // ．～〜・＂＇

  private static final String SEPARATORS = new WordTokenizer().getTokenizingCharacters() + CJK_SEPARATORS;

  @Override
  public String getTokenizingCharacters() {
    return SEPARATORS;
  }
}
