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
    # dialect, hiragana, slang
    ("うちの旦那、酒が入るとすぐ手ぇ出すんよ", AV),
    ("おとうが おかあを たたきよる", AV),
    ("彼ぴに携帯ぜんぶチェックされてて友達とも会えん", AV),
    ("じいちゃんの ねんきん おじが ぜんぶ つかっとる", AV),
    ("夫に生活費を渡してもらえず、米も買えない", AV),
    # told by someone outside the home
    ("民生委員です。受け持ちの地区で、小さい兄弟だけで夜を過ごしている家がある", AVC),
    ("訪問看護をしています。認知症の利用者さんが、同居の娘さんに叩かれているようです", AV),
    # care staff, facilities
    ("デイサービスで職員に叩かれたと父が言う", AV),
    ("施設の職員さんが母をベッドにしばりつけていた", AV),
    # after leaving: fear of meeting, hiding the address, English
    ("調停で元夫と顔を合わせるのが怖くてたまらない", AV),
    ("住民票を前の夫に見られないようにする方法はありますか", AV),
    ("I ran away from my husband and need a safe place to stay", AV),
    ("My ex is following me every day", AV),
    ("かれしに くび しめられた", AV),
    ("ママが ごはん つくってくれない。きのうから なにも たべてない", AVC),
    ("向かいの家の子が夜中にベランダで泣いている。これで何度目か", AVC),
    ("うちの園に毎日同じ服で来る子がいて、体重も減ってきている", AVC),
]

ABUSE_NEGATIVE = [
    ("息子がサッカーの試合で相手に蹴られてけがをした", set()),
    ("肩をたたいてもらうと楽になる", set()),
    ("太鼓をたたく教室に通いたい", set()),
    ("上司に毎日怒鳴られて会社に行きたくない", set()),
    ("夫がパチンコで給料を使ってしまう。家計が苦しい", set()),
    ("認知症の父に泥棒、殺されると言われてつらい", set()),
    ("ゲームしながら息子が『死ね』と叫んでいてびっくりした", set()),
    ("母がヘルパーさんに暴言を吐いてしまって申し訳ない", set()),
    ("亡くなった夫の住民票の除票を取りたい", set()),
]
ABUSE_NEGATIVE_CHILD = [
    ("2歳の娘が保育園でお友達を叩いてしまう", {"child_family"}),
    ("子どもに怒鳴ってばかりの自分がいやになる", {"child_family"}),
    ("ママ友もいなくて、赤ちゃんと二人きりの毎日", {"child_family"}),
    ("イヤイヤ期で息子が暴れて手がつけられない", {"child_family"}),
    ("アパートで子どもと二人。今日はもうご飯がない", {"child_family"}),
    ("学校の先生に、子どもがいつも同じ服だと言われた。洗濯機が壊れてて", {"child_family"}),
    ("娘が公園でよその子に叩かれて帰ってきた", {"child_family"}),
    ("息子がクラスメイトを殴ってしまって学校に呼ばれた", {"child_family"}),
]

CF = {"child_family"}
DS = {"disability"}
CD = {"child_family", "disability"}

