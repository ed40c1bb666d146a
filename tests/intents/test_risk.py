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
]

NONE = [
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
