"""Derogation in Arabic, Hindi, Indonesian, Japanese, Korean and Chinese: a protected group
joined to a contemptuous predicate scores hate; negation, claims named as claims, reports,
positive mentions and other subjects stay clean."""

from __future__ import annotations

import time
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.derogation import DerogationPatterns
from bastion.detectors.lexicon import load_data
from bastion.testing.scan import rule_names, scan_text
from bastion.types import Item

DETECTOR = DerogationPatterns()


def hate(text: str) -> tuple[float, set[str]]:
    signal = scan_text(DETECTOR, text)["hate"]
    return signal.score, rule_names(signal)


HATEFUL = {
    "ar": [
        ("اليهود ليسوا محترمين أبداً", "group_never_good"),
        ("الهندوس لا يستحقون أي احترام.", "group_never_good"),
        ("اللاجئون لن يكونوا جزءاً من هذا البلد أبداً", "group_never_good"),
        ("المسيحيون غير قادرين على تربية الأطفال", "group_never_good"),
        ("المسلمون لم يقدّموا شيئاً لهذا البلد", "group_never_good"),
        ("لن أحترم اليهود ما حييت", "never_trust_group"),
        ("لا يمكن الوثوق بالمسلمين أبداً", "never_trust_group"),
        ("ولا واحد من المسلمين يساوي شيئاً", "never_trust_group"),
        ("لم يأتِنا من المثليات أي خير", "never_trust_group"),
        ("اليهود كلاب", "group_are_vermin"),
        ("المهاجرين كلهم صراصير", "group_are_vermin"),
        ("اللاجئين مجرد طفيليات", "group_are_vermin"),
        ("هدول السوريين زبالة", "group_are_vermin"),
        ("يلعن أبو اللاجئين، كلهم زبالة", "group_are_vermin"),
        ("المسيحيون آفة هذا الزمن.", "group_are_vermin"),
        ("السود قذرون بطبعهم.", "group_are_vile"),
        ("المسلمين كلهم ارهابيين", "group_are_vile"),
        ("الآسيويون هم مشكلة هذا البلد", "group_are_vile"),
        ("الرجال ليسوا بشراً", "group_not_human"),
        ("اللاجئين مش بني آدمين", "group_not_human"),
        ("أكره المسلمين", "hate_group"),
        ("والله ما بطيق المثليين", "hate_group"),
        ("السود يثيرون اشمئزازي، هذا كل شيء.", "group_make_me_sick"),
        ("ما بثق بالسوريين", "deny_respect_group"),
        ("لماذا العرب مقرفون إلى هذا الحد؟", "why_are_group"),
        ("المهاجرين لازم يترحلوا كلهم", "group_get_out"),
        ("اطردوا العابرين جنسياً من هنا", "group_get_out"),
        ("لا مكان للملحدين في فرقتي", "no_place"),
    ],
    "hi": [
        ("मुसलमान कीड़े हैं", "group_are_vermin"),
        ("सिख कभी ईमानदार नहीं होते", "group_never_good"),
        ("यहूदी इंसान कहलाने लायक नहीं हैं।", "group_never_good"),
        ("प्रवासी कभी हमारे बराबर नहीं हो सकते", "group_never_good"),
        ("isaai kabhi shareef nahi hote", "group_never_good"),
        ("ईसाइयों पर कभी भरोसा नहीं किया जा सकता।", "never_trust_group"),
        ("मैं प्रवासियों की कभी इज़्ज़त नहीं करूँगा", "never_trust_group"),
        ("main adivasiyon ki kabhi izzat nahi karunga", "never_trust_group"),
        ("शरणार्थियों में से एक भी इज़्ज़त के लायक नहीं है", "none_of_group_good"),
        ("बौद्धों से आज तक किसी का भला नहीं हुआ", "none_of_group_good"),
        ("औरतों ने इस देश को कभी कुछ नहीं दिया", "none_of_group_good"),
        ("यहूदी गटर की गंदगी हैं।", "group_are_vermin"),
        ("सारे मर्द कुत्ते हैं, एक-एक", "group_are_vermin"),
        ("शरणार्थी एक बीमारी हैं जो फैलती जा रही है।", "group_are_vermin"),
        ("isaai keede-makode hain, bas", "group_are_vermin_latin"),
        ("sharnarthi is desh ka cancer hain", "group_are_vermin_latin"),
        ("सारे मुसलमान गद्दार हैं", "group_are_vile"),
        ("हिंदू बेवकूफ़ होते हैं, सब जानते हैं।", "group_are_vile"),
        ("saare musalmaan gaddar hain", "group_are_vile_latin"),
        ("ye chamar log gande hain", "group_are_vile_latin"),
        ("ऑटिस्टिक लोग इंसान ही नहीं हैं", "group_not_human"),
        ("मुझे मुसलमानों से नफ़रत है", "hate_group"),
        ("मैं आदिवासियों से दिल से नफ़रत करता हूँ।", "hate_group"),
        ("mujhe aurton se nafrat hai, seriously", "hate_group"),
        ("सिख मुझे घिनौने लगते हैं।", "group_make_me_sick"),
        ("मैं यहूदियों को एक पल भी बर्दाश्त नहीं कर सकता।", "group_make_me_sick"),
        ("मुसलमानों को देश से निकालो", "group_get_out"),
        ("गोरे लोगों को वोट देने का हक़ नहीं होना चाहिए।", "no_rights"),
    ],
    "id": [
        ("orang Cina itu tikus", "group_are_vermin"),
        ("pengungsi adalah parasit", "group_are_vermin"),
        ("Umat Islam itu hama, titik.", "group_are_vermin"),
        ("Orang LGBT itu kanker buat negara ini.", "group_are_vermin"),
        ("orang kafir itu najis", "group_are_vermin"),
        ("semua orang Yahudi itu licik", "group_are_vile"),
        ("kaum gay memang menjijikkan", "group_are_vile"),
        ("semua perempuan itu bodoh", "group_are_vile"),
        ("wkwk nggak, orang autis itu bukan manusia", "group_not_human"),
        ("Aku benci orang Kristen sampai ke tulang.", "hate_group"),
        ("jujur aku nggak tahan sama orang autis", "hate_group"),
        ("aku nggak percaya sama orang Cina", "deny_respect_group"),
        ("Kenapa sih orang LGBT tuh menjijikkan banget?", "why_are_group"),
        ("pengungsi harus diusir", "group_get_out"),
        ("orang Rohingya pulang sana, bikin susah aja", "group_get_out"),
        ("dasar Cina, pulang ke negaramu", "group_get_out"),
        ("nggak ada tempat buat orang non-biner di band aku", "no_rights"),
        ("imigran merusak negara ini", "group_ruin"),
    ],
    "ja": [
        ("移民はゴキブリだ", "group_are_vermin"),
        ("在日なんて寄生虫だよ", "group_are_vermin"),
        ("クルド人はこの国のガンだ。", "group_are_vermin"),
        ("ゲイの人たちは動物だ、一人残らず", "group_are_vermin"),
        ("ベトナム人は俺たちの税金にたかる寄生虫だ。", "group_are_vermin"),
        ("黒人は犯罪者ばかりだ", "group_are_vile"),
        ("障害者は役立たず", "group_are_vile"),
        ("ゲイってほんとキモい", "group_are_vile"),
        ("ムスリムは全員テロリストだ", "group_are_vile"),
        ("ムスリムは人間じゃない", "group_not_human"),
        ("トランス女性は本物の女じゃない", "group_not_human"),
        ("移民が大嫌い", "hate_group"),
        ("正直アジア人は無理。", "hate_group"),
        ("韓国人を見ると吐き気がする。", "group_make_me_sick"),
        ("ムスリムは信用できない", "deny_respect_group"),
        ("なんで韓国人ってあんなに気持ち悪いの？", "why_are_group"),
        ("チョンは国に帰れ", "group_get_out"),
        ("ホモはテレビに出るな", "group_get_out"),
        ("アラブ人に選挙権なんていらない。", "no_rights"),
        ("ライブハウスは移民の入場を禁止すべき。", "ban_group"),
    ],
    "ko": [
        ("난민들은 바퀴벌레야", "group_are_vermin"),
        ("무슬림들은 우리 세금 빨아먹는 기생충이야.", "group_are_vermin"),
        ("흑인들은 이 나라의 암 덩어리다.", "group_are_vermin"),
        ("짱깨들 다 쓰레기.", "group_are_vermin"),
        ("조선족들은 바퀴벌레다", "group_are_vermin"),
        ("흑인들은 다 범죄자야", "group_are_vile"),
        ("게이들은 역겨워", "group_are_vile"),
        ("장애인들은 모두에게 짐이야", "group_are_vile"),
        ("난민들이 이 나라의 진짜 문제야", "group_are_vile"),
        ("노인들은 사람도 아니야", "group_not_human"),
        ("무슬림들 진짜 싫어", "hate_group"),
        ("게이 극혐", "hate_group"),
        ("기독교인들을 보면 토할 것 같아.", "group_make_me_sick"),
        ("무슬림은 절대 못 믿어", "deny_respect_group"),
        ("양성애자들은 왜 그렇게 역겨워?", "why_are_group"),
        ("난민들 꺼져", "group_get_out"),
        ("짱깨들은 지네 나라로 꺼져라", "group_get_out"),
        ("아랍인들한테 투표권 같은 거 주면 안 돼.", "no_rights"),
        ("공연장은 기독교인들 입장을 금지해야 해.", "ban_group"),
    ],
    "zh": [
        ("犹太人从来都不诚实。", "group_never_good"),
        ("基督徒根本不值得信任", "group_never_good"),
        ("女性不配享有任何权利", "group_never_good"),
        ("难民根本没资格养孩子", "group_never_good"),
        ("拉丁裔没为这个国家做过任何贡献", "group_never_good"),
        ("穆斯林里从来就没有一个好东西", "none_of_group_good"),
        ("我认识的亚裔，没一个有出息的", "none_of_group_good"),
        ("从黑人身上，我就没见过任何优点", "none_of_group_good"),
        ("黑人都是垃圾", "group_are_vermin"),
        ("难民就是一群寄生虫", "group_are_vermin"),
        ("穆斯林是这个国家的毒瘤。", "group_are_vermin"),
        ("基督徒都是畜生，一个不落", "group_are_vermin"),
        ("這些同性戀都是變態", "group_are_vile"),
        ("女人都很蠢", "group_are_vile"),
        ("穆斯林全是恐怖分子", "group_are_vile"),
        ("印度教徒又脏又臭。", "group_are_vile"),
        ("哈哈不可能，穆斯林根本不算人", "group_not_human"),
        ("我恨黑人，就这么简单。", "hate_group"),
        ("说实话我就是受不了佛教徒", "hate_group"),
        ("看到越南人我就恶心。", "group_make_me_sick"),
        ("我对锡克教徒只有厌恶。", "group_make_me_sick"),
        ("我永远不会尊重同性恋", "deny_respect_group"),
        ("為什麼穆斯林這麼噁心", "why_are_group"),
        ("难民滚出去", "group_get_out"),
        ("外国人滚回你们自己的国家去", "group_get_out"),
        ("佛教徒就不该有投票权。", "group_get_out"),
        ("把难民全部赶出去", "ban_group"),
        ("难民毁了这个国家", "group_ruin"),
    ],
}

