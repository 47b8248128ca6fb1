package org.mtclean.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.Edit;
import org.mtclean.RuleKind;

class NumberCheckTest {
  private static List<Edit> numberFindings(String source, String target) {
    return BitextChecks.check(source, target).stream()
        .filter(e -> e.ruleId().equals(NumberCheck.ID)).toList();
  }

  private static void quiet(String source, String target) {
    List<Edit> found = BitextChecks.check(source, target);
    assertTrue(found.isEmpty(), () -> source + " | " + target + " -> " + found);
  }

  private static Edit fires(String source, String target) {
    List<Edit> found = numberFindings(source, target);
    assertEquals(1, found.size(), () -> source + " | " + target + " -> " + found);
    Edit e = found.get(0);
    assertEquals(RuleKind.REPORT, e.kind());
    assertEquals(false, e.applied());
    return e;
  }

  @Test
  void myriadsAndDigits() {
    quiet("公司去年营收达到5万元。", "The company's revenue reached 50,000 yuan last year.");
    quiet("公司去年营收达到5万元。", "The company's revenue reached 50 thousand yuan last year.");
    quiet("项目总投资3.2亿元。", "The project has a total investment of 320 million yuan.");
    quiet("项目总投资3.2亿元。", "The project costs RMB320m in all.");
    quiet("项目总投资3.2亿元。", "The project costs three hundred twenty million yuan.");
    quiet("国内生产总值达到1.5万亿元。", "Output reached 1.5 trillion yuan.");
    quiet("人均收入6.1万元。", "Income per head came to 61,000 yuan.");
    quiet("当年发放证件2万4801张。", "That year 24,801 permits were issued.");
    quiet("日收入超过 820 万美元。", "Daily income tops 8.2 million US dollars.");
    quiet("全国人口13.86亿。", "The country has 1.39 billion people.");
    quiet("累计确诊16048100例。", "Confirmed cases reached 16,048,100.");
    quiet("注册用户达3千万。", "Registered users reached 30 million.");
    quiet("一笔3.2亿元的投资", "a 320-million-yuan investment");
    quiet("共有4801家企业参展。", "In all, 4,801 firms exhibited.");
    quiet("约3万个职位", "about 30 000 jobs");
    quiet("150万张", "1 500 000 coupons");
    quiet("他乘坐Z164次列车离开。", "He left on train Z164.");
  }

  @Test
  void chineseNumeralsAndWords() {
    quiet("该县有二十三个村。", "The county has twenty-three villages.");
    quiet("大楼共有一百零五层。", "The tower has 105 floors.");
    quiet("两千名志愿者参加。", "Two thousand volunteers took part.");
    quiet("全村一百五十万元的收入", "the village's income of 1.5 million yuan");
    quiet("奖金一百万元", "a prize of a million yuan");
    quiet("第十五届运动会开幕。", "The 15th Games opened.");
    quiet("第十五届运动会开幕。", "The fifteenth Games opened.");
    quiet("二〇一九年是关键一年。", "2019 was a key year.");
    quiet("这是一套适合三四五六年级的书。", "A set of books for grades three to six.");
  }

  @Test
  void formsInTheDocs() {
    quiet("共五万人", "fifty thousand people in all");
    quiet("共三千五百万人", "35 million people in all");
    quiet("共一百零五人", "one hundred and five people");
    quiet("共两千人", "two thousand people");
    quiet("第十五名", "came 15th");
    quiet("6月", "in month 6");
    quiet("增长35%", "grew thirty-five percent");
    quiet("2019年11月9日", "the 9th of November 2019");
    quiet("11月9日", "9 November");
  }

  @Test
  void percentages() {
    quiet("出口增长35%。", "Exports grew 35 percent.");
    quiet("出口增长35%。", "Exports grew 35 per cent.");
    quiet("出口增长35％。", "Exports grew 35%.");
    quiet("百分之三十五的受访者表示满意。", "Thirty-five percent of those asked were satisfied.");
    quiet("其中6成是男性。", "Of them, 60% are men.");
    quiet("利率上调0.25个百分点。", "The rate went up 0.25 percentage points.");
  }

  @Test
  void datesAndYears() {
    String src = "会议于2019年11月9日举行。";
    quiet(src, "The meeting took place on November 9, 2019.");
    quiet(src, "The meeting took place on 9 November 2019.");
    quiet(src, "The meeting took place on 2019-11-09.");
    quiet(src, "The meeting took place on Nov. 9th, 2019.");
    quiet(src, "The meeting took place on 2019/11/9.");
    quiet("11月9日开幕", "opens 11/9");
    quiet(src, "The meeting took place on the 9th of November, 2019.");
    quiet("11月9日，他抵达上海。", "On Nov. 9, he reached Shanghai.");
    quiet("11月9日，他抵达上海。", "On November 9th he reached Shanghai.");
    quiet("2019年，该市新增就业岗位。", "In 2019 the city added jobs.");
    quiet("6月份失业率下降。", "Joblessness fell in June.");
    quiet("2020年1月至3月", "from January to March 2020");
    quiet("2020-07-26 06:52:39 来源：某报", "2020-07-26 06:52:39 Source: a daily");
    quiet("20世纪80年代以来", "since the 1980s");
    quiet("他是90后。", "He was born in the 1990s.");
    quiet("19年买的", "bought in 2019");
    quiet("工作了19年", "worked for 19 years");
    quiet("23日，总统宣布辞职。", "On Wednesday the president announced he would resign.");
    quiet("2021.6.11售出", "Sold on 2021.6.11.");
    quiet("第二十二条", "Article Twenty-second");
    quiet("那是他在十月的一个夜晚写的", "He wrote it one night in autumn"); // a Chinese numeral month alone
  }

