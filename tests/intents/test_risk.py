"""Risk detection with the product lexicon (intents/dictionaries/risk.yaml), through `intents.classify`.

Tables of realistic resident messages, written for these tests. A missed emergency is the worst error the
system can make, so the emergency table is the longest.
"""

from __future__ import annotations

import pytest

from intents import classify

EMERGENCY = [
    # wishes to die, direct and indirect, in the spellings residents use
    "もう死にたい",
    "しにたい…",
    "シニタイ",
    "毎晩、死にたいと思いながら布団に入ってる",
    "死にたくて仕方がない",
    "ほんとにタヒにたい",
    "氏にたいｗ　いやまじで",
    "4にたい",
    "消えたい",
    "誰にも迷惑かけずに消えてしまいたい",
    "もういなくなりたい",
    "早く楽になりたい",
    "このまま目が覚めなければいいのに",
    "明日なんか来なければいい",
    "朝が来ないでほしい",
    "遺書を書きました",
    "自殺の方法を調べてしまう",
    "希死念慮がずっと消えない",
    "私なんかいないほうが家族は幸せだと思う",
    "生きてる意味がわからない",
    "生きていたくない",
    "人生もう終わりにしたい",
    "首をつるロープを買った",
    "駅のホームに飛び込みたくなる",
    "ビルの屋上にいます",
    "薬を一気に全部のんだ",
    "睡眠薬を30錠飲んだところ",
    "I want to die",
    "shinitai",
    "介護に疲れて母と心中しようかと思ってしまう",
    # violence happening now
    "いま夫に殴られてる",
    "彼氏が包丁を持って暴れてる",
    "父が暴れています、たすけて",
    "部屋に鍵をかけて子どもと隠れてる",
    "殺されそう",
    "help me my husband is hitting me",
    # a person collapsed or unresponsive
    "父が風呂場で倒れて動かない",
    "祖母が息をしていない",
    "夫の意識がないです",
    "転んでしまって起き上がれない。家に一人です",
    "隣の一人暮らしのおじいさん、郵便受けに新聞がたまってる",
    # a child left alone
    "赤ちゃんが一人で部屋に置き去りにされてる",
    "隣の子が昨日からひとりで泣いてる",
    "車の中に子どもが残されたまま",
    # declared, planned, prepared; said of oneself
    "今から死にます",
    "明日の朝には私はいないと思う",
    "薬をためてある。いつでも飲めるように",
    "ベランダから飛ぼうかな",
    "自分なんか消えればいい",
    "ずっと死ぬことばかり考えてる",
    "線路に飛び込もうと思って駅にいる",
    "I don't want to live anymore",
    "睡眠薬を全部飲みました",
    "もう生きていけない",
    # hurt now
    "母が階段から落ちて動けない、頭から血が出てる",
    "夫が子どもを殴っている",
    "いま元夫が家に来てドアを蹴ってる。こわい",
    "2歳の子が昨日から一人で家にいるみたい",
    "子どもが車の中に閉じ込められてる",
    # said by an older person, a child, in poor Japanese, or deep inside a long message
    "わしはもう長くない。迷惑をかけるくらいなら、いっそ死んでしまおうと思う",
    "ママがおきない",
    "おっとが ないふ もってる",
    "祖父が食べ物をのどにつまらせた",
    "生後3か月の子を家に置いて、彼氏と旅行に来てしまった",
    "手首を切った。止まらない",
    "こんな人生、終わりにしてやる",
    "隣の家からすごい悲鳴と、物が壊れる音が今もしてる",
    "仕事のことでずっと悩んでいて、夜も眠れない。もうこのまま目を閉じて終わりにできたらと思う",
    "もう疲れました。これまでありがとうございました",
    "車で海に突っ込もうかと思ってる",
    "隣の部屋で夫が子どもを怒鳴りながら叩いてる音がする",
    "彼に首を絞められて意識がとびそうになった。今もそばにいる",
    "妊娠中なのにお腹を蹴られた",
    "母が意識もうろうとしてる",
    "赤ちゃんを置いて母親が出ていったきり2日帰らない",
    "父が「みんな殺して自分も死ぬ」と言っている",
    "生きる意味が見つからない。今日で最後にする",
    "薬を何十錠も飲んでしまった。ふらふらする",
    "消えたすぎる",
    "3歳の子が見当たらない。さっきまで公園にいた",
    "もう全部どうでもいい。明日にはもうこの世にいないから",
    "リストカットが深くて止血できない",
    "友達がさっきから死ぬって言って電話に出ない",
    "これから川に行きます。さようなら",
    "隣で赤ちゃんがずっと泣いてて、もう2日誰も出入りしていない",
    "娘が男に連れていかれた",
    "疲れた。眠ったまま起きなければいいのに",
    "家族のために私は消えるべきだと思う",
    "死ぬ準備ができた",
    "いま手首にカッターを当ててる",
    "わたしがいなくなっても、だれもきづかない。もういく",
    "夫が私の首に手をかけてきた",
    "兄が父を殴り続けていて止まらない",
    "高齢の母がお風呂で沈んでいた",
    "父がうわごとを言って、呼びかけに答えない",
    "子どもたちを置いて母親が出て行って3日たつ",
    "こわい。彼がいま家のドアを壊そうとしてる",
    "わたしはもうすぐいなくなります。ありがとう",
    "死ななきゃいけない気がする",
    "毎日死ぬ方法ばかり検索してる",
    "お母さんがたおれて、おきない。どうしたらいいの",
    "父の顔色が真っ青で、呼吸がおかしい",
    "赤ちゃんが泣きやまないので、つい強く揺さぶってしまった。ぐったりしてる",
    "夫が子どもに刃物をむけた",
    "いま橋の上。飛ぶかどうか迷ってる",
    "もう楽にさせてほしい",
    "明日の朝、目が覚めないでほしい",
    "妻が包丁を持ったまま部屋から出てこない",
    "じいちゃんが息苦しそうで、しゃべれない",
    "赤ちゃんが息をしてるかわからない",
]

HIGH = [
    "夫の暴力がひどくて家を出たい",
    "彼からDVを受けています",
    "ＤＶかもしれない",
    "隣の家から毎晩子どもの泣き声と怒鳴り声が聞こえる",
    "近所の子、いつもアザをつくってる",
    "兄が母の通帳を取り上げて年金を使い込んでる",
    "元カレにつきまとわれて困ってる",
    "娘を叩いてしまった。自分が怖い",
    "施設で祖父が虐待されているかもしれない",
    "今日食べるものがない",
    "3日間なにも食べていません",
    "所持金が200円しかない",
    "ガスを止められてお風呂に入れない",
    "電気がとまった",
    "水道止められた",
    "来週までに部屋を出ていけと大家に言われた",
    "今夜どこで寝ればいいかわからない",
    "会社の寮を追い出されることになった",
    "認知症の父が朝から帰ってこない",
    "母が散歩に出たきり戻らない",
    "中学生の息子が家出した",
    "リストカットがやめられない",
    "おばあちゃんが早くお迎えが来ればいいのにと言う",
    "闇金から取り立ての電話がくる",
    "母がガスの火をつけたまま出かけて、ボヤになりかけた",
    "父親が母に手をあげる",
    "ガス代払えなくて止められた",
    "米も買えない。子どもに食べさせるものがない",
    "大家から今週中に出ていくように言われた",
    "自分の体を傷つけてしまう",
    "家に食べ物が何もない",
    "妻が毎晩怒鳴って物を投げてくる",
    "娘のスマホに「殺す」って何度も送ってくる男がいる",
    "ライフライン全部止まった",
    "高校生の息子が昨日から帰っていない。連絡もつかない",
    "彼女が「死ね」と毎日言ってくる",
    "家賃滞納で鍵を替えられて家に入れない",
    "今夜ホテル代もない。行くところがない",
    "祖母の年金を叔父が全部使っている",
    "知らない男にずっとつけられている",
    "食べるお金がない。三日水だけ",
    "認知症の母がどこかへ行ってしまった",
    "母が祖母の世話をせず、部屋に閉じ込めている",
    "給料が出なくて、食べるものを買うお金がない",
    "息子が帰宅しないまま丸一日たった",
    "おばあちゃんがずっと食事をとってない",
    # seen or said before, not happening now: high, not an emergency
    "近所の旦那さんが奥さんを蹴っているところを見ました",
    "兄が父を殴っているとこを見た。父は何も言わない",
    "祖母が「はよ死にたい」っていつも言う。88歳です",
    "父が、長生きしすぎた、早く逝きたいと毎日こぼす。九十代です",
]

NONE = [
    "虫を殺したい",
    "猫が水を飲まなくなった",
    "友達に助けられた",
    "倒れた人を助けた話",
    "部屋にこもって声をかけても返事がない",
    "明日の仕事で決行する作戦",
    "ゴミを外に出された",
    "火事が心配",
    "火事になったらどうする",
    "花火の煙が出てる",
    "ガスの匂いがしない",
    "給食のメニューを知りたい",
    "みんなありがとう、また来週ね、バイバイ",
    "going to jump rope with the kids",
    "忙しくて息もできない",
    "肩こりで頭痛、指先のしびれ",
    "夫は脳梗塞で右半身に麻痺が残っている",
    "髪を美容師さんに触られた",
    "退去の手続きについて教えて",
    "夜は子どもだけで寝かせてる",
    "退職します。今までありがとうございました",
    "水が出ない　工事中みたい",
    "明日の朝までに仕事を全部終わらせる",
    "電気が消えたかと思った",
    "死ぬほどお腹すいた",
    "笑い死ぬかと思った",
    "暑くて死にそう",
    "恥ずかしくて死にそうだった",
    "母の介護保険の申請をしたい",
    "子どもが学校に行きたくないと言う",  # 行きたくない is not 生きたくない
    "保証人が見つからない",
    "飼い犬がいなくなってしまった",
    "ゲートキーパー養成講座に申し込みたい",
    "一人暮らしの母の見守りサービスを探しています",
    "ヘルパーさんに来てもらいたい",
    "家賃の支払いが少し遅れそう",
    "週末に子ども食堂を手伝えたらうれしい",
    "ありがとうございました",
    "障害者手帳の更新について",
    "鍵が見つからない",
    "明日から私はいないので、夫が対応します",
    "母が転んで起きられなくなったので介護ベッドがほしい",
    "手をあげて質問してもいいですか",
    "死ぬかと思うくらい忙しかった",
    "殺虫剤の使い方",
    "死にたいほど恥ずかしかった",
    "今月で今の仕事は終わりにして、来月から新しい職場です",
    "試験に受けられるか心配",
    "来週家族で海に行きます",
    "ではまた、さようなら",
    "喘息で息苦しい日がある",
    "ドアを壊してしまったので修理したい",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", HIGH)
def test_high(text: str) -> None:
    result = classify(text)
    assert result.risk == "high", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", NONE)
def test_no_risk(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "死ぬほどお腹すいた。でももう死にたい",  # the idiom is cancelled, the wish is not
        "介護の仕事の面接に落ちた。もう消えたい",  # a label's cancel context does not lower risk
        "こんにちは。ありがとう。でも死にたい",  # a greeting does not lower risk
        "民生委員です。担当のお宅のおばあさんが倒れて動かない",  # third-party reports count the same
    ],
)
def test_nothing_lowers_an_emergency(text: str) -> None:
    assert classify(text).risk == "emergency"


def test_emergency_found_deep_inside_a_long_message() -> None:
    text = "今日あったことを書きます。" * 400 + "本当はもう死にたい。" + "それでは。" * 100
    result = classify(text)
    assert result.risk == "emergency"
    assert any(e.label == "risk:emergency" and "死にたい" in e.text for e in result.evidence)


# Classes of expression found missing on unseen messages (issue 2). Rows written for these tests, one
# class per comment; each class has its general vocabulary in risk.yaml, not these exact sentences.
EMERGENCY_CLASSES = [
    # at an edge or a height, looking down or leaning over
    "いまマンションのベランダから下をのぞいてる",
    "屋上の柵の外に立ってる",
    "橋から川を見下ろしてる",
    "線路の近くにいる。もう無理",
    "standing on the bridge",
    # the means prepared
    "ロープを用意した",
    "練炭を買ってきた",
    # overdose in the past tense, counted in bottles; in English
    "市販薬を一瓶のんだ",
    "i took too many pills",
    "今日もODしちゃった",
    # the wish said another way
    "いなくなってしまいたい",
    "もう疲れた。生きていくの無理",
    "今夜で終わりにします",
    "家族に迷惑かけるくらいなら死んだ方がいい",
    "生きててもしょうがない",
    "わたしはもういなくてもいいとおもう",
    "みんなごめんね。さようなら",
    "cant go on anymore",
    "i dont want to be alive",
    "im done with life",
    # a person collapsed, told by someone else, still lying there or just now
    "隣のおじいさんが玄関で倒れてる",
    "母が台所で倒れています",
    "夫が急に倒れた!!",
    "母が血を吐いた",
    "母に呼びかけても反応しない",
    "父がトイレから出てこない、声をかけても返事しない",
    "今すぐ来てください、母が起きません",
    "my dad fell and cant get up",
    # a parent who has left the children; a child left outside or alone
    "子ども置いて家を出てきた",
    "子供2人おいて逃げてきた",
    "ママが帰ってこない。弟と二人。おなかすいた",
    "3歳の子が家に一人でいて親が帰ってこない",
    "kids are home alone all night",
    "there is a baby alone in a car",
    # violence now: hiding, still going on, with a weapon, in English
    "押し入れに隠れています、夫が探してる",
    "i am hiding in the bathroom",
    "元カレが家の前にいる、怖い",
    "彼が物を投げてきて今も続いてる",
    "夫が娘をベルトで打ってる、止められない",
    "my son is hitting me right now",
    # a farewell; the fall imagined as a way out; nobody would miss me; asking to be let die
    "もう無理。さよなら",
    "ここから落ちたら死ねるかな",
    "私がいなくなっても誰も困らない",
    "生きる気力がない",
    "もう死なせてください",
    "この世にいたくない",
    # violence now in more forms; a weapon in English
    "彼が酔って家の中で暴れてます",
    "お母さんがお父さんにたたかれてる、こわい",
    "he has a knife",
    # taken ill: huddled, pale and sweating, clouded, choking; a baby limp
    "おじさんが道でうずくまって動かない",
    "父が真っ青で冷や汗かいてる",
    "1歳の子が何か飲み込んで息が苦しそう",
    "赤ちゃんがミルクを吐いて、ぐったりしてる",
    # found hanging, confined now, fallen into water, a head blow that bleeds
    "父が首をつっているのを見つけた",
    "彼氏に監禁されてる、今スマホを隠れて使ってる",
    "子どもが川に落ちた",
    "おじいちゃんが階段から落ちて頭を打った、血が出てる",
    # a birth starting or happening alone
    "破水しちゃった、家に一人",
    "トイレで産んでしまった",
    # limp in the heat
    "父がエアコンのない部屋でぐったりしてる",
    "熱中症っぽくてぐったりして返事が弱い",
    # children with no adult
    "隣の子が一晩中泣いてて大人の声がしない",
    "子どもたちだけで3日も家にいる",
    # about to hurt one's own child
    "もう限界、子どもに手をかけてしまいそう",
    # no strength left to go on living
    "もう生きていける気がしない",
    "これ以上いきていく気力もない",
    # a farewell
    "さよなら、今までありがとう",
    "今までお世話になりました。さようなら",
    # small children alone at night
    "夜なのに小さい子だけで家にいる",
    "夜、赤ちゃん一人で置いて出かけた",
    # signs of a stroke, now
    "父がろれつが回らない",
    "急に右半分がしびれて動かない",
    # English indirect death wish, a child alone overnight
    "i feel like dying",
    "nobody would miss me",
    "my kid is alone at home at night",
    # a farewell to everyone, screams next door, an ex at the door now, unable to breathe
    "みんなありがとう、さようなら",
    "となりから殴る音と悲鳴、子どもが泣き叫んでる",
    "いま玄関の前に元夫がいて動けない",
    "子どもが息できないみたい",
    # English: a weapon, a break-in, pills taken, about to jump
    "my dad is drunk and has a knife",
    "someone is breaking in",
    "i took a bunch of sleeping pills",
    "im going to jump",
    # death wish in drawn-out or dialect spellings
    "死にてー",
    "しにたぁい",
    "わしなんか死んだらええんや",
    "生きとってもしょうがない",
    "もう殺して",
    # a blade to the wrist, alcohol with pills
    "カッターで手首を",
    "お酒と睡眠薬を一緒にのんだ",
    # fire, smoke or gas at home now
    "火事です！",
    "隣の家が燃えてる",
    "部屋に煙が充満してる",
    "ガス臭い",
    # romaji: vanishing, being killed
    "kietai kiete shimaitai",
    "korosareru",
    # too tired to go on, a last message, carrying it out tonight
    "疲れはてて生きていく気力もない",
    "これで最後のメッセージです",
    "今夜決行します",
    # collapsed in public, no response, suddenly unable to speak
    "公園で倒れてる男性がいる",
    "祖母を揺すっても反応がない",
    "夫が突然言葉が出なくなった",
    # about to kill a family member, 首をくくる
    "介護で限界、母を殺してしまいそう",
    "夫を刺してしまいそう",
    "借金で首をくくるしか",
    # wish to vanish in casual or dialect forms
    "なにもかも嫌になった、消えちまいてぇ",
    "もう きえてぇよ",
    "どっか行っていなくなりてえ",
    # ending it all, after despair
    "もう疲れた。今夜で人生を終わりにする",
    "生きる意味がわからない、ぜんぶおわらせます",
    # dying to pay a debt with insurance
    "返せないなら死んで保険金で払うしかない",
    "しねば保険で借金消えるよね",
    # a wandering relative searched for in the cold or dark
    "母がいなくなった。いま探してるけど外は雪で薄着のまま",
    "夜中に祖母が出て行った、寒いのにまだ見つからない。捜してます",
    # --- round 4 (risk.yaml) ---
    # collapsed and not answering, dialect forms
    "おじいが玄関で倒れとって、呼んでも返事せんのよ",
    "母が倒れちょる、息はしよるけど反応がない",
    "ノックしても出てこん、もう四日も見かけん",
    # violence now, romaji and plain English
    "ima kare ga abareteru",
    "otto ga nagutteru imasugu kite",
    "my boyfriend is choking me now",
    "he is beating the kids right now",
    "my sister is bleeding and he is still here",
    # fled just now, the abuser's car outside now
    "たたかれて いま こうえん に にげてきた",
    "今マンションの駐車場に元カレの車が停まってる",
    # a small child telling a parent has not come home for days
    "おかあさん みっか かえってこない",
    "パパ いつか かえってこない。おなかすいた",
    # the ex at the door said to be there right now; cannot go on living, politely
    "いま元旦那が玄関先に立ってる",
    "ストーカーが部屋の前に今いる",
    "もう生きていけません",
    # treasured things given away at length, no longer needed; a farewell because one is worn out;
    # a refusal read as being told to die
    "宝物だった漫画も大事にしてたカードも、ぜんぶ後輩に譲った。もう要らないし",
    "いろいろ疲れました。皆さんとはここでお別れします",
    "役所で断られた。私には死ねってことなんですね",
    # the same words as the "seen or said before" cases in HIGH, when it is now or nobody answers
    "連絡はもういりません。今までありがとう、さようなら",
    "元夫に殺されそう、助けて",
    "ひとり暮らしの母の家、郵便物が山積みで電話にも出ない",
    "いま父が母を叩いている",
    # round 7: farewells with a plan or a time (handing over and leaving, settling it oneself, into the sea
    # tonight, the self as rubbish, today the last, things given away with thanks, dying together, romaji),
    # the means laid out, a person down and not moving (dialect, kana), violence now in dialect or English
    "父が「あとは頼んだ」と一言だけ残して、車で出ていった。電話にも出ない",
    "あとのことは頼みます。みんな元気でね",
    "女房に、あとはたのむって言うて家を出たきりじゃ",
    "迷惑かけた分、自分で始末をつけます",
    "わしの手で決着をつけるしかない。借金のことはもう終わりだ",
    "この文が届くころには、もう何もかも終わっていると思う",
    "今晩、冷たい川に入ろうと思う",
    "明け方に海へ入ります。誰にも言わないで",
    "真冬の海だと一瞬で楽になれるらしい",
    "雪の中に埋もれて眠れば苦しくないって、どこかで読んだ",
    "桜の季節まで持たなくてもいいと思ってる",
    "もうええわ。わしがおらんでも誰も困らん",
    "おれなんかゴミ同然だ。捨ててくれ",
    "私なんて粗大ごみと同じ。燃やしてほしい",
    "みなさん、きょうで最後です",
    "探さないでください。お願いします",
    "konya de saigo. gomen",
    "mou tsukareta kara ashita owarasemasu",
    "boku wa kieta hou ga ii",
    "ore wa shinu. sayonara",
    "大切なものは全部妹に譲った。いままでありがとね",
    "形見になるもの、友達に配りました。思い残すことはありません",
    "ばあさんと二人で逝こうかと考えとる",
    "母と一緒に逝けたら楽なのに",
    "なにもかも おしまいに したい",
    "いきるの やめたい",
    "生きることを止めようと思う",
    "おら もう生ぎでだぐね",
    "自分のことを殺したいと思ってしまう",
    "4にたい。まじで",
    "もう退場します。人生から",
    "そろそろ退場しようかな、この世界から",
    "錠剤を30粒、手元に集めた",
    "眠剤を机にならべてる",
    "くびに ロープを まいてる",
    "車の窓を目張りして練炭を置いた",
    "前の晩に死のうとしてできなかった。今日こそまた",
    "もういいや。いま陸橋の上にいる",
    "柵の外に出た。下は線路",
    "夫が猟銃を持ち出して山へ行ったまま戻らない",
    "じいさんを亡くして三年。そろそろじいさんのところへ行きます",
    "あした母さんのとこへ行くね。今までお世話になりました",
    "俺の生命保険で家のローンを払ってくれ",
    "家族には保険金が入るから大丈夫",
    "朝はもう目覚めたくない、永遠に",
    "あしたの朝なんて来なくてもいい",
    "身辺整理を終えました。通帳と印鑑は引き出しの中です",
    "子どもらに手紙を残した。葬式はせんでいい",
    "I won't be a burden to anyone anymore.",
    "please tell my sister i loved her",
    "Sorry for everything. Heading to the bridge now.",
    "I have sleeping pills lined up on the table",
    "夜明け前に遠いところへ行きます。もう帰らないつもり",
    "長いこと本当にありがとう。もう二度と会うことはない",
    "親父がまた暴れよる。さっき皿割った",
    "旦那がいま私を叩いとる",
    "彼氏が包丁持っちょる。こわい",
    "となりの子が「ごめんなさい、いたい」って泣いてる声がさっきから聞こえる",
    "my ex is pounding on the door and I'm scared he'll break in",
    "介護してる父に手をあげてしまう。取り返しのつかないことをしてしまいそう",
    "ばあちゃんが畑でこけて起き上がれんのよ",
    "隣のおじさんが道で倒れとる",
    "祖母が急に倒れて、大きないびきをかいてる",
    "おじいさんが うつぶせで 倒れて 動かない",
    "雪のなかで母が倒れてて、返事がない",
    "小説みたいに消えたい",
    "講座に行く気力もない、死にたい",
    "5歳の子どもが家からいなくなった",
    # round 7: a past attempt or a daily habit told does not hide what is happening now
    "前に一度死のうとしたことがある。今もまた死にたい",
    "いま職員に叩かれてる、たすけて",
    "夫が毎日殴ってくる。今も殴られてる",
    "子どもがぐったりしてて、呼んでも返事がない",
    # round 7: the narrowed farewell classes still take a last day with an apology, a gun taken with words of
    # being worn out, standing past the railing, a failed attempt to be repeated tonight
    "今日で最後。ごめんね",
    "仕事もなくした。今日で最後にします",
    "夫が、もう疲れたと言い残して猟銃を持って山へ行った。電話もつながらない",
    "いま柵の外に立ってる",
    "ゆうべ死のうとして失敗した。今夜こそもう一度",
    # round 7: a baby crying for hours and the parent seen leaving, not back
    "向かいの家で1歳の子が夜通し泣いてる。母親が車で出かけてから、それっきり",
    "上の部屋の赤ちゃん、昨日からずっと泣き声がする。ママが出ていったまま戻ってこない",
]