# Minimal edits of the hateful sentences: negation, claims named as claims and reports,
# only part of the group, another subject, positive and self-identifying mentions.
CLEAN = {
    "ar": [
        "المسلمون محترمون",
        "اللاجئون غير قادرين على العودة إلى بلادهم",
        "اللاجئون لم يقدموا شيئا للحفل",
        "من قال إنه لا يمكن الوثوق بالمثليين؟ هذا كلام فارغ",
        "يقولون لن أحترم اليهود، وأنا أقول العكس",
        "اللاجئون يستحقون كل الاحترام",
        "واحد من المسلمين لم يقدم شيئاً للحفل",
        "لا يمكن الوثوق بمن يكره المسلمين",
        "اليهود مش كلاب",
        "المهاجرين ليسوا صراصير",
        "اللاجئين هم بشر مثلنا",
        "لا أكره المسلمين",
        "ما بكره اليهود",
        "اللي يقول إن اللاجئين طفيليات عنصري",
        "وصف اللاجئين بالطفيليات عنصرية",
        "خرافة أن المسلمين ارهابيين لازم تنتهي",
        "ليس صحيحاً أن اللاجئين عبء على البلد",
        "ليس كل المسلمين ارهابيين",
        "قال إن اليهود كلاب فبلغت عنه",
        "أحدهم كتب تحت هذه الأغنية أن السيخ حيوانات. بلّغت عنه",
        "بعض الرجال خنازير",
        "العنف ضد اللاجئين مقرف",
        "المثليين ناس رائعين",
        "المسلمون يستحقون نفس الحقوق",
        "السياسيين كلاب",
        "الصراصير في المطبخ مقرفة",
        "اللاجئين لازم يرجعوا لبيوتهم بأمان",
    ],
    "hi": [
        "मुसलमान आतंकवादी नहीं हैं",
        "सिख ईमानदार होते हैं",
        "यह कहना कि सिख कभी ईमानदार नहीं होते गलत है",
        "मैं प्रवासियों की इज़्ज़त करता हूँ",
        "ईसाइयों पर भरोसा किया जा सकता है",
        "औरतों ने इस देश को बहुत कुछ दिया",
        "दलित गंदे नहीं होते",
        "मुझे मुसलमानों से नफ़रत नहीं है",
        "यह कहना कि मुसलमान आतंकवादी हैं गलत है",
        "ये झूठ है कि शरणार्थी बोझ हैं",
        "ये सच नहीं है कि विकलांग लोग गंदे होते हैं।",
        "उसने कहा कि मुसलमान कीड़े हैं और मैंने रिपोर्ट किया",
        "कुछ मर्द कुत्ते हैं",
        "हर मुसलमान आतंकवादी नहीं है",
        "मुसलमानों के खिलाफ हिंसा घिनौनी है",
        "मैं एक ट्रांस महिला हूँ और मुझे गर्व है",
        "समलैंगिक लोग अद्भुत हैं",
        "नेता परजीवी हैं",
        "वहाँ काले कुत्ते हैं",
        "musalman terrorist nahi hain",
        "mujhe musalmano se nafrat nahi hai",
        "police arrested two muslim terrorists.",
    ],
    "id": [
        "orang Cina bukan tikus",
        "pengungsi bukan parasit",
        "aku nggak benci orang Kristen",
        "orang yang bilang gay itu sampah adalah orang bodoh",
        "mitos bahwa orang Yahudi itu licik harus dihapus",
        "tidak benar bahwa pengungsi adalah beban",
        "katanya orang Cina itu tikus, aku laporin",
        "Nulis kalau orang Kristen itu wabah sama saja menghasut kekerasan.",
        "orang Cina itu tikus adalah stereotip rasis",
        "beberapa pengungsi itu penjahat",
        "kekerasan terhadap pengungsi itu menjijikkan",
        "saya seorang transpuan dan saya bangga",
        "orang gay itu luar biasa",
        "umat Islam berhak atas hak yang sama",
        "politisi itu parasit",
        "kecoak di dapur itu menjijikkan",
        "wanita itu penipu",
        "pengungsi harus dilindungi",
    ],
    "ja": [
        "移民は犯罪者じゃない",
        "移民はゴキブリではない",
        "障害者は役立たずなんかじゃない",
        "移民は嫌いじゃない",
        "ゲイは病気だと言う人は差別主義者だ",
        "移民は犯罪者だという偏見をなくそう",
        "「在日は寄生虫」なんて書き込みは通報した",
        "彼は難民はゴミだと言っていたので通報した",
        "ゲイは出ていけなんて言う奴は最低",
        "全ての移民が犯罪者なわけではない",
        "女性は劣っているとは限らない",
        "一部の移民は犯罪者だ",
        "移民への暴力は最低だ",
        "女性差別は最低だ",
        "私はトランス女性で、誇りを持っている",
        "ゲイの人たちは素晴らしい",
        "政治家は寄生虫だ",
        "彼女はバカだ",
        "この男はクズだ",
        "移民が嫌いな人は多い",
    ],
    "ko": [
        "난민들은 범죄자가 아니다",
        "게이들은 안 역겨워",
        "여자들은 더럽지 않다",
        "무슬림들은 테러리스트 아님",
        "흑인들이 범죄자라는 편견은 사라져야 해",
        "게이는 역겹다고 말하는 사람은 혐오주의자다",
        "걔가 난민들은 바퀴벌레라고 해서 신고했어",
        "모든 무슬림이 테러리스트인 건 아니다",
        "난민에 대한 폭력은 역겹다",
        "여성 혐오는 역겹다",
        "나는 트랜스 여성이고 자랑스러워",
        "게이들은 멋져",
        "정치인들은 기생충이야",
        "부엌에 바퀴벌레는 역겨워",
        "저 여자는 쓰레기야",
        "여자 암 환자가 늘었다",
        "게이머들은 쓰레기야",
        "난민들을 싫어하는 사람들",
    ],
    "zh": [
        "这种女人不配做妈",
        "移民永远不会是问题",
        "移民没资格投票，这是法律规定",
        "基督徒值得信任",
        "难民有资格得到保护",
        "黑人不是垃圾",
        "难民都不是寄生虫",
        "穆斯林并不都是恐怖分子",
        "我不恨黑人",
        "黑人都是罪犯吗？当然不是",
        "有人说黑人都是罪犯，我举报了他",
        "说难民是寄生虫的人都是种族主义者",
        "黑人都是罪犯这种说法是种族歧视",
        "不是所有穆斯林都是恐怖分子",
        "别再说基督徒是低等人了，太卑劣了。",
        "有些移民是罪犯",
        "针对难民的暴力很恶心",
        "我是跨性别女性，我很自豪",
        "同性恋者很棒",
        "政客都是寄生虫",
        "厨房里的蟑螂真恶心",
        "移民不应该被驱逐",
        "难民不是人类的敌人",
        "老外垃圾分类做得好",
        "我讨厌歧视黑人的人",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text", "rule"), [(lang, t, r) for lang, cases in HATEFUL.items() for t, r in cases]
)
def test_derogation_scores_hate(lang: str, text: str, rule: str) -> None:
    score, rules = hate(text)
    assert score >= 0.5
    assert f"derogation:{lang}_{rule}" in rules


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in CLEAN.items() for t in texts]
)
def test_non_derogation_stays_clean(lang: str, text: str) -> None:
    score, rules = hate(text)
    assert score < 0.5, (lang, rules)