CHILD = [
    # pregnancy, told with and without the word
    ("生理がずっと来ない。まさかと思って怖い", CF),
    ("検査薬で陽性が出た。まだ誰にも言ってない", CF),
    ("高校生なんですが、できちゃったかもしれなくて彼氏にも言えない", CF),
    ("お腹の赤ちゃんのことで相談したい。健診に一度も行ってない", CF),
    ("産むかどうか決められない。相手とは連絡がつかない", CF),
    ("おろすかどうか悩んでいて、期限があるって聞いた", CF),
    ("妊娠8ヶ月ですが夫が単身赴任で頼れる人がいない", CF),
    ("帝王切開の費用ってどのくらいかかりますか", CF),
    ("にんしん しました。びょういん どこ", CF),
    ("I am pregnant and my due date is next month. I have no family here", CF),
    # postnatal and baby care
    ("産後2週間、夜中の授乳で一睡もできない日がある", CF),
    ("おっぱいを嫌がって飲んでくれない", CF),
    ("生後2か月の子がミルクを吐き戻してばかり", CF),
    ("抱っこしてないと泣き止まない。腕が限界", CF),
    ("赤ちゃんの沐浴のやり方を教えてくれる人がいない", CF),
    ("うちの子ご飯をほとんど食べてくれなくて心配", CF),
    ("my baby cries all night and I am alone", CF),
    # development
    ("2さいの むすめ ことばが でない", CF),
    ("1歳半なのにまだ歩かない。周りの子はもう走ってる", CF),
    ("4歳なのにおむつが取れなくて焦ってる", CF),
    ("発達相談の予約はどこに電話すればいい？", CF),
    ("うちの子、グレーゾーンって言われた", CD),
    # nursery, after school, care when a parent works
    ("認可外しか空いてなくて保育料が高すぎる", CF),
    ("0歳から預けられるところを探してる", CF),
    ("延長保育がない園なので仕事に間に合わない", CF),
    ("夏休みの間だけ子どもを見てくれるところはありますか", CF),
    ("孫をあずかって2年。もう体力がもたん", CF),
    # school refusal and bullying
    ("息子が学校に行くのを嫌がって、毎朝けんかになる", CF),
    ("うちの子 もう2か月 がっこう いってへん", CF),
    ("娘が教室に入れなくなって、保健室で過ごしてる", CF),
    ("学校いきたくねー。だるい", CF),
    ("高校やめたい。毎日しんどい", CF),
    ("息子がクラスで無視されてるらしい", CF),
    ("娘が部活の先輩たちから嫌がらせを受けてる", CF),
    ("クラスのLINEグループから外されて、悪口を書かれてた", CF),
    ("gakkou ikitakunai. ijime", CF),
    # teenagers
    ("中2の息子が夜遊びばかりして門限を守らない", CF),
    ("娘がSNSで知らない大人とやりとりしていて心配", CF),
    ("16歳です。親がうるさくて家出したい", CF),
    ("うちの子が最近、手首を切ってるみたい", CF),
    ("親ガチャはずれた。家にいたくない", CF),
    # single parents, grandparents raising children
    ("ひとりで子ども二人を育てていて、病気になったらと思うと不安", CF),
    ("シングルファザーです。娘の思春期のことが分からない", CF),
    ("娘が家を出て、孫を引き取って育てている", CF),
    # foreign parents
    ("こども 3さい ようちえん はいりたい です", CF),
    ("にほんの がっこう の こと わからない。むすこ 7さい", CF),
    ("My son is 5. How do I apply for elementary school?", CF),
    ("Mon fils a 4 ans, je cherche une crèche", CF),
    ("Meu filho precisa de escola. Onde posso perguntar?", CF),
    # parenting worries in a few words
    ("こんな私は母親失格ですよね", CF),
    ("兄弟げんかが毎日ひどくて疲れる", CF),
    ("引っ越しで転校させるか迷ってる", CF),
    ("通信制高校の学費ってどのくらい？", CF),
    ("うちの子が学校で暴れて先生から毎日電話が来る", CF),
    ("担任の先生に叩かれたと息子が言っている", AVC),
    ("中坊の息子がぐれて夜帰ってこない", CF),
]

CHILD_NEGATIVE = [
    ("子どもと一緒に遊べる公園を教えてください", set()),
    ("小学校の前の道路の街灯が切れてます", set()),
    ("高校生でも参加できる清掃ボランティアはありますか", set()),
    ("保育園の給食の献立はどこで見られますか", set()),
    ("35歳の息子が仕事を辞めてから家にいる", set()),
    ("息子(42)が実家に戻ってきて働かない", set()),
    ("娘は県外に嫁いで、孫の世話で忙しそう", set()),
    ("こどもは とうきょうで くらしてます", set()),
    ("学生時代にいじめられた記憶がいまも消えない", set()),
    ("ぎっくり腰で寝返りを打つのもつらい", set()),
    ("子どもが小さいので在宅でできる仕事を探してる", set()),
    ("このままでいいのか不安です", set()),
    ("ATMでお金をおろすやり方がわからない", set()),
    ("上の階の子どもの足音がうるさくて眠れない", set()),
    ("保育士の資格を取るための学校を探してる", set()),
    ("学童の指導員の求人はありますか", set()),
    ("今日は孫たちとプールに行く予定です", set()),
    ("近所の子どもたちが夜遅くまで騒いでいてうるさい", set()),
    ("娘たちはもう社会人になって家を出ています", set()),
    ("若い頃はシングルマザーでした。今は一人暮らしで話し相手がいない", set()),
]
CHILD_NOT_ABUSE = [
    ("元妻が子どもに会わせてくれない", {"child_family"}),
]

