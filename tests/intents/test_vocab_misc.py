"""Classes of expression for the "misc" labels: guardianship_end_of_life, hoarding_environment,
request_human, out_of_scope and greeting.

Every message here was written for these tests (none is taken from an evaluation set); each table row gives
the full set of labels the taxonomy and eval/WRITING.md would give it. Only the labels owned here are compared
(both ways), so that work on the other labels' dictionaries does not make these tests flaky; the other labels
in a row document the 複合 case it stands for. The meta labels out_of_scope and greeting are decided by the
engine from the remaining labels, so their tables check this area's own evidence (the label's score) and that none
of the owned labels fires where it should not.
"""

from __future__ import annotations

import pytest

from intents import classify

OWNED = frozenset(
    {"guardianship_end_of_life", "hoarding_environment", "request_human", "out_of_scope", "greeting"}
)
# the labels whose presence a row decides (out_of_scope and greeting depend on every other label)
DECIDED = frozenset({"guardianship_end_of_life", "hoarding_environment", "request_human"})

G = "guardianship_end_of_life"
H = "hoarding_environment"
R = "request_human"

# ---------------------------------------------------------------------------------------------- 権利擁護・終活
GUARDIANSHIP = [
    # a relative has died: what must be done now (kanji, kana, dialect, English)
    ("夫が亡くなりました。遺族年金の手続きはどこでしますか", {G}),
    ("母が他界しました。介護保険証の返却と年金の停止を教えて", {G}),
    ("義父が急死して、銀行口座が凍結されてお金が下ろせない", {G}),
    ("しゅじんが しにました。なにを したら いいか わかりません", {G}),
    ("ばあちゃんが死んだ。何から手をつけていいか分からん", {G}),
    ("主人を亡くしました。手続きが山のようにあって", {G}),
    ("おかんが亡くなって、銀行の口座とか止めなあかんの？", {G}),
    ("亡くなった母の携帯とか公共料金の解約って何からすれば", {G}),
    ("叔母が亡くなって、相続人が私だけらしい", {G}),
    ("夫の死亡届を出したあと何をすればいいですか", {G}),
    ("祖母の四十九日と納骨のことで相談です", {G}),
    ("兄が孤独死していて、警察から連絡があった。部屋の片付けはどうすれば", {G}),
    ("犬の引き取り先を探している。飼い主の父が亡くなって", {G}),
    ("How do I close my late father's bank account?", {G}),
    ("my mother passed away last week and i don't know the procedure at the city office", {G}),
    # when I / the parents are gone
    ("おれが しんだら いえは どうなるべ", {G}),
    ("わしが死んだら墓は誰が守るんじゃ", {G}),
    ("うちが死んだあと、猫の世話する人おらんけん心配", {G}),
    ("親が亡くなったら、障害のある妹はどうなるのか", {G, "disability"}),
    ("うちらが死んだあと、この子の面倒は誰がみるんやろ", {G}),
    ("What happens to my cat when I die?", {G}),
    # no kin, no one to sign, no guarantor for hospital or a home
    ("85さいです。みよりが ありません", {G, "elderly_care"}),
    ("みよりが ないので しんだあと どうなるか しんぱい", {G}),
    ("天涯孤独です。死後の手続きを頼める所はありますか", {G}),
    ("ひとりもんやけん、入院の保証人がおらん", {G, "health_medical"}),
    ("保証人がいないと老人ホームに入れないって本当？", {G, "elderly_care"}),
    ("施設に入る母の身元引受人に兄がなってくれない", {G, "elderly_care"}),
    ("手術の同意書にサインしてくれる家族がいない", {G, "health_medical"}),
    ("I have no relatives. Who will be my guarantor for the hospital?", {G, "health_medical"}),
    ("78歳の独り暮らしです。部屋を借りたいが保証人も緊急連絡先もない", {G, "elderly_care", "housing"}),
    # money, bank books and bills someone needs help with
    ("お金の出し入れを代わりにやってくれるサービスってある？", {G}),
    ("社協の通帳預かりのサービスを使いたい", {G}),
    ("障害のある弟の財産を誰が管理するのか", {G, "disability"}),
    ("父の年金の受け取りを私がしてもいいのか知りたい", {G, "elderly_care"}),
    ("ひとりで暮らす祖母が、請求書の支払いを忘れてばかりいる", {G, "elderly_care"}),
    ("母が認知症になって、銀行でお金がおろせなくなった", {G, "dementia", "elderly_care"}),
    ("認知症の父の代わりに契約してもいいの？", {G, "dementia", "elderly_care"}),
    ("父の施設の契約、本人がサインできないんだけど", {G, "elderly_care"}),
    ("My mother has dementia and I need to manage her money", {G, "dementia", "elderly_care"}),
    ("こうけんにん って なんですか", {G}),
    ("公共料金の支払いを代わりにしてくれる人がほしい", {G}),
    ("叔母の通帳を誰が持つかで親戚ともめている", {G}),
    ("叔父が認知症で施設に入った。家の契約や銀行のことは誰がやるの？", {G, "dementia", "elderly_care"}),
    ("父の口座から施設代を引き落としたいけど、父は字が書けない", {G, "elderly_care"}),
    ("ケアマネです。担当の利用者さん、身寄りがなくて入院の手続きをする人がいません", {G, "health_medical"}),
    ("担当地区の独居の男性が亡くなって、親族と連絡がとれないと大家から聞いた", {G}),
    # an older or confused person drawn into a contract or a scam
    ("高齢の母がリフォーム業者と高い契約をしてしまった", {G, "elderly_care"}),
    ("ばあちゃんが訪問販売で浄水器を買わされた", {G, "elderly_care"}),
    ("父が投資の電話に引っかかって100万振り込んだ", {G, "elderly_care"}),
    ("認知症の母に次々と健康食品が届く。定期購入になっていた", {G, "dementia", "elderly_care"}),
    ("知的障害の兄が知らない人にお金を貸してしまう", {G, "disability"}),
    # funerals, graves, wills, treatment wishes, 人生会議
    ("墓じまいしたい。田舎の墓を誰も継がない", {G}),
    ("お墓はいらないから樹木葬にしたい", {G}),
    ("自分の葬式は家族葬でいい、生前予約できる？", {G}),
    ("ゆいごん の かきかた を しりたい", {G}),
    ("実家の相続、兄弟で揉めてる", {G}),
    ("遺産分割協議書の書き方", {G}),
    ("胃ろうはしたくない。どう意思を残せばいい", {G, "health_medical"}),
    ("もしもの時どうしてほしいか、母と話しておきたい", {G, "elderly_care"}),
    ("しゅうかつ したい としよりです", {G, "elderly_care"}),
    ("遺影の写真を準備しておきたい", {G}),
]