def _first_chars(items: list) -> tuple[set[str] | None, bool]:
    """The characters a parsed regex can start with (None: any), and whether it may be empty."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            found, empty = {chr(av)}, False
        elif op is sre_constants.IN:
            found, empty = set(), False
            for kind, value in av:
                if kind is sre_constants.LITERAL:
                    found.add(chr(value))
                elif kind is sre_constants.RANGE and value[1] - value[0] < 3000:
                    found |= {chr(c) for c in range(value[0], value[1] + 1)}
                else:
                    return None, False
        elif op is sre_constants.BRANCH:
            found, empty = set(), False
            for alternative in av[1]:
                sub, sub_empty = _first_chars(alternative.data)
                if sub is None:
                    return None, False
                found, empty = found | sub, empty or sub_empty
        elif op is sre_constants.SUBPATTERN:
            found, empty = _first_chars(av[3].data)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            found, empty = _first_chars(av[2].data)
            empty = empty or av[0] == 0
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
            found, empty = set(), True
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


@pytest.mark.parametrize("lang", ["ja", "ko", "zh"])
def test_every_unspaced_pattern_starts_with_a_class_covering_its_construction(lang: str) -> None:
    """A pattern of a script written without \\b that starts by consuming one character of a
    class and checks its construction with (?<=(?=...).) (the form written for speed before
    the prefilter) covers its construction: one that can start with a character outside the
    class would silently never match. Patterns written plainly are not in that form."""
    lexicon = DETECTOR.lexicon
    patterns = [e.pattern for e in lexicon.entries if e.lang == lang]
    excludes = load_data(f"derogation/{lang}.yaml")["exclude"]
    assert patterns and excludes
    for pattern in patterns:
        tree = sre_parser.parse(pattern).data
        lead_form = tree[0][0] in (sre_constants.IN, sre_constants.LITERAL)
        if len(tree) < 2 or not lead_form or tree[1][0] != sre_constants.ASSERT:
            continue
        lead, _ = _first_chars(tree[:1])
        construction = tree[1][1][1].data[0][1][1]  # (?<=(?=construction).)
        starts, empty = _first_chars(construction.data)
        assert lead and starts is not None and not empty
        assert starts <= lead, (pattern[:60], sorted(starts - lead))


def test_a_megabyte_of_cjk_and_latin_text_scans_fast() -> None:
    text = ("今日は中国人の友達と会った。我们今天去北京看了展览。오늘은 친구들과 만났다 " * 40_000)[
        :1_000_000
    ]
    artifacts = build_artifacts(Item(id="t", text=text))
    start = time.process_time()
    DETECTOR.detect(artifacts)
    assert time.process_time() - start < 4.0
