"""Whole classes of expression for the family area: child_family, disability, abuse_violence.

Each row is a message written for these tests (not taken from any eval set) and the set of family labels
the taxonomy and eval/WRITING.md give it. Only the owned labels are compared (both ways: each expected one
must fire, none of the other owned ones may), so that work on the other labels does not make these tests
flaky. Rows are grouped by class (partner violence, coercive control, stalking, neglect seen by a
neighbour, …) so that a class that stops generalising shows as a block of failures; `set()` rows are hard
negatives (a sport, a tantrum, a road by a school).
"""

from __future__ import annotations

import pytest

from intents import classify

OWNED = frozenset({"child_family", "disability", "abuse_violence"})
AV = {"abuse_violence"}
AVC = {"abuse_violence", "child_family"}

ABUSE = [
    # partner violence, every wording
    ("旦那にどつかれて肩が上がらない", AV),
    ("夫が酒を飲むと物に当たって、壁がへこんでる", AV),
    ("主人が怒ると手がつけられない。昨日は髪の毛をつかまれて床を引きずられた", AV),
    ("彼にまたぶたれた。謝ってくるけどまた繰り返す", AV),
    ("同棲してる彼氏がキレると顔をはたいてくる", AV),
    ("嫁に殴られてるなんて男として誰にも言えない", AV),
    ("おっとが まいにち たたく こわい", AV),
    ("watashi no otto ga naguru. kowai", AV),
    ("My boyfriend hurts me when he is drunk", AV),
    ("My wife yells at me and threatens me every night", AV),
    # coercive control: money, phone, friends, outings, sex, put-downs
    ("夫が財布を握っていて、私は一円も自由に使えない", AV),
    ("旦那からお金をもらえず、レシートを全部チェックされる", AV),
    ("妻に携帯のパスワードを教えろと言われて、毎日中身を見られる", AV),
    ("彼にGPSを入れられて、どこにいるかずっと見張られてる", AV),
    ("夫の許しがないと友達にも会えない。実家にも帰らせてもらえない", AV),
    ("主人に働くなと言われて、パートも辞めさせられた", AV),
    ("夫が「誰のおかげで飯が食えてると思ってる」と毎日言ってくる", AV),
    ("彼氏にブスって毎日言われる", AV),
    ("夫に避妊してもらえない。断ると不機嫌になる", AV),
    ("夫に夜の行為を無理やりさせられる", AV),
    ("彼氏に裸の写真をばらまくと言われてる", AV),
    ("夫の機嫌が悪いと何をされるかわからなくて、顔色ばかりうかがってる", AV),
    ("離婚の話をしたら、夫に殺すぞと言われた", AV),
    ("夫が怒ると何日も口をきいてくれない。無視が続くのがつらい", AV),
    # stalking
    ("元カレから毎日何十件もLINEが来る", AV),
    ("別れた夫が私の新しい住所を探し回ってるらしい", AV),
    ("元彼が会社の前で待ち伏せしてた", AV),
    ("知らない男の人に家の前で待たれていて怖い", AV),
    ("ブロックしても別のアカウントからメッセージが送られてくる", AV),
    ("前の旦那が家の周りをうろついてる", AV),
    # children harmed or neglected, seen by a neighbour, a teacher, a friend
    ("近所の子が家でご飯を食べさせてもらってないみたい", AVC),
    ("向かいの家の子がまた外に出されて泣いてる。雨なのに", AVC),
    ("隣の部屋の小さい子が ずっと ないてる。親 いないみたい", AVC),
    ("アパートの隣、お母さんが何日も帰ってきてないみたいで、幼い兄弟だけでいる", AVC),
    ("担任している生徒の腕にたばこの火を押しつけたような跡があった", AVC),
    ("保育士です。園児が、ママにたたかれたと話しています", AVC),
    ("近所の小学生、夜遅くまで一人で公園にいて家に帰りたくないと言う", AVC),
    ("となりの家から夜中に子どもの『ごめんなさい』って叫ぶ声がする", AVC),
    ("スーパーの駐車場で車の中に赤ちゃんが一人で残されてる", AVC),
    ("姪っ子が継父に殴られてるらしい", AVC),
    # a parent who hits or fears hitting
    ("イライラして娘を叩いてしまった。最低な親です", AVC),
    ("このままだと子どもに何かしてしまいそうで怖い", AVC),
    ("子供をたたいてしまいそうになる自分がこわい", AVC),
    ("3歳の息子を蹴ってしまった", AVC),
    # older or disabled people: money, food, care, facilities
    ("おじさんが祖母の年金の通帳を持ち出して、返そうとしない", {"abuse_violence"}),
    ("兄が父のキャッシュカードを勝手に使ってる", AV),
    ("おじが ばあちゃんに めしを くれんらしい", AV),
    ("同居の孫が祖父のお金を勝手に持ち出してる", AV),
    ("ホームの介護職員が父の腕を乱暴につかんでいた", AV),
    ("寝たきりの父を置いて、同居の姉が何日も遊びに行ってる", AV),
    ("弟がうちの母ちゃんを殴っとるみたいや", AV),
    ("母の腕に指の跡があった。弟がやったんだと思う", AV),
    ("知的障害のある妹の障害年金を、叔母が勝手に使い込んでる", {"abuse_violence", "disability"}),
    ("障害のある兄が作業所で職員に叩かれてると言う", {"abuse_violence", "disability"}),
    # heard through the wall
    ("隣の家から毎晩ドンって音と怒鳴り声がする", AV),
    ("近所のご主人が奥さんを怒鳴りつけてる声が毎晩聞こえる", AV),
]

ABUSE_NEGATIVE = [
    ("息子がサッカーの試合で相手に蹴られてけがをした", set()),
    ("肩をたたいてもらうと楽になる", set()),
    ("太鼓をたたく教室に通いたい", set()),
    ("上司に毎日怒鳴られて会社に行きたくない", set()),
    ("夫がパチンコで給料を使ってしまう。家計が苦しい", set()),
    ("認知症の父に泥棒、殺されると言われてつらい", set()),
    ("ゲームしながら息子が『死ね』と叫んでいてびっくりした", set()),
]
ABUSE_NEGATIVE_CHILD = [
    ("2歳の娘が保育園でお友達を叩いてしまう", {"child_family"}),
    ("子どもに怒鳴ってばかりの自分がいやになる", {"child_family"}),
    ("ママ友もいなくて、赤ちゃんと二人きりの毎日", {"child_family"}),
    ("イヤイヤ期で息子が暴れて手がつけられない", {"child_family"}),
]

TABLES = {
    "abuse": ABUSE,
    "abuse_negative": ABUSE_NEGATIVE,
    "abuse_negative_child": ABUSE_NEGATIVE_CHILD,
}
CASES = [
    pytest.param(text, labels, id=f"{table}-{i}")
    for table, rows in TABLES.items()
    for i, (text, labels) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_family_labels(text: str, expected: set[str]) -> None:
    got = set(classify(text).intents)
    assert got & OWNED == expected & OWNED, f"{text!r}: got {sorted(got)}"
