"""Money, work and home told in many ways → poverty_finance, employment, housing.

Each row is a message written for these tests (not taken from any eval set): the everyday, hiragana,
dialect, romaji, English and third-party ways residents tell money trouble, work trouble and trouble with
a home. Only the three labels owned here are compared (both ways: each expected one must fire, none of the
others may), so that work on other labels' dictionaries does not make these tests flaky.

Conventions (eval/WRITING.md): unpaid rent alone is money, not housing; housing only when the home itself
is at stake; employment with poverty_finance when the income is gone and money is said to be short.
"""

from __future__ import annotations

import pytest

from intents import classify

OWNED = frozenset({"poverty_finance", "employment", "housing"})
P, E, H = "poverty_finance", "employment", "housing"

# Bills, utilities, cash in hand, food, debts, benefits.
POVERTY = [
    ("電気代が2か月分たまってます", {P}),
    ("ガス止められた。お湯が出ない", {P}),
    ("でんき とめられました。どうしたら いいですか", {P}),
    ("スマホ止まったから友達のWi-Fiから送ってる", {P}),
    ("水道止めるって通知きた", {P}),
    ("財布の中 300円しかない", {P}),
    ("給料日まであと5日、米しかない", {P}),
    ("子どもにだけ食べさせて、自分は1日1回しか食べてない", {P}),
    ("修学旅行の積立が払えなくて行かせてやれない", {P}),
    ("高校の制服代が用意できません", {P}),
    ("入院費の請求がきたけど払えそうにない", {P}),
    ("年金保険料の免除ってどうやるの", {P}),
    ("住民税の督促がきた。分割にできますか", {P}),
    ("闇金から電話がかかってきて怖い", {P}),
    ("ギャンブルで作った借金、家族にばれたくない", {P}),
    ("年金だけじゃやっていけん", {P}),
    ("せいかつほごの しんせい したい", {P}),
    ("社協でお金貸してくれるって聞いたんですが", {P}),
    ("ひとり親の手当、いつ振り込まれるの", {P}),
    ("ぜにこ ねえ", {P}),
    ("おかね すこししか ない", {P}),
    ("今月ピンチすぎる", {P}),
    ("家計がまわらん", {P}),
    ("金が足らん", {P}),
    ("給料前でもう手持ちがない", {P}),
    ("給料入っても一瞬で消える", {P}),
    ("塾に行かせてあげられない", {P}),
    ("わしゃ年金暮らしじゃけえ、医者代もばかにならん", {P}),
    ("ケータイ止まってます。公衆無線LANで書いてます", {P}),
    ("お米がおとといで尽きました", {P}),
    ("ねんきん の日まで あと 4か かかります。こめが もうない", {P}),
    ("障害年金の等級が下がって減額された", {P}),
    ("うつで働けないので障害年金を申請したい", {P}),
    ("傷病手当が終わったら収入がなくなる", {P}),
    ("シングルマザーで使える給付金はありますか", {P}),
    ("推し活にお金つぎ込みすぎて今月の家賃やばい", {P}),
    ("夫が生活費を入れてくれません", {P}),
    ("子どもの昼食代がかさんで夏休みがこわい", {P}),
    ("習い事の月謝どころか、給食費も払えてない", {P}),
    ("貯金を取り崩して何とか暮らしてる", {P}),
    ("口座残高が数百円", {P}),
    ("ワーキングプアです", {P}),
    ("kyou gohan ga nai", {P}),
    ("okane ga zero desu", {P}),
    ("denki ga tomarimashita", {P}),
    ("My electricity was cut off yesterday", {P}),
    ("I only have 3000 yen until payday", {P}),
    ("loan sharks keep calling me", {P}),
    ("Tôi hết tiền rồi", {P}),
    ("kodomo ni tabesaseru mono ga nai", {P}),
    ("たべるものが ありません", {P}),
    ("こめが かえません", {P}),
    ("生活穂後を受けたい", {P}),
    ("国からお金もらえる制度ってありますか", {P}),
    ("明日までに3万円いるんです", {P}),
    ("食料をくれる団体を知りたい", {P}),
    ("灯油代の助成は今年もありますか", {P}),
    ("高額療養費の申請のしかた", {P}),
    ("国民年金の納付猶予ってなに", {P}),
    ("銭っこねぐて困ってら", {P}),
    ("家賃はろうたら何も残らん", {P}),
    ("奨学金返すのきつすぎ", {P}),
    ("れいぞうこ からっぽ", {P}),
    ("冷蔵庫に調味料しか入ってない", {P}),
    ("お金", {P}),
    ("税金のことで相談したい", {P}),
    ("Hindi ko mabayaran ang upa ngayong buwan", {P}),
    ("We are behind on our bills and the kids are hungry", {P}),
]

