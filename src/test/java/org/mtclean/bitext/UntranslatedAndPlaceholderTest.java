package org.mtclean.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.Edit;
import org.mtclean.formats.Segment;

class UntranslatedAndPlaceholderTest {
  private static List<Edit> of(String rule, String source, String target) {
    return BitextChecks.check(source, target).stream().filter(e -> e.ruleId().equals(rule)).toList();
  }

  @Test
  void untranslated() {
    List<Edit> f = of(UntranslatedCheck.ID, "今天天气很好。", "");
    assertEquals(1, f.size());
    assertEquals("the target is empty; the source is not", f.get(0).message());
    assertEquals(1, of(UntranslatedCheck.ID, "今天天气很好。", "   ").size());
    f = of(UntranslatedCheck.ID, "今天天气很好。", " 今天天气很好。");
    assertEquals("the target is the source, untranslated", f.get(0).message());
    assertEquals("今天天气很好。", f.get(0).original());
    f = of(UntranslatedCheck.ID, "据新华社报道，今天天气很好。", "According to 新华社, the weather is fine.");
    assertEquals(1, f.size());
    assertEquals("新华社", f.get(0).original());
    assertEquals(13, f.get(0).start().charOffset());
    // one stretch of Chinese, punctuation inside it
    f = of(UntranslatedCheck.ID, "请查询条件，在线提交信息。", "Please 查询条件，在线提交信息。");
    assertEquals(1, f.size(), f::toString);
    assertEquals("查询条件，在线提交信息", f.get(0).original());
    f = of(UntranslatedCheck.ID, "请搜索“生科”获取帮助。", "Please 搜索“生科”获取帮助.");
    assertEquals(List.of("搜索“生科”获取帮助"), f.stream().map(Edit::original).toList());
  }

  @Test
  void notUntranslated() {
    assertTrue(BitextChecks.check("", "").isEmpty());
    assertTrue(BitextChecks.check("iPhone 12", "iPhone 12").isEmpty()); // no Chinese to translate
    assertTrue(of(UntranslatedCheck.ID, "今天天气很好。", "The weather is fine today.").isEmpty());
    assertTrue(of(UntranslatedCheck.ID, "今天天气很好。", "The 好 weather").isEmpty()); // one Han char
    assertTrue(of(UntranslatedCheck.ID, "今天天气很好。", "The 北京 weather").isEmpty()); // not from the source
  }

  @Test
  void plainPlaceholdersAndTags() {
    assertTrue(BitextChecks.check("共%d个文件", "%d files in all").isEmpty());
    assertTrue(BitextChecks.check("{0}已删除", "{0} was deleted").isEmpty());
    assertTrue(BitextChecks.check("<b>注意</b>：请保存", "<b>Note</b>: please save").isEmpty());
    assertTrue(BitextChecks.check("<a href=\"x\">链接</a>", "<a href=\"y\" title=\"Link\">link</a>").isEmpty());
    assertTrue(BitextChecks.check("增长5%以上", "grew more than 5%").isEmpty());
    List<Edit> f = of(PlaceholderCheck.ID, "共%d个文件，%s", "%d files in all");
    assertEquals(1, f.size());
    assertEquals("inline codes or placeholders differ from the source: missing %s", f.get(0).message());
    f = of(PlaceholderCheck.ID, "{0}已删除", "{1} was deleted");
    assertEquals("inline codes or placeholders differ from the source: missing {0}; extra {1}", f.get(0).message());
    assertEquals("{1}", f.get(0).original());
    f = of(PlaceholderCheck.ID, "<b>注意</b>：请保存", "Note: please save");
    assertEquals("inline codes or placeholders differ from the source: missing <b>, </b>", f.get(0).message());
    f = of(PlaceholderCheck.ID, "邬娜称。", "<unk> said.");
    assertEquals("<unk>", f.get(0).original());
  }

  @Test
  void segmentCodesAreComparedById() {
    Segment same = segment("请点击\uFFFC保存\uFFFC", List.of(code("1"), code("2")), List.of(code("1"), code("2")));
    assertTrue(BitextChecks.all().check(same).isEmpty());
    Segment swapped = segment("请点击\uFFFC保存\uFFFC", List.of(code("1"), code("2")), List.of(code("2"), code("1")));
    assertTrue(BitextChecks.all().check(swapped).isEmpty()); // the order may change in English
    Segment missing = segment("请点击\uFFFC保存\uFFFC", List.of(code("1"), code("2")), List.of(code("1")));
    List<Edit> f = BitextChecks.all().check(missing);
    assertEquals(1, f.size(), f::toString);
    assertEquals(PlaceholderCheck.ID, f.get(0).ruleId());
    assertEquals("inline codes or placeholders differ from the source: missing <x id=\"2\"/>", f.get(0).message());
    Segment wrongId = segment("请点击\uFFFC保存", List.of(code("1")), List.of(code("3")));
    f = BitextChecks.all().check(wrongId);
    assertEquals("inline codes or placeholders differ from the source: missing <x id=\"1\"/>; extra <x id=\"3\"/>",
        f.get(0).message());
    assertEquals(6, f.get(0).start().charOffset()); // at the target's code
  }

  @Test
  void segmentWithoutSourceIsNotChecked() {
    Segment.Builder b = Segment.builder("u1", Segment.Escaper.NONE);
    b.plain("anything 5,000", 0).end(14);
    assertTrue(BitextChecks.all().check(b.build()).isEmpty());
  }

  @Test
  void segmentNumbersAreCheckedAroundCodes() {
    Segment s = segment("共\uFFFC5万元", List.of(code("1")), List.of(code("1")));
    List<Edit> f = BitextChecks.all().check(s);
    assertEquals(1, f.size(), f::toString);
    assertEquals("source has 5万 (50,000); no such number in the target", f.get(0).message());
  }

  private static Segment.Code code(String id) {
    return new Segment.Code("<x id=\"" + id + "\"/>", id);
  }

  /** A target "Click \uFFFC to save \uFFFC" (or "Click \uFFFC to save 5,000 yuan") with the target codes given. */
  private static Segment segment(String source, List<Segment.Code> sourceCodes, List<Segment.Code> targetCodes) {
    Segment.Builder b = Segment.builder("u1", Segment.Escaper.NONE);
    long at = 0;
    b.plain("Click ", at);
    at += 6;
    b.code(targetCodes.get(0).raw(), targetCodes.get(0).id(), at, at + 10);
    at += 10;
    if (targetCodes.size() > 1) {
      b.plain(" to save ", at);
      at += 9;
      b.code(targetCodes.get(1).raw(), targetCodes.get(1).id(), at, at + 10);
      at += 10;
    } else {
      b.plain(" to save 5,000 yuan", at);
      at += 19;
    }
    b.end(at);
    b.source(source, sourceCodes);
    return b.build();
  }
}