HIGH_CLASSES = [
    # an older relative not drinking, bedridden with no one caring
    "母が水も飲まなくなった",
    "祖母が寝たきりで誰も世話してない",
    # violence told with other verbs
    "夫につき飛ばされて頭打った",
    "父に引きずられた",
    "母親にけられる",
    "兄にボコボコにされた",
    "旦那が手を出してくる",
    # worn out, unable to keep going
    "疲れた、もう頑張れない",
    # romaji: no food, hit, utilities stopped, told to leave, help
    "kyou tabemono ga nai",
    "kare ni nagurareta",
    "gasu ga tomatta",
    "ooya ni deteike to iwareta",
    "tasukete kudasai",
    # English: told to leave, money/freedom controlled, abuse seen next door
    "the landlord told us to move out by end of the month",
    "he takes my salary and wont let me go out",
    "the boy upstairs has bruises again",
    # put out of the house, living money withheld by a partner
    "罰としてベランダに出された",
    "夫から生活費を渡してもらえない",
    # a relative extorting an older person's money, mistreatment in a facility, neglect seen at school
    "孫に年金をせびられて困ってる",
    "息子から通帳をよこせと言われる",
    "デイで叩かれたと父が言う",
    "母の入ってる施設で職員に怒鳴られてるらしい",
    "近所の子がいつも同じ服で痩せてる",
    # afraid to go home, touched by an adult, unable to feed a child, losing the roof
    "家に帰るのが怖い",
    "先生に触られた",
    "お金がなくて子どもにご飯あげられない",
    "家賃3ヶ月滞納して退去と言われた",
    "ホームレスになりそう",
    "ネットカフェで寝泊まりしてる",
    "my kids are home alone",
    "im being abused",
    # a utility not working, told with the unpaid bill
    "払えなくて電気がつかない",
    "ガスが使えない、料金ためてたから",
    "the power got shut off",
    # a relative missing since a time, or out of contact for days
    "夫が昨日から帰ってきません",
    "娘と五日も連絡がとれない",
    "おばあちゃんが見当たらない、警察に電話した",
    "夜中になると母が玄関から出て行こうとする",
    # money gone and not eating, days on scraps
    "金なくて2日何も食べてない",
    "おかねない　たべてない",
    "食べるものがもう何もありません",
    "4日間もやしだけで暮らしてる",
    # losing the company dorm with the job
    "会社クビで寮も出なきゃいけない",
    # afraid of hurting the person one cares for
    "子どもを叩きそうになる",
    # someone to talk to right now
    "いますぐだれかと話したい",
    # English: past violence, asking for a safe place
    "my boyfriend pushed me last night",
    "she slapped me again, is there a safe place",
    # a child kept from meals, not bathed (neglect)
    "継母に夕飯を食べさせてもらえないらしい",
    "息子が父親から食事を抜かれる",
    "子どもが朝ごはんも夕ごはんも食べさせてもらってないと言ってる",
    "隣の家の子、給食しか食べてないみたいで痩せてる",
    "子どもが同じ服ばかりで、お風呂にも入れてもらってないみたい",
    "they dont feed the kid",
    # no food for today's meal, no money for food
    "今日の晩ご飯がない",
    "お米を買うお金もない",
    "食べるものがありません",
    "給料日まで一週間、お金がゼロ",
    "nothing to eat",
    "i'm starving and have no money",
    # a family member missing, in polite and continuing forms
    "父が朝から帰ってきません",
    "母が昨日から戻りません",
    "認知症の祖母がいなくなりました",
    "祖父の姿が見えない、探してる",
    "息子が3日前から家に帰ってない",
    "母が朝出かけたまま、夕方になっても連絡がない",
    "my mother is missing",
    "grandpa with dementia wandered off",
    # utilities cut for unpaid bills, sleeping rough
    "電気がつかない、料金払ってなくて止められた",
    "水が出なくなった。料金を払ってないから",
    "they cut off our electricity",
    "車で寝泊まりしてる",
    "nowhere to sleep tonight",
    # abuse and control described with other verbs
    "お父さんにぶたれる",
    "夫が毎晩お酒を飲んで怒鳴って、物を壊す",
    "彼氏に携帯を取り上げられて、友達に会うなと言われる",
    "兄が父のお金を勝手におろしてる",
    "彼に体を触られる、嫌なのに",
    "my wife keeps hitting me",
    # a child's scream every night; food withheld; only water; cannot feed the children
    "隣から毎晩子どもの泣き叫ぶ声",
    "子どもが食事を与えられてない気がする",
    "ここ2日水だけ",
    "お金がなくて子どもに食べさせられない",
    # told to leave, the home about to be lost; utilities unusable
    "大家に出て行ってくれと言われた",
    "来月から住む場所がなくなる",
    "ガスが使えなくなった",
    # a family member lost sight of
    "スーパーで母を見失った",
    "祖母がどこに行ったのかわからない",
    # stalking, force, sexual harm, neglect in care, debt collectors, fire
    "元夫からしつこく連絡が来て怖い",
    "知らない男につけられてる",
    "夫が怖くて家に帰れない",
    "夫に押し倒された",
    "胸ぐらをつかまれた",
    "上司に性的なことを言われる",
    "祖母が施設で放置されてる",
    "借金の取り立てが毎日家に来る",
    "母がコンロの火を消し忘れて火事になりそうだった",
    # last coins, nobody to care, pregnant with no money, discipline as a reason, a child afraid to go home
    "手元に300円しかない",
    "祖母の世話をする人が誰もいない",
    "妊娠してるけど病院に行くお金がない",
    "しつけだと言って叩く",
    "夫が子どもを叩く。",
    "お父さんがこわい、家に帰りたくない",
    # food short at home, a child met online staying with an adult, chased by collectors, money taken
    "父が母に生活費を渡さず、母が食べるものに困ってる",
    "中学生の娘がSNSで知り合った男の家に泊まってるみたい",
    "息子がギャンブルの借金で怖い人に追われてる",
    "同居の孫に金を取られる",
    # violence told by its signs; hungry children, no food money, an empty fridge; whereabouts unknown
    "夫の機嫌が悪いと物が飛んでくる",
    "夫がキレると手がつけられない",
    "子どもが家に帰りたがらない、体にタバコの跡がある",
    "義父が夜中に部屋に入ってくる、怖い",
    "子どもが泣いても母親が放っておく",
    "近所の子がいつもお腹をすかせている",
    "夫が家にお金を入れてくれない、子どもの食費もない",
    "冷蔵庫に水しかない",
    "ここ数日まともに食べてない",
    "父が出て行ったまま行き先がわからない",
    # a family member not where they should be
    "母が家にいません。",
    "娘がいない!",
    # hurt and unable to move
    "お風呂で転んで骨が折れたかも、痛くて動けない",
    # --- round 4 (risk.yaml) ---
    # a knife once pointed, the partner coming back
    "前に夫から包丁を突きつけられた。来週から家に戻るらしくて怖い",
    # an ex waiting outside, again and again (stalking)
    "別れた元彼がしょっちゅう家の前で待ってて怖い",
    # no money for a meal today, in slang; a debt with someone frightening coming; a partner's control
    "財布に20円、メシ代もねえ",
    "借りた金が返せなくて、こわい人が家に来るって脅されてる",
    "彼氏に毎晩スマホをチェックされて、実家にも連絡できなくなった",
    # round 7: an older relative's repeated wish in kana and dialect; self-harm that goes on; a knife last week;
    # a family member not back (the narrowed missing-person pattern still holds)
    "一人暮らしの祖母が、電話のたびに早く死にたいと言う。92歳",
    "ばあちゃん、はよう しにたいって まいにち こぼしとる",
    "また手首を切ってしまった。やめられなくてつらい",
    "妹がまた手首を切ってた",
    "先週も同居の兄に刃物を向けられた。今夜は車で寝る",
    "息子が三日前から戻らない",
    # round 7: hitting by staff reported or suspected, hitting as a daily habit, a knife shown once before
    "グループホームの職員に殴られてるって、兄が言ってる",
    "デイで母がスタッフに叩かれているのではと気になっています",
    "職場の先輩がいつも殴ってくる。逃げたい",
    "元彼は以前、包丁を向けたことがある。最近また連絡が来て怖い",
    # round 7: high classes the dictionaries alone missed: nothing for tonight's meal, a fridge with only sauce,
    # food down to a piece or two; an older parent with dementia out and not back; an older person's nappy not
    # changed or not taken to a doctor; pregnancy with no care; wages unpaid; an ex taking a child; fleeing
    # now; a child hit hard; crying heard often; online lenders; cutting every night; a knife and the return
    "今夜の夕飯、子どもらに作れん。財布は空っぽ",
    "きょうの ごはん だせない。こども さんにん",
    "冷蔵庫の中にはしょうゆだけ。給料日は来週",
    "うちの食料、パン1枚しかない",
    "ごはん を かう おかね が ない。きょう なにも たべてない",
    "認知症の母が夕方から戻らない。外はもう真っ暗",
    "ぼけが進んだ父が朝から出かけたきり。携帯も持ってない",
    "祖父が散歩に出たっきり、まだ戻りません",
    "施設に入れず兄が母を見てるけど、おむつも交換してないらしい",
    "高熱の祖母を、叔父が病院に連れていかない",
    "にんしん 7かげつ。びょういん へ いったこと ない",
    "妊娠してるけど保険証がなくて病院に行けない",
    "16歳で妊娠、おなかが大きくなってきて誰にも相談できない",
    "きゅうりょう 2かげつ もらって いません",
    "別れた夫が学童に来て、無理やり娘を連れて行こうとした",
    "今しか逃げられない。夫が寝てるうちに子どもと出たい",
    "4歳の娘を思い切りたたいてしまった。ほっぺが赤い",
    "隣の部屋から「やめて」って泣いてる声がよくする",
    "ネットで借りたら利息がすごくて、払わないと職場に行くと言われた",
    "毎晩、手首を切ってしまう",
    "昔ナイフを突きつけられた相手が、また近くに住み始めた。怖い",
]

NONE_CLASSES = [
    # a wish to die denied, or over long ago; violence long ago
    "昔、死にたいと思ってた時期もあったけど、今は元気です",
    "死にたいと思ったことはないです",
    "昔、親に叩かれて育ちました。今は平気です",
    # idioms and things, not people
    "もう死ぬかと思ったくらい腰が痛い",
    "給料が入ってもすぐ消える",
    "酒に溺れていた時期がある",
    "ブロック塀が倒れてて",
    "父は去年脳梗塞で倒れて、今はリハビリ中",
    "借金で苦しんでいます",
    "母が最近手が動かなくなった",
    "夫が外で待ってるので手短に",
    "子どもを保育園に預けて働きたい",
    "今日の晩ご飯何にしよう",
    "赤ちゃんを落としそうで怖い",
    "ベランダで洗濯物を干してたら",
    "楽にしてほしいくらい肩が痛い",
    "息子が帰宅しない日が多くて寂しい",
    "子どもの宿題を放置してた",
    "ゴミが放置されている",
    "来年の春に旅行に行きたい",
    "暑くてもう死ぬ",
    "恥ずかしすぎてもう死ぬ",
    "仕事でぐったり",
    "子どもはいない。妻は亡くなった",
    "上の子が毎日泣き叫んで私も泣きそう",
    "夫と喧嘩して家に帰りたくない",
    "死にたいわけじゃないけど、最近ずっと気分が重い",
    "口座に10万円しかなくて不安",
    "病気で退職して貯金も底が見えてきた",
    # --- round 4 (risk.yaml) ---
    "I hit my head on the shelf now it hurts a bit",
    "今から彼の車で買い物に行く",
    "ママが2日出張でいない、パパとお留守番",
    "子どもを残して逃げたいと思ってしまう自分が嫌",
    "昔、元夫にナイフを向けられたことがある。今は平和",
    # 'killed' as a measure of work or scolding
    "上司に殺されそうなくらい残業を押しつけられている",
    "部活の顧問に殺されるかと思うほど怒鳴られた。もう辞めたい",
    # mail piled up at a parent's, but the parent is there and answers
    "帰省したら父の家は新聞がたまっていて、父は「元気だ」と言うばかりでした",
    "母の家のポストがあふれてた。母は平気と言ってるけど片付けが心配",
    # the つけ of another verb is not being followed
    "面倒な当番ばかり押し付けられてうんざり",
    "なくした財布、駅で見つけられた",
    "引っ越しの荷物を業者さんに片付けられて助かった",
    # asking the city to stop its check-in messages
    "もう連絡はいりません",
    "見守りのメッセージ、もう要らないです。元気にしてます",
    # farewells and phone checks of everyday life
    "転校するのでみんなとお別れです。寂しいけど楽しみ",
    "部活で疲れたのでお先に失礼します、さようなら",
    "子どもにスマホの使い方をチェックしてと頼まれた",
    # round 7: everyday words the new farewell classes must leave alone (a last shift, rubbish to put out,
    # minding the house while away, swimming, a question about the river at night)
    "今日で最後のパート出勤でした",
    "ゴミ出しができないので、私のゴミを出してほしい",
    "自分はゴミ出しが苦手で、誰か出してくれる人を探してる",
    "あとは頼むね、と夫に留守番を任せて旅行に行きます",
    "夏に海に入るのが楽しみ",
    "今日の夜、川に入るのは危ないですか",
    # round 7: talk about suicide (training, fiction, coursework, lyrics, a thank-you, a past now well), moving
    # away, heat hyperbole, an ambulance or a fall or a fever that ended well, a place or a job not found, bills
    "自殺を考えている人への声かけを研修で学びたい",
    "主人公が橋から飛び降りる場面のある映画を観た",
    "自殺を扱った小説の読書会を開きたい",
    "卒論のテーマで、若者の自殺の統計を調べています",
    "「死にたい」って歌詞がある歌、流行ってるね",
    "前に「消えたい」と送った者ですが、今は落ち着いて暮らしています",
    "五年前は本気で死にたいと思っていたけど、もう元気です",
    "遺書みたいで縁起が悪いから、エンディングノートは書きたくないと父が言う",
    "春に実家の近くへ引っ越します。長い間お世話になりました、さようなら",
    "暑さで殺されそうな毎日です",
    "shinitai kurai hazukashii",
    "先週、父が救急車で運ばれたけど、何ともなくてすぐ帰ってきました",
    "はしごから落ちたけど、ケガはなく無事でした",
    "子どもの保育園がなかなか見つからない",
    "請求の手紙がたくさん届いて困っている",
    "父の次の仕事が見つからない",
    "娘の保育所がまだ見つからない",
    "息子が熱でぐったりしてたけど、いまは元気に遊んでます",
    "実習のレポートで、自殺予防の事例を調べている",
    # round 7: near misses of the new farewell classes (a last shift, a helper told not to come, the sea at
    # night, sleep advice, a fence by a river, a hunter)
    "バイト、今日で最後",
    "パートは今日で最後です。送別会があります",
    "夏休みも明日で最後だ、宿題が終わらない",
    "ヘルパーさん、明日はもう来なくていいです",
    "夜の海はすぐ暗くなるから気をつけて",
    "眠ったら楽だって聞いたから、昼寝してみる",
    "公園の柵の外は川なので子どもが心配",
    "夫は猟師で、猟銃を持って山に入った",
    # round 7: near misses of the new high classes
    "ダイエット中で、今日の晩ごはんは作らない",
    "おむつの替え方を教えてほしい",
    "給料が3か月分まとめて入った",
    # round 7: one's own baby crying while the other parent is away on work
    "うちの赤ちゃん、朝からずっと泣いてて、夫は出張で帰ってこないし私もへとへと",
    "うちの赤ちゃん、朝からずっと泣いてる。パパは出張で帰ってこない、私も限界",
]