# Losing work, work that is hard to bear, looking for work, foreign workers.
EMPLOYMENT = [
    ("会社から明日から来なくていいと言われた", {E}),
    ("派遣の仕事が今月で終わります", {E}),
    ("パートの契約が3月で満了と言われた", {E}),
    ("工場の仕事を切られてしまった", {E}),
    ("かいしゃ やめさせられました", {E}),
    ("バイトもシフト減らされた", {E}),
    ("店長にシフト入れてもらえない", {E}),
    ("会社が倒産しそう", {E}),
    ("先輩に毎日怒鳴られる。もう限界", {E}),
    ("職場でいじめにあってる", {E}),
    ("夜勤がきつくて体がもたない", {E}),
    ("バイトまじでしんどい、辞めたいけど辞めさせてもらえん", {E}),
    ("次が決まるまでは辞められない", {E}),
    ("65歳でも働ける仕事ありますか", {E}),
    ("10年以上ブランクがあって面接が怖い", {E}),
    ("いきなり毎日は無理なので週2日から働きたい", {E}),
    ("在宅でできる仕事ある？", {E}),
    ("技能実習生です。実習先の人が怖い", {E}),
    ("会社の人にパスポートを取り上げられた", {E}),
    ("面接ぜんぶ落とされた笑", {E}),
    ("仕事さがしよるけど、ないねえ", {E}),
    ("しごと さがして います", {E}),
    ("清掃の仕事ってありますか", {E}),
    ("ほいくの しごと さがして います", {E}),
    ("透析が始まったら仕事どうしよう", {E}),
    ("がんの治療をしながら仕事を続けられるか不安", {E}),
    ("パニックで通勤できなくなった", {E}),
    ("もう働けんけん、どうしたらよかと", {E}),
    ("正社員になりたい", {E}),
    ("育休明けに降格された", {E}),
    ("SNSで見た闇バイトに手を出しそう", {E, P}),
    ("リストラされて収入がゼロになった", {E, P}),
    ("I was fired last week", {E}),
    ("My boss yells at me every day", {E}),
    ("shigoto ga mitsukarimasen", {E}),
    ("kubi ni narimashita", {E}),
    ("精神障害があって一般就労は不安", {E}),
    ("ビザの更新のために仕事が必要", {E}),
    ("しごとが みつかりません", {E}),
    ("職がのうなってしもうた", {E}),
    ("首切られたわ", {E}),
    ("給料もろてへんのに店が閉まった", {E, P}),
    ("派遣先の社員にハラスメントされてる", {E}),
    ("40代、職歴なしでも雇ってもらえる？", {E}),
    ("働いたことが一度もない", {E}),
    ("ヘルパーの仕事に興味がある", {E}),
    ("仕事", {E}),
    ("仕事のことで悩んでいます", {E}),
    ("My employer did not pay me for March", {E}),
    ("寮付きの仕事を探してる", {E, H}),
]

