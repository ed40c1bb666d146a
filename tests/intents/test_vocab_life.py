"""Risk of daily life (risk_life.yaml, sets_life.yaml): medical emergencies told by a layperson, an older person
who does not answer, and the high-risk losses of daily life (no food today, utilities cut, the home lost now,
a relative missing, a dependant left alone, medicine gone with no money, a birth near with no care).

Every message was written for these tests, in the registers residents use (kanji, hiragana with spaces,
dialect, simple Japanese, romaji, English). Emergency rows must be emergency; high rows at least high (an
emergency is not a miss there); none rows must stay none. Label rows check the concern that the rule names.
"""

from __future__ import annotations

import pytest

from intents import classify

EMERGENCY = [
    # fallen and cannot get up; collapsed where they are
    "ばあちゃんが廊下で座り込んだまま立てん。どうしよう",
    "母が床で動けなくなってて、私ひとりでは起こせない",
    "じっちゃが田んぼでこけて動けねぇって電話きた",
    "夫がお風呂で立ち上がれなくなってる。声は出てる",
    "Help, my grandmother is on the floor and can't get up",
    # called and answering oddly
    "祖父に話しかけても返事がおかしい。さっきまで普通だったのに",
    "母が急に言ってることがおかしくなった",
    "名前を呼ぶと目はあけるけど、すぐにぼんやりしてしまう",
    "My neighbour doesn't answer me properly and his face looks grey",
    # breathing, allergy after food or a sting
    "子どもがエビを食べたら顔がパンパンに腫れて、咳き込んでる",
    "蜂に刺されたあと、じんましんが出て息が苦しそう",
    "むすめ たまご たべた くちびる はれて いきが ぜーぜー",
    "My son ate peanuts and now his lips are swollen",
    "エピペン打ったけど、まだ苦しそう",
    # choking, swallowed something
    "おばあちゃんがお餅をのどにつまらせた!",
    "孫がアメを詰まらせたみたいで顔が真っ赤",
    "1歳の子がボタン電池を飲み込んだかも",
    "My father is choking on his food",
    # seizures
    "娘の発作が5分以上止まらない",
    "てんかんの発作が起きてる、いつもより長い",
    # bleeding, a head injury
    "包丁で手を切って、血がダラダラ出てくる",
    "頭から血がいっぱい出てる",
    "じいちゃんが階段から落ちて頭を打った",
    "子どもがベッドから落ちて頭をぶつけて、そのあと何回も吐いてる",
    "Old man next door slipped on the steps, his head is bleeding a lot",
    # stroke signs
    "母のろれつがおかしい。右手にも力が入らないみたい",
    "父の顔の左側が垂れ下がってる",
    "夫が朝起きたら左の手足がしびれて動かないって",
    "脳梗塞かもしれない。祖母の言葉が出てこない",
    "じいちゃん ろれつ まわってない",
    "I think my mother is having a stroke",
    # heat illness
    "炎天下で畑仕事してた祖母が、めまいがして立てないって",
    "暑い部屋で祖父が汗もかいてなくて、呼んでも反応が鈍い",
    "熱中症かも。父が畑で動けなくなってる",
    # low blood sugar
    "夫がインスリンのあと冷や汗と震えが止まらない",
    "糖尿病の母の様子がおかしい。話しかけてもわけのわからないことを言う",
    # too much to drink
    "友達が一気飲みして、呼んでも起きない",
    "彼氏が泥酔して、揺すっても反応がない",
    "We were drinking and my friend passed out, he does not wake up",
    # a baby taken ill
    "新生児が半日おっぱいを飲まなくて、ぐったりしてる",
    "赤ちゃんの手足が冷たくて、泣き声も弱い",
    "生後1ヶ月、顔色が悪くて呼吸が速い",
    "The baby is limp and not feeding",
    # a child in a hot car
    "炎天下、ショッピングモールの車内に幼児が残されてる",
    # an older person who does not answer
    "斜め向かいのじいさま、玄関に新聞が4日分",
    "となりの ばあちゃん 4日も みかけない。ゆうびん いっぱい",
    "一人暮らしの父に昨日から何度電話しても出ない",
    "実家の母がきのうから電話に出ません。こんなこと初めて",
    "向かいのお年寄り、昼も夜も電気がつけっぱなしで、ここ3日姿を見ていない",
    "担当地区の高齢の男性宅、チラシがドアに挟まったまま",
    "ばあちゃん ひとりで すんでる。けさから なんかい でんわしても でない",
    "My elderly neighbour lives alone. Her mail is piling up and she doesn't answer the door",
]