# ---------------------------------------------------------------------------------------------- ごみ屋敷・住環境
HOARDING = [
    # rubbish piling up at home (own, a parent's, a brother's), in every register
    ("へやが ごみで いっぱいで どうしよう", {H}),
    ("いえのなか ものだらけで あるけない", {H}),
    ("ゴミ袋が台所に何十袋もあって捨てに行けない", {H}),
    ("部屋にペットボトルと弁当の容器がたまってて、虫も出る", {H}),
    ("実家の母の家、物が多すぎて廊下も通れない", {H, "elderly_care"}),
    ("父は何でも拾ってきてしまい、庭がガラクタで埋まってる", {H, "elderly_care"}),
    ("片付けられへん。部屋がぐちゃぐちゃや", {H}),
    ("かだづけらんねぇ。家ん中ごみだらけだべ", {H}),
    ("自分の部屋がカオス、床が見えない", {H}),
    ("押し入れから物があふれてる", {H}),
    ("うちの親、もったいないが口癖で何も捨てない。家中モノだらけ", {H, "elderly_care"}),
    ("弟の一人暮らしの部屋に行ったら、コンビニ弁当のゴミが山になってた", {H}),
    ("おばあちゃんの家、冷蔵庫が腐ったものだらけ", {H, "elderly_care"}),
    ("my house is so cluttered I can't walk", {H}),
    ("heya ga gomi de ippai", {H}),
    # balconies and neighbours
    ("ベランダにゴミ袋を置きっぱなしにしてたら虫がわいた", {H}),
    ("隣のベランダ、ゴミ袋が手すりの高さまで積んである", {H}),
    ("My neighbor's yard is full of junk and it stinks", {H}),
    # smells, pests, many animals
    ("向かいの家から生ゴミのような臭いがしてくる", {H}),
    ("アパートの廊下がくさい。隣の部屋からだと思う", {H}),
    ("隣の家の猫の糞尿のにおいがひどい", {H}),
    ("うちの隣、ものすごい数の猫飼ってて臭いがたまらん", {H}),
    ("ゴキブリが毎晩出てくる、隣がゴミ屋敷っぽい", {H}),
    ("部屋にコバエがわいてて、生ゴミ捨てられてない", {H}),
    ("ネズミが天井裏を走ってる、近所の空き家から来てるみたい", {H}),
    ("there are rats and cockroaches in my apartment because of the neighbor's garbage", {H}),
    # gardens, trees, leaves, empty houses
    ("裏の家の庭木が伸びてうちの屋根にかかってる", {H}),
    ("空き家の雑草がすごくて、蚊が発生してる", {H}),
    ("隣の空き家が傾いてて、瓦が落ちてきそうで怖い", {H}),
    ("誰も住んでない家が近所にあってボロボロ、不審者が入ってそう", {H}),
    ("落ち葉がうちの庭にたくさん落ちてくる。隣の大きな木のせい", {H}),
    ("庭の草むしりがもう年で無理。ジャングルみたいになってる", {H, "elderly_care"}),
    ("祖母の家の庭の木が電線にかかってる", {H, "elderly_care"}),
    ("隣の家の柿の木の枝がうちの敷地に伸びてきてる", {H}),
    ("家の周りが草ぼーぼー", {H}),
    ("ワイの部屋、ゴミで床見えんw", {H}),
    ("妹の部屋がペットボトルと服の山で、ドアも閉まらない", {H}),
    ("かたずけられない。どこから手をつけたら", {H}),
    ("アパートの下の部屋の人がゴミをベランダにためてて、においが上がってくる", {H}),
    # a death and the things left (both labels)
    ("父が亡くなって実家の片付けをしないといけないが、物が多すぎて途方に暮れている", {H, G}),
]