# Being put out, refused, no guarantor, nowhere to sleep, cheaper or public housing.
HOUSING = [
    ("大家さんから出ていってくれと言われた", {H}),
    ("建物が古いので取り壊すから出てくれと言われた", {H}),
    ("高齢だからと部屋を貸してもらえない", {H}),
    ("大家さんがシングルマザーはダメだって", {H}),
    ("障害があると言ったら入居を断られた", {H}),
    ("どこの不動産屋も貸してくれん", {H}),
    ("保証人になってくれる人がおらん", {H}),
    ("もっと安い部屋に住み替えたい", {H}),
    ("公営住宅って何歳から申し込める？", {H}),
    ("今ネカフェ暮らしです", {H}),
    ("車で寝泊まりしてる", {H}),
    ("駅のベンチで毎晩寝てる人がいます", {H}),
    ("夫から逃げたいけど行くあてがない", {H}),
    ("部屋を出んといけん", {H}),
    ("ここを出なあかんねん", {H}),
    ("退院したあとどこに住むのか決まってない", {H}),
    ("足が悪いので平屋の住まいに移りたい", {H}),
    ("いえ を さがして います", {H}),
    ("へや かりたい です", {H}),
    ("再開発で立ち退きになる", {H}),
    ("I need a place to live", {H}),
    ("The landlord refused me because I am a foreigner", {H}),
    ("I am sleeping in my car", {H}),
    ("hoshounin ga inai", {H}),
    ("母子生活支援施設に入れますか", {H}),
    ("同居したいけど部屋が足りない", {H}),
    ("持ち家が競売にかけられる", {H, P}),
    ("保障人がいないと言われた", {H}),
    ("大家に出ていけ言われてん", {H}),
    ("保証人", {H}),
    ("高齢だと不動産屋さんで難しいと言われる", {H}),
    ("Nobody will rent to us because we are foreigners", {H}),
    ("住宅確保給付金の申請をしたい", {H, P}),
    ("安い所に移りたいが、引っ越す費用がない", {H, P}),
    ("仕事も家もなくしました", {E, H, P}),
]

# Unpaid rent alone is money; rent and being put out is money and home (eval/WRITING.md).
RENT = [
    ("家賃の支払いを待ってもらえますか", {P}),
    ("やちん はらえない", {P}),
    ("家賃が払えず、退去の通知がきた", {H, P}),
    ("家賃滞納で追い出されそう", {H, P}),
    ("大家から出ていけと言われたけど家賃は払ってる", {H}),
    ("失業して家賃が払えない", {E, P}),
]

# Hard negatives: money, work and home words in a message about something else.
HARD_NEGATIVES = [
    ("ガスの元栓を止めたか心配になる", set()),
    ("父がガスを止め忘れる", set()),
    ("水道が止まらない、蛇口がこわれた", set()),
    ("夫は仕事で毎日帰りが遅い", set()),
    ("看護師をしています。母の物忘れのことで相談したい", set()),
    ("お米が重くて買いに行けない", set()),
    ("このままだと叩きかねない", set()),
    ("下の部屋の住人が夜中に騒ぐ。管理会社は知らんぷり", set()),
    ("施設の入居を断られた", set()),
    ("入院するのに保証人が必要と言われた", set()),
    ("最近食欲がなくてご飯が食べられない", set()),
    ("病院の先生にもう来なくていいと言われた", set()),
    ("母が一人では生活できない", set()),
    ("料理教室に入れるところある？", set()),
    ("とうさんが なくなって さびしい", set()),
    ("ストーカーに転居先がバレた", set()),
    ("クーリングシェルターの場所を教えて", set()),
    ("障害者手帳があるとバス代が安くなるって聞いた", set()),
    # a carer who used up paid leave is the carer's story (round 5), not a job concern
    ("介護で有給も使い果たした", set()),
    ("家賃はちゃんと払ってるのに大家が冷たい", set()),
    ("元上司に付きまとわれてる", set()),
    ("障害があって部屋の掃除が無理", set()),
    ("仕事が終わってしまうと家に一人", set()),
    ("母の家に行ったら冷蔵庫が空っぽで驚いた", set()),
    ("バイト代ぜんぶ服に消えた笑", set()),
    ("スマホだけで誰でも月30万稼げる！詳しくはプロフへ", set()),
]