HIGH = [
    # nothing to eat today
    "きょう たべるもの ない",
    "今日食べるもんが何もないんよ",
    "食べ物がもうない。子どもがお腹すいたって泣いてる",
    "財布に100円しかなくて、今日なにも食べてない",
    "gohan ga nai. okane mo nai",
    "We have no food at home and no money",
    "米が切れて、年金が入るまであと5日",
    "晩ご飯がない。子どもに食べさせるもんがない",
    "ミルク代もない。赤ちゃんがいるのに",
    "家には食べ物がほとんどないみたい",
    "よめが わしに めしを くれん",
    # utilities cut or cut on a date
    "電気代払えてなくて、明日止めるって連絡がきた",
    "水道局の通知に、期限までに払わないと給水停止とある",
    "でんき とまった。さむい",
    "The electricity was cut off today",
    "電気もガスも止まってる",
    # the home lost now
    "退去の期限が今日です",
    "不動産屋が来週カギを替えるそうです。家賃3か月ためてる",
    "今夜ねるところがない",
    "住む所ないです。どうしたらいい",
    "公園で寝泊まりしてる。もう3日",
    "I have nowhere to sleep",
    "neru tokoro ga nai",
    "The landlord said I must move out by tomorrow",
    # a relative missing
    "認知症の祖母が夕方から帰ってきません",
    "父が散歩に出たまま戻らない。認知症です",
    "おかあさん けさ でかけて もどらない。にんちしょう",
    "高校生の息子が昨日から帰ってない。電話もつながらない",
    "兄と1週間連絡がつかない。アパートにもいない",
    "弟が家を出たきり戻らない",
    "My husband has dementia and he is missing since this morning",
    # a dependant left with nobody
    "寝たきりの父を介護してた母が救急搬送されて、父が家で一人きり",
    "要介護4の祖母を置いて叔父が出て行った。誰も見る人がいない",
    # medicine gone, no money
    "インスリンがあと2日分しかない。お金がなくて病院に行けない",
    "薬が切れたけど、保険証がなくてもらいに行けない",
    "I ran out of insulin and can't afford more",
    # a birth near with no care
    "妊娠9か月だけど病院に行ってない。お金もない",
    "臨月なのに産む病院が決まってない",
    "予定日が来週なのに一度も健診を受けてない",
]

NONE = [
    # past emergencies that are over
    "息子が去年熱性けいれんを起こした。予防接種は受けられる?",
    "先週ひきつけを起こしましたが、今はもう元気です",
    "父が前に倒れて救急車で運ばれたけど、今は元気にしてます",
    # first-aid and prevention questions
    "AEDの講習を町内会で受けたい",
    "けいれんを起こしたときの対処法を教えてください",
    "熱中症対策の見守りはありますか",
    "応急手当の研修はどこでやってますか",
    # services and routine worries
    "一人暮らしの祖母に緊急通報装置をつけたい",
    "母が昼間一人で家にいるのが心配",
    "高齢の父、最近電話に出ないことが多い",
    "夫は脳梗塞の後遺症で右手が動かない。リハビリの相談をしたい",
    "風呂で立ち上がれないことがあるので手すりをつけたい",
    "寝たきりの母のおむつ代の補助はありますか",
    "インスリンの自己注射のやり方を教わりたい",
    "妊娠8か月です。両親学級はありますか",
    "赤ちゃんがミルクをあまり飲まない。量はどれくらいが普通?",
    # food, money, housing said without danger
    "子どもがご飯を食べてくれない",
    "お米が高くなって家計が苦しい",
    "電気代が高い",
    "新聞の配達を止めたい",
    "来月引っ越す予定で、退去の手続きを知りたい",
    "防犯のため玄関の鍵を替えたい",
    # family who come home late, or are far
    "息子が夜遅くまで帰ってこないのが心配",
    "実家に何年も帰ってない",
    # idioms and light troubles
    "転んで膝をすりむいた",
    "昨日は飲みすぎて、ろれつが回らないくらいだった",
    "お酒を飲みすぎる夫が心配",
]

LABELLED = [
    ("父が急に右手に力が入らなくなって、しゃべり方も変", "health_medical"),
    ("友達が飲みすぎて、揺すっても起きない", "health_medical"),
    ("生後2か月の赤ちゃんがミルクを飲まなくて、手足が冷たい", "child_family"),
    ("一人暮らしの父に昨日から何度電話しても出ない", "elderly_care"),
    ("きょう たべるもの ありません", "poverty_finance"),
    ("ガス会社から、来週止めますって手紙がきた", "poverty_finance"),
    ("住むとこない。どうしよう", "housing"),
    ("大家さんが家賃を払わないなら鍵を替えるって", "housing"),
    ("寝たきりの祖母をみていた叔母が倒れて、祖母が家に一人", "elderly_care"),
    ("インスリンがもうすぐ切れる。お金がないから病院に行けない", "health_medical"),
    ("妊娠8か月だけど、一度も病院に行ってない", "child_family"),
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_life_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", HIGH)
def test_life_high(text: str) -> None:
    result = classify(text)
    assert result.risk in ("high", "emergency"), [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", NONE)
def test_life_none(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize(("text", "label"), LABELLED)
def test_life_concern_label(text: str, label: str) -> None:
    result = classify(text)
    assert label in result.intents, [(e.label, e.text, e.term) for e in result.evidence]