# ---------------------------------------------------------------------------------------------- 人と話したい
REQUEST = [
    # a call that dropped / please call me again
    ("電話が途中で切れてしまいました。もう一度かけ直してもらえますか", {R}),
    ("さっきの人からかけなおしてほしいです", {R}),
    ("通話がとちゅうで きれました。でんわ ください", {R}),
    ("人間の人いますか？", {R}),
    ("中の人いる？", {R}),
    ("オペレーターに代わって", {R}),
    ("電話のほうが助かります", {R}),
    ("電話でお願いします", {R}),
    ("でんわ ください", {R}),
    ("折り返しお電話いただけますか", {R}),
    ("家まで来てもらえませんか。足が悪くて出られない", {R}),
    ("うちまで来てくれへん？", {R}),
    ("一度お会いして相談できますか", {R}),
    ("対面で相談したい", {R}),
    ("面談の予約をとりたい", {R}),
    ("女の人と話したい", {R}),
    ("男性は怖いので女性スタッフでお願いします", {R}),
    ("ベトナム語の通訳はいますか", {R}),
    ("タガログ語 わかる 人 いますか", {R}),
    ("手話通訳をお願いしたい", {R}),
    ("ボットはもういい。人間出して", {R}),
    ("自動の返事はいらないです", {R}),
    ("字を書くのが苦手です。電話で話したい", {R}),
    ("役所に一緒に行ってもらえませんか", {R}),
    ("申請に付き添ってくれる人いませんか", {R}),
    ("ケースワーカーさんに連絡取りたい", {R}),
    ("相談したいです", {R}),
    ("Can someone call me?", {R}),
    ("Is there anyone who speaks Vietnamese?", {R}),
    ("Can I meet a counselor in person?", {R}),
    ("hito to hanashitai", {R}),
    ("長い文はうまく書けなくて。お会いできませんか", {R}),
    ("Can a staff member come to my home? I cannot walk well.", {R}),
    ("日本語むずかしい。ポルトガル語OK?", {R}),
    ("zoomで相談したい", {R}),
    # next to a concern
    ("借金のことで、電話で話せる人はいますか", {R, "poverty_finance"}),
    ("母の介護のこと、一度家に来てもらって相談したい", {R, "elderly_care"}),
    ("自分が死んだあとの犬のこと、窓口で直接相談できますか", {R, G}),
    ("隣の家がゴミ屋敷なんですが、市の人に見に来てほしい", {R, H}),
]