DISABILITY = [
    # physical
    ("事故で下半身が動かなくなった。これからどう暮らせばいいのか", DS),
    ("交通事故で片足を切断しました", DS),
    ("電動車いすの補助を申請したい", DS),
    ("脳出血のあと右手が動かない。身体の手帳は取れますか", DS),
    # visual and hearing
    ("目がほとんど見えなくて、役所の書類が読めない", DS),
    ("めが みえにくくて てがみが よめません", DS),
    ("失明してから外出ができない", DS),
    ("人工内耳の手術を受けた。補助はありますか", DS),
    ("耳が聞こえにくいので、チャットで相談したい", DS),
    ("みみが とおいので でんわ できない。らいんで そうだん したい", DS),
    ("要約筆記をお願いできますか", DS),
    # intellectual and developmental, adult and child
    ("IQが低いと言われた。仕事が覚えられない", DS),
    ("軽度知的障害の弟が一人暮らしをしたいと言っている", DS),
    ("自閉の息子が急な予定変更でパニックになる", DS),
    ("LDで読み書きがとても苦手です", DS),
    ("大人のADHDかもしれない。診断はどこで？", DS),
    ("ASDと診断された。職場にどう伝えたらいいか", DS),
    # mental illness as a disability
    ("双極性障害で手帳を持ってます。使えるサービスを知りたい", {"disability"}),
    ("うつで働けず、障害年金を考えています", DS),
    ("統合失調症の兄が来月退院するが、帰る場所がない", DS),
    # nanbyo, medical care
    ("筋ジスの息子の介助をしてくれる人を探している", DS),
    ("胃ろうの娘を受け入れてくれる保育園はありますか", CD),
    ("人工呼吸器をつけた子どもの通学のことで相談", CD),
    # handbooks and services
    ("身障手帳の等級が上がるか聞きたい", DS),
    ("精神の手帳を取りたいけど、何が必要？", DS),
    ("障害支援区分の認定調査が来る", DS),
    ("相談支援事業所が見つからない", DS),
    ("移動支援で買い物に付き添ってほしい", DS),
    # group homes and living
    ("重度の知的障害がある次女が入れるグループホームはどこにありますか", DS),
    ("入所施設の空きを何年も待っている", DS),
    # work
    ("B型の工賃だけでは暮らせない", DS),
    ("A型事業所を探してる", DS),
    ("障害者枠で事務の仕事をしたい", DS),
    ("就労A型をクビになってしまった", DS),
    # life after the parents, family carers
    ("私が死んだら、知的障害のある息子はどうなるのか", DS),
    ("ダウン症の娘の将来のことを考えると眠れない", DS),
    ("統合失調症の弟と暮らしている。親ももう年で、この先が不安", DS),
    ("支援級と通常学級のどちらがいいか悩んでいる", CD),
    # other languages
    ("My daughter has Down syndrome. Is there a special school?", CD),
    ("Mi hijo tiene autismo. Busco ayuda", CD),
]

DISABILITY_NEGATIVE = [
    ("通信障害でスマホがつながらない", set()),
    ("ろうそくの火の始末が心配", set()),
    ("廊下の電気が切れています", set()),
    ("障害物競走に出たい", set()),
    ("休日に点字の講座に通ってボランティアをしてみたい", set()),
    ("障がい者の施設で働いてみたい。資格は特にない", set()),
    ("テレビの音がよく聞こえない。壊れたかな", set()),
    ("何不自由なく暮らしてきたのに", set()),
]

TABLES = {
    "abuse": ABUSE,
    "abuse_negative": ABUSE_NEGATIVE,
    "abuse_negative_child": ABUSE_NEGATIVE_CHILD,
    "child": CHILD,
    "child_negative": CHILD_NEGATIVE,
    "child_not_abuse": CHILD_NOT_ABUSE,
    "disability": DISABILITY,
    "disability_negative": DISABILITY_NEGATIVE,
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


# (v5) child_family told by new cues: grandparents raising grandchildren, a grandchild hurt, 児童虐待 named,
# a child hiding from a parent's violence, a neighbour's child alone at night, a teacher about a pupil
CHILD_V5 = [
    ("息子夫婦がいなくなって、孫ふたりを私ら夫婦が引き取って育てている", {"child_family"}, set()),
    ("孫のほっぺにあざがあった。嫁の彼氏が叩いてるんじゃないか", {"child_family"}, set()),
    ("児童虐待かもしれないとき、どこに知らせればいいですか", {"child_family"}, set()),
    ("おとうさんが おかあさんを たたいてる。わたしは おしいれに かくれてる", {"child_family"}, set()),
    ("隣の子が毎晩ひとりで公園にいる。親の姿は見ない", {"child_family"}, set()),
    ("高校の担任をしています。生徒の家庭のことで相談があります", {"child_family"}, set()),
]
CHILD_V5_NOT = [
    ("近所の子ども食堂でボランティアをしたい大人です", set(), set()),
    ("日本語学校の生徒です。アルバイトを探しています", set(), {"child_family"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CHILD_V5 + CHILD_V5_NOT)
def test_child_family_v5(text: str, must: set[str], must_not: set[str]) -> None:
    got = set(classify(text).intents)
    assert must <= got, (text, sorted(got))
    assert not (must_not & got), (text, sorted(got))