@pytest.mark.parametrize("text", EMERGENCY_CLASSES)
def test_emergency_classes(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", HIGH_CLASSES)
def test_high_classes(text: str) -> None:
    result = classify(text)
    assert result.risk in ("high", "emergency"), [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", NONE_CLASSES)
def test_no_risk_classes(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "昔、死にたいと思ってた時期があったけど今は元気。でも最近また死にたい",
        "死にたいと思ったことはなかったのに、今は消えたい",
        "死にたいわけじゃない。でもやっぱり死にたい",
    ],
)
def test_a_denied_or_past_wish_does_not_hide_a_present_one(text: str) -> None:
    assert classify(text).risk == "emergency"


# Round 8 (precision): contexts in which a danger word does not mean danger now, each with a present danger
# beside it that must still count. Written from the classes of new writers' false emergencies, in own words.
ROUND8 = [
    # where one wishes to die at the end of a natural life
    ("92歳の父は、最期は住み慣れた家で死にたいと言っています。訪問診療は頼めますか", "none"),
    ("在宅での看取りを考えています。母は自宅で死にたいと前から話していて", "none"),
    ("最期は家で死にたいとか言う前に、もう今すぐ死にたい", "emergency"),
    # violence heard next door night after night: high; heard now: emergency
    ("向かいの家から毎晩のように怒鳴り声と女性の悲鳴がする", "high"),
    ("毎晩怒鳴り声がしてたけど、今は悲鳴と助けてって声が聞こえる", "emergency"),
    # breathlessness that comes with panic
    ("電車に乗ると息が苦しくなる。パニック障害かもしれない", "none"),
    ("母が急に息ができないって苦しんでる", "emergency"),
    # a phone not answered by someone hard of hearing
    ("補聴器をつけない父(84)は、電話をかけても気づかず出ません。見守りをお願いできますか", "none"),
    ("耳は遠くないのに、一人暮らしの母が昨日から電話に出ない", "emergency"),
    # worn out day after day
    ("仕事と介護で毎日ぐったりです。自分の時間がほしい", "none"),
    ("赤ちゃんがぐったりして呼んでも反応がない", "emergency"),
    # going along to an activity, 行きたい in kana
    ("公民館の体操教室、となりのおばあちゃんといっしょにいきたいです。どこでやってますか", "none"),
    ("もうつかれた。おかあさんと いっしょに いきたい", "emergency"),
    # strangled in the past: high; just now: emergency
    ("酒を飲むと夫が物を投げる。以前首を絞められたこともある", "high"),
    ("さっき夫に首を絞められた。前にも首を絞められたことがある", "emergency"),
    # the particle し before dialect のう
    ("畑しごとも ひざが いたいし のう、もう むりじゃ", "none"),
    ("もう つかれた。しのう", "emergency"),
    # a line quoted from a film
    ("映画で主人公が「もう死にたい」って言うセリフがあって、ぐっときた", "none"),
    ("ドラマのセリフみたいだけど、本当にもう死にたい", "emergency"),
    # a stroke some time ago (English)
    ("My father had a stroke two years ago and now needs help with shopping", "none"),
    ("I think my father is having a stroke, his face is drooping", "emergency"),
    # a child alone after school somewhere
    ("うちの小3の子、放課後はいつも一人で図書館にいるみたい。居場所ってありますか", "none"),
    ("3歳の子が昨日から一人で家にいる。親が帰ってこない", "emergency"),
    # nearly dozing off from lack of sleep
    ("寝不足で、会議中に意識が飛びそうになることがある", "none"),
    ("父が意識がもうろうとしている", "emergency"),
    # a withdrawal of months or years: no danger; a silence now: emergency
    ("長男は部屋から出てこなくなって、かれこれ3年です", "none"),
    ("兄は10年くらい部屋にこもっていて、ご飯はドアの前に置いています", "none"),
    ("弟が何年も部屋から出てこないけど、昨日から返事がなくて物音もしない", "emergency"),
    ("夫が部屋にこもったきり、ドアの向こうで物音もしないし返事もない", "emergency"),
    # one's things put in order and thanks for everything: a farewell, unless one is moving
    ("身の回りの物はぜんぶ整理しておきました。これまで本当にありがとう", "emergency"),
    ("転勤が決まって、持ち物を処分しました。こちらの皆さん、今までありがとう", "none"),
    # an older parent's wish said every day, the age in brackets: high
    ("祖母(88)が毎日「早く死にたい」ってこぼしてます", "high"),
    ("母(80)から「今から死ぬ」と電話があって、そのあとつながらない", "emergency"),
]


# Risk round 9 (precision): classes of false emergency that recur across many writers' sets (eval/), each next to
# the danger it must not hide. The cases are written for this test, not taken from the sets.
ROUND9 = [
    # 助けて closing a message about hardship: a plea, answered at high (a counselor offered now), not emergency
    ("ネパールから来ました。アルバイト なくなった。やちん はらえない。たすけて ください", "high"),
    ("仕事がクビになってお金がもうない。だれか助けて", "high"),
    ("にほんご わからない。びょういん の かみ かけない。たすけて ほしい", "high"),
    ("お金がない。おっとが なぐる。たすけて", "emergency"),
    ("しごと ない。いま おっと くる。たすけて", "emergency"),
    ("家賃も払えない。もう消えたい。たすけて", "emergency"),
    ("かれし いま わたし たたく。ことば よく わからない。たすけて", "emergency"),
    ("たすけて", "emergency"),
    # 今日 is not 今 (now): hitting reported by a teacher today is suspected abuse
    ("担任です。今日、児童が「お父さんにたたかれる」と話してくれました", "high"),
    ("今、夫に叩かれてる", "emergency"),
    # hitting heard of from someone else (と聞きました / と話しています): suspicion, high
    ("近所の奥さんが旦那さんに殴られていると、自治会の人から聞きました", "high"),
    ("娘から、今まさに夫に殴られてると電話がきた", "emergency"),
    # the wish denied: what goes on beside it keeps its own level
    ("死にたいわけじゃないけど、毎日なんとなくしんどい", "none"),
    ("死にたいとかじゃないんだけど、夜になると手首を切ってしまう", "high"),
    ("別に死にたいってわけじゃない。でも全部から消えてしまいたい", "emergency"),
    # a wish told in the past tense, and how it is now
    ("学生のころ死にたいと思ってました。今は働いていて、後輩の話を聞く側です", "none"),
    ("離婚のあとは消えたかったけど、いまは子どもと楽しく暮らしています", "none"),
    ("昔は死にたいと思ってたけど、今は本気で死にたい", "emergency"),
    # how to answer someone who says it: a helper or a friend asking in general
    ("ヘルパーです。利用者さんから「死にたい」と言われたときの声かけを学べる研修はありますか", "none"),
    ("部活の後輩に『消えたい』って相談されたら、どう答えればいいですか", "none"),
    ("友達から「死にたい」とLINEがきて、いま既読がつかない", "emergency"),
    # a play in the repertoire, a notorious spot to make safe
    ("人形浄瑠璃の心中物を観る会に申し込みたい", "none"),
    ("自殺の名所になっている崖に柵をつけてほしいと要望したい", "none"),
    ("親子心中を考えています", "emergency"),
    # a knife shown on a day told as past, or as a habit of late: a past threat, high; with now after it: emergency
    ("おととい交際相手に刃物を向けられました。いまは友人宅に避難しています", "high"),
    ("兄が最近はナイフを振り回したりするようになって、家族みんな怯えています", "high"),
    ("先週、父がお酒に酔って包丁を持って台所に立っていた", "high"),
    ("先月も包丁を向けられたけど、今まさにまた包丁を持って怒鳴ってる", "emergency"),
    ("夫がナイフを持ってこっちに向かってくる", "emergency"),
    # not waking up wished for; an obligation to wake up
    ("寝る前にいつも、このまま朝起きなければいいのになと考えてしまう", "emergency"),
    ("明日は6時に起きなければいけないので早く寝ます", "none"),
]


# Risk round 10: classes read from three sets after they had been scored unread (c32, c33, r18 in eval/README.md);
# written for this test, each next to the danger it must not hide.
ROUND10 = [
    # violence heard as a habit, the frequency told after: high; heard now: emergency
    ("上の部屋から物を投げる音と怒鳴り声がしょっちゅう聞こえます", "high"),
    ("向かいの家で女の人の悲鳴。今日だけじゃない、先週もあった", "high"),
    ("向かいの家で悲鳴が続いてる。今も叫び声がする", "emergency"),
    # a worry that turned out fine
    ("母に電話がつながらなくて焦ったけど、スマホの電源が切れていただけでした", "none"),
    ("母に電話がつながらない。一人暮らしで、昨日から連絡がとれない", "emergency"),
    # an ambulance's siren heard
    ("救急車のサイレンを聞くと胸がざわざわします。昔の事故を思い出して", "none"),
    ("父が倒れて動かない。救急車を呼んでいいですか", "emergency"),
    # the care of a child taken on by oneself or grandparents
    ("妻が入院中で、3歳の子の世話を僕ひとりでしています。保育園の延長は使えますか", "none"),
    ("嫁さんが孫を置いて家を出ていったので、じいじとばあばで孫の世話をしています", "none"),
    ("2歳の子が一人で家に置いていかれて朝から泣いてる", "emergency"),
    # a thing left behind; found old cuts: high
    ("アパートの駐輪場にバイクが何か月も置き去りになっています", "none"),
    ("息子の太ももにカミソリの傷がいくつもあった。本人は何も言わない", "high"),
    # 'X would kill me' about grades or gambling, or with a laugh
    ("通知表見せたら父に殺されるわ。補習してくれる学習教室ある?", "none"),
    ("夫に殺される。いま首をしめられた", "emergency"),
    # a thank-you alone in another language
    ("Salamat po", "none"),
    # shaking: high; with signs in the body after it: emergency
    ("夜泣きにカッとなって、赤ちゃんを揺さぶってしまいました", "high"),
    ("赤ちゃんを揺さぶってしまった。さっきから反応がない", "emergency"),
    # a knife shown years ago, fled since: high
    ("3年前に夫が刃物を持ち出して、今は別の町で子どもと暮らしています", "high"),
    # an older parent's wish to die where they live, told by a child
    ("祖母は、この村で死にたいと言って施設の話を聞いてくれません", "none"),
    ("祖母が、もう死にたいと言って薬を全部飲んだ", "emergency"),
    # recall: a carer and the one cared for into the sea together; falling asleep together for good
    ("寝たきりの妻を看てもう8年。二人で川に入るしかないのかと考えてしまう", "emergency"),
    ("介護がもう限界。このまま母と二人で眠ってしまいたい", "emergency"),
    ("孫と二人で海に入って貝をとった", "none"),
    # a bedridden person whose carer has not come home for days: high (eval/WRITING.md: a bedridden relative left alone)
    ("うちの近所、要介護のおじいさんと暮らす娘さんが数日前から戻ってきてないみたい", "high"),
    ("寝たきりの母の訪問看護が今週は来ない日があります", "none"),
    # a talk the partner must not overhear: control feared, DV suspicion (high); embarrassment is not
    ("彼氏にスマホを見られるので、ここでしか相談できません。連絡は夜にください", "high"),
    ("夫に知られると恥ずかしいので、電話で相談したいです。痔の病院のことです", "none"),
    # hit at work or at home, told in English: high; being hit right now: emergency
    ("The manager at the factory yells at us and hits the younger workers", "high"),
    ("Help, my husband is hitting me right now", "emergency"),
    # an older person's pension used up by a relative: suspected abuse, high
    ("祖父のキャッシュカードを叔父が持っていて、年金がほとんど残らないらしい", "high"),
    ("母の年金の振込口座を変えたいのですが、手続きはどこで?", "none"),
    # at peace to go now that things are arranged
    ("遺書も書いたし、これで心置きなく逝ける", "emergency"),
    ("保育園が決まったので、これで安心して仕事に行けます", "none"),
    # small vowels typed for style
    ("しにたぃ。。。もぅむり", "emergency"),
    ("てぃっしゅ ください", "none"),
    # 行きたくない in kana after a place in kana
    ("むすめが ようちえん いきたくないと まいにち なきます", "none"),
]


# Risk round 11: classes read from three sets after they had been scored unread (c34, c35, r19 in eval/README.md);
# written for this test, each next to the danger it must not hide.
ROUND11 = [
    # danger now in other languages residents write in; the same things past or ongoing are high
    ("Tulong. Binubugbog ako ng boyfriend ko ngayon", "emergency"),
    ("Socorro, meu marido está me batendo agora", "emergency"),
    ("Tomei todos os remédios que tinha em casa", "emergency"),
    ("A criança do vizinho está sozinha chorando desde ontem", "emergency"),
    ("Paalam na po sa lahat. Salamat sa lahat", "emergency"),
    ("Wala akong matutulugan ngayong gabi, pinaalis ako", "high"),
    ("Não temos comida em casa, meu marido perdeu o emprego", "high"),
    ("Meu pai tem demência e sumiu desde ontem", "high"),
    # a child left with the parent gone for days, written in kana with spaces
    ("となりの こども ふたり おいて ままが いない みっかめ", "emergency"),
    # strangled before, told as past: high; now: emergency
    ("元夫はまた家の近くに来ています。前にも首を絞められたことがあるので怖い", "high"),
    ("いま夫に首を絞められて逃げてきた", "emergency"),
    # an overdose repeated: high; just taken: emergency
    ("妹がオーバードーズを何度も繰り返していて、家族もどうしていいか分からない", "high"),
    ("さっきまたオーバードーズした。手がしびれて動かない", "emergency"),
    # children sometimes alone at night while the parent works, in English: a worry
    ("I work nights, so my kids are sometimes home alone until midnight. Is there night childcare?", "none"),
    # 'X would kill me' with a laugh further on
    ("妻に殺される〜 また財布なくしちゃった笑", "none"),
    # a game's scene; a child imitating a drama
    ("ホラーゲームの飛び降りシーンがトラウマ級に怖かったw", "none"),
    ("4歳の息子がアニメの真似して「しね」って言うようになりました。どう教えたら", "none"),
    # a wish told as past, with ばかり
    ("学生時代は消えたいとばかり思ってたけど、今は仕事も楽しいです", "none"),
    # a knife pointed long ago, the man out of prison soon: high
    ("昔わたしに刃物を向けた元夫が、来月出所すると聞いて眠れません", "high"),
    # a child put outside at night as a habit: high; a child's neglect seen at school: high
    ("裏の家の子がまた夜に玄関の外に締め出されて泣いてる。何度も見てる", "high"),
    ("担任している児童が、給食のパンをこっそり持ち帰ろうとします。家で食べていないのかも", "high"),
    # an ambulance, and the person fine now
    ("せんしゅう おっとが たおれて きゅうきゅうしゃを よんだ。いまは もう だいじょうぶ", "none"),
]


# Risk round 12: classes read from three sets after they had been scored unread (c36, c37, r20 in eval/README.md);
# written for this test, each next to the danger it must not hide.
ROUND12 = [
    # an older parent who keeps saying it, quoted, the frequency before or after: high; what they say must be about dying
    ("父がいつも『はよ迎えに来てくれんかのう』と言うとります", "high"),
    ("祖母が『もう長生きなんかしとうない』ってばっかり言う", "high"),
    ("母が毎日「財布がない」と言います。物忘れでしょうか", "none"),
    ("祖母が毎日「死にたい」と言っていて、今日は包丁を持って台所に立っていた", "emergency"),
    # the wish denied with とかやない; a past wish with the frequency inside
    ("別に死にたいとかやないけど、毎日なんかしんどいねん", "none"),
    ("入院してた頃は死にたいって何度も思ってたけど、今は退院して元気です", "none"),
    # poison drunk, written with a space
    ("さっき じょそうざい のんだ", "emergency"),
    # everything undone, taking the children along
    ("もう何もかも終わりにしたい。子どもたちも一緒に", "emergency"),
    # English: a suicide prevention course; 'not suicidal' with self-harm that goes on (high)
    ("Does the city run suicide prevention training for club leaders?", "none"),
    ("Since last year I have been cutting myself when work gets bad. Not suicidal though.", "high"),
    # old charcoal among things to clear out
    ("亡くなった祖父の物置に古い七輪や練炭がたくさんあって、処分の仕方が分からない", "none"),
    # an ambulance asked about
    ("夜間に救急車を呼ぶと費用はかかりますか", "none"),
    ("母が倒れて意識がない。救急車を呼んだら何分で来ますか", "emergency"),
    # children by themselves at night while a parent works, reported; a knife brought once; threatened then left
    ("近所の家、お父さんが夜勤で、小学生の兄弟だけで夜を過ごしているみたいです", "none"),
    ("元カレが刃物を持って部屋に来たことがあります。最近また連絡が来て怖い", "high"),
    ("夫に包丁で脅されて、子どもと家を出ました。今はシェルターにいます", "high"),
    ("He threatened me with a knife last year. He just got out of jail.", "high"),
    ("He is threatening me with a knife right now", "emergency"),
    # a child put outside yesterday (past): high
    ("向かいの子、昨日の夜も玄関の外に出されてた", "high"),
    # crushed under something now; violence heard now; someone wandering on a road now
    ("地震でタンスが倒れて、父が下敷きになってる", "emergency"),
    ("いま上の階でずっと女性が叫んでいて、物がぶつかる音が聞こえます", "emergency"),
    ("認知症の母が徘徊して、線路を歩いてるって駅員さんから電話", "emergency"),
    # loan sharks in English; a parent or carer who has hit; no rice left; no food today in Vietnamese
    ("Loan sharks keep calling my parents' house", "high"),
    ("寝たきりの父に、ついカッとなって手をあげてしまった", "high"),
    ("年金日まで一週間、お米ももうない", "high"),
    ("Hôm nay con tôi không có gì để ăn", "high"),
]


# Risk round 13: classes read from three sets after they had been scored unread (c38, c39, r21 in eval/README.md);
# written for this test, each next to the danger it must not hide.
ROUND13 = [
    # an ambulance asked about: whether to call, until it comes, its cost; one needed now stays emergency
    ("救急車を呼ぶか迷ったときに電話できる窓口はありますか", "none"),
    ("救急車が着くまでの間に家族ができることを知りたい", "none"),
    ("父が息をしていない。救急車が来るまでどうしたら", "emergency"),
    # euthanasia discussed in class; a will that is not one; charcoal for grilling
    ("ゼミで安楽死について考えるレポートを書いています", "none"),
    ("遺書というほどのものではなく、家族への手紙を残したい。終活の講座はありますか", "none"),
    ("七輪と練炭でさんまを焼きたい。ベランダでやってもいい?", "none"),
    # a gas tap opened (ひらいた); tomorrow morning not wanted; tonight in earnest
    ("ガスの栓 ひらいた", "emergency"),
    ("もう明日の朝を迎えたくない", "emergency"),
    ("ずっと我慢してきたけど、今夜は本気でやるかもしれない", "emergency"),
    # a phone unanswered, then the reason told
    ("父が二日 電話に出なかったけど、入院してただけでした", "none"),
    # not seen for months but answering through the door
    ("団地の一人暮らしの男性、半年ほど姿を見かけないけど、インターホン越しに返事はあります", "none"),
    # debt collectors at the door: high
    ("闇金の取り立てが毎晩ドアを蹴ってくる", "high"),
    # romaji and kana: not wanting to go to school; going to the hospital together
    ("musuko ga gakkou ni ikitakunai to itte imasu", "none"),
    ("いっしょに びょういんに いってくれる ひと さがしてます", "none"),
    # hitting suspected (のでは): high
    ("保育士です。園児のおしりに大きなあざがあり、家で叩かれているのではと気になっています", "high"),
    # a knife threat before (前は): high
    ("前は包丁で脅されました。その人がもうすぐ戻ってくると聞いて怖いです", "high"),
    # (review) 助けて as thanks, about homework or a computer, or with a laugh: no risk; with a wish to die beside it: emergency
    ("雪かきを助けてくれたお隣さんに、何かお返しがしたい", "none"),
    ("レポート終わらない〜誰か助けて笑", "none"),
    ("スマホの設定がわからん。だれか たすけて", "none"),
    ("試験に落ちた。もう消えたい。誰か助けて", "emergency"),
    # (review) in earnest only after self-harm or dying is spoken of; one's late spouse, not a living parent one visits
    ("今日こそ本気でやるぞ、部屋の大掃除", "none"),
    ("入院中の母のところへ早く行きたいけど、面会が制限されています", "none"),
    # (review) pills taken in romaji; the far side of a railing in English; the same words harmless
    ("sakki suiminyaku zenbu nonda", "emergency"),
    ("kusuri wo nomu jikan ga wakaranai", "none"),
    ("I climbed over to the other side of the railing at the station", "emergency"),
    ("The ball went to the other side of the fence, can the city get it back?", "none"),
    # a landslide or flood coming, someone who cannot move at home
    ("川があふれて水が家に入ってきてる。寝たきりの父を二階に運べない", "emergency"),
]


ROUND14 = [
    # violence going on now, told as 'now' before it; the same without 'now' is what a partner does: high
    ("弟がいま父に暴力をふるってる。止められない", "emergency"),
    ("夫が暴力を振るいます。別れたいと思っています", "high"),
    # dying wished in the conditional (死ねたら), with the thought or the sigh after it; a place to die at, said calmly or as a saying
    ("あのまま目が覚めずに死ねたらって思う夜がある", "emergency"),
    ("しねたらなあ", "emergency"),
    ("住み慣れた家で死ねたらと祖父が言うので、訪問診療を考えています", "none"),
    ("祖父は『畑で死ねたら本望』が口癖です", "none"),
    # self-harm deeper than usual, or dying feared after it; the same words as a joke about tired arms
    ("今日はいつもより深く切った。止まらない", "emergency"),
    ("手首切った。しぬかもしれない", "emergency"),
    ("腕がパンパンで死ぬかも笑 マッサージ券ほしい", "none"),
    # bleeding in pregnancy now; bleeding that was seen to
    ("妊娠8か月です。急に出血してきて、家に誰もいません", "emergency"),
    ("妊娠初期に少し出血したけど、受診したら問題ないと言われました。母子手帳はどこで", "none"),
    # a will as a thing to learn about or a dead relative's paper; one written with tiredness after it
    ("父が亡くなって、母の遺言や遺書の書き方講座に一緒に行きたい", "none"),
    ("他界した祖母の遺書が見つかったので、遺産のことを聞きたい", "none"),
    ("遺書を書いた。もう疲れた", "emergency"),
    # an ambulance thanked for, taught about, ridden by a son who works on it; one needed now
    ("去年の夏に救急車でお世話になった夫が、すっかり元気です。その節はありがとう", "none"),
    ("救急車の呼び方の講習を老人会でやりたい", "none"),
    ("息子が救急救命士で、毎日救急車に乗っています。私は一人暮らしで話し相手がほしい", "none"),
    ("夫が倒れた。救急車を呼んだほうがいい？", "emergency"),
    # heights feared, a railing against falls; on the bridge wanting to jump
    ("高い所が苦手で、屋上の物干し場に行けません。洗濯物をどこに干せばいいか", "none"),
    ("飛び降り防止ネットを団地の階段に付けてほしい", "none"),
    ("橋の上にいる。飛び降りたい", "emergency"),
    # 'hungry to death' in Vietnamese; not wanting to live
    ("Đói muốn chết, ở đâu có quán ăn rẻ?", "none"),
    ("Tôi không muốn sống nữa", "emergency"),
    # an attempt the year before last, now treated; breath short on crowded trains; breath short now
    ("一昨年に自殺未遂をしましたが、今は治療して落ち着いています。ヨガ教室を探しています", "none"),
    ("満員電車に乗ると息が苦しくなって、会社に行けない日があります", "none"),
    ("父が息ができないと言って苦しんでいる", "emergency"),
    # a person with dementia gone out and looked for: high; their shoes found by the river: emergency
    ("認知症の父が散歩に出たまま、徘徊でいなくなった。家族で探しています", "high"),
    ("徘徊でいなくなった母の靴が、川の近くで見つかりました", "emergency"),
    # hitting told afterwards by the one hit; an old parent's wish in kana with the age; crying next door at night, or now
    ("娘が夫に叩かれてると、電話で泣きながら話していました", "high"),
    ("一人で暮らす 92さいの はは が まいにち しにたい しにたい と いいます", "high"),
    ("向かいの家から、夜になると子どもが「ごめんなさい」って泣き叫ぶ声がする", "high"),
    ("向かいの家で子どもが「ごめんなさい」って泣き叫んでる。今も", "emergency"),
    # a thud and an old woman's 'help' from downstairs: a fall, emergency
    (
        "下の階からドスンと音がして、おばあさんの「助けて」って声が聞こえた。管理会社に連絡していいのか",
        "emergency",
    ),
    # utilities cut and no food, 'help' closing it: high
    ("でんき とめられた。こども 3にん。ごはん ない。たすけて", "high"),
    # a child who does not come out of their room: isolation, unless a sign of danger is told
    ("娘が部屋から出てこないので、親の会に行ってみたい", "none"),
    ("娘が自分の部屋から出てこない。きのうから何も口にしていないし返事もない", "emergency"),
    # getting away while the partner is out: high; the same words about redecorating
    ("夫が夜勤でいないうちに子どもを連れて逃げたい", "high"),
    ("夫が出張でいない間に部屋の模様替えをしたい", "none"),
    # a mother not seen since morning, the police asked: high
    ("朝から母の姿が見えなくて、警察に相談しています", "high"),
]


ROUND15 = [
    # a message in katakana alone, half-width or full: read as hiragana too; a fall told so is no emergency
    ("ｺﾛｻﾚﾙ ﾀｽｹﾃ", "emergency"),
    ("ﾀｽｹﾃ ﾀﾞﾝﾅﾆ ｺﾛｻﾚﾙ", "emergency"),
    ("シニタイ", "emergency"),
    ("モウムリ シニタイ", "emergency"),
    ("オカネガナイ キョウ タベルモノモナイ", "high"),
    ("コドモ ノ ギャクタイ カモ トナリ ノ イエ", "high"),
    ("オット ニ ナグラレテル イマ", "emergency"),
    ("クスリ ゼンブ ノンダ", "emergency"),
    ("ハハガ タオレテ ウゴカナイ", "emergency"),
    ("ハハガ コロンデ アシヲ イタメタ. ヒトリデ トイレニ イケナイ", "none"),
    ("ヤングケアラー", "none"),
    # a small child climbing a balcony railing alone (also in western dialect); a child who likes climbing in a park
    ("団地の3階のベランダで、小さい子がひとりで柵をのぼってる。あぶない", "emergency"),
    ("おむかいさんちの べらんだ、 ようちえんくらいの こが てすりに のぼっとる。 おやが おらん", "emergency"),
    ("子どもがジャングルジムをのぼるのが好きで、公園の柵も乗り越えようとする。遊び場を教えて", "none"),
    # following someone in death; the means made ready; medicine packed for a trip
    ("介護している母を看取ったら、私も後を追うつもりです。薬も用意してあります", "emergency"),
    ("夫の四十九日が済んだら後を追います", "emergency"),
    ("旅行用の薬も用意してあります。海外旅行保険のことを聞きたい", "none"),
    # a small child alone at home, in romaji; a child who can go to school alone
    ("kodomo hitori de ie ni imasu. kodomo 2sai. watashi byouin. dare mo inai", "emergency"),
    ("kodomo wa hitori de gakkou ni ikemasu", "none"),
    # breath lost, in spaced kana; someone found barely breathing
    ("ゆうがたから むねが いたくて いきが できない ひとりです", "emergency"),
    ("ルームメイトが首を…まだ息はあります", "emergency"),
    # a person with dementia gone out in a typhoon: emergency; on an ordinary morning: high
    ("認知症の父が台風の中、出て行ってしまった。1時間たっても戻らない", "emergency"),
    ("認知症の父が朝から出て行って戻らない。探しています", "high"),
    # strong pain in late pregnancy, unable to move; a tight belly asked about
    ("妊娠9か月、家を出されて外にいる。お腹がすごく痛くて動けない", "emergency"),
    ("妊娠中でお腹が張りやすい。マタニティヨガの教室ある？", "none"),
    # afraid of what one might do to oneself: emergency; to the one cared for: high
    ("頭がぐちゃぐちゃで、自分が何しでかすかわからない", "emergency"),
    ("このままだと母に何をするか分からない。介護がつらい", "high"),
    # 'dying' explained as meaning something else; Vietnamese sadness that has passed
    ("「もう死ぬ〜」って息子がよく言うけど、部活がきついって意味です笑", "none"),
    ("Hồi mới sang Nhật tôi buồn muốn chết, nhưng bây giờ ổn rồi", "none"),
    # a scare that turned out to be nothing
    ("向かいのおじいさん、郵便がたまっていたのは入院していただけだったそうです。安心しました", "none"),
    ("父が倒れたと聞いて駆けつけたけど、ただの立ちくらみでした", "none"),
    # hitting told with its frequency after; killing feared if found, or threatened if one comes again: high
    ("娘が父親に叩かれています。毎日のように", "high"),
    ("元夫が私の住所を探してるみたい。見つかったら殺されるかも", "high"),
    ("弟から「今度来たら殺す」ってメッセージが来た", "high"),
    # no place to sleep tonight and 'help': high
    ("ベトナムから きました しごと ない きょう とまる ところ ない たすけて", "high"),
    # a woman crying next door night after night; a parent with dementia not home since last night, in 関西弁: high
    ("隣の家から毎晩、奥さんの泣き声と何かがぶつかる音がする", "high"),
    ("オトンがボケてしもて、昨日の夜から帰ってきてへん", "high"),
    ("おばあちゃんが認知症で、今朝から家に帰ってきてへんのやけど", "high"),
    # a care client who keeps saying it, told by the staff: high
    ("訪問介護の者です。利用者さんが「早く死なせてくれ」と毎回繰り返されます", "high"),
    # the wish, then what weighs on one (no この or を): emergency; a debt life to be ended: none
    ("もう終わりにしたい\u3000借金だらけで何もない", "emergency"),
    ("もう終わりにしたい、この借金生活を。債務整理の相談先は", "none"),
    # a bedridden grandparent left alone when the parents are in hospital: high
    ("寝たきりの祖母がいるのに、母が入院して家に祖母だけです", "high"),
    # floors one can no longer climb: none; fallen on the stairs and bleeding, or water coming in: emergency
    ("浸水してきた。車いすの母を連れて2階まで上がれない", "emergency"),
    ("足が悪くなって、アパートの3階に上がれません。1階に住み替えたい", "none"),
    ("階段で転んで上がれない、血が出てる", "emergency"),
    # a partner who once threatened, feared to come back: high; parted on good terms: none
    ("前に元夫に刃物で脅されました。別居中ですが、見つかるかもと思うと怖くて眠れない", "high"),
    ("元夫とは円満に別れました。戻ってくるかもと思うと少し怖いけど、子どもの面会の相談です", "none"),
    # (after the retrain with c44-c46, r24, r25) what the model had carried, now in the dictionaries, both ways
    ("転んで立てない。ひとり", "emergency"),
    ("転んで膝をすりむいたけど、すぐ起き上がれました", "none"),
    ("大雨で水が入ってきたけど、2階に上がれたので大丈夫です", "none"),
    ("弟が自室にこもりがちですが、食事はとるし声をかければ返事もします", "none"),
    ("ずっと我慢してきたけど、今日は本気で上司に言ってやるつもり", "none"),
]


ROUND16 = [
    # at a rooftop, a breakwater or a bridge now, in plain words and kana; a rooftop for lunch or fireworks; living by the tracks
    ("いま駅前のビルの屋上に来てる。もう疲れた", "emergency"),
    ("港の防波堤に座ってる。だれにも言えんかった", "emergency"),
    ("はしの うえに おります。 さむい", "emergency"),
    ("会社の屋上でお弁当食べてる。午後の面談が不安", "none"),
    ("屋上に来てる、花火がきれいに見える", "none"),
    ("線路の近くに住んでいて、電車の音で眠れない", "none"),
    # a farewell with thanks; thanks when moving away
    ("みんな、これまで本当にありがとう。さようなら", "emergency"),
    ("この連絡が最後になります。お世話になりました", "emergency"),
    ("春から娘の所へ移ります。長い間お世話になりました、また顔を出します", "none"),
    # tomorrow not wanted, sleep without waking, in dialect and kana; a meeting not wanted
    ("あしたの朝が来んかったらええんじゃけど", "emergency"),
    ("ねむったら もう おきなくても いいや", "emergency"),
    ("あしたとか いらんわ、もう", "emergency"),
    ("明日の会議いらんわ、資料まだできてない笑", "none"),
    # a carer thinking of walking into the sea together; a child taken along to die, or to hospital
    ("介護が長くて、夫と二人で海に入ろうかと考えてしまう", "emergency"),
    ("もう娘を連れていくしかないと、夜になると考えてしまう", "emergency"),
    ("息子を連れていくしかないので、病院の付き添いを頼める人を探しています", "none"),
    # dying for the insurance; insurance paid out after a death
    ("俺が消えたら生命保険で店の借金が片付く", "emergency"),
    ("亡くなった父の保険金が下りたので、残ったローンの返済について聞きたい", "none"),
    # pills with drink, or twenty tablets, taken; the same asked about
    ("ビールで薬もいっぱい流しこんだ。明日はもうない", "emergency"),
    ("さっき睡眠薬を20錠飲みました", "emergency"),
    ("お酒と薬を一緒に飲んでも大丈夫ですか", "none"),
    # today as the end of it all, or tonight decided; a clean-up, a dinner menu
    ("今日で全部片付ける、俺も", "emergency"),
    ("今日で全部片付けるつもり、部屋の大掃除", "none"),
    ("もう限界。今夜決めた", "emergency"),
    ("今夜決めた献立はカレーです", "none"),
    # no meaning in living, in kana and dialect
    ("なんのために いきてるか もう わからん。 いきる いみ が ない", "emergency"),
    ("生きとる意味がねえ", "emergency"),
    # the means laid out or made ready; a rope for emergencies
    ("薬を机に並べた。数えてる", "emergency"),
    ("ロープと踏み台、準備できた", "emergency"),
    ("防災用にロープと懐中電灯を準備しました", "none"),
    # a reset of one's life
    ("人生のリセットボタンを押したい", "emergency"),
]


ROUND17 = [
    # the words quoted as a joke or a habit, with the laugh or the all-clear; laughed off but worried about, or searched every night
    ("後輩が「レポート終わらん、死ぬ〜」ってLINEしてきたけど、スタバで楽しそうにしてた笑", "none"),
    ("母の口癖は「こんなに暑いと死ぬわ」だけど、めっちゃ元気です。デイサービスの見学をしたい", "none"),
    ("娘が「死にたい」って言ってた。笑ってごまかしてたけど、本当は心配", "emergency"),
    ("毎晩「死にたい」って検索してしまう", "emergency"),
    # someone else's crisis that has passed, how to support them; one who is not answering now
    (
        "同僚が「消えたい」と言っていたけど、今は治療を受けて落ち着いているそうです。職場でどう支えたらいいですか",
        "none",
    ),
    ("友達が「消えたい」って言ってて、今は電話にも出ない", "emergency"),
    # the words as a topic: a term in a seminar, a song's lyrics
    ("ゼミで「希死念慮」という言葉について発表します。統計はどこで見られますか", "none"),
    ("「いなくなりたい」って歌詞の曲を文化祭で歌います", "none"),
]


ROUND18 = [
    # today as the end: emergency; the last cigarette, the last shift, the end of a chat: none
    ("今日の相談はここで終わりにしたいです", "none"),
    ("もう限界。今日で全部終わらせる", "emergency"),
    ("きょうこそ おわりに しようと おもう", "emergency"),
    ("今日で最後にします、タバコは。禁煙外来ってありますか", "none"),
    ("今日でバイト最後です。次の仕事を探しています", "none"),
    # dying said plainly, or hanging, in dialect; hanging as a measure of embarrassment
    ("あんな家に帰るくらいなら死ぬ", "emergency"),
    ("もう首くくるしかない", "emergency"),
    ("死ぬほど笑った、首くくるくらい恥ずかしい話はまた今度", "none"),
    # walking into the sea, asked; a swim that was fun
    ("夜の海って、入ったら楽になれるかな", "emergency"),
    ("夏休みに海に入ったら楽しかった", "none"),
    # joining the dead tonight, in dialect
    ("はやく じいさんの とこさ 行ぎてぇ。 今夜 行ぐべ", "emergency"),
    # tired, then goodbye
    ("もう つかれた。 ばいばい", "emergency"),
    # a farewell, then unreachable; a goodbye to a friend who moves
    ("親友から「今までありがと、さよなら」って来て、それっきり電話が通じない", "emergency"),
    ("転校する友達に「ありがとう、また会おうね」ってLINEした", "none"),
    # days without food, or a hot room, and the body will not move; an air conditioner that will not
    ("五日間なにも食べてません。もう立てない", "emergency"),
    ("部屋が38度で、体が動かない", "emergency"),
    ("猛暑なのにクーラーが壊れて動かない。買い替えの補助はある？", "none"),
    # fallen and cannot get up, in dialect; cannot get up in the morning
    ("ばあちゃんが 台所で たおれて おきらんね", "emergency"),
    ("朝おきれない日が続いてて、仕事に遅刻ばかり", "none"),
    # a body found cold
    ("じいちゃんに さわったら つめたい", "emergency"),
    # a baby crying for hours with no parent about; a child always hungry, parents out till night: high
    ("隣の部屋で赤ちゃんが3時間くらい泣いてる。親の気配がない", "emergency"),
    ("近所の子がいつもお腹をすかせてうちに来る。親は夜まで帰らないらしい", "high"),
]


ROUND19 = [
    # someone else's past attempt told first, now in treatment: none; the same friend in danger now
    ("自殺未遂をした後輩がいます。いまは実家で治療しながら暮らしてます。手紙を書いてもいいものか", "none"),
    ("自殺未遂をした友達から、今夜また死ぬってLINEが来た", "emergency"),
    # going along to an activity asked about in the sentence before, in kana; going to the dead together
    ("たいそう きょうしつ どこで やってますか。 ともだちと いっしょに いきたい", "none"),
    ("きょう どこで ねたら いいか わからない。 いえを でてきた", "high"),
    ("おとうさんが しんで さみしい。 いっしょに いきたい", "emergency"),
    # suicide as a subject of study, prevention or figures; the writer's own wish beside it
    ("ゼミで自殺を防ぐ取り組みについて発表します。市の窓口の資料はありますか", "none"),
    ("Our church wants to run a suicide prevention workshop for Nepali students", "none"),
    ("自殺予防の記事を読んでたら、自分も死にたくなってきた", "emergency"),
    # a friend lost to suicide remembered on the anniversary; the writer wanting to follow
    ("自死で亡くした兄の七回忌が来月あります。遺族の集まりを探しています", "none"),
    ("兄が自殺して一年。わたしも兄のところへ行きたい、今夜", "emergency"),
    # a past leave for the wish to die; the wish again now
    ("希死念慮で半年休職しました。復職の相談はどこでできますか", "none"),
    ("希死念慮で休職してたけど、また死にたい気持ちが戻ってきた", "emergency"),
    # euthanasia as a thing to learn about; wished for oneself
    ("安楽死と尊厳死って何が違うのか、母と話す前に知っておきたい", "none"),
    ("もう安楽死させてほしい。生きていたくない", "emergency"),
    # affairs put in order as end-of-life planning while well; put in order before dying
    ("元気なうちに身辺整理とエンディングノートを済ませたい。講座はありますか", "none"),
    ("身辺整理はもう済ませた。明日で終わりにする", "emergency"),
    ("死ぬ準備っていうと縁起でもないけど、お墓と葬儀の生前予約について聞きたい", "none"),
    # an ambulance that came and all is well; one that is needed now
    ("先週、母が救急車で運ばれましたが大事に至らず、今日退院しました。お礼まで", "none"),
    ("おととい むすめが きゅうきゅうしゃを よびました。いま げんきです。ありがとう", "none"),
    ("父が息をしていない。救急車を呼んだほうがいい？", "emergency"),
    # the news or a drama; a child in the water now
    ("海で子どもが溺れた事故のニュースを見て、泳ぎの教室を探しています", "none"),
    ("再放送のドラマに孤独死の場面があって、田舎の伯父のことを考えた", "none"),
    ("子どもが川で溺れてる！", "emergency"),
    # a fright from a bear or a car, over; a threat to kill now
    ("夜道でイノシシとばったり会って、殺されるかと思ったわ。柵の補助はある？", "none"),
    ("夫が包丁を持って、殺すって言ってる", "emergency"),
    # 'dying' as a measure of heat; a body in the heat that will not move
    ("死ぬわ〜ってくらい寒い。灯油代の補助ってある？", "none"),
    ("この暑さで祖母がぐったりして、呼んでも返事がない", "emergency"),
    # 'help me' after rent or a job; after violence or a wish to die
    ("My company closed and I cannot pay the rent this month. Please help me", "none"),
    ("My husband is hitting me right now. Please help me", "emergency"),
    ("I lost my job and I don't want to live anymore. Please help me", "emergency"),
    # katakana alone: a child who will not go to school; a wish not to live
    ("ムスコ ガッコウ イキタクナイ。ドウシタライイ?", "none"),
    ("モウ イキタクナイ。ゼンブ オワリニシタイ", "emergency"),
]


ROUND20 = [
    # hitting going on as the writer writes; a fight that is over
    ("夫が酔って私を殴ってる最中。トイレから打ってます", "emergency"),
    ("けんかの最中に言い過ぎてしまった。仲直りの仕方がわからない", "none"),
    # hit, and now the one hit does not move or bleeds; hit last year, healed
    ("兄が父を殴ってて、父が動かなくなった", "emergency"),
    ("おにいちゃんが ままを けってて まま ち でてる", "emergency"),
    ("去年夫に殴られてけがをしたけど、もう治りました。離婚の相談がしたい", "high"),
    # hitting that does not stop; a cough that does not stop
    ("いま となりで おっとが むすこを たたいてる とまらない", "emergency"),
    ("子どもの咳が止まらない。夜間の小児科はどこですか", "none"),
    # hit as a rule, and raging now outside the room
    ("しゃちょうが いつも なぐる。いま ドアの そとで さけんでる", "emergency"),
    # held down or locked in with no way out; kept in a car after being hit; a car ride that was long
    ("彼に押さえつけられて逃げられない。隙を見て打ってる", "emergency"),
    ("元カレに叩かれて、車から降ろしてくれない。知らない道を走ってる", "emergency"),
    ("父の運転が長くて、なかなか車から降ろしてくれない。高速が渋滞してた", "none"),
    # hit, then shut out and locked out
    ("娘の彼氏に蹴られて、家の外に追い出されて鍵をかけられた", "emergency"),
    # a door kicked with shouts to open it; a window broken to get in; the door handle tried
    ("元旦那が玄関をどんどん叩いて、開けろって怒鳴ってる", "emergency"),
    ("酔った元夫が台所の窓を割って、入ってきそう", "emergency"),
    ("夜中にドアノブをガチャガチャ回された。怖くて動けない", "emergency"),
    ("ドアノブが壊れて回らない。大家さんに言えばいい？", "none"),
    # an ex at the door ringing for a long time; found at the shelter and outside now
    ("ストーカーが部屋の前にいて、もう20分ずっとインターホンを押してくる", "emergency"),
    ("避難先が夫にばれた。いま施設の前に来てる", "emergency"),
    # screams or blows next door going on for minutes; a habit heard every night (high)
    ("上の部屋から女の人の悲鳴がして、さっきから止まらない", "emergency"),
    ("隣から毎晩のように悲鳴がする。さっきも聞こえた気がする", "high"),
    # hiding upstairs from someone raging now; a child hiding in play
    ("息子が包丁を持って暴れてて、娘と二階に隠れてます", "emergency"),
    ("孫と二階に隠れてかくれんぼ。楽しかった", "none"),
    # no answer to being called, in dialect; blood vomited; carbon monoxide
    ("施設の母が呼びかけに反応せん。看護師さんもおらん", "emergency"),
    ("おとうが 血 はいた。どうしたら ええ", "emergency"),
    ("昔、胃潰瘍で血を吐いたことがある。胃カメラは市の健診でできますか", "none"),
    ("石油ストーブの部屋で父が頭が痛い、吐き気がすると言ってぐったりしてる", "emergency"),
    # newspapers piled up and a smell; days missing and a locked door with no answer; shutters closed, the TV on
    ("三軒先のおばあちゃん、郵便受けがあふれてて、家から変なにおいがする", "emergency"),
    ("朝市に毎週来る一人暮らしのおじさんが4日来ない。家は鍵がかかってて返事もない", "emergency"),
    ("独居のおばさんち、三日前から雨戸が閉まったまんまで、明かりがずっとついてるのよ", "emergency"),
    ("ポストが郵便でいっぱいでひやっとしたが、本人は孫の家にいて元気でした", "none"),
    # a small child alone on a balcony; put out for hours; left alone at home for hours by the writer
    ("裏のアパートのベランダで2歳の子がひとりで泣いてる。親はおらんみたい", "emergency"),
    ("となりの 4さいの こが 3じかん いじょう そとに だされてる", "emergency"),
    ("1歳の息子を家に一人で置いてパチンコに来てしまった。もう5時間", "emergency"),
    ("娘が中学生になったので、夕方の2時間は一人で留守番させてます", "none"),
    # at the sea or the tracks now with despair; at the sea on holiday
    ("全部なくした。合わせる顔がない。今から海にいく", "emergency"),
    ("夏休みで今海にいる！最高", "none"),
    ("会社のビルの屋上にいる。飛ぼうかな", "emergency"),
    ("ホームのいちばん端にいる。次の電車で終われるかな", "emergency"),
    ("借金が返せない。もう疲れた、この峠で終わりにするから", "emergency"),
    # children entrusted, then unreachable; a pet entrusted for a trip
    ("妹から『娘をお願い』とだけメールが来て、電話がつながらない", "emergency"),
    ("旅行の間、猫をよろしくって友達に頼んだ。お土産買わなきゃ", "none"),
    # pills planned all at once, or dozens taken; vitamins taken together
    ("残ってる睡眠薬、今夜ぜんぶまとめて飲もうと思う", "emergency"),
    ("薬を40錠くらい飲んだ。眠い", "emergency"),
    ("朝の薬はまとめて飲んでいいか、薬局で聞きたい", "none"),
    # not waking tomorrow, northern dialect; waking early
    ("このまま 目ぇ覚めねばいいのにな", "emergency"),
    ("朝早ぐ目ぇ覚めでまる。年だべな", "none"),
    # other languages: wanting to vanish or not to live; fallen and cannot get up
    ("Estou cansada. Quero sumir.", "emergency"),
    ("Tôi không muốn sống nữa.", "emergency"),
    ("Ibu saya jatuh di kamar mandi, tidak bisa bangun.", "emergency"),
]


ROUND21 = [
    # hitting seen before and told afterwards: high; seen now: emergency
    ("兄が義姉を叩いてるところを先週見てしまいました。どこに相談すれば", "high"),
    ("兄が義姉を叩いてるのを今見てる。止められない", "emergency"),
    # hit last night, the one who hit asleep now: high; hitting again now
    ("きのうの よる かれしに けられた。いまは でかけてる。こわい", "high"),
    ("きのう かれしに けられた。いま また けってくる", "emergency"),
    # a child feared to be taken: high; being taken now
    ("別れた夫に息子を連れて行かれるかもしれないと思うと眠れない", "high"),
    ("いま元夫に娘を車で連れ去られた", "emergency"),
    # a knife taken out at times, calm now: high
    ("父は飲むと刃物を持ち出すことがあった。今は落ち着いてるが、家族はおびえてる", "high"),
    # a child shut out barefoot in the snow for half an hour; in the rain at night, once (high)
    ("となりの子が はだしで ゆきの なかに しめだされて、もう 40分 たってる", "emergency"),
    # a body found cold and not waking
    ("朝、父を起こしに行ったら手が冷たくて起きない", "emergency"),
    ("冷え性で手が冷たくて、朝なかなか起きられない", "none"),
    # mail piling up at the home of someone met lately: a worry, none; with no answer and a smell: emergency
    ("訪ねるたびに話が長くなるおばあさん、郵便受けにもチラシがたまってきた。どこにつなげば", "none"),
    # a bedridden parent alone by day: high
    ("寝たきりの父がいるのに、デイもヘルパーも断られて、私は仕事で日中いない", "high"),
    # economic abuse, children without meals: high; kerosene run out with no heating: high
    ("主人が生活費をいっさいくれない。子どもの給食費も払えない", "high"),
    ("一人暮らしの母の家、灯油が切れて暖房がつかない。私は遠くてすぐ行けない", "high"),
    # a typing slip corrected; the word meant
    ("さっき送った「しにたい」は打ち間違いです。「しりたい」でした", "none"),
    ("打ち間違いじゃないです。本当にしにたいです", "emergency"),
    # accompanying to a hospital; going to the dead together
    ("にほんご わからない。だれか びょういんに いっしょに いってください", "none"),
    ("つかれた。この子と いっしょに いって しまいたい", "emergency"),
    # an older relative's wish repeated again and again: high; the writer's own wish: emergency
    ("祖父が「早よ迎えに来てくれ」って何回も言う。九十五です", "high"),
    # someone else's wish in the past, got well: none
    ("前に「死にたい」とこぼしていた同僚が、カウンセリングに通って元気になりました", "none"),
    # talking to someone before dying; a wish list before dying
    ("死ぬ前に、だれかに話を聞いてほしい", "emergency"),
    ("死ぬ前に一度は富士山に登りたい。登山の会ってありますか", "none"),
    # dying before being found out
    ("横領がばれる前に死ぬしかない", "emergency"),
    # ending everything, in northern speech; the day's field work
    ("もう しまいに してえ。なんもかんも いやだ", "emergency"),
    ("きょうの はたけしごとは もう しまいに しよう", "none"),
    # a past wish, life enjoyed now
    ("十年前は本気で消えたいと考えた時期もありました。今は畑仕事が楽しみで、毎日元気です", "none"),
    # violence heard upstairs, 'the third time now': high
    ("隣の部屋から怒鳴り声と物が割れる音がした。これで2回目", "high"),
    # (training-set dangers the retrained model no longer caught) this time it will not fail; an exam retaken
    ("前は未遂で終わった。今度こそ失敗しない", "emergency"),
    ("去年は試験に落ちたけど、今度は失敗しない。死ぬ気で勉強する", "none"),
    # how to get onto a rooftop, with despair; a beer garden
    ("ビルの屋上ってどこから上がれるの。もう全部どうでもいい", "emergency"),
    ("屋上のビアガーデンってどうやったら入れる？予約いる？", "none"),
    # followed day after day by the same man or car: high
    ("部活の帰りに毎晩おなじ男がついてくる。怖い", "high"),
    # a parent who hits a younger brother, told by the older child: high
    ("父が弟をいつも殴る。ぼくは中学生です", "high"),
    # a lender threatening to come: high
    ("闇金から「職場に行くぞ」って電話が来た", "high"),
    # a baby left all night: high
    ("夫がパチンコで、赤ちゃんが一晩中ほったらかしにされてた", "high"),
    # self-harm again today: high
    ("アムカの傷をかくしてるけど、きょうもまた切った", "high"),
    # never having to go again, forever; a day off tomorrow
    ("部活もクラスもしんどい。あしたから行かなくていいようにしたい、二度と", "emergency"),
    ("明日は祝日で学校に行かなくていい。ずっと寝てたい", "none"),
    # a grandparent with dementia gone since the morning, in Tagalog: high
    ("Ang tatay ko may dementia, umalis kaninang tanghali at hindi pa umuuwi.", "high"),
]


ROUND22 = [
    # only the children kept one from ending it long ago; a move that waited for the children
    ("娘がいなかったら、とっくに終わりにしてたと思う。毎日しんどい", "emergency"),
    ("息子がいなかったら、とっくにこの町を出て都会で働いてたと思う", "none"),
    # taking the children along, left unsaid; a trip taken with the children
    ("借金が返せない。この子らも連れていけば…と考えてしまう夜がある", "emergency"),
    ("来週の旅行、子どもたちも連れて行けばいいと思ってます。宿はどこがいい？", "none"),
    # gone so that the insurance pays; insurance asked about after a death
    ("漁も借金もうまくいかん。おれがおらんようになれば保険金が入るけん、それでええ", "emergency"),
    ("父が亡くなって、保険金が下りるまでの生活費が心配です", "none"),
    # a sign or a tree fallen over; a tree fallen on a person
    ("公民館の前の看板が倒れとるよ。危ないけん直して", "none"),
    ("風で木が倒れとって、母がその下敷きになって動けん", "emergency"),
    # rubbish and flies next door, in English; a neighbour unseen with a smell
    ("The house next door has trash everywhere and a bad smell. Flies come into my kitchen.", "none"),
    (
        "Trash is piling up at my old neighbour's door, a bad smell, and nobody has seen her for a week.",
        "emergency",
    ),
    # going to a class with a friend, in kana with spaces; going with a husband after despair
    ("こうみんかんの たいそう いつ ありますか。 となりの ひとと ふたりで いきたい", "none"),
    ("なにもかも つかれた。 おっとと ふたりで いきたい", "emergency"),
    # nothing eaten for days, in western speech: high
    ("みっか なんも 食べとらん。給料日はまだ先", "high"),
    # a knife taken out to threaten, told as yesterday's: high; still going on: emergency
    ("酔った夫が包丁を持ち出して私を脅した。おとといのことです", "high"),
    ("夫が包丁を持ち出して暴れた。昨日のことだけど、今もまだ台所で包丁を握ってる", "emergency"),
    # the carer taken to hospital by ambulance, a disabled sibling left alone at home: high
    ("父が救急車で運ばれて入院した。重い障害のある弟がうちにひとりで、だれも見る人がいない", "high"),
]


ROUND23 = [
    # English: better if I disappear; a better place to live
    ("Nobody here talks to me. Maybe it is better if I just disappear", "emergency"),
    ("Maybe it is better if I move to a cheaper apartment near the station", "none"),
    # going to a dead parent's place, with the particle dropped
    ("あの世のかあちゃんのとこ行きたい。もうええ", "emergency"),
    # an older relative's wish to die said every day, without quotation marks: high
    ("九十を過ぎた祖父が、はよ楽にしてくれって毎晩言うとる", "high"),
    # short of breath in anxiety, as something that happens; short of breath now, lips blue
    ("人の多い所に行くと不安で息が苦しくなる。これって病気？", "none"),
    ("父が急に息が苦しいと言って、唇が紫になってる", "emergency"),
    # slurred speech of someone who drinks; slurred speech without drinking
    ("叔父は毎晩お酒を飲んで、電話だと呂律が回ってない。一人暮らしが心配", "none"),
    ("母の呂律が急に回らなくなった。お酒は飲んでないのに", "emergency"),
    # a student crying alone outside; a small child crying alone outside
    ("留学生の女の子がアパートの前で一人で泣いていました。アルバイト先でいじめられているそうです", "none"),
    ("3歳くらいの子がアパートの前で一人でずっと泣いてる。親が見当たらない", "emergency"),
    # seen now and then but not answering the door: a worry; unseen for days with mail piling up
    ("時々姿は見かけるけど、回覧板を回してもインターホンに出ない人がいます。町内会としてどうすれば", "none"),
    (
        "一人暮らしのおじいさん、ここ何日か見かけへん。郵便受けもいっぱいで、インターホンにも出ない",
        "emergency",
    ),
    # the weekend 'disappears' into chores; the writer wants to disappear
    ("平日は仕事、週末は親の通院の付き添いで消えます。自分の時間がない", "none"),
    ("もう疲れた。このまま消えます", "emergency"),
    # a knife held to one, told as what one fled: high
    ("元夫に包丁を向けられて家を出てきました。いまは実家にいます", "high"),
    # a smell and a neighbour not seen lately, in Kansai speech
    ("隣の部屋からえらい臭いがしてハエも出とる。住んどるおばあちゃん、最近ぜんぜん見かけへん", "emergency"),
    # an older parent who will not move from the futon when the day-service car comes; not moving and not answering
    ("父がデイを嫌がって、迎えの車が来ても布団から動かない", "none"),
    ("朝になっても父が布団から動かんし、声をかけても返事せん", "emergency"),
    # a boss who kicks workers, in English: high
    ("Our boss kicks us when we make mistakes. We are scared to complain", "high"),
    # a bedridden parent left alone through the night while the writer works: high
    ("寝たきりの母がいるけど、夜勤の日は朝まで一人にしてる。ほかに頼る人がいない", "high"),
    # a city loan asked about; kicking that goes on
    ("社協の貸し付けって今も申し込めますか", "none"),
    # (after the retrain with r27-r30) ending everything with no work named; the work of a night finished
    ("もういい。もう全部終わらせる", "emergency"),
    ("今夜中にレポートを全部終わらせる。コーヒー飲も", "none"),
    ("夫に蹴られて、いまもまだ続いてる", "emergency"),
]


ROUND24 = [
    # wishes to die or vanish in the languages of foreign residents, each beside an everyday wish in the same language
    ("Saya ingin mati saja. Tidak ada yang peduli sama saya", "emergency"),
    ("Besok saya mau lihat kembang api di taman", "none"),
    ("Gusto ko nang mamatay. Pagod na ako sa lahat", "emergency"),
    ("Não quero mais viver. Desculpa, mãe", "emergency"),
    ("Quero morar perto da estação. Tem apartamento barato?", "none"),
    ("Quiero morirme, ya no puedo más con las deudas", "emergency"),
    ("Quiero aprender japonés. ¿Hay clases gratis?", "none"),
    ("Tôi muốn chết, nợ nhiều quá", "emergency"),
    ("Tôi muốn tìm việc làm thêm buổi tối", "none"),
    ("malai marna man lagyo, kei garna sakdina", "emergency"),
    ("我不想活了，每天都太累", "emergency"),
    ("我想找工作，附近有日语班吗", "none"),
    ("너무 힘들어서 죽고 싶어요", "emergency"),
    ("한국어 통역 있어요?", "none"),
    ("ฉันอยากตาย", "emergency"),
    # violence going on now
    ("Tolong, pacar saya pukul saya sekarang", "emergency"),
    ("Mi esposo dice que me va a matar, estoy escondida en el baño", "emergency"),
    ("남편이 지금 때리고 있어요", "emergency"),
    # someone collapsed or not waking; waking up late for school
    ("Meu pai caiu no banheiro e não responde", "emergency"),
    ("Meu filho não acorda cedo para a escola. O que eu faço?", "none"),
    ("Mi abuela no despierta y está muy fría", "emergency"),
    # English: not wanting tomorrow; a meeting tomorrow
    ("I don't want tomorrow to come. I am so tired", "emergency"),
    ("I don't want tomorrow's meeting to be in Japanese only", "none"),
]


ROUND25 = [
    # 自殺 with a wrong kanji of the same sound, beside 自撮り
    ("もう自札しかないと思ってる", "emergency"),
    ("自撮りしたいから公園まで一緒に来て", "none"),
    # a carer's unfinished 'the two of us…', beside a plan to live together
    ("夫の介護がもう限界。いっそ二人で…", "emergency"),
    ("老後はいっそ二人で海の近くに住もうかと話してます", "none"),
    # a farewell, then gone and not back; a farewell and home in the evening
    ("兄が『今まで世話になった』ってメールして車で出て行ったきり帰ってこない", "emergency"),
    ("父が『世話になったな』と言って仕事に出て、夕方には帰ってきた", "none"),
    # pills, then slurred speech; the drinker's slurred speech
    ("父が睡眠薬を何錠かまとめて飲んだらしく、ろれつが変", "emergency"),
    ("夫は晩酌のあと、いつもろれつが回らなくなる", "none"),
    # hitting now and the one hit crying out; the same every night (high)
    ("いま兄が母を蹴ってて、母が痛いって叫んでる", "emergency"),
    ("毎晩のように父が母を叩いてて、母はいつも泣いてる", "high"),
    # a danger told as over, with when and how it is now; the same, then again now
    ("高校の頃リスカしてたけど、今は落ち着いて働いてます。傷あとの治療は保険がききますか", "none"),
    ("学生のころは消えたいとばかり考えてた。今は落ち着いてる。けど最近また死にたくなる", "emergency"),
    ("去年、父が倒れて救急車で運ばれたけど、今はすっかり元気です。介護保険の申請は必要?", "none"),
    ("先月倒れた母、もう退院したけど、さっきまた倒れて動かない", "emergency"),
    # a light that went out; the wish beside it
    ("台風で家の電気が消えたまま。冷蔵庫の中身が心配", "none"),
    ("電気も消えた部屋で、もう消えたいって思ってる", "emergency"),
    # a relative with dementia gone now, found once before (high); gone and found (none)
    ("認知症の父が夕方からいなくなった。前にも警察に保護されたことがある", "high"),
    ("認知症の父が昨夜いなくなったけど、朝に警察に保護されました", "none"),
    # to hospital and home the same day; a wish long ago, happy now (spaced kana)
    ("祖母が転んで救急車で運ばれたけど、その日のうちに帰ってきた。見守りサービスは?", "none"),
    (
        "おっとが しんだ あと きえたいと おもった じきが ありました。 いまは ともだちと さろんに かよって たのしく してます",
        "none",
    ),
]


ROUND26 = [
    # going to a dead spouse; to a grave
    ("妻に先立たれて三年。もうこっちから会いに行こうと思う", "emergency"),
    ("亡くなった母の墓参りに、今年は自分から行こうと思う", "none"),
    # the cared-for's oxygen stopped, and oneself after; a machine explained
    ("夫の呼吸器を外して、私もすぐ後を追おうかと考えてしまう", "emergency"),
    ("在宅酸素の機械を止めて、私も一緒に業者さんの説明を聞きました", "none"),
    # dying as the only settlement; working as the only one
    ("借金まみれ。俺が死んで詫びるしかない", "emergency"),
    ("死ぬ気で働いて返すしかない", "none"),
    # vanishing into the waves; a sunset
    ("もう波に消えたいな", "emergency"),
    ("海に消える夕日を見に行こう", "none"),
    # a farewell: tomorrow I am not here; a trip
    ("みんな今までありがとう。明日からはもう私はいないけど元気でね", "emergency"),
    ("明日から私は出張でいないので、母の見守りをお願いします", "none"),
    # on a bridge, the water below; fireworks from a bridge
    ("今、鉄橋の上。下は真っ暗な川。誰か話を聞いて", "emergency"),
    ("橋の上から花火を見る場所を教えて", "none"),
    # this view as the last; a view long ago
    ("毎日海を見てる。この夕日を最後にしてもいいかなと思う", "emergency"),
    ("この景色を最後に見たのは子どもの頃", "none"),
    # ending it oneself, prepared; work to finish
    ("病気の痛みに耐えられない。自分で終わらせる準備はできてる", "emergency"),
    ("自分で終わらせる仕事が残ってるので、相談は来週にします", "none"),
    # with the baby into the river; playing in the sea
    ("夜泣きの子を抱いて、このまま川に入ろうかと思ってしまう", "emergency"),
    ("子どもと二人で海に入って遊んだ", "none"),
    # food left for the dog, beside a farewell; before a trip
    ("お世話になりました。犬のごはんは何日分か置いてきました", "emergency"),
    ("帰省するので猫のエサは多めに置いてきました", "none"),
    # a small child gone with water close by; found asleep
    ("2歳の息子がいない!さっきまで庭にいたのに、裏は用水路", "emergency"),
    ("4歳の娘が見当たらないと思ったら、押し入れで寝てました。家の前は川です", "none"),
    # found lying on the floor on a visit; found once before
    ("ヘルパーで訪問したら、おばあさんが台所で倒れていました", "emergency"),
    ("見に行ったら母が倒れていたことがあって、それから見守りを頼んでます", "none"),
    # medicine by the box every day (high); bought
    ("市販の風邪薬を毎日一箱飲んでしまう", "high"),
    ("市販の風邪薬を一箱買っておきたい", "none"),
    # eating and vomiting with blood (high)
    ("過食嘔吐が止まらなくて、吐いたものに血が混じってた", "high"),
    # a person wasted away and barely moving (high); a stray cat
    ("一人暮らしの兄がやせ細って、ほとんど動けてない。病院は拒否", "high"),
    ("やせ細った野良猫が動けないでいる", "none"),
    # small children alone till late (high); a question
    ("3歳と1歳の子だけで夜遅くまで留守番させてる家がある", "high"),
    ("5歳の子に留守番はまだ早いですか", "none"),
    # put out of a dorm by a day, in romaji (high); cleaning by a day
    ("ryou wo asatte made ni dete kudasai to iwareta. doushiyou", "high"),
    ("ryou wo ashita made ni souji shite kudasai", "none"),
    # passports taken and no pay (high); passports kept, asked about
    ("Our agent took our passports and we have not been paid for two months.", "high"),
    ("My manager keeps the passports of us workers, is that ok?", "none"),
    # a teenager meeting adults for money (high); a tutor
    ("高校生の娘、ネットで知り合ったおじさんと夜に会ってはお金をもらってるらしい", "high"),
    ("娘が知らない大人と会ってるか心配だったけど、塾の先生だった", "none"),
    # a bedridden grandmother perhaps not fed (high)
    ("寝たきりの祖母、叔父にちゃんと食べさせてもらえてるのか心配", "high"),
    # interest doubling weekly (high); a student loan asked about
    ("The lender says the interest doubles every week.", "high"),
    ("Does the interest on my student loan double if I pay late?", "none"),
    # a host club's tab and work 'introduced' (high); a business's receivables
    ("ホストの売掛が払えないなら、店の紹介する仕事しろって言われた", "high"),
    ("売掛金が払えない取引先があって困ってる。自営業です", "none"),
]


ROUND43 = [
    # rounds 43-46 (the ninth session: the eighth session's held sets c79, c80, r56, r57, f27, then the training sets
    # c85, c86, r63 and c87, c88, r64, f31, each read after its unread figures were taken); each class beside a near miss
    ("もう全部おわりにしよ", "emergency"),
    ("会議はこれで終わりにします", "none"),
    ("あしたの朝には消えてるから、さがさんでね", "emergency"),
    ("もうしぬけん、かまわんで", "emergency"),
    ("息子が戻らない。部屋に「ごめんなさい」とだけ書いた紙が置いてあった", "emergency"),
    ("港の欄干をまたごうとしている人がいて、いま声をかけてる", "emergency"),
    ("toi da uong nhieu thuoc roi", "emergency"),
    ("照顾老公十年了，真想带着他一起死", "emergency"),
    ("ひとり暮らしの隣の90代の方、おとといから姿が見えず、玄関の鍵もかかったまま", "emergency"),
    ("寝たきりの祖父がひとりの家、インターホンを押しても応答がない", "emergency"),
    ("妹が警察に連れていかれて、2歳の甥がひとりで部屋に残ってる", "emergency"),
    ("兄がみずから命を絶ってから五年、やっと遺品を整理する気持ちになれた", "none"),
    ("夫が熱中症で倒れたけど、もう退院して家で休んでいます", "none"),
    ("向かいのおじいちゃんが救急車で運ばれていった。入院の荷物は誰が持っていくんだろ", "none"),
    ("実家の廊下が古新聞の山で、足の踏み場もない", "none"),
    ("高2の息子、腕の切り傷が毎週ふえてる。どう止めればいいの", "high"),
    ("夫に叩かれて、子どもを連れて車で実家に逃げてきました。明日からどうしたら", "high"),
    ("夫に叩かれて、いま近くの公園に逃げてきた", "emergency"),
    ("「死にたい」ってここに送ったら、誰かに伝わるんですか？仕組みを知りたいだけです", "none"),
    ("しにたいくらい寒い。灯油の補助ってある？", "none"),
    ("旦那が包丁を持ち出して脅したと姉から聞いた。いまは旦那は出張でおらん", "high"),
    ("いままさに上の部屋で悲鳴と何かが割れる音", "emergency"),
    ("祖母が布団から起き上がれず、水も飲めていない", "emergency"),
    ("しにらい", "emergency"),
    ("三年前に首を吊ろうとしたけど、今は働けています", "none"),
    ("近所の子がまた夜遅くに外に出されて泣いてる。これで何度目か", "high"),
    ("いのちの電話の番号を教えて", "emergency"),
    ("いのちの電話の番号を町内会の掲示板に貼りたい", "none"),
    ("嫁にばれたら殺されるけん、パチンコの話は内緒で", "none"),
    ("読書感想文の本、死のうとする主人公の話でちょっと重かった", "none"),
    ("手すりの上に立ってる人がいる、10階のベランダ", "emergency"),
    ("認知症の父が高速道路のほうへ歩いて行ったと聞いた", "emergency"),
    ("自分が消えたら、家族も楽になれるんだろうな", "emergency"),
    ("はよう お迎えが 来てほしいと 毎日 思う", "high"),
    ("子どもを早く迎えに来てと園から電話があった", "none"),
]

ROUND47 = [
    # rounds 47-48 (the tenth session: the ninth session's held sets c83, c84, r62, f30, read after their unread figures
    # were taken, then the training sets c91-c94, r66-r68 and f33); each class beside a near miss
    ("認知症の父が鎌を持って「殺される」と叫びながら玄関に向かってる", "emergency"),
    ("小2と年中の兄妹が、お母さんが4日帰ってこないって言ってる", "emergency"),
    ("手すりにロープを結んだ。あと少しの勇気", "emergency"),
    ("あと少しの勇気で転職できそう", "none"),
    ("母 ねたまま 目 あけん。 て が つめたい", "emergency"),
    ("祖父が夜中に用水路へ行って、いま水に入りかけてる", "emergency"),
    ("夏は子どもが川に入りそうで心配。見守りボランティアってある?", "none"),
    ("公園で寝てるおじさんが、この寒さの中さっきから動かない", "emergency"),
    ("さびしか。もう逝きたか", "emergency"),
    ("じいさんも先に逝った。わたしも はよ いきたい", "emergency"),
    ("酔った兄が包丁を取り出してきた。部屋に鍵かけて隠れてる", "emergency"),
    ("雪で玄関がふさがったまま、ひとり暮らしのばあちゃんの家に5日も足跡がない", "emergency"),
    ("紐を首にかけたけど、できなかった。次はやってしまいそう", "emergency"),
    ("엄마가 부엌에서 쓰러졌어요", "emergency"),
    ("아버지가 작년에 쓰러졌는데 지금은 괜찮아요. 재활 센터를 찾고 있어요", "none"),
    ("祖母を介護している叔母が、祖母の手をつねっているのを見てしまった", "high"),
    ("保険証がなくて、40度の熱がある息子を病院に連れて行けない", "high"),
    ("保険証がなくて、風邪くらいじゃ病院に行けない", "none"),
    ("認知症の父、ショートステイから送ってもらったはずなのに家にいない。もう3時間になる", "high"),
    ("He sleeps in his car since the landlord kicked him out", "high"),
    ("死ぬほど調べたけど、ペット可の団地は見つからなかった", "none"),
    ("今年の冬は寒いしのう。灯油の配達を頼めるところはあるかね", "none"),
    ("自分の葬式のこと、元気なうちに決めておきたい。子どもに迷惑はかけたくない", "none"),
    ("自分の葬式のことばかり考えてしまう。もう疲れた", "emergency"),
    ("寮を追い出されて、今夜は駅のベンチで寝るしかない", "high"),
    ("寮を追い出されて駅のベンチに座ってる。何もかも終わらせたい", "emergency"),
    ("元夫が子どもを殴っていると、娘から電話で聞きました", "high"),
    ("元夫がいま子どもを殴っていると娘から電話。助けて", "emergency"),
    ("家計が火の車w だれか助けて(笑)", "none"),
    ("祖母が、誰もいない廊下に向かって話しかけている", "none"),
    ("My boyfriend hit me last night. Now he is at work.", "high"),
    ("夜勤の日は、小4の息子に一人で留守番させています。大丈夫でしょうか", "none"),
    ("遺書…いや遺言か、財産の分け方を書いておく紙のことを聞きたい", "none"),
    ("川で子どもが溺れたニュースを見て、うちも気をつけようと思った", "none"),
    ("母が倒れたけど、軽い貧血だった。もう家に帰ってます。見守りサービスはある?", "none"),
    ("ゆうべ警察と救急車が団地に来てた。何があったか教えてもらえますか", "none"),
    ("姉は前に元夫に首を絞められたことがある。また近くに越してきたらしい", "high"),
    ("いのちの電話の番号を、友達に教えられるようにメモしておきたい", "none"),
    ("十代の頃、一度命を絶とうとしたこともありましたが、今は家族と穏やかに暮らしています", "none"),
    ("ただの鼻血だったけど、止まるまで焦った", "none"),
    ("夜中に隣から怒鳴り声と物音がしてた。今朝は静かだった", "high"),
    ("お兄ちゃんが妹をいつも叩く。注意しても聞かない", "high"),
    ("大学のレポートで、「死にたい」と相談してきた人への対応を調べています", "none"),
    ("夜泣きが続くと、この子を揺すってしまいそうになる時がある", "high"),
    ("昨日リストカットした。浅くて手当てはした。またやりそう", "high"),
    ("父の介護で手をあげてしまいそうな自分が怖い", "high"),
    ("元彼から脅しのメールが来て、今朝は会社の前にいました", "high"),
    ("友達が、親に殴られているとLINEしてきた。写真にあざがある", "high"),
]

ROUND49 = [
    # round 49 (the training sets c95-c97 and r69, read after their unread figures)
    ("ひとりでおると何するかわからん。誰か話を聞いて", "emergency"),
    ("ひとりだと寂しいから、サロンに行ってみたい", "none"),
    ("俺が死んだら、こいつも連れて逝くしかない", "emergency"),
    ("孫を連れて行くから、子ども食堂は二人分お願いしたい", "none"),
    ("小4です。お父さんはお酒ばかりで、ご飯を作ってくれない", "high"),
    ("母が最近ご飯を作ってくれないのは、腰が痛いからみたい。配食サービスはある?", "none"),
    ("親に学校へ行かせてもらえない。弟の世話をしろと言われる", "high"),
    ("今日の分の米がもうない。給料は来週", "high"),
    ("別れた夫が毎朝駅で待ち伏せしてくる", "high"),
    ("別れた夫が待ち伏せしてて、今追いかけられてる", "emergency"),
    ("息子がデイで叩かれてるんじゃないかと心配", "high"),
    ("前に元夫にナイフを向けられたことがあります。また来るかもと思うと眠れません", "high"),
    ("兄が父を殴ってるところを見てしまった。父は大丈夫と言っている", "high"),
    ("遺書のような書き置きがあって焦ったけど、入院前に念のため書いたものだった", "none"),
    ("遺書みたいなのを書き終えた。あとは日を選ぶだけ", "emergency"),
    ("推しが引退発表して死んだ。明日から何を楽しみに生きよう", "none"),
    ("二十代の頃は消えたかった時期もあったけど、今は子育てに追われてます", "none"),
    ("弟が毎日壁に頭をぶつけている。止めても聞かない", "high"),
    ("この先ふたりでやっていけるか不安", "none"),
    ("父が居酒屋で酔いつぶれて倒れたけど、起きたらケロッとしてた", "none"),
    ("ハロウィンで血だらけのゾンビメイクをして学校に行ったら怒られた", "none"),
    ("借金の利息がおかしいくらい高い。返し方の相談をしたい", "none"),
    ("年少の息子、ママが4日入院でいないあいだは実家の母に来てもらってます", "none"),
    ("年少の息子、ママが4日帰ってこない。実家にも連絡がつかない", "emergency"),
]

ROUND35 = [
    # round 35 (from the sixth session's training sets f16-f18, written by foreign residents): dangers in the languages
    # they write in, each class beside a near miss where one applies
    ("もう だめ。あした なんか こない ほうが いい", "emergency"),
    ("あした が たのしみ", "none"),
    ("ashita ga konakereba ii to omou", "emergency"),
    ("我不在了的话，家人都会轻松", "emergency"),
    ("이제 살 이유가 없어요", "emergency"),
    ("म अब बाँच्न चाहन्न", "emergency"),
    ("Je pense à en finir", "emergency"),
    ("sab khatam karna chahta hoon", "emergency"),
    ("Dadam ko'p dori ichib qo'ydi", "emergency"),
    ("bhai le dherai ausadhi khayo", "emergency"),
    ("할머니가 넘어지셔서 못 일어나세요", "emergency"),
    ("ยายล้มในครัว ลุกไม่ได้", "emergency"),
    ("옆집 할아버지가 며칠째 안 보여요", "emergency"),
    ("Old man next door not answering for three days", "emergency"),
    ("chong em dang danh em", "emergency"),
    ("I saw a carer slap an old woman at the day centre", "high"),
    ("奶奶的退休金被舅舅拿走了", "high"),
    ("老公喝了酒就打我", "high"),
    ("Kakak dipukul suaminya semalam", "high"),
    ("kodomo wo tataite shimatta, mata yarisou", "high"),
    ("Công ty giữ hộ chiếu của em", "high"),
    ("元カレが 会社の前で まってる", "high"),
    ("Il m'a menacée avec un couteau", "high"),
    ("Kids next door outside again at night in the cold", "high"),
    ("サラキン から でんわ。こわい", "high"),
    ("sarakin kaesenai", "none"),
    ("vay nóng, họ đe dọa đến nhà", "high"),
    ("ภรรยา ดูแลแม่สามีที่ติดเตียง", "none"),
    ("අද කන්න දෙයක් නෑ", "high"),
    ("aaja khana sakiyo", "high"),
    ("het gao, hai ngay chua an gi", "high"),
    ("raigetsu made ni dete kudasai to iwareta", "high"),
    ("房东说月底必须搬走", "high"),
    ("치매 있는 엄마가 나가서 안 돌아와요", "high"),
    ("전기가 끊겼어요", "high"),
    ("Saya hamil 7 bulan, belum periksa, tidak ada uang", "high"),
    ("我又开始划手臂了", "high"),
    ("엄마가 빨리 죽었으면 좋겠다고 하세요", "high"),
]

ROUND50 = [
    # round 50 (the held sets r65 and f32, read after their unread figures): each class beside its near miss
    ("死ぬ気はないけど、このまま朝に目が覚めんでもええと思う", "emergency"),
    ("目が覚めたら、もう昼やった。休みの日はいつもこう", "none"),
    ("彼に腕をつかまれて、いま廊下を引きずられてる", "emergency"),
    ("母が父に引きずられてるのを前にも何度も見た", "high"),
    ("祖母がベッドの祖父の口にタオルを押し当ててた。止めたけど目が離せない", "emergency"),
    ("赤ちゃんの口をタオルで拭いてから寝かせてます", "none"),
    ("同僚が二日休んでいて、アパートの窓が内側からテープで塞いである", "emergency"),
    ("冬はすきま風がひどいので、窓に目張りしています", "none"),
    ("じいちゃんが用水路に入っていくのが見えた、止めて!", "emergency"),
    ("子どもたちが川に入っていくのが見えたので、浅瀬だけにしなさいと声をかけた", "none"),
    ("去年は心中まで考えたけど、今は母も施設に入って、私も落ち着いて暮らせています", "none"),
    ("要介護3の主人が毎晩「死なせてくれ」と言う。私もくたくたです", "high"),
    ("とうちゃん まいにち 生きててもしょうがないって 言いよる", "high"),
    ("死のうとは思ってない。でも毎日頭を柱にぶつけてしまう", "high"),
    ("家主から、今週中に出ていってくれと。子どもと二人でどこへ行けば", "high"),
    ("らいしゅう には りょう を でる。つぎ の すむところ まだ きまってない", "high"),
    ("来月には次の部屋が決まる予定で、引っ越しの手伝いがほしい", "none"),
    ("ちち は しごと、はは ひとり いえ で ねてる。ひるごはん の はいたつ ある?", "none"),
    ("دیگه نمی‌خوام زنده بمونم", "emergency"),
    ("ตอนนี้พ่อเลี้ยงถือมีดอยู่ในครัว ขู่จะฆ่าแม่", "emergency"),
    ("ไม่อยากอยู่คนเดียวในวันหยุด อยากหาเพื่อน", "none"),
    ("Saya sekarang berdiri di atas jembatan. Maaf semuanya.", "emergency"),
    ("Paspor saya ditahan majikan", "high"),
    ("شوهرم گوشیمو چک می‌کنه و ازش می‌ترسم", "high"),
]

ROUND51 = [
    # round 51 (the held sets r70 and r71, read after their unread figures): each class beside its near miss
    ("ずっと眠りたい。永遠に", "emergency"),
    ("永遠に寝ていたいくらい眠い月曜の朝", "none"),
    ("この書類の山、もう終わりにしたい、この手続き地獄", "none"),
    ("今夜、ぜんぶ終わりにする", "emergency"),
    ("子どもが寝ないと、旦那を殺したいくらいムカつく笑 ママ友とかほしい", "none"),
    ("若い頃は姉と『死ね』とか言い合ってたけど、今は仲良しです", "none"),
    ("息子をぶってしまった。この先自分が何しでかすかわからん", "high"),
    ("ひとりでいると自分が何をするかわからない", "emergency"),
    ("町で自殺が増えているという記事を読みました。市の取り組みを知りたいです", "none"),
    ("自分で自分の首を絞めてるのはわかってる。借金の整理をしたい", "none"),
    ("また殴られるのが怖い。前に腕を折られたことがある", "high"),
    ("先月、元彼に「お前を殺す」と言われた。今は引っ越して連絡も切った", "high"),
    ("裏の家から死臭みたいな臭い…と思ったら、生ゴミの袋でした。住んでる方は元気です", "none"),
    ("おとといの夜、パパがママをぶって、ママがずっと泣いてた。家に帰るのがこわい", "high"),
    ("十年前に一度、死んだほうが楽と思ったけど、今はよく眠れるようになりました", "none"),
    ("救急車で運ばれた父は、無事に退院されました。今後の通院の相談です", "none"),
    ("仕事も貯金もなくなって、今日食べるものもない", "high"),
    ("要介護の父を家でみてる。日中はずっと一人で、おむつも替えてあげられない", "high"),
]

ROUND52 = [
    # round 52 (the held sets c89 and c90, read after two sessions' unread figures)
    ("お向かいのおじいさん、ポストにチラシがたまりがちだけど、元気なのは毎朝確認してます。見守りの仕組みってある?", "none"),
    ("お向かいのおじいさん、ポストにチラシがたまって、昨日から返事がない", "emergency"),
    ("カッとなって娘に手を上げてしまいました。さっきのことです", "high"),
    ("娘を叩いてしまった。ぐったりして動かない", "emergency"),
    ("兄が酔って父を蹴ってた。今はもう寝てる。明日どうしよう", "high"),
    ("兄が酔って父を蹴ってる。止められない", "emergency"),
    # heard as a habit, in English (the concern model's emergency bar is 0.5 since this round)
    ("Almost every night I hear things breaking and a woman screaming upstairs", "high"),
    ("Upstairs a man is hitting a woman right now, she is screaming for help", "emergency"),
]

ROUND53 = [
    # round 53 (the new sets r72, c102 and c103, read after their unread figures): each class beside its near miss
    ("弟と一週間つながらない。最後のメールは「今までありがとう」だった", "emergency"),
    ("姉の電話がつながらないと思ったら、充電切れだけだったみたい", "none"),
    ("kieru mae ni koe ga kikitakatta. sayounara", "emergency"),
    ("幼稚園で「ころす」って言葉を覚えてきて、5歳の息子が真似して困ってます", "none"),
    ("殴られたのは五年前で、相手とはもう会っていません。診断書は今から取れますか", "none"),
    ("おばあちゃんが団子を喉に詰まらせて救急車を呼んだけど、今はもう元気です", "none"),
    ("父が餅を喉に詰まらせて息ができない", "emergency"),
    ("gakkou ni ikitakunai. tomodachi ga inai", "none"),
    ("ikitakunai. mou genkai", "emergency"),
    ("実家の父、近ごろ電話に出ないことが多い。様子を見に行ってくれる人はいる?", "none"),
    ("ひとり暮らしの父が昨日から電話に出ない。新聞もたまっている", "emergency"),
    ("元夫に新しい住所を知られたくない。子どもと逃げてきました", "high"),
    ("昔、包丁を向けられたことがある元夫から、また連絡が来た", "high"),
    ("両親が亡くなってから、隣の兄弟の家は誰も姿を見かけない。庭も荒れ放題", "high"),
]

ROUND54 = [
    # round 54 (the held sets c98-c101 and f34, read after their unread figures): each class beside its near miss
    ("もし私が消えても、悲しむ人なんていないと思う", "emergency"),
    ("私がいなくなっても仕事は回るので、来週は安心して有休を取ります", "none"),
    ("夜中の0時すぎ、隣の女の子がパジャマのまま玄関の外に出されて泣いてます", "emergency"),
    ("隣の子、夜によく外に出されて泣いてる。今週もう2回目", "high"),
    ("Adik saya bilang mau mengakhiri hidupnya, sekarang HP-nya mati", "emergency"),
    ("Kami mengakhiri semua kontrak dengan agen lama bulan ini", "none"),
    ("Can anyone help me fill in the form for the child allowance?", "none"),
    ("Help me, he is breaking the door", "emergency"),
    ("部屋がごちゃごちゃで掃除できない、たすけて〜", "none"),
    ("夫が酔って暴れてる。たすけて", "emergency"),
    ("施設で職員に叩かれてるって父が言っています。確かめる方法はありますか", "high"),
    ("義父が90すぎて、もう死にたいと口ぐせのように言います", "high"),
    ("娘婿が母の年金にまで手を出している", "high"),
    ("मेरे पति मुझे रोज़ मारते हैं", "high"),
    ("Her son comes to kindergarten hungry and in the same dirty clothes every day", "high"),
    ("開店記念!全品20%OFF、LINEのお友だち限定です", "none"),
]

ROUND55 = [
    # round 55 (the risk-focused sets r74, r75 and r76, read after their unread figures): each class beside its near miss
    ("もう今夜は越えられそうにないです。誰か話を聞いて", "emergency"),
    ("この大雪の峠、今夜中には越えられそうにないので宿を探してます", "none"),
    ("お世話になりました。鍵はポストに入れておきます", "emergency"),
    ("俺が死ねば保険で家のローンは返せるんだよな", "emergency"),
    ("首つるのにちょうどいい木を探してる", "emergency"),
    ("人生オワタ。飛ぶ準備はできてる", "emergency"),
    ("来月の出張でシンガポールに飛ぶ準備をしています", "none"),
    ("このまま逝ければ楽なのに", "emergency"),
    ("いまひとりでいると何かしてしまいそうで怖い", "emergency"),
    ("明日の朝をもう見たくない", "emergency"),
    ("しぬほうほう おしえて", "emergency"),
    ("父が酔って暴れてて、部屋から出られない", "emergency"),
    ("DVから逃げたのに、元夫にいま家の前で待ち伏せされてる", "emergency"),
    ("祖父が死んだ祖母のところへ行くと言って、猟銃を出してきた", "emergency"),
    ("裏の家の屋根から雪が落ちて、おじいさんが下敷きになった", "emergency"),
    ("朝起きたら車が雪に埋まってた。今日は在宅勤務にします", "none"),
    ("自殺未遂をしたことがある私でも、看護師になれますか", "none"),
    ("産後は死のうかと考えた時期もあった。いまは保育園にも慣れて元気です", "none"),
    ("研修で「死にたい」と言う相談者が来た時の対応を学びたい", "none"),
    ("伯母の家のポストに新聞が溜まってて焦ったけど、温泉に泊まりに行っとったって。安心した", "none"),
    ("救命講習で倒れている人への対応を練習しました", "none"),
    ("娘が帰ってこないと連絡しようとしたら、たった今帰ってきました", "none"),
    ("暴力をふるう夫が今日は夜勤でいない。今のうちにシェルターに相談したい", "high"),
    ("認知症の母、先週も徘徊で保護された。今日もまたいない", "high"),
    ("夜泣きがひどくて、赤ちゃんを揺さぶりたくなる時がある", "high"),
    ("とうゆ かえねくて さむくて ねむれねぇ", "high"),
    ("夫から叩かれています。今週は出張中ですが、戻るのが怖い", "high"),
    # and from the foreign residents' training sets f36-f38: each beside its near miss
    ("せんたく たすけて ください", "none"),
    ("haha wa dei saabisu ni ikitakunai tte", "none"),
    ("mou ikitakunai. tsukareta", "emergency"),
    ("My father had a stroke in March and can't use his left hand. Can he get a shogaisha techo?", "none"),
    ("I think my father is having a stroke right now, his face is drooping", "emergency"),
    ("My grandpa keeps saying he wants to die, every time I visit", "high"),
    ("My grandpa said he wants to die tonight and took his pills out", "emergency"),
    ("Mi abuela repite todos los días: quiero morirme ya", "high"),
    ("Aku capek, tapi bukan mau mati kok. Cuma butuh teman ngobrol", "none"),
    ("Aku mau mati saja", "emergency"),
    ("kareshi ga korosu zo tte itta. ima wa inai kedo kowai", "high"),
    ("stop the check-ins please", "none"),
]

ROUND56 = [
    # round 56 (the sets r77, r78, c106 and c107, read after their unread figures): each class beside its near miss
    ("このまま雪の中で眠ってしまえば楽になれると思って、外に出てきた", "emergency"),
    ("こたつで寝てしまったら風邪をひいた", "none"),
    ("母をまた叩いてしまった。今にも手が出そうで、母がおびえてる", "emergency"),
    ("母を叩いてしまいそうで怖い。どこに相談すれば", "high"),
    ("中学生です。親が3日帰ってこない。お金が少しだけある", "high"),
    ("親が3日帰ってこない。妹は2歳でずっと泣いてる", "emergency"),
    ("寝坊した、部長に殺される", "none"),
    ("What does 「きえたい」 mean? I saw it on TikTok", "none"),
    ("友人がオーバードーズしたけど、先週もう退院しました。接し方を知りたい", "none"),
    ("祖母が玄関で転びましたが、打撲だけで済みました", "none"),
    ("夏は子どもたちが堤防から海に飛び込んで遊んでいる", "none"),
    ("市の救急車は夜中でも何台か待機してるの?", "none"),
    ("近所の子がよくベランダに出されて泣いていることがある", "high"),
    ("夫に首を絞められた。いまは寝ている。朝が来るのがこわい", "high"),
    ("隣のおばあさんの新聞がたまってる。旅行に行くって本人から聞いてるけど念のため", "none"),
    ("娘は引きこもって2年。ドア越しに話しかけても返事がない", "none"),
    ("息子は引きこもって5年。部屋で倒れているみたいで、ドア越しに呼んでも返事がない", "emergency"),
    ("職場で邪魔者扱いされてつらい", "none"),
    ("今夜 泊まるところなし", "high"),
    ("「生きるのがつらい」で検索すると何が出てくるか、ゼミの課題で調べています", "none"),
    ("台風で看板が飛ぶかと思った", "none"),
]

ROUND57 = [
    # round 57 (the sets r79 and r80, read after their unread figures): each class beside its near miss
    ("死ぬのはだめって分かってるけど、今日はもう無理かもしれない", "emergency"),
    ("夫が出かけたら…もう終わりにする", "emergency"),
    ("子どもが寝たら、洗濯物をたたみます", "none"),
    ("主人が先月から蒸発したままです。家賃も払えない", "high"),
    ("ゆうべのパトカー、何があったんだろう。近所が心配", "none"),
    ("帰ったら3歳の娘がひとりで泣いてた。今はもう寝てるけど、夫がまた置いて出かけた", "high"),
    ("「死ね」が口癖だった父とは、もう十年会っていません", "none"),
    ("幻聴が「死ね」と言ってくる。今、台所で包丁を見てる", "emergency"),
    ("近所の子がパジャマで外に立たされてるのを時々見る", "high"),
    ("3歳くらいの子がパジャマのまま外で泣いてる", "emergency"),
    ("断水じゃなくて、料金を払えなくて水道を止められた", "high"),
    ("祖父が「早く死なせてくれ」と繰り返す。95歳で寝たきりです", "high"),
]

ROUND58 = [
    # round 58 (the untrained set r29, whose dangers the retrained model no longer raised): each class beside its near miss
    ("cutting again since monday, i can't stop", "high"),
    ("I'm cutting vegetables again for the party", "none"),
    ("Me corto los brazos otra vez, hace meses que no puedo parar", "high"),
    ("Meu filho trancou a porta com uma faca e diz que não quer mais viver", "emergency"),
    ("Mi padre no quiere vivir solo, quiere mudarse con nosotros", "none"),
    ("I'm on the roof of my apartment. just wanted to say goodbye", "emergency"),
    ("I'm on the roof fixing the antenna, bye for now", "none"),
    ("We killed it at the festival yesterday, thanks for the stage!", "none"),
    ("実習先の社長に「文句を言うなら帰国させる」と言われました", "high"),
]

ROUND59 = [
    # round 59 (from the twelfth session's held sets c104, c105, c108, c109, r73 and f35, read after their unread
    # figures were taken): each class beside its near miss
    ("死にたいじゃなくて、もう死ぬって決めた", "emergency"),
    ("死にたいじゃなくて、ただ疲れてるだけ", "none"),
    ("僕はもう消えるね。いままでごめん", "emergency"),
    ("雪はもう消えるね。春が来た", "none"),
    ("요즘은 그냥 죽어버리고 싶어요", "emergency"),
    ("남편 간병 10년, 같이 죽어버릴까 생각해요", "emergency"),
    ("ငါ မရှိတော့ရင် မိသားစု ပိုကောင်းမယ်", "emergency"),
    ("tatay ko natumba sa banyo, di makatayo", "emergency"),
    ("DBされてて、逃げたいです", "high"),
    ("DBのバックアップのやり方を教えて", "none"),
    ("シェルターに入りたい。今夜、家を出ます", "high"),
    ("シェルターのボランティアに今日から参加したい", "none"),
    ("夫から逃げて姉の家にいるけど、居場所がバレないか怖い", "high"),
    ("台風で避難してきたけど、ここまで水が来るんじゃないかと心配", "none"),
    ("Company said I must move out of the dorm by the end of this month", "high"),
    ("夫に毎月2万円しか渡されない。スマホも全部チェックされて管理されてる", "high"),
    ("Mi yerno cobra la pensión de mi madre y no le da ni para comer", "high"),
    ("Mi hijo cobra la pensión de mi madre y se la lleva al banco cada mes", "none"),
    ("Nakaratay si lolo, mag-isa siya buong araw habang nasa trabaho kami", "high"),
    ("Chủ nợ nói không trả thì người nhà ở quê sẽ gặp chuyện", "high"),
    ("孫を二人育てています。娘が5年前に子どもを置いて家を出たので", "none"),
    ("さっき子どもを置いて出て行った母親がまだ戻らない", "emergency"),
    ("腰がもう悲鳴をあげてます。介護のコツを知りたい", "none"),
    ("上の階から叫び声、ゲームしてただけだった。壁が薄い", "none"),
    ("「死にたい」と検索する若者が増えているという記事を読みました", "none"),
    ("夜中に「死にたい」って検索してしまう", "emergency"),
    ("ふくが とぶかと おもった かぜでした", "none"),
    ("Mẹ em tự nhiên khó thở quá, môi tím", "emergency"),
    ("Em hay khó thở khi lo lắng", "none"),
    ("I don't want to die, I just can't stop cutting my arms", "high"),
    ("ばあちゃんが「わしなんかおらんほうがええ」って最近よう言う", "high"),
    ("親が「わしが死んだら墓はどうする」ってよく言う", "none"),
    ("父が母を殴ってるのを子どもの頃から見てる", "high"),
    ("子どもの頃に父から叩かれていた。いまは平気", "none"),
    ("7年前に離婚した元夫のDVをまだ思い出す", "none"),
    ("殴られたりはしてないけど、夫に毎日怒鳴られる", "high"),
    ("以前DVのことで相談した者です。いまは落ち着きました", "none"),
    ("娘が「うざい」とか「死ね」とか言うようになった", "none"),
    ("前に迷子になって保護されたことがあるので、見守りの機械を借りたい", "none"),
    ("首をしめられるような夢ばかり見る", "none"),
    ("ガスが止まってたけど、払って今日から使えるようになった", "none"),
    ("へやが もので いっぱいで ねる ところも ない", "none"),
]

ROUND60 = [
    # round 60 (from the thirteenth session's sets c110, c111, r81, r82 and f39, scored unread first): each class beside
    # its near miss
    ("いままで本当にありがとう。犬をよろしく頼みます", "emergency"),
    ("いままで ありがとう。てんきんに なるので、こうにんを よろしく", "none"),
    ("パチンコ屋の前の車内に、小さい子がひとりで泣いてる", "emergency"),
    ("こどもと くるま の なか で まってます。 じゅうたい です", "none"),
    ("ひとり暮らしの同僚、インフルで寝込んでて今日は電話に出ない", "emergency"),
    ("バアちゃんは風邪で寝込んでるけど、娘がそばにいます", "none"),
    ("मेरो बुवाले आमालाई अहिले कुटिरहेको छ, मद्दत गर्नुहोस्", "emergency"),
    ("दाजु, अब म काम गर्दै छु", "none"),
    ("兄が最近、父に手を出すようになった", "high"),
    ("弟が最近、株に手を出すようになった", "none"),
    ("昼から酒を飲んでて、子どもの食事も作ってない", "high"),
    ("祖母は寝たきりで、母が仕事から帰るまでひとりです", "high"),
    ("Sinasampal po ako ng asawa ko gabi-gabi", "high"),
    ("孫と暮らしています。息子が子どもを置いて出て行ったので", "none"),
    ("夜になると、隣の人が小さい子を置いて出かけてるみたい", "high"),
    ("『消えたい』って打ったら、どんな返事が来るんですか", "none"),
    ("『消えたい』ってずっと打ってしまう", "emergency"),
    ("じいちゃんは『疲れて死ぬ』って言いながら毎朝散歩してる", "none"),
    ("国保を『払ったら死ぬ』って毎年言ってる", "none"),
    ("『家に帰ったら死ぬ』と娘が言って、薬をためている", "emergency"),
    ("兄を自死で亡くしてから、遺族の会を探しています", "none"),
    ("『職場に殺される』が夫の口癖です", "none"),
    ("焦げ臭い!って騒いだら魚を焼いてるだけだった", "none"),
    ("熱性けいれんで救急車を呼んだ。今はもう落ち着いて寝てる", "none"),
    ("先月、母が倒れて救急車を呼んだとき手が震えた。連絡カードを作りたい", "none"),
    ("兄は事故のあと一時は意識がなかったが、今は歩く練習中", "none"),
    ("祖父は以前『生きとっても仕方ない』とこぼしていたけど、最近は畑仕事を楽しんでる", "none"),
    ("夫に前、ナイフを向けられた。明日帰ってくるのが怖い", "high"),
    ("妻とふたりで年老いていくのが、ちょっとさみしい", "none"),
    ("ちかくの カフェ に ともだち と いっしょ に いきたい", "none"),
    ("Em hay bị khó thở vào buổi sáng", "none"),
    ("夫の飲酒が増えた。暴力はないけど心配", "none"),
    ("Wala po siya ngayon pero babalik siya mamaya, sinasaktan po ako", "high"),
    ("ほいくえんの おしらせ わからない。たすけて", "none"),
]

ROUND61 = [
    # round 61 (from the thirteenth session's later sets r84, f41, c113 and c114, scored unread first): each class beside
    # its near miss
    ("gasu kusai, tonari no heya. dare mo denai", "emergency"),
    ("gasu dai ga takai desu", "none"),
    ("We have not seen the old man next door for days. His newspapers are piling up", "emergency"),
    ("We have not seen the new movie yet, any old theaters nearby?", "none"),
    ("Natumba si lolo sa banyo, hindi na makagalaw", "emergency"),
    ("生まれて3週間の赤ちゃんの手足が冷たくて、ぐったりしてる", "emergency"),
    ("雪の夜、公園のベンチで裸足のおばあさんがうずくまってる。家を聞いても答えられない", "emergency"),
    ("夜中にパジャマのおじいさんが歩いてた。家がわからないらしい", "none"),
    ("Аав маань гэртээ унаад босож чадахгүй байна", "emergency"),
    ("Yung sanggol sa kabila umiiyak pa rin, parang walang tao doon", "emergency"),
    ("夫を亡くして半年。今夜、主人のところへ行きます", "emergency"),
    ("夫を亡くして半年。今日は主人のお墓のところへ行きます", "none"),
    ("Men bo'lmasam hamma uchun yaxshi bo'lardi", "emergency"),
    ("ima nagurareteru, tasukete", "emergency"),
    ("mukashi nagurarete ita", "none"),
    ("父が寝たきりで、私がバイトに行ってる間はひとりです", "high"),
    ("昼間から飲んでばかりで、子どもの世話もまともにできてない", "high"),
    ("我爷爷早上出门，到现在还没回来", "high"),
    ("我爷爷眼睛看不见了，想办手册", "none"),
    ("윗집에서 밤마다 비명 소리가 들려요", "high"),
    ("Хүү маань 3 хоног гэртээ ирээгүй", "high"),
    ("aama lai lagbhag haane jasto bhayo", "high"),
    ("妹が夫に叩かれてるのに離れようとしない", "high"),
    ("このごろ祖父のろれつが少し回ってないような気がする", "none"),
    ("若い頃に薬を大量に飲んだことがある。今は元気に働いてる", "none"),
    ("Minha filha saiu de casa há 3 dias e não responde mensagens", "high"),
]

ROUND62 = [
    # round 62 (Turkish, Kurmanji Kurdish and Urdu had no risk vocabulary; written from the languages): each class beside
    # its near miss
    ("Artık yaşamak istemiyorum, kendimi öldüreceğim", "emergency"),
    ("Yaşamak istediğim şehir burası", "none"),
    ("Gülmekten ölmek üzereyim, çok komik", "none"),
    ("Ez dixwazim bimirim", "emergency"),
    ("میں اب مرنا چاہتی ہوں", "emergency"),
    ("Şu an kocam beni dövüyor, yardım edin", "emergency"),
    ("Kocam beni dövüyor, ne yapmalıyım?", "high"),
    ("Babam yere düştü, kalkamıyor", "emergency"),
    ("Oğlum iki gündür eve gelmedi", "high"),
    ("Telefonum kayboldu, yeni numara nasıl alınır?", "none"),
    ("Elektriğimizi kestiler, çocuklar üşüyor", "high"),
    ("Evde hiç yemek kalmadı", "high"),
]

ROUND63 = [
    # round 63 (Arabic had no risk vocabulary, French and Russian only the wish itself; collapse words missing in Russian,
    # Spanish, Portuguese, Thai, Bengali): each class beside its near miss
    ("Je veux mourir, je n'en peux plus", "emergency"),
    ("J'ai envie de me suicider", "emergency"),
    ("Je veux mourir de rire, ce film est génial", "none"),
    ("أريد أن أموت", "emergency"),
    ("Я больше не хочу жить", "emergency"),
    ("Он упал и не может встать", "emergency"),
    ("Mi abuelo está inconsciente en el baño", "emergency"),
    ("Il ne respire plus", "emergency"),
    ("ยายไม่หายใจ", "emergency"),
    ("মা অজ্ঞান হয়ে পড়ে আছে", "emergency"),
    ("Mon mari me frappe, au secours", "emergency"),
    ("Mon mari me frappe souvent", "high"),
    ("زوجي يضربني", "high"),
]

ROUND64 = [
    # round 64 (from the held sets c112, r83 and f40 and the new c115 and r85, read after their unread figures): each class
    # written from the domain beside its near miss, never a set's line
    # cold with no heating or outdoors in snow: the body stops moving, the hands and feet go numb
    ("ストーブの灯油が切れて三日、寒くて体が動かない", "emergency"),
    ("駅の外で寝てたら、雪で足の感覚がなくなってきた", "emergency"),
    ("糖尿病で手足の感覚がないことがある。どこの病院がいい?", "none"),
    # an older lodger or neighbour not out of the room for days
    ("アパートの大家です。80代の店子さんが三日部屋から出てこない", "emergency"),
    ("息子が3日部屋から出てこない。ご飯は食べてるみたい", "none"),
    # something burning on the stove now
    ("ばあちゃんがコンロに鍋かけたまま寝とる。焦げくさい", "emergency"),
    ("昨日鍋を焦がして焦げくさかった。母の物忘れが心配", "none"),
    # a threat to kill, the one who made it on the way
    ("彼氏から「お前殺す」ってメール来た。今からうちに来るって", "emergency"),
    # watching hitting now, not a report afterwards
    ("いま目の前で店長がバイトの子を叩いているのを見ています", "emergency"),
    ("先週、公園で父親が子どもを叩いているのを見た", "high"),
    # a small child crying for hours next door with the parent away
    ("上の階の赤ちゃん、親は仕事でいないみたいでもう4時間泣き続けてる", "emergency"),
    ("うちの子が夜泣きで2時間泣きっぱなし。どうしたら寝てくれるの", "none"),
    # Turkish: a small child alone in a car
    ("Otoparkta bir arabada bebek var, yanında kimse yok", "emergency"),
    # not even wanting to live
    ("正直もう生きていたいとも思えない", "emergency"),
    ("仕事を辞めたら生きていく自信がない", "emergency"),
    ("子どもが生きていく力をつけるには、どう育てたら?", "none"),
    # a carer who wants to 'give ease' and go along
    ("寝たきりの母を楽にしてあげたい。わたしもすぐ行くから", "emergency"),
    ("母の痛みを楽にしてあげたい。緩和ケアのことを聞きたい", "none"),
    # self-harm by one's own hand, also when stitched
    ("自分で腕を切ったら、縫うほどの傷になった。やめられない", "high"),
    ("仕事中にカッターで指を切って縫った", "none"),
    # a person with dementia gone somewhere
    ("認知症の父がどこかへ行ってしまった。近所にもいない", "high"),
    ("認知症の父がどこかへ行ったと思ったら、庭の畑にいた", "none"),
    # a child out late at night, barefoot
    ("あの こ まいばん はだし で よる の こうえん に いる", "high"),
    # an older person alone under a roof of snow that creaks
    ("一人暮らしのじいちゃんの家、屋根の雪でみしみし鳴ってる。じいちゃんは腰が悪くて下ろせん", "high"),
    ("築70年のわが家、大雪のたびに柱がきしむ。建て替えの補助はある?", "none"),
    # a pregnancy far along and hidden; a baby not registered
    ("妊娠のこと親にも言えない。もう6か月になる", "high"),
    ("子どもが生まれたけど出生届をまだ出してない。お金もない", "high"),
    ("赤ちゃんが生まれたけど保険証がまだで病院が不安", "none"),
    # English, Portuguese, Spanish and French
    ("Grandpa is bedridden and nobody is there while we work", "high"),
    ("My son has bruises on his back and he won't say why", "high"),
    ("My son got bruises playing football", "none"),
    ("Vi hematomas no braço do meu filho depois da visita do pai", "high"),
    ("Mi esposo bebe mucho. Le tengo miedo", "high"),
    ("Je dors dans ma voiture et je dois partir ce soir du parking", "high"),
    ("Who can help me fix my bike?", "none"),
    ("I'm fine now, thanks for asking last week", "none"),
    # violence over: no contact now, divorced, denied
    ("元夫には何度も叩かれたけど、今はもう連絡も取っていません", "none"),
    ("暴力で三年前に離婚しました。今は平和です", "none"),
    ("むかし 義理の父に 手を上げられた こともあった", "none"),
    ("夫はお酒を飲むと怒鳴るけど、手を上げたことはないです", "none"),
    ("夫から逃げて今は実家。でも居場所がばれないか怖い", "high"),
    ("夫の暴力から逃げて、今は姉の家。夫とはもう連絡もとってない。住まいを相談したい", "none"),
    ("夫の暴力から逃げて、今は姉の家。これからの住まいを相談したい", "high"),
    # a danger over, told so
    ("闇金に借りてたけど、債務整理して今は完済しました", "none"),
    ("闇金から毎日電話。返せないと家に行くって", "high"),
    ("前にストーカーに付きまとわれたけど、もう2年何もない", "none"),
    ("昔は子どもを置いて遊びに出てたことがある。反省してる", "none"),
    ("はしごから落ちたのは去年の話。今年は業者を頼みたい", "none"),
    ("お年寄りが団子を詰まらせないか心配。小さく切るべき?", "none"),
    ("年長の娘が「ころすぞ」って言う。どこで覚えたんだろう", "none"),
    ("先輩の「死ね」が口癖でしんどい", "none"),
    ("首つりの木って言われてる公園の古い木、怖いので切ってほしい", "none"),
    # away for work, not missing; supplies about to be cut
    ("主人は出張で一週間帰ってこんけん、子育てワンオペです", "none"),
    ("夫が朝仕事に出たまま戻らない。携帯も切れてる", "high"),
    ("電気が止められそう。支払いを待ってもらえる?", "none"),
    ("昨日から電気が止まったまま。子どもが震えてる", "high"),
    ("明日には電気を止められそう。払うお金がない", "high"),
    # help asked for school work
    ("むすこ の しゅくだい むずかしい。たすけて", "none"),
]


ROUND65 = [
    # round 65 (from the new r87, r88 and f43, read after their unread figures): each class beside its near miss
    ("もう 首 つろうかな", "emergency"),
    ("首吊り坂の近くに住んでます。ゴミの日はいつ?", "none"),
    ("tomodachi ga hashi ni itte mou kaeranai tte. denwa denai", "emergency"),
    ("sensei, ashita kaerimasu. mou kaeranai kamo shinpai", "none"),
    ("父が階段から落ちて、痛がって動かれへん", "emergency"),
    ("Me caí en la cocina y no me puedo levantar", "emergency"),
    ("Всем будет лучше без меня", "emergency"),
    ("ห้องข้างบ้านมีเด็กร้องไห้ตั้งแต่เช้า ไม่มีใครอยู่", "emergency"),
    ("مالک مکان نے کہا کل تک گھر خالی کرو", "high"),
    ("嫁が孫を怒鳴って、夕ご飯抜きにしとる", "high"),
    ("ダイエットで夕ご飯抜きにしてる", "none"),
    ("ODがクセ。休みの前の日は薬をまとめて飲む", "high"),
    ("さっき薬をまとめて飲んだ", "emergency"),
    # a danger dreamt, a drama's, a plea not to die, a content old parent, self-harm and OD stopped
    ("電気止められる夢を見た。払ってあるのに", "none"),
    ("映画でDVのシーンがあって、見てられなかった", "none"),
    ("娘に「お母さん死なないで」って言われて、検診に行くことにした", "none"),
    ("祖父は「いつお迎えが来ても本望」と笑ってる。毎日畑に出るほど元気", "none"),
    ("祖父が口ぐせのように「もう迎えに来てくれんかのう」とこぼす", "high"),
    ("リストカットは中学でやめた。今は大学で心理学を勉強中", "none"),
    ("リスカやめたいけど、やめられない", "high"),
    # a wish to die told as past, or denied
    ("娘は高校の頃『消えたい』って言ってたけど、今は元気に働いてる", "none"),
    ("自殺とか考えてへんから大丈夫。ただ話を聞いてほしい", "none"),
    ("父は『死にたい』とは言わんけど、母が亡くなってから元気がない", "none"),
    ("寒うて生きてられへん。灯油代の補助はある?", "none"),
    # 遺書 as a will about property, not a farewell
    ("遺書を書いて、土地の相続をはっきりさせたい", "none"),
    ("遺書を書き終えた。もう思い残すことはない", "emergency"),
    # violence and dangers over or denied
    ("虐待ではないと思うけど、隣の子がよく泣いてて気になる", "none"),
    ("これって虐待じゃないかな。隣の子、いつも同じ服でお腹をすかせてる", "high"),
    ("うちの猫に毎晩噛まれて起こされる笑", "none"),
    ("立ち退きってほどじゃないけど、建て替えで出てほしいと言われた", "none"),
    ("電気止まる通知が来たけど、さっき払えました", "none"),
    ("虐待を受けた子の里親を10年やってます", "none"),
    ("闇金に借りたけど、司法書士さんに入ってもらって片付きました", "none"),
    ("元彼に叩かれてたらしいけど、もう別れて連絡もないって", "none"),
    ("まえ の かれ に たたかれた。いまは べっきょ して あんぜん", "none"),
    ("ガスは今のところまだ止まってへん。支払いの相談がしたい", "none"),
    ("母は認知症だけど、一人で出て行ったことはまだない", "none"),
    ("親とケンカして家出したい笑 しないけど", "none"),
    ("家出した娘が3日帰ってこない", "high"),
    ("ヘルパーさんが来る前に祖父がトイレで倒れて、起き上がれない", "emergency"),
    ("Saya merawat ibu yang lumpuh sendirian, lelah sekali", "none"),
    ("Nenek lumpuh, sering ditinggal sendirian di rumah", "high"),
]


ROUND66 = [
    # round 66 (from the fourteenth session's held sets c116, r86, r89, c117 and f42 and the new r90, r91 and f44, read after
    # their unread figures): each class beside its near miss
    ("しんどい、死似たい", "emergency"),
    ("もう死に隊…", "emergency"),
    ("田中氏に対して説明会の日程を聞きたいです", "none"),
    ("介護疲れて、気づいたら包丁を握ってた。自分に向けるか母に向けるか考えてしまう", "emergency"),
    ("包丁を握るのが怖くて料理ができなくなった。手が震える", "none"),
    ("Às vezes acho que seria melhor não acordar mais", "emergency"),
    ("É melhor não acordar ele agora, está dormindo", "none"),
    ("駐車場のすみで男の人が横になってて、朝からぴくりとも動かない", "emergency"),
    ("うちの猫、日向で寝ててぴくりとも動かない笑", "none"),
    ("向かいのじいさん、もう五日も見かけん。家から臭いがひどくなってきた", "emergency"),
    ("向かいの空き家、夏は臭いがひどくてハエもいっぱい", "none"),
    ("熱中症で倒れそうになったけど、水飲んで休んだら平気", "none"),
    ("前に人混みで息が苦しくなってから、出かけるのが怖い", "none"),
    ("仕事なくなったけど死ぬわけないやん、次探すわ", "none"),
    ("わたし ねる ところ ない。えき で ねてる", "high"),
    ("祖母は韓国語しか話せないので、通訳がいると助かります", "none"),
    ("部屋がぐちゃぐちゃで、朝起きられんし片付けもできん", "none"),
    ("妹が恋人にアパートに閉じ込められてるって。いま『助けて』ってメッセージきた", "emergency"),
    ("『もう終わりにしたい』…この雪かき笑 除雪ボランティアってありますか", "none"),
    ("祖母は若い頃「死んだらええ」言うてたけど、今は毎日元気や", "none"),
    ("一人暮らしのばあちゃんが、電話のたびに『いつ死んでもよか』ばっかり言う", "high"),
    ("明日からどこで寝ればいい？会社の寮を出された", "high"),
    ("A coach touched my son in a weird way at practice. What should I do?", "high"),
    ("시어머니 돌보느라 지쳐서 화가 나면 때릴 것 같아요", "high"),
    ("म १४ वर्षको हुँ। बुबाले आमालाई कुट्नुहुन्छ।", "high"),
    ("मकान मालिक ने घर से निकाल दिया, आज रात कहाँ सोऊँ?", "high"),
    ("دو دن سے کچھ نہیں کھایا", "high"),
    ("دوست پسر سابقم هر روز دنبالم می‌آید", "high"),
    ("もう十分だよね。じゅうぶん生きた。さようなら", "emergency"),
    ("今日も十分がんばった！おやすみなさい", "none"),
    ("もう焼酎あおって川に入ってしまおうか", "emergency"),
    ("もう夏だし海で泳ごうかな、海に入るの楽しみ", "none"),
    ("引き継ぎの資料は全部まとめた。明日からはもう行かなくていい", "emergency"),
    ("定年退職です。引き継ぎも済んで、明日からはもう行かなくていい", "none"),
    ("Он сейчас меня бьёт, помогите", "emergency"),
    ("Муж бил меня раньше. Сейчас он живёт в другом городе", "none"),
    ("Нөхөр яг одоо намайг цохиж байна", "emergency"),
    ("tôi uống hết cả lọ thuốc rồi", "emergency"),
    ("救急車を呼んだけど、ただの貧血でした。夜間の相談先を知りたい", "none"),
    ("このままじゃ店長に殺されるわ、って冗談はおいといて、介護休暇はとれますか", "none"),
    ("崖から落ちる夢を毎晩みて、寝た気がしない", "none"),
    ("夏は屋上のビヤガーデンで乾杯するのが楽しみ。地域のボランティア募集は？", "none"),
    ("生きる意味って何だろう、というテーマで卒論を書いています", "none"),
    ("消えてほしい、このお腹の贅肉。健康教室ってありますか", "none"),
    ("あの頃は毎日死にたいって思ってたな。今は子どもと元気にやってます", "none"),
    ("近所のおばあちゃんの郵便がたまってたけど、施設に泊まってたらしい", "none"),
    ("子どもがおなかすいたって泣いてる。お金もう無い。フードバンクは今日行ける？", "high"),
    ("借金の返済が遅れて、怖い人から職場にまで電話がくる", "high"),
    ("実家の母、とうゆが きれて さむいって。遠くて行けない", "high"),
    ("イライラして母の腕を強くつかんだら、痛いって泣かれた", "high"),
    ("夫が位置情報で私を見張っていて、友達に会わせてくれない", "high"),
    ("Моя дочь не приходит домой уже три дня", "high"),
    ("Mi abuelo salió ayer en la tarde y todavía no regresa", "high"),
    ("Preciso sair do alojamento até sexta e não tenho para onde ir", "high"),
    ("em phải ra khỏi ký túc xá trong tuần này", "high"),
    ("Өнөөдөр хүүхдэд өгөх хоол байхгүй", "high"),
    ("カッターで腕を切るの、やめられない", "high"),
    ("爪を切るのが下手で、深爪がやめられない", "none"),
    ("隣で赤ちゃんがもう4時間泣き続けてる。親は夜勤みたい", "emergency"),
    ("夫は単身赴任で週末しか帰らない。義母は孫の泣き声でイライラ", "none"),
    ("うちの子が夜泣きでずっと泣いてて、夫は出張中で帰ってこない。もうへとへと", "none"),
    ("こうじょう で ともだち たおれた。かお まっしろ", "emergency"),
    ("할머니가 숨을 제대로 못 쉬세요", "emergency"),
    ("할머니가 요즘 잠을 잘 못 주무세요", "none"),
    ("別れた夫にナイフを向けられて逃げた。あの人がまた現れそうで怖い", "high"),
    ("息子がばあちゃんの年金をぜんぶ持っていく", "high"),
    ("息子が年金の書類を持っていくので、手続きを教えてください", "none"),
    ("kaisha no hito ga watashi o naguru. kowai", "high"),
    ("Тато з деменцією пішов з дому і досі не повернувся", "high"),
    ("สามีห้ามออกจากบ้าน", "high"),
    ("祖母が台所でこけて動けなかったの。でも病院で診てもらったら異常なしで、夕方には帰ってきました", "none"),
    ("祖母が台所でこけて動けない、どうしよう", "emergency"),
    ("娘のノートに『死にたい』ってあって焦ったけど、バンドの歌詞だった", "none"),
    ("昔住んでたアパート、隣の悲鳴がすごくて怖かった。今の家は静か", "none"),
    ("弟はひきこもりだけど、暴れることもありません。将来が心配", "none"),
    ("しんぶん たまってたけど、びょういんに とまりに いってたんだと", "none"),
    ("sahu ko paisa tirna sakina, dinhu dhamki aauchha", "high"),
    ("Meu enteado ficou na rua até tarde porque a mãe trancou a porta", "high"),
    ("あ、彼の足音がした。またやられる、どうしよう", "emergency"),
    ("頭痛薬ひと箱いった。気持ち悪い", "emergency"),
    ("物忘れのひどい母が買い物に出かけて、スーパーにも来てないし戻らない", "high"),
    ("寝不足で、もうばあちゃんに手ぇあげそうや", "high"),
    ("このバッグ、高いけど手が出そう。母の日のプレゼントに", "none"),
    ("寮を出ないといけない期限が今週で、次の部屋がまだ決まってない", "high"),
    ("推しの引退で『もう無理、死ぬ』って叫んだだけでした笑", "none"),
    ("限定ガチャ全部外れた、もう生きていけないw", "none"),
    ("夕方に川を眺めるのが趣味です。散歩仲間を募集してますか", "none"),
    ("去年ここで相談して、死なずにすみました。お礼が言いたくて", "none"),
    ("眠剤なしだと眠れない。やめ方を相談したい", "none"),
    ("父の使っていた除草剤が物置にたくさんある。処分の仕方は？", "none"),
    ("義母の介護で眠れない。このままだと義母に何かしてしまいそうで怖い", "high"),
    ("ojiichan ninchishou. kinou kara inai", "high"),
    ("musuko kaette konai. mou 2nichi", "high"),
    ("tekubi kiru no yamerarenai", "high"),
    ("El dueño dice que tenemos que salir del departamento este mes", "high"),
    ("obaachan itsumo 'shinitai' tte mainichi iu", "high"),
    ("夜中に鼻から血が止まらない!と思ったら、ただの鼻血でした", "none"),
    ("『たすけて』って打ってみたけど、ただのテストです", "none"),
    ("映画の中で、父親が母親を殴るシーンがあって怖かった", "none"),
    ("20年前に兄が自殺で亡くなりました。遺族の集まりはありますか", "none"),
    ("母と連絡とれないと思ったら、スマホの電池切れだった", "none"),
    ("彼が戻ったら殺されるかも。去年は階段から突き落とされた", "high"),
    ("一度は死にたいと思ったけど、今は落ち着いて暮らしています", "none"),
    ("死にたいとか全然思ってないけど、疲れがとれない", "none"),
    ("借金ばかりで、この子と二人で消えてしまえば楽なのにと思う", "emergency"),
    ("このローンさえ消えてしまえば楽になるのに", "none"),
    ("たちのき こんしゅう まで。いく とこ ない", "high"),
    ("あの階段を毎日上り下りしたら死ぬわ笑 手すりをつけてほしい", "none"),
    ("このままいったら死ぬ、笑えない。もう限界", "emergency"),
    ("店長に殺される、シフト全部埋めろとか無理", "none"),
    ("He told me if I talk to the police he will kill me", "high"),
    ("息子から『もう無理、死ぬ』ってきたけど、部活の話だけだった", "none"),
    ("Êdî naxwazim bijîm, hemû tişt xerab e", "emergency"),
    ("ตอนนี้ยืนอยู่บนดาดฟ้า", "emergency"),
    ("همسرم الان با چاقو تهدیدم می‌کند", "emergency"),
    ("ong noi bi nga o nha tam, khong dung day duoc", "emergency"),
    ("هیچ چیزی برای خوردن نداریم، بچه گرسنه است", "high"),
    ("Bavê min nahêle ez derkevim", "high"),
    ("ane wa ninshin shite 8kagetsu. byouin ni itte inai", "high"),
    ("Caring for my father alone, last night I nearly hit him. I am afraid I will hurt him", "high"),
    ("The loan sharks keep calling and say they will come to my house", "high"),
    ("aku mau mengakhiri hidupku malam ini", "emergency"),
    ("Saya mau akhiri kontrak kerja bulan depan", "none"),
]

ROUND67 = [
    # round 67 (from the new r98, r99 (risk-focused), c120 and f49 (foreign residents), read after their unread figures): each class
    # beside its near miss
    ("兄がゴルフクラブで窓を叩いてる。お前も同じ目にあわせるって", "emergency"),
    ("昔、父がゴルフクラブを振り回したことがあった。もう亡くなりました", "none"),
    ("父が柱を蹴ってて、次はお前だぞって怒鳴ってる", "emergency"),
    ("となりの じいちゃん、こえ かげでも め あけねぇ。いき してっか わがんね", "emergency"),
    ("朝のあいさつで声をかけても目を合わせてくれない同僚がいて気まずい", "none"),
    ("おかね ほとんど ない。さいふ の なか 80えん", "high"),
    ("さいふに 3000えん あります。これで バスに のれますか", "none"),
    ("息子が酔うと妻の首を絞めるまねをするんです", "high"),
    ("死にたいとまでは思わないけど、夜になると太もも切ってしまう", "high"),
    ("ホームで飛び込みそうな人を見たけど、駅員さんが止めてくれて無事だった", "none"),
    ("ホームで飛び込みそうな人がいる。今ベンチの横でふらふらしてる", "emergency"),
    ("姉が彼氏に叩かれてる。でも逃げようとしない。どうしたらいい", "high"),
    ("85の祖母が「はよ死にたい」ばっかり いうとる", "high"),
    ("8年前、前の夫から暴力を受けてた。いまは娘と二人で落ち着いて暮らせてる", "none"),
    ("3年前、台所でボヤを出したことがあって。今はガスをやめてIHです", "none"),
    ("つきまといしてた元同僚は逮捕されて、もう安心して暮らせてます", "none"),
    ("つきまといの男が逮捕されたけど、もう釈放されたって聞いて怖い", "high"),
    ("叩かれる場面、実は漫画の題材なんです。取材させてもらえませんか", "none"),
    ("父が「俺が死んだら墓はいらん」といつも言っています", "none"),
    ("野球部の監督に「寝坊したら殺す」ってふざけて言われたw", "none"),
    ("中学生の娘が反抗期で「死ね」しか言わなくなった", "none"),
    ("ヤミ金はもうこりごりです。まっとうに借りられるところを知りたい", "none"),
    ("祖父がオレオレ詐欺で200万とられました。警察には届けました", "none"),
    ("母がオレオレ詐欺でお金をとられて、今月の生活費もありません", "high"),
    ("弟とはほとんど連絡が取れないけど、年賀状は来ます", "none"),
    ("兄と一週間連絡が取れない。アパートにもいない", "high"),
    ("大家さん怒ってて、そのうち出てけって言われそう", "none"),
    ("子どものあざ、体育で転んでできたって先生から聞きました", "none"),
    ("夏の坂道は暑くて死ぬわ〜って毎年言ってる父です", "none"),
    # round 67, second part (from the new r100 (risk-focused), c121 (the dev mix) and f50 (foreign residents), read after their unread figures)
    ("夫に蹴られてベランダに締め出された。はだしで、外は氷点下", "emergency"),
    ("冬でも裸足で外を歩くのが健康法らしい。マイナスの朝もやってる父です", "none"),
    ("兄が祖母の通帳からお金を引き出して全部パチンコに使ってる", "high"),
    ("母の年金の通帳、どこに申請すれば再発行できますか", "none"),
    ("きょう食べるお米もない。ひきこもりの弟は自分の部屋から出てこない", "high"),
    ("三十過ぎの息子、半年くらい自室にこもってて出てこない", "none"),
    ("介護がつらくて、自分でも母を叩きそうで怖い", "high"),
    ("昔、元の彼に刃物で脅された。あいつが近くに越してきたと聞いて不安", "high"),
    ("裏山にクマが出て、殺されるかと思った。役場に知らせた方がいい?", "none"),
    ("祖父が会うたび毎回「あの世に行きたい」って言う。90歳です", "high"),
    ("兄が酔うと「殺すぞ」と言います。手は出してきません", "high"),
    ("兄が「殺すぞ」と言って、いま包丁を探してる", "emergency"),
    ("調理用の包丁を研いでくれるお店を探しています", "none"),
    ("川に落ちたら危ないから、子どもに泳ぎを習わせたい", "none"),
    ("母を介護して疲れた。いっそ二人で川に落ちたらと考えてしまう", "emergency"),
    ("延命治療は望まないと父が言っています。書面に残す方法は?", "none"),
    ("隣の夫婦、旦那さんが奥さんの首を絞めてるのを先週見た", "high"),
    ("わたし こども は いない。 ひとりで くらして さびしい", "none"),
    ("Can someone call me? Writing is difficult for me, my Japanese is poor", "none"),
    ("Not a bot please. I need a real person, I want to end my life tonight", "emergency"),
    # round 67, third part (from the new r101 (precision-focused), c122 (the dev mix) and f51 (foreign residents), read after their unread figures)
    ("裏のじいさま、チャイム鳴らしても返事がねえ。明かりが点いたまま4日になる", "emergency"),
    ("電気つけっぱなしで寝ちゃう癖があって、電気代が高い", "none"),
    ("Mas mabuti pa na mamatay na lang ako, pagod na ako", "emergency"),
    ("Mas mabuti pang magpahinga ka muna bago magtrabaho", "none"),
    ("Ya no aguanto. Esta noche me tiro del puente", "emergency"),
    ("Me tiro al suelo de risa con ese programa", "none"),
    ("継父が夜中に妹の部屋に入ってくる。妹は中1でおびえてる", "high"),
    ("父が夜中に娘の部屋に入って、布団をかけ直してくれてた", "none"),
    ("独居の方が『もう逝きたい』と訪問のたびにおっしゃる。88歳です", "high"),
    ("庭の草むしり中に蚊に刺されても気にしない父です", "none"),
    ("自分の葬式は自分で段取りしておきたい。子らに迷惑をかけたくないけえ", "none"),
    ("飼ってるハムスターがそろそろ死にそう。寿命かな", "none"),
    ("うちの猫が輪ゴムを誤飲したかも。夜でも診てくれる病院ある?", "none"),
    ("母は がいこくじん。びょういん いっしょ に いって つうやく して ほしい", "none"),
    ("胃がんと言われた時は死にたいと思ったけど、今は手術も終わって元気です", "none"),
    ("昔は『死にたい』と泣いたこともありました。今はパートに出ています", "none"),
    ("若い頃に死のうと思ったこともあった。でも生きてて良かったと思う", "none"),
    ("推しに会えたら死んでもいい笑 それより児童手当の振込日いつ?", "none"),
    ("首が回らんくらいの借金。生命保険で片をつけるつもりです", "emergency"),
]


ROUND34 = [
    # round 34 (from the fifth session's held sets c69, c70, r46, r47 and f12, read after their unread figures were
    # taken): dangers, each beside the near miss that must stay as it is
    ("このまま遠くの沖まで出て、もう戻らんでもええかなと思う", "emergency"),
    ("沖まで出たけど、風が強くて戻ってきた", "none"),
    ("酔った兄が「車ごと海に突っ込んでやる」と言って出ていった", "emergency"),
    ("睡眠薬を山ほど並べた写真が来た。「これから全部のむ」って", "emergency"),
    ("これから風邪薬を飲むけど、食後でいいの?", "none"),
    ("次の大雨で川に流されたい", "emergency"),
    ("こころの電話に何度かけても話し中で、もう誰でもいい", "emergency"),
    ("息子のメモに『週末決行』とだけ書いてあった", "emergency"),
    ("雨でも運動会は明日決行です", "none"),
    ("身寄りもない、墓もいらん。今夜そうする", "emergency"),
    ("夫がよく『俺の保険金でローンは片付くな』とつぶやく", "emergency"),
    ("歩道橋の手すりを乗り越えようとしている人がいる", "emergency"),
    ("公園のフェンスを子どもが乗り越えようとして危ない", "none"),
    ("母は台所で「お父さんと一緒に死のうか」と言った。冗談の口調じゃなかった", "emergency"),
    ("ゲームの台詞で「死にたくなければ逃げろ」ってあったよね", "none"),
    ("友達に死にたいって言われたら、どう返せばいいですか", "none"),
    ("叔父は死にたいとかは言ってないけど、元気がない", "none"),
    ("遺書じゃないけど、家族に手紙を書いておきたい", "none"),
    ("祖母がデイサービス いきたくない と言う", "none"),
    ("数年前まで死ぬことばかり考えていた。今は地域の食堂で元気に手伝っています", "none"),
    ("上の階の子の泣き声が、もう4時間やまない", "emergency"),
    ("うちの子、3時間おきに泣くので眠れません", "none"),
    ("앞집 아기가 몇 시간째 울어요", "emergency"),
    ("牛乳配達です。一人暮らしのお客さん宅、牛乳が4日分そのまま", "emergency"),
    ("旅行中なので新聞を5日分止めたい", "none"),
    ("大家です。いつも会う婆さんの姿が見えん。合鍵はあるけど入ってもいいのか", "emergency"),
    ("隣の家、郵便物は溜まっておらず、明かりもつく", "none"),
    ("防災講座で、倒れている人を見つけた時の対応を知りたい", "none"),
    ("救急車を呼ぶほどでもない腹痛、夜はどこに聞けばいい", "none"),
    ("祖父がどぶに落ちたけど、自分で上がってきて平気な顔してる", "none"),
    ("訪問看護師です。利用者さんの夫が今も暴れていて、怖くて外に出てきました", "emergency"),
    ("祖父が昼に散歩に出たまま、まだ戻ってけえへん。住所も言えへんのに", "high"),
    ("しゅうとが おかね ぜんぶ もってる。でんわも みられる", "high"),
    ("倅がわしの年金をもっていっちまう。通帳も返さん", "high"),
    ("ヘルパーさんが来た日に限って、財布からお金を取られている気がする", "high"),
    ("母はヘルパーさんにお金を盗られたって毎日言う。物忘れのせいだと思う", "none"),
    ("うちの だんな わたしを ぶった。にげたい", "high"),
    ("ビザが心配で離婚もできない。夫が怖い", "high"),
    ("Hawak ng boyfriend ko ang passport ko", "high"),
    ("パパ ママ の さいふ とる。ママ ないてる", "high"),
    ("つかれて どなってしまう。たたく かも しんぱい", "high"),
    ("My friend cut her wrist again, it happens every week", "high"),
    ("Mi hermano tiene cortes en los brazos", "high"),
    ("Lola ko bedridden, mag-isa sa bahay buong araw", "high"),
    ("He has eaten nothing since yesterday", "high"),
    ("দুই দিন কিছু খাইনি", "high"),
    ("गर्भवती छु, पैसा छैन", "high"),
    ("アパートの取り壊しで今月末に退去、次が決まってない", "high"),
]

ROUND33 = [
    # round 33 (from the training sets r48, f13 and f14, read after their unread figures were taken): dangers in Japanese
    # dialects and in the languages foreign residents write, each beside a near miss where one applies
    ("死ぬ方法", "emergency"),
    ("死ぬ方法を扱った小説の感想文を書きたい", "none"),
    ("月末までに消えとこうかと思う", "emergency"),
    ("駅の屋上駐車場に来た。柵の向こうをずっと見てる", "emergency"),
    ("じいちゃんの後を追いたか。もうひとりは嫌じゃ", "emergency"),
    ("取り立てに追われるのも疲れた。踏切に行く", "emergency"),
    ("帰りに踏切に行く道を教えて", "none"),
    ("父がペットボトルの灯油を間違えて飲んでしまった", "emergency"),
    ("灯油の配達をお願いしたい", "none"),
    ("台所の鍋から煙が出とる、母は寝とる", "emergency"),
    ("Ayaw na niya mabuhay, sabi ng kapatid ko", "emergency"),
    ("Друг написал «прощайте» и не отвечает", "emergency"),
    ("Nenek jatuh di kamar mandi, tidak sadar", "emergency"),
    ("අප්පච්චි වැටුණා, නැගිටින්න බෑ", "emergency"),
    ("爷爷在厕所摔倒了，起不来", "emergency"),
    ("El vecino dice que va a saltar desde el puente", "emergency"),
    ("Bé 3 tuổi ở nhà một mình, khóc mãi", "emergency"),
    ("Nhà tôi bị cắt nước từ sáng", "high"),
    ("妈妈有认知症，下午出门到现在还没回来", "high"),
    ("妈妈有认知症，钥匙老是找不到", "none"),
    ("かれし が けいたい まいにち みる", "high"),
    ("祖母のキャッシュカードで、叔父が無断でお金をおろしてる", "high"),
    ("My sister is scared of her husband", "high"),
    ("กรีดแขนอีกแล้ว", "high"),
]

ROUND32 = [
    # round 32 (from the held sets c63, c64, r38, r39 and f7, read after their unread figures were taken): each danger
    # beside its near miss
    ("これで最後やけん、と言って通帳と印鑑を預けていった", "emergency"),
    ("最後の支払いが済んだので通帳を記帳してきた", "none"),
    ("展望台から海を見て、それで終わりにしようと思う", "emergency"),
    ("展望台の清掃の仕事、今月で終わりにしたい", "none"),
    ("海沿いの町まで来た。帰りの切符は買っていない", "emergency"),
    ("帰りの切符は駅で買えますか", "none"),
    ("mou tsukareta, shinu shika nai", "emergency"),
    ("Không có tôi thì gia đình sẽ tốt hơn", "emergency"),
    ("Tôi muốn làm cho xong việc tối nay", "none"),
    ("ami nijeke shesh kore dibo", "emergency"),
    ("毎日 生きとるとが たいぎい", "emergency"),
    ("雪かきがよだきい", "none"),
    ("一人暮らしのおじいさんの家、チャイムに返事がなくて、中で犬がずっと吠えてる", "emergency"),
    ("おじいさんの犬がずっと吠えてうるさい", "none"),
    (
        "新聞を配っています。一人暮らしのおばあさん、3日分が郵便受けに残ったままで、姿を見かけない",
        "emergency",
    ),
    ("配達した荷物がそのまま玄関に置いてある。受け取りの時間を変えたい", "none"),
    ("mi abuelo se cayó en la cocina y no puede levantarse", "emergency"),
    ("mi abuelo se cayó el mes pasado, ya está bien", "none"),
    ("bayi tetangga menangis sendirian dari tadi", "emergency"),
    ("妊娠8か月だけど、お金がなくて一度も健診に行けてない", "high"),
    ("妊娠8か月、健診で順調と言われました", "none"),
    ("I'm 7 months pregnant and haven't seen a doctor, no money", "high"),
    ("寝たきりの夫を介護してるけど、私が骨折して入院することになり、世話ができない", "high"),
    ("介護で腰が痛くて、私が倒れそう", "none"),
    ("Tuần sau phải ra khỏi ký túc xá, chưa có chỗ ở", "high"),
    ("Tháng sau tôi chuyển nhà, đã có chỗ ở mới", "none"),
    ("आज घरमा खाना केही छैन", "high"),
    ("pinjol mengancam sebar data saya", "high"),
    ("hàng xóm tối nào cũng đánh vợ", "high"),
    ("mi ex pareja me sigue hasta mi casa", "high"),
    ("夫はまだ手は出してないけど、時間の問題だと思う", "high"),
    ("時間の問題で解決すると思います", "none"),
    ("イライラして娘をベッドに投げつけてしまった", "high"),
    ("弟(知的障害)が自分の腕を噛んで血が出るまでやめない", "high"),
    ("母の介護、手が出る前に誰かに代わってほしい", "high"),
    ("担当のおじいさんが毎回『もう長生きはええ、はよ逝かせて』と笑う", "high"),
    ("家主が来月いっぱいで取り壊すので出てくれと", "high"),
    ("裏の空き家が来年取り壊される", "none"),
]

ROUND31 = [
    # round 31 (from the training sets r44, r45 and f11): each danger beside its near miss
    ("今晩で終わりにすると書き残していた", "emergency"),
    ("今日で書類の作業を終わらせる", "none"),
    ("橋の上にいる。最後に夕日が見れてよかった", "emergency"),
    ("女房が先に逝ったけ、わしもあっちへ行く", "emergency"),
    ("冬がくる。越す気もない", "emergency"),
    ("夏まで生きていないと思う", "emergency"),
    ("kanojo kara sayonara dake kita, renraku ga tsukanai", "emergency"),
    ("A veces pienso que es mejor morirnos juntos, mi hijo y yo", "emergency"),
    ("Bạn tôi nhắn 'vĩnh biệt' rồi tắt máy", "emergency"),
    ("naipon ko na ang mga gamot para mamayang gabi", "emergency"),
    ("川から引き上げた子の唇が紫で、反応がない", "emergency"),
    ("隣の赤ちゃん、泣き声が小さくなってきた。ずっと一人みたい", "emergency"),
    ("じいちゃ、台所で倒れで起ぎられねぇ", "emergency"),
    ("向かいの家、雨戸が閉まったままで、玄関の雪も踏まれてない", "emergency"),
    ("奶奶摔倒了，叫不醒", "emergency"),
    ("今、隣から男の子の『痛い』って叫ぶ声と殴る音が聞こえる", "emergency"),
    ("いま、弟が母に手を上げてる", "emergency"),
    ("いとこが『世話になった』とだけ送ってきて、電話もでね", "emergency"),
    # a request to stop the check-in messages is no farewell (the retrained model had raised it)
    ("no more messages please", "none"),
    ("I can't go on, no more, goodbye", "emergency"),
]

ROUND30 = [
    # round 30 (from the foreign residents' training sets f8-f10): each danger beside its near miss
    ("Я не хочу жить", "emergency"),
    ("Всем будет лучше без меня, прощайте", "emergency"),
    ("আমি আর বাঁচতে চাই না", "emergency"),
    ("ජීවත් වෙන්න බැහැ", "emergency"),
    ("Charchadim, o'lmoqchiman", "emergency"),
    ("살기 싫어요", "emergency"),
    ("我把一整盒安眠药都吃了", "emergency"),
    ("Nếu tôi biến mất thì tốt hơn", "emergency"),
    ("He wrote 'goodbye to all' and now his phone is off", "emergency"),
    ("身の回りの整理をしています。もう疲れました", "emergency"),
    ("引っ越しのため身の回りの整理をしています", "none"),
    ("넘어져서 못 일어나요", "emergency"),
    ("ojiisan ga koronde tatenai", "emergency"),
    ("报纸堆了一周，敲门没人应，是独居老人", "emergency"),
    ("I hide in the car with my kids, he is looking for us", "emergency"),
    ("Ele tá batendo nela agora, ouço gritos", "emergency"),
    # round 30, second part (training sets whose dangers the final retrain no longer raised)
    ("usle haat kaatyo, ragat rokidaina", "emergency"),
    ("私が死んだ後の手続きを前もって知りたい。金曜にはそうなる予定", "emergency"),
    ("波がさらってくれたらいいのに、私ごと", "emergency"),
    ("いろいろお世話になりました。もう大丈夫。さよなら", "emergency"),
    ("一人暮らしの部屋から異臭がして、呼んでも応答がない", "emergency"),
    ("The dorm goes with the job, and we have to be out tomorrow", "high"),
    ("My dorm contract ends next spring and I have to move out, any advice?", "none"),
    ("yamikin kara denwa ga kuru", "high"),
    ("Grandma has dementia and went out this morning, still not back", "high"),
    ("退去の期限が今週末で、行き先がない", "high"),
    ("Su esposo le quitó el pasaporte", "high"),
    ("壁越しにドンという音と女性の悲鳴が毎晩する", "high"),
    ("Thanks, goodbye for now", "none"),
]

ROUND29 = [
    # round 29 (from the risk-focused training sets r42 and r43): each danger beside its near miss
    ("Meu marido disse que ia se matar e saiu de carro", "emergency"),
    ("Ela tomou todos os comprimidos e não acorda", "emergency"),
    ("Quero acabar com as dívidas, como faço?", "none"),
    ("nasa tulay ako, pagod na", "emergency"),
    ("I'm on the platform, the next train comes soon, goodbye", "emergency"),
    ("What time is the next train to the city hall?", "none"),
    ("I care for my father alone and think we both die together", "emergency"),
    ("兄が「子どもたちを頼む」と書いて出て行き、電話が通じない", "emergency"),
    ("子どもたちをよろしくお願いします。保育園の申し込みです", "none"),
    ("naririnig ko, binubugbog siya ngayon", "emergency"),
    ("Nakahiga sa sahig si lolo, hindi gumagalaw", "emergency"),
    ("A vizinha idosa não abre a porta e tem um cheiro forte", "emergency"),
    ("umiiyak ang bata sa labas, walang tao sa bahay", "emergency"),
    ("置き手紙に『探さんといて』とあった", "emergency"),
    ("SNSに『ﾀﾋにたい』って。いつもの冗談っぽいけど今日のはなんか違う", "emergency"),
    ("SNSに『ﾀﾋにたい』って笑ってた。テストの点の話", "none"),
]

ROUND28 = [
    # round 28 (from the held sets c58-c60 and r32 after their figures were taken, and the training sets
    # r35-r37, c61, c62, f6): each danger beside its near miss
    ("ローンの返済が追いつかない。もう消えたい", "emergency"),
    ("家賃と光熱費で給料が一瞬で消えた", "none"),
    ("薬をためてある。今夜ぜんぶ飲むつもり", "emergency"),
    ("くすり ためとるけえ こんばん のむ", "emergency"),
    ("薬局でポイントをためてから今夜の薬を受け取る", "none"),
    ("生きるのに飽きた", "emergency"),
    ("同じ味のごはんに飽きた", "none"),
    ("来月にはもういないので手続きはいりません", "emergency"),
    ("年内にはもう私はこの世におりません", "emergency"),
    ("来月には転勤でもういないので、転出届はいつ出せばいい？", "none"),
    ("俺はもういなくなる", "emergency"),
    ("私はもういなくなるので、退職の手続きをお願いします", "none"),
    ("兄が「今日で死ぬ」と言った。冗談とは思えない顔だった", "emergency"),
    ("お母さんが「この子を連れて死にます」と笑わずに言った", "emergency"),
    ("友達が「テストで死ぬ」って笑ってた", "none"),
    ("風呂にドライヤーを持ち込んだ", "emergency"),
    ("風呂上がりにドライヤーを使うと停電する", "none"),
    ("梁を見るたびに考えてしまう。脚立も出した", "emergency"),
    ("古民家の梁を直したいので脚立を借りたい", "none"),
    ("猟銃の保管庫の鍵の場所は知ってる。今日使うかもしれない", "emergency"),
    ("猟銃の免許の更新に行ってきた", "none"),
    ("屋上のカギがあいてるのを知ってる", "emergency"),
    ("部下から『今夜のうちにもう死んでると思う』と連絡があった", "emergency"),
    ("生徒が「ビルから飛ぶ」と言っていなくなりました", "emergency"),
    ("向かいの独居のおばあさんの姿が一週間見えない。窓のあたりにハエがたかってる", "emergency"),
    ("ゴミ屋敷のにおいがひどい。住人はもう何年も姿を見てない", "none"),
    ("置き配の荷物が一週間分ドアの前にたまったまま。一人暮らしのおばあさんの家", "emergency"),
    ("置き配の荷物がたまって困るので宅配ボックスがほしい", "none"),
    ("子どもと逃げてコンビニのトイレにいます。夫が車で探し回ってる", "emergency"),
    ("今日は店長に倉庫に閉じ込められた", "emergency"),
    ("母親がいなくなって3日、子ども2人だけで暮らしてる", "emergency"),
    ("大量の薬の空シートと家族への手紙があった", "emergency"),
    ("妻と二人で車ごと海に飛び込むつもりだ", "emergency"),
    ("今年で最後にしたい。もう冬を越す元気がない", "emergency"),
    ("畑は今年で最後にしたい。体がきつい", "none"),
    ("透析はもうやめることにしました。誰も困らないので", "emergency"),
    ("これから焼酎と睡眠薬で何もかも終わらせる", "emergency"),
    ("同僚が「川見てくる」とだけ言ってスマホを置いたまま出て行った", "emergency"),
    ("仏様、早く連れて行ってくださいと毎晩拝んでいる", "high"),
    ("觉得活着没意思", "emergency"),
    ("他现在正在打我的孩子", "emergency"),
    ("我老公喝了酒就打我", "high"),
    ("O marido bate nela quase todo dia", "high"),
    # round 28, precision: each class told as not dangerous beside the same words in danger
    ("祖母が毎日「はよ死にたい、お迎えはまだか」と言う", "high"),
    ("祖母が毎日「はよ死にたい」と言っていたが、今夜薬を全部飲んだ", "emergency"),
    ("保育園のお迎えのあと、毎日父の介護でくたくた", "none"),
    ("演劇部で、首吊りをする役になった", "none"),
    ("夫に首を絞められた。今も部屋にいる", "emergency"),
    ("漫画で、自殺しようとするキャラを描いています", "none"),
    ("借りた部屋が、前に飛び降り自殺のあった事故物件だった", "none"),
    ("自殺未遂をした友人への接し方を学べる講座はありますか", "none"),
    ("「死にたい気持ち」の相談先を保健だよりに載せたい", "none"),
    ("遅刻したら部長に殺される勢いで叱られる", "none"),
    ("睡眠薬を間違えて2錠飲んだけど、薬局で問題ないと言われた", "none"),
    ("マグロの解体ショーで包丁を持っていきます", "none"),
    ("町内会の当番、今年でもう終わりにしたいです", "none"),
    ("満員電車で息が吸えない感じになる。医者には過呼吸の発作と言われた", "none"),
    ("台風で屋根が飛ぶかと思った。無事でした", "none"),
    ("死にたかった時期があったけど、今はだいぶ落ち着いてます", "none"),
    ("口癖が「暑うて死ぬわ」の母", "none"),
]


ROUND27 = [
    # round 27 (from the risk-focused training sets r33 and r34): each danger beside its near miss
    ("弟が何も食べずに寝てばかり。『もうこのまま逝くわ』って言う", "emergency"),
    ("このまま逝くのが理想の最期だと祖母は笑っていた", "none"),
    ("ずっと声が『死ね』と命令してくる。今夜は逆らえない気がする", "emergency"),
    ("頭の中で『消えろ』という声が毎日聞こえて眠れない。死にたくはない", "high"),
    ("目が覚めなければと毎晩思う。もう願うだけでは足りない", "emergency"),
    ("合格を祈るだけじゃ足りないから塾を増やした", "none"),
    ("ホームのはしに立ってる。次の電車が来たらもう", "emergency"),
    ("ふみきりの前で電車を見送るのが好きな子です", "none"),
    ("正月まで生きてる気がしない。もう疲れた", "emergency"),
    ("正月まで休みがない気がする", "none"),
    ("ベランダから下を見てたら、飛べそうな気がしてきた", "emergency"),
    ("飛行機の窓から見た景色がすごかった", "none"),
    ("夜中に遺書の例文を検索してた", "emergency"),
    ("遺言書の書き方を教えてほしい", "none"),
    ("介護中、夫の首に手をかけてしもうた。今度はほんまに…", "emergency"),
    ("祖父が冷たくなってる気がする、怖くてさわれない", "emergency"),
    ("冬は手が冷たくて、水仕事が怖い", "none"),
    ("父をゆすっても起きない。いびきもしてない", "emergency"),
    ("息子は朝ゆすっても起きないので学校に遅れる", "none"),
    ("窓から見たら、おじいさんが廊下に倒れてるのが見える。呼んでも返事がない", "emergency"),
    ("兄が閉じこもって、昨日から物音ひとつしない。内側から鍵がかかってる", "emergency"),
    ("隣の部屋、昨日から物音がしないのは旅行に行ったからだと大家さんが言ってた", "none"),
    ("男が女の人を何度も壁に叩きつけてる", "emergency"),
    ("ポスターを壁に押しつけて貼っている", "none"),
    ("父さん 二日 めし くわねぇ", "high"),
    ("ヘルパーです。おばあさんを孫が叩いています。私も台所から出られません", "emergency"),
    ("母の年金の通帳、兄が持ってって返してくんねぇ", "high"),
    ("息子が怒ってふすまを蹴破った。次は私かと思うと怖い", "high"),
    ("要介護4の父、母が入院して今夜から家に一人になります", "high"),
    ("バス代がなくて透析を休んだ", "high"),
    ("透析の日は仕事を休みます", "none"),
    ("寮が閉鎖で、仕事と住むところが一度になくなる", "high"),
    ("毎朝、夫は飲んだまま子どもの送り迎えの運転をしてる", "high"),
    ("妹が家を出て一週間、携帯もつながらない", "high"),
]


# Rounds 8-27 (precision and recall classes read from new writers' sets after they were scored unread; rounds 16 and 18
# from the emergencies of the training sets that only the concern model had caught): each class
# is written next to the danger it must not hide, so a row of either kind failing is a class lost.
@pytest.mark.parametrize(
    ("text", "risk"),
    ROUND8
    + ROUND9
    + ROUND10
    + ROUND11
    + ROUND12
    + ROUND13
    + ROUND14
    + ROUND15
    + ROUND16
    + ROUND17
    + ROUND18
    + ROUND19
    + ROUND20
    + ROUND21
    + ROUND22
    + ROUND23
    + ROUND24
    + ROUND25
    + ROUND26
    + ROUND27
    + ROUND28
    + ROUND29
    + ROUND30
    + ROUND31
    + ROUND32
    + ROUND33
    + ROUND34
    + ROUND35
    + ROUND43
    + ROUND47
    + ROUND49
    + ROUND50
    + ROUND51
    + ROUND52
    + ROUND53
    + ROUND54
    + ROUND55
    + ROUND56
    + ROUND57
    + ROUND58
    + ROUND59
    + ROUND60
    + ROUND61
    + ROUND62
    + ROUND63
    + ROUND64
    + ROUND65
    + ROUND66
    + ROUND67,
)
def test_risk_round_classes(text: str, risk: str) -> None:
    result = classify(text)
    assert result.risk == risk, [(e.label, e.text, e.term) for e in result.evidence]