# ---------------------------------------------------------------------------------------------- hard negatives
HARD_NEGATIVES = [
    # (labels6) a meal service that comes to the flat, a weekly look-in: services, not a person to talk to
    ("配食のお弁当って、うちのマンションまで来てくれますか", {R}),
    ("月に二回でいいので、だれか父の様子を見に行ってくれないかな", {R}),
    # a death, no paperwork: grief and loneliness are other labels
    ("夫が亡くなってから一人でさみしい。話し相手がいない", {G}),
    ("母が亡くなって半年、何もやる気が起きない", {G}),
    ("主人が亡くなって年金だけでは生活が苦しい", {G}),
    ("妻に先立たれて、料理ができなくて困っている", {G}),
    ("父が死んで3年、母は元気にしてます", {G}),
    # no family in other senses
    ("頼れる人がいなくて育児がしんどい", {G}),
    ("子どもがいない夫婦です。養子について知りたい", {G}),
    # money taken or controlled by a partner or relative is abuse
    ("夫にお金を全部管理されて、自由に使えない", {G}),
    ("彼氏が私のお金を管理してて渡してくれない", {G}),
    ("息子が私の年金を勝手に使ってしまう", {G}),
    ("兄が祖母の年金を下ろしてパチンコに使ってる", {G}),
    # flats, jobs and loans: guarantors that are housing or money
    ("アパートを借りたいのに保証人を頼める相手がいない", {G}),
    ("奨学金の保証人になってくれる人がいない", {G}),
    ("入社書類に身元保証人の欄がある", {G}),
    # a wish to die is never end-of-life planning
    ("死にたい。私が死んだら猫はどうなるんだろう", {G}),
    ("借金まみれ。もう死んで保険金で払うしかないかも", {G}),
    ("子どもと心中するしかない。私が死んだらこの子は", {G}),
    # the landlord's death is housing
    ("大家さんが亡くなって、アパートを出ないといけない", {G}),
    # pets and contracts in everyday life
    ("ペットの猫が死んでしまって悲しい", {G}),
    ("携帯の契約を変えたい", {G}),
    ("ネットで副業詐欺にあって借金ができた", {G}),
    ("お金がなくて子どもを預けられない", {G}),
    ("お金のことで夫と誰が払うかもめてる", {G}),
    ("貯金を預けるなら銀行とゆうちょどっちがいい", {G}),
    ("財布を忘れて代わりに払ってもらった", {G}),
    ("家計簿をつけるのを手伝ってほしい", {G}),
    ("隣の部屋の住人、死んでるかもしれない。どうすればいいかわからない", {G}),
    ("近所の男性が亡くなったらしいと噂で聞いた", {G}),
    ("奥さんが亡くなってから、ご主人が外に出なくなった。どうすればいい？", {G}),
    # clutter look-alikes
    ("洗濯物がたまってしまう。双子の育児で手が回らない", {H}),
    ("隣のおばあさん、郵便物がたまってて姿を見ない", {H}),
    ("仕事のストレスがたまって眠れない", {H}),
    ("借金が山積みでどうしたらいいか", {H}),
    ("めんどくさいけどゴミ出しは自分でしてる", {H}),
    ("隣のベランダからタバコの臭いが入ってきてつらい", {H}),
    ("台所でガスのにおいがする", {H}),
    ("職場の人の香水がきつくて頭痛がする", {H}),
    ("ゴミ置き場が散らかっていてカラスがすごい", {H}),
    ("カラスがゴミを散らかす", {H}),
    ("公園の草が伸び放題で子どもが遊べない", {H}),
    ("スズメバチの巣を駆除してほしい", {H}),
    ("引っ越しの荷物の片付けが終わらない", {H}),
    ("雑草の名前を知りたい", {H}),
    ("雨漏りがひどくて部屋がカビだらけ、大家が直してくれない", {H}),
    ("空き家になった親の家の処分をどうしよう", {H}),
    ("虫歯が痛い、歯医者代がない", {H}),
    ("親ガチャ外れて草。家帰りたくない", {H}),
    ("ゴミ出しを手伝ってほしい。膝が痛くて集積所まで運べない", {H}),
    # not a request for a person
    ("母の介護のことで相談したいです", {R}),
    ("転職のことで相談したい", {R}),
    ("夫から毎日電話がくる", {R}),
    ("息子に電話しても出ない", {R}),
    ("携帯電話が止められた", {R}),
    ("どこに電話すればいいですか", {R}),
    ("生活保護の窓口はどこですか", {R}),
    ("訪問介護を使いたい", {R}),
    ("訪問看護って頼めますか", {R}),
    ("夫に話を聞いてほしいのに聞いてくれない", {R}),
    ("ただ聞いてほしいだけ", {R}),
    ("相談できる人がいない", {R}),
    ("人と話すのが苦手", {R}),
    ("LINEで相談できますか", {R}),
    ("電話は苦手なのでチャットで", {R}),
    ("耳が遠くて通話はむり。このままチャットで相談させてください", {R}),
    ("友達と会って話したいけど外に出られない", {R}),
    ("元夫が会って話したいと言ってくる", {R}),
    ("通訳の仕事を探しています", {R}),
    ("家に来てほしくない", {R}),
    ("お母さんと電話で話したいけど嫌がられる", {R}),
    ("Are you a bot?", {R}),
    ("the counselor was very kind, thank you", {R}),
    ("我的爸爸需要有人照顾", {R}),
    ("Where can I get the garbage calendar in English?", {R, H}),
    ("町内会でサロンを始めたいので相談に乗ってほしい", {R}),
]