  @Test
  void timesAndConversions() {
    quiet("截至7月25日24时", "as of midnight on July 25");
    quiet("截至7月25日24时", "as of 2400 hours on July 25");
    quiet("下午15时30分发布", "issued at 3:30 p.m.");
    quiet("上午9时30分发布", "issued at 9.30am");
    quiet("过去10年", "over the past decade");
    quiet("工作人员24小时值守", "staff are on duty around the clock");
    quiet("从20里外赶来", "came from 10 kilometers away");
    quiet("一袋10斤", "a bag of 5 kg");
    quiet("18时发布", "issued at 1800 hours");
    quiet("过去20年", "over the past two decades");
    quiet("90年代出生", "born in the 1990s");
    quiet("庆祝建党一百周年", "marking the centenary of the party");
  }

  @Test
  void approximationsRangesAndSmallNumbersAreLeftAlone() {
    quiet("约有几十人参加。", "Dozens of people came.");
    quiet("500多名学生参加", "Hundreds of students took part");
    quiet("8000余名书记", "thousands of secretaries");
    quiet("十几个国家", "more than ten countries");
    quiet("3至5天内完成", "done within a few days");
    quiet("3-5万元", "tens of thousands of yuan");
    quiet("两国领导人会晤。", "The leaders of both countries met.");
    quiet("一个小时后", "An hour later");
    quiet("三分之一的人", "a third of the people");
    quiet("5岁的孩子", "a five-year-old child");
    quiet("支持7天退货", "seven-day returns are accepted");
    quiet("北京等3所大学", "Peking and two other universities");
    quiet("他第4次参赛", "It was his fourth race");
    quiet("以上4人均无生命体征", "none of them showed signs of life");
    quiet("我们会尽百分二百的努力", "We will do our very best");
    quiet("情况十万火急", "The matter is most urgent");
    quiet("差了十万八千里", "It is a world away");
  }

  @Test
  void mismatchesFire() {
    Edit e = fires("公司去年营收达到5万元。", "The company's revenue reached 5,000 yuan last year.");
    assertEquals("source has 5万 (50,000); no such number in the target", e.message());
    assertEquals("5,000", e.original());
    assertEquals(30, e.start().charOffset());
    e = fires("项目总投资3.2亿元。", "The project costs 32 million yuan.");
    assertEquals("source has 3.2亿 (320 million); no such number in the target", e.message());
    e = fires("会议于2019年11月9日举行。", "The meeting took place on November 19, 2019.");
    assertEquals("source has 2019年11月9日 (November 9, 2019); no such date in the target", e.message());
    assertEquals("19", e.original());
    fires("出口增长35%。", "Exports grew 53 percent.");
    fires("该县有二十三个村。", "The county has thirty-two villages.");
    fires("他于1983年创办合唱团。", "He founded the choir in 1982.");
    fires("6月份失业率下降。", "Joblessness fell in July.");
    fires("54例无症状感染者", "43 asymptomatic cases");
    fires("资源量达到10.85万吨", "reserves reached 108.5 million tons");
    fires("报告3人受伤", "5 people were hurt"); // a small number against a wrong one
    fires("乌鲁木齐市卫健委主任26日称", "The head of the health commission said");
    fires("2030万元救灾资金", "203 million yuan of relief funds");
  }

  @Test
  void oneFindingPerSourceNumber() {
    List<Edit> found = numberFindings("5万人和5万人", "5,000 people and 5,000 people");
    assertEquals(1, found.size());
    found = numberFindings("新增5万人，累计12万人", "5,000 new, 1,200 in all");
    assertEquals(2, found.size());
  }

  @Test
  void placedOnALineOfAFile() {
    Edit e = fires("公司去年营收达到5万元。", "The company's revenue reached 5,000 yuan last year.");
    Edit placed = BitextChecks.onLine(e, 7, 1000, 900);
    assertEquals(7, placed.start().line());
    assertEquals(31, placed.start().column());
    assertEquals(1030, placed.start().charOffset());
    assertEquals(930, placed.start().offset());
    assertEquals(1035, placed.end().charOffset());
    assertEquals(e.message(), placed.message());
  }

  @Test
  void wholeTargetWhenNoStrayNumber() {
    Edit e = fires("乌鲁木齐市卫健委主任26日称", "The head of the health commission said");
    assertEquals(0, e.start().charOffset());
    assertEquals("The head of the health commission said".length(), e.end().charOffset());
  }

  @Test
  void anAfternoonHourMayBeWrittenOnTheTwentyFourHourClock() {
    quiet("会议在下午4点开始。", "The meeting starts at 16:00.");
    quiet("会议在下午 4 点开始。", "The meeting starts at 16:00.");
    quiet("晚上8点闭馆。", "It closes at 20:00.");
    quiet("下午4点", "at 4 p.m.");
    fires("上午4点出发。", "They left at 16:00.");
  }

  @Test
  void aNumeralThatBeginsAWordIsNoAmount() {
    quiet("十六进制和八进制", "hexadecimal and octal");
    quiet("画一个六边形", "draw a hexagon");
    fires("共十六人", "a total of 15 people");
  }
}
