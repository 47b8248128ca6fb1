package org.mtclean.cli;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.List;

/**
 * Tells whether bytes that are not UTF-8 are Chinese text in GB18030 or Big5, from what they
 * decode to. Machine-translated English carries few Chinese characters, often only punctuation
 * ({@code ，。：“”}), and on so little ICU's detector guesses ISO-8859-1, windows-1252 or EUC-JP.
 * Each candidate must decode the bytes without error, and a good share of the non-ASCII chars it
 * decodes to must be common Chinese: the frequent characters of modern Chinese (simplified and
 * traditional) and CJK punctuation. Bytes in one of the two decode to rare characters, kana or
 * symbols in the other. Stateless and thread-safe.
 */
final class ChineseCharsetGuess {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  /** The share of common chars among the non-ASCII ones that a right decoding reaches. */
  static final double MIN_SHARE = 0.4;

  private ChineseCharsetGuess() {}

  // the most frequent characters of modern Chinese text, then the traditional forms of those
  // that differ, then CJK punctuation and full-width forms
  private static final String COMMON =
      "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
          + "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
          + "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两"
          + "高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化"
          + "老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打"
          + "女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队"
          + "形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据"
          + "程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组"
          + "每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算"
          + "质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写"
          + "称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语"
          + "仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够"
          + "章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客"
          + "纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球"
          + "般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待"
          + "述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪"
          + "判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执"
          + "副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠"
          + "评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂"
          + "误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁"
          + "遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱"
          + "补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园"
          + "谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏"
          + "隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购"
          + "替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓"
          + "植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁"
          + "赵届厅召抢聚秦扎聪铺怎碰勾衡孤胆伴猪窝挑冒棋慧仔悉抽丹仓辛忆朗拜闹搬蓝洗扑辉吐融渡挂嫁邀签"
          + "這個們來為國說時會後裡對發經動現實進種當從業點與開關還應過學問題體長門見無頭間員機話義變將產"
          + "樣麼著沒讓東軍這麼幾聽電兩記區報統歲給場幹隊條員組萬則達運農數語傳黨戰話戰總書張師樂結識設"
          + "義議論導師術費視遠歡華權親難號歷愛處時間車連選總門陳劉楊趙劃區層縣鄉鎮務團濟態圖濟產樓樂線"
          + "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·　０１２３４５６７８９％";

  private static final BitSet COMMON_SET = new BitSet(0x10000);

  static {
    COMMON.chars().forEach(COMMON_SET::set);
  }

  private static final List<Charset> CANDIDATES = List.of(GB18030, BIG5);

  /**
   * GB18030 or Big5, whichever decodes the bytes to the larger share of common Chinese chars, if
   * that share is at least {@link #MIN_SHARE}; {@code null} when neither does (or no byte is
   * non-ASCII).
   *
   * @param complete whether the bytes are the whole input (else a split char at the end is fine)
   */
  static Charset guess(byte[] head, int n, boolean complete) {
    Charset best = null;
    double bestShare = 0;
    for (Charset cs : CANDIDATES) {
      double share = commonShare(cs, head, n, complete);
      if (share >= MIN_SHARE && share > bestShare) { // a tie goes to GB18030, the first
        best = cs;
        bestShare = share;
      }
    }
    return best;
  }

  /** Share of common chars among the non-ASCII chars {@code cs} decodes to; -1 on an error or none. */
  static double commonShare(Charset cs, byte[] head, int n, boolean complete) {
    CharBuffer out = Encodings.decode(cs, head, n, complete);
    if (out == null) {
      return -1;
    }
    int nonAscii = 0;
    int common = 0;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (COMMON_SET.get(c)) {
          common++;
        }
      }
    }
    return nonAscii == 0 ? -1 : (double) common / nonAscii;
  }
}