# ---------------------------------------------------------------------------------------------- out_of_scope
CITY_BUSINESS = [
    "燃えないゴミって何曜日？",
    "粗大ごみの回収を申し込みたい",
    "スプレー缶はどうやって捨てる？",
    "ゴミ置き場のネットが破れてカラスが散らかす",
    "住民票の写しはコンビニでとれますか",
    "マイナカードのパスワードがロックされた",
    "ふるさと納税のワンストップ特例の書類",
    "確定申告のやり方を教えて",
    "家の前の道路に穴があいてる",
    "街灯が切れてて夜道が暗い",
    "上の階の足音がうるさい",
    "工事の音がうるさい",
    "道に動物の死骸がある",
    "スズメバチの巣を駆除してほしい",
    "花火大会の日程を教えて",
    "おすすめの観光スポットは？",
    "図書館は何時まで開いてる？",
    "期日前投票はどこでできますか",
    "副業で月30万稼げる方法を教えます！",
    "今なら無料でギフト券プレゼント",
    "あなたは誰ですか？",
    "Are you a bot?",
    "明日の天気は？",
    "パスポートの申請はどこで",
    "When is the burnable garbage day?",
]

# ---------------------------------------------------------------------------------------------- greeting
GREETINGS = [
    # thanks for the work (ねぎらい)
    "いつもご苦労さまです",
    "職員のみなさん、おつかれさまでございます",
    "ごくろうさん",
    "おつかれ〜",
    "いつもすいませんねえ",
    "夜分にお邪魔します",
    "👋",
    "ちわっす",
    "おばんです",
    "まいど",
    "もしもし",
    "ご無沙汰しております",
    "Xin chào",
    "안녕하세요",
    "hola",
    "ありがとね",
    "ほんまおおきに",
    "助かったー",
    "お礼が言いたくて連絡しました",
    "おかげさまで落ち着きました",
    "cảm ơn",
    "salamat po",
    "thanks a lot",
    "わかったー",
    "りょーかい",
    "おっけー",
    "はい、わかりました",
    "承知です",
    "👌",
    "got it",
    "また相談します",
    "失礼いたします",
    "ことよろ",
    "暑中お見舞い申し上げます",
    "寒くなりましたね",
    "いい天気ですね",
    "[スタンプ]",
    "よろしゅうたのんます",
    "初めてメッセージします",
]