# Round 3: a cost that weighs (fares, medical bills, school fees), a small sum left, wages not paid (romaji too),
# meals cut to one a day, no money to move, a landlord who will not let, a rent rise, no money to repair, English.
MONEY_V3 = [
    ("実家への帰省の交通費がかさんで、もう続けられない", {P}),
    ("母のデイの利用料が重くて、うちの家計じゃ無理", {P}),
    ("娘の塾代が払えそうにない", {P}),
    ("貯金あと5万。来月どうしよう", {P}),
    ("所持金120円です", {P}),
    ("バイト代が振り込まれてない。店長と連絡がとれない", {P, E}),
    ("kyuryo ga moraenai", {P, E}),
    ("おかずを減らして、ご飯は1日1回だけにしてる", {P}),
    ("年金担保の貸付ってまだある?", {P}),
    ("引っ越しのお金がなくて、今の部屋から出られない", {P, H}),
    ("外国籍だとうちは貸せないと不動産屋に言われた", {H}),
    ("大家さんから来月から家賃を上げると通知がきた", {H}),
    ("屋根の修理代が出せない。雨漏りがひどい", {P, H}),
    ("I am looking for a cheap apartment near the station", {H}),
    ("交通費の精算のしかたを教えて", set()),
    ("貯金を始めたい。おすすめの方法は?", set()),
    ("友達にお金は貸せないって断った", set()),
    ("大雨で断水して水が出ない。給水所はどこ?", set()),
    ("団地の隣の部屋のピアノの音がうるさい", set()),
]


def _check(text: str, expected: set[str]) -> None:
    result = classify(text)
    got = set(result.intents) & OWNED
    assert got == expected, (text, sorted(got), [(e.label, e.text, e.how) for e in result.evidence])


# ---- round 4: a label present (True) or absent (False) ------------------------------------------------------
MONEY_V4 = [
    # no roof tonight; nothing at all
    ("派遣を切られて、今夜寝る場所がない", "poverty_finance", True),
    # (round 5) nowhere to live with no word of money is housing alone in the sets' convention
    ("きょうから すむところが ないです", "housing", True),
    ("きょうから すむところが ないです", "poverty_finance", False),
    ("仕事もない、家もない。もうどうにもならん", "poverty_finance", True),
    # wages unpaid for months; a large home-sales contract
    ("給料を3か月分もらってない。生活できない", "poverty_finance", True),
    ("きゅうりょう 2かげつ はらわれてない", "poverty_finance", True),
    ("母が訪問販売で200万円の契約をしていた", "poverty_finance", True),
    # a subsidy for cooling or heating
    ("祖父の家にクーラーをつけたい。補助はありますか", "poverty_finance", True),
    ("灯油代の助成ってまだやってますか", "poverty_finance", True),
    # English and romaji
    ("Is there help with paying rent? My hours were cut.", "poverty_finance", True),
    ("I can't pay my bills this month", "poverty_finance", True),
    ("okane ga zenzen nai desu. shigoto sagashite imasu", "poverty_finance", True),
    # a fee unpaid for months
    ("祖母の施設の利用料が2か月払われてないと連絡が来た", "poverty_finance", True),
    # negatives: blackmail, a dead parent's account, a shouted 出ていけ
    ("元カレに、五万振り込まなかったら動画を拡散するって脅されてる", "poverty_finance", False),
    ("祖母が他界し、祖母名義の口座は凍結されたそうです。名義変更の窓口は?", "poverty_finance", False),
    ("隣から「出ていけ」って怒鳴る声が毎晩聞こえる", "housing", False),
    ("エアコンの掃除を業者に頼みたい", "poverty_finance", False),
    ("He has a salary of 300,000 yen", "poverty_finance", False),
]


@pytest.mark.parametrize(("text", "label", "present"), MONEY_V4)
def test_money_v4(text: str, label: str, present: bool) -> None:
    result = classify(text)
    assert (label in result.intents) is present, (
        text,
        result.intents,
        [(e.label, e.text, e.how) for e in result.evidence],
    )


# ---- the tests, over every table above ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), POVERTY + EMPLOYMENT + HOUSING + RENT + HARD_NEGATIVES + MONEY_V3
)
def test_money_labels(text: str, expected: set[str]) -> None:
    _check(text, expected)