def _decided(labels: set[str]) -> set[str]:
    return labels & DECIDED


@pytest.mark.parametrize(("text", "expected"), GUARDIANSHIP + HOARDING + REQUEST)
def test_labels(text: str, expected: set[str]) -> None:
    got = set(classify(text).intents)
    assert _decided(got) == _decided(expected), f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", CITY_BUSINESS)
def test_city_business_is_out_of_scope_and_no_concern_here(text: str) -> None:
    c = classify(text)
    assert c.scores.get("out_of_scope", 0.0) >= 1.0, f"{text!r}: no out_of_scope evidence ({c.scores})"
    assert not (set(c.intents) & (DECIDED | {"greeting"})), f"{text!r}: got {c.intents}"


@pytest.mark.parametrize("text", GREETINGS)
def test_greetings_alone(text: str) -> None:
    c = classify(text)
    assert c.scores.get("greeting", 0.0) >= 1.0, f"{text!r}: no greeting evidence ({c.scores})"
    assert not (set(c.intents) & DECIDED), f"{text!r}: got {c.intents}"


@pytest.mark.parametrize(
    "text",
    [
        "こんにちは。母が亡くなって、年金の手続きがわかりません",
        "ありがとうございます。あと、隣の家のゴミの臭いがひどいんです",
        "はじめまして、電話で相談したいです",
    ],
)
def test_greeting_never_stands_next_to_a_concern_or_a_request(text: str) -> None:
    got = classify(text).intents
    assert "greeting" not in got and "out_of_scope" not in got, got


# ------------------------------------------------------------------ round 4: request_human (own lines)
R4_REQUEST = [
    # (labels6) a visit to someone who cannot be reached, asked for now; a person who speaks one's language
    ("兄と二日連絡がつかない。私は県外なので、どなたか家を訪ねてもらえませんか", {R}),
    ("いなかの母が電話に出ない。すみませんが様子を見に行ってもらえませんか", {R}),
    ("わたし ペルー から きた。スペインご の ひと いますか", {R}),
    ("ベトナム語がわかる人と話したいです", {R}),
    # on the phone, in detail
    ("年金のことを電話で詳しく聞きたいんですが", {R}),
    ("でんわで くわしく おしえて ほしいです", {R}),
    # please come / listen to me (polite and dialect forms)
    ("一度うちに来て相談にのってもらえんじゃろか", {R}),
    ("介護のことで相談にのってくれへんか?", {R}),
    ("誰か来てもらえませんか", {R}),
    # someone to go with me to an application
    ("手続きが難しくてよくわからない。誰か付き添ってくれる人はいますか", {R}),
    # a language for consulting
    ("タガログ語で相談させてもらえますか", {R}),
    ("ベトナム語で相談したいです", {R}),
]

R4_NOT_REQUEST = [
    # a family member who does not get up is not a call for a person
    ("夫は朝起きてくれへんし、子どもの支度は全部わたし", {R}),
    ("息子が何度起こしても起きてくれない", {R}),
    # a companion for shopping is help with daily life
    ("スーパーが遠い。買い物に一緒に行ってくれる人がいたら嬉しい", {R}),
]


# ------------------------------------------------------------------ round 5: classes of expression (own lines)
R5_REQUEST = [
    # a visit to talk at home
    ("うちに来て相談にのってもらえたら助かります。足が悪いもんで", {"request_human"}),
    # a call asked for, in dialect and plainly
    ("ラインは難しい。誰か電話くれんかね", {"request_human"}),
    ("この番号に電話ください", {"request_human"}),
    # wanting to reach the district's welfare volunteer
    ("地区の民生委員さんに連絡を取りたいのですが", {"request_human"}),
    # only the name of the person wanted
    ("相談員さん!", {"request_human"}),
    ("担当の方", {"request_human"}),
    # a person, not a bot (English)
    ("Please, I need a real person. Not a robot.", {"request_human"}),
]

R5_NOT_REQUEST = [
    # a mobile shop van or a lecturer to come is not a person to consult
    ("移動スーパーがうちの集落にも来てくれたらいいのに", {"request_human"}),
    ("老人会の勉強会に講師が来てもらえるか知りたい", {"request_human"}),
    # asking for staff of one's company
    ("Do you have leaflets in English for our foreign staff?", {"request_human"}),
]

CP = "community_participation"

R5_TAKING_PART = [
    ("ピアサポーターの養成講座を受けてみたい", {CP}),
    ("認知症の講演会があれば聞きに行きたいです", {CP}),
    ("DV防止のポスター、うちの美容室にも貼れますか", {CP}),
    ("使わないお米をフードドライブに寄付したいんですが", {CP}),
    ("こどもの居場所って夏休みも開いてますか", {CP}),
]

R5_NOT_TAKING_PART = [
    # animal rescue events are a city matter
    ("保護猫の活動に参加したい。次の譲渡会はいつ?", {CP}),
    # no shop within walking distance is shopping, not a place to belong
    ("近くの店が閉まって、歩いて行けるところに何もない", {CP}),
    # a missing child's whereabouts
    ("中2の息子の居場所がわからない。昨日から帰ってこない", {CP}),
    # a volunteer who would come and help is being helped, not taking part
    ("庭木の剪定を頼める有償ボランティアはいますか", {CP}),
    ("冬に雪かきしてくれるボランティアって市で紹介してる?", {CP}),
]

R5_GREETINGS = [
    "みなさん、毎度お世話になっとります",
    "お世話さまです。市のLINEに登録しました",
    "町のライン登録しました!よろしくです",
]


@pytest.mark.parametrize("text", R5_GREETINGS)
def test_round5_greetings_alone(text: str) -> None:
    assert classify(text).intents == ["greeting"], f"{text!r}: got {classify(text).intents}"


# ---- the tests, over every table above ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"), HARD_NEGATIVES + R4_NOT_REQUEST + R5_NOT_REQUEST + R5_NOT_TAKING_PART
)
def test_hard_negatives(text: str, absent: set[str]) -> None:
    got = set(classify(text).intents)
    assert not (got & absent), f"{text!r} must not get {sorted(got & absent)} (got {sorted(got)})"


@pytest.mark.parametrize(("text", "expected"), R4_REQUEST + R5_REQUEST + R5_TAKING_PART)
def test_expected_labels_present(text: str, expected: set[str]) -> None:
    got = set(classify(text).intents)
    assert expected <= got, f"{text!r}: got {sorted(got)}"
