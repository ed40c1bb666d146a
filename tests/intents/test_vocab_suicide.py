"""A wish to die, its plans and means, farewells, and self-harm (risk_suicide.yaml, the suicide entries of
risk.yaml, sets_suicide.yaml), through `intents.classify`.

Messages written for these tests, grouped by the class of expression they stand for (not by the sentences of
any evaluation set), so that a regression shows which class broke. A missed emergency is the worst error the
system can make; every suicidal message must also get mental_health (eval/WRITING.md).
"""

from __future__ import annotations

import pytest

from intents import classify

EMERGENCY = [
    # the wish, in every spelling: IME slips, slang, katakana, digits, dialect
    "もうしにたか",
    "死にとうなるときがある",
    "ほんまに死にたいわ",
    "ﾀﾋにたい",
    "4ぬしかない",
    "氏にたいマジで",
    "死にてぇよ",
    "まじ死にたすぎる",
    "市にたい…",
    "シニタイ",
    "おらもう死にてぇ",
    # declared, decided, looked up
    "もう死ぬって決めた",
    "しぬ。もう限界",
    "どうやったら死ねるか調べてる",
    "死ぬ方法をネットで探してる",
    "楽に死ねる方法ないかな",
    "確実に死ねる場所を探してる",
    "これで死ねるかな",
    "死ぬことばかり考えてしまう",
    "死を選ぶしかない",
    "自殺しようと思ってる",
    # indirect: to vanish, to be gone, to end it, to reset, to leave this world
    "消えてしまいたか",
    "もう消えりたい",
    "おらんようになりたい",
    "いねぐなりてぇ",
    "もう終わりたい",
    "人生に幕を引きたい",
    "何もかもリセットしたい",
    "この世からおさらばしたい",
    "蒸発したい",
    # living is pointless, its meaning unknown, in dialect
    "いきてても しょうがない",
    "生きとっても意味なか",
    "生きちょっても仕方ない",
    "生きてる価値ないよね俺",
    "なんのために生きてるのかわからない",
    "生きる意味ってあるのかな",
    "生きとるのがしんどいわ",
    "もう生きていかれへん",
    "生きる気力がもうない",
    # a burden, better gone, should not have been born
    "俺なんかいねえほうがいい",
    "わしがおらんようになったほうが家族は助かる",
    "自分なんて生まれてこなきゃよかった",
    "生きてるだけで迷惑かけてる",
    # not wanting to wake, tomorrow not to come
    "二度と目が覚めなければいい",
    "このまま眠っていたい、ずっと",
    # the day has come, a farewell, a last message, the clearing-up
    "今日が私の命日になる",
    "前から決めてた。みなさんお世話になりました",
    "母さんに手紙を書いた。もう会えないと思う",
    "先立つ不孝をお許しください",
    "明日の朝にはもういないと思う",
    "自分の葬式に誰が来るかなって考えてる",
    "身辺整理を済ませました",
    # at a place, drawn in; the rails, a height, the water
    "ホームの端に立つと吸い込まれそうになる",
    "川をみてたら このまま入っていけそう",
    "橋の上からずっと川を見てる",
    "手すりを乗り越えた",
    "線路に降りようと思う",
    "電車に飛び込みたくなる",
    "身を投げたい",
    # means: charcoal, exhaust, rope, poison, pills, a deep cut
    "七輪と練炭を車に積んだ",
    "排気ガスで死ねるか調べた",
    "ドアノブにタオルをかけた",
    "借金で首くくるしかない",
    "農薬を飲んでしまった",
    "睡眠薬をありったけ飲もうと思う",
    "飲み薬を全部テーブルに並べた",
    "手首を深く切ってしまった",
    "切ったら血がいっぱい出てきた",
    "OD しちゃった",
    "致死量ってどのくらい",
    # together: a carer, a parent with a child
    "この子と一緒に消えたい",
    "介護に疲れて、母と二人で終わりにしようかと",
    "夫を看るのが限界。一緒に死んでしまおうか",
    "親子心中が頭をよぎる",
    # joining the dead, the other side
    "亡くなった主人のところへ早く行きたい",
    "死んだ妻のそばに行きたい",
    "あっちの世界に行きたい",
    "お迎えが来ないなら自分から行こうかと思う",
    # third-party reports: a farewell, then nobody answers
    "友人から『いままでありがとう』とLINE。それから既読がつかない",
    "彼氏が「ごめんね」ってメッセージ残して、電話がつながらない",
    "夫が「もう疲れた」とメールを残して帰ってこない",
    "妹が『死ぬ』って言って家を飛び出した",
    "同僚が「探さないでください」と書き置きしていなくなった",
    # romaji and English
    "kieritai",
    "mou shinitai",
    "ikiteru imi nai",
    "i wish i was dead",
    "my friend texted that she wants to die",
    "i'm just a burden to everyone",
    "i took many pills",
    "tired of living",
    # round 2: older people in kana, a widow, asking to be killed, erasing oneself
    "ばあさんが しんで わしも はよ いきたい",
    "だれか ころして",
    "存在消したい",
    "死んで償うしかない",
    # the last things done, a farewell with an apology
    "ペットの引き取り先を探してる、私がいなくなるから",
    "部屋も片付けたし、もう思い残すことはない",
    "母さん、ごめん。今までありがとう",
    "何もかも嫌になった。全部やめたい",
    "息子の部屋にロープがあった",
    # impact, a height, a cut that bleeds, pills now
    "トラックに突っ込もうかな",
    "マンションの10階のベランダに立ってる",
    "海に来た。もう帰らない",
    "手首切った。止まらない",
    "リスカした。血がすごい",
    "今から薬全部飲む",
    "練炭と七輪を用意した",
    "Mou ikitaku nai",
    "I will jump from the building",
    "I have pills and I will take them all",
    # round 3: spaced kana, a dose or a height asked, hinting, other languages; habits; look-alikes
    "睡眠薬って何錠飲んだら死ぬ?",
    "何階から飛び降りたら死ねる?",
    "屋上から飛びたい",
    "友達が自殺をほのめかしてる",
    "この世界から退場したい",
    "人生やめたい",
    "存在したくない",
    "息子が早まったことをしないか心配で眠れない",
    "生まれてきたことを後悔してる",
    "Quero morrer",
    "我想死",
    "いなくなろっかな",
    "もう しんでも いいと おもう",
    "あしたが こなければ いいのに",
    "もう いきて いけない",
    "わたし しんだら みんな らく",
    # round 4: a quoted apology left behind, a cut being made or deep, drawn-out spellings, Kansai volitional, a foot on the rail, petrol; OTC-drug habits; look-alikes
    "部下が『もう無理です、すみません』と言って無断欠勤、電話に出ない",
    "兄が『みんなによろしく』と言って出て行ったきり、連絡がとれない",
    "父が『迷惑かけてすまん』と書き残して出て行った。電話もつながらない",
    "いま腕を切ってる",
    "リスカの傷が深くて閉じない",
    "いなくなりたぁい",
    "消えたぁい",
    "娘のスマホに死に方の検索履歴があった",
    "親友がSNSに最後の投稿って書いてて、電話に出ない",
    "もう生きていても仕方ないと母が毎日言う",
    "介護してる父と一緒に逝こうか、と考える夜がある",
    "死にたし",
    "自分はいらない人間。消えたい",
    "ワタシ もう いきるの いやです。しにたい",
    "わたし ベトナムじん。しごと ない。おかね ない。もう しぬ しかない",
    "あたい もう 生きとうない",
    "ほんまもう無理や、死んだろかな",
    "なんもかんもいやんなった。いっそ死んだ方がマシやわ",
    "もうええわ、生きとってもしゃあない",
    "死にとうて死にとうてたまらん",
    "毎日死ぬことしか考えられない",
    "死にたい気持ちが消えない",
    "消えたい消えたい消えたい",
    "希死念慮がひどい",
    "今夜こそ死のう",
    "明日、死のうと思います",
    "12月になったら死ぬって決めてる",
    "今度の誕生日に死ぬつもり",
    "仕事も家もない。もう首吊るしかない",
    "ベランダの柵に足をかけた",
    "電車の時刻表を見ながら、どの電車に飛び込むか考えてる",
    "ガソリンをかぶって",
    "灯油をかぶろうかと思った",
    "生まれてこなければよかったと毎日思う",
    "私が消えれば丸く収まる",
    "うちの母、口を開けば『早く死にたい、もう十分生きた』ばっかりで",
    # round 5: past wishes now over, fiction and courses, professionals learning; leaving the world, self-insult, the day decided
    "昔も死にたかったけど、今もやっぱり死にたい",
    "去年自殺未遂して、また最近死にたい",
    "前はリスカで済んでたけど、今は本気で死にたい",
    "今は元気だと言ってた友達が、昨日『さよなら』とLINEしてきた。電話もつながらない",
    "ニュースを見て、自分も死のうかと思った",
    "学校の先生です。担任の生徒が死にたいと言って泣いていました。今も保健室にいます",
    "ケアマネです。担当の利用者さんが『もう死にたい』と言って薬を飲まなくなっています",
    "この世を去りたい",
    "自分死ね",
    "私はいらない存在",
    "決めた日が来た",
    "家族の重荷でしかない自分が嫌。消えたい",
    # round 6: the wish inside a story of money, care, illness, school, a new baby; the same stories without it
    "家賃も払えないし、仕事も見つからない。正直もう生きてるのがしんどい",
    "育児がつらすぎて、この子を置いて消えてしまいたいと思う瞬間がある",
    "産後からずっと涙が止まらない。赤ちゃんと一緒にベランダから…って考えてしまった",
    "夫の借金が発覚して、家族で死ぬしかないのかと思い詰めています",
    "年金だけじゃ暮らせない。もう長く生きていても迷惑なだけだ",
    "父の介護が12年目。最近、父を残して私が先に死んだら楽だろうなと考えてしまう",
    "認知症の母に毎日怒鳴られて、もう一緒に死のうかと思うことがある",
    "いじめのことを誰にも言えない。明日学校に行くくらいなら死んだほうがまし",
    "失業して半年。家族に顔向けできない。保険金で家族を楽にしてやりたい",
    "中学生の息子が『死にたい』と書いたメモを机に置いていた",
    "夜になると、このまま消えたら楽なのにって思う",
    "仕事のミスで会社に迷惑をかけた。責任を取って死ぬしかない",
    "借金取りに追われて、もう逃げ場がない。死んで楽になりたい",
    "相談です。最近、死にたい気持ちが強くなってきて、夜が怖いです。誰かと話したい",
    "もう疲れました。何をしても無駄。生きる意味がわかりません",
    "がんの治療がつらい。もう治療をやめて死にたい",
    "透析に疲れた。もう終わりにしたい",
    "妻に先立たれて、一人で生きてても仕方がない。早く妻のところへ行きたい",
    "わたしは80です。もう じゅうぶん いきました。くすりを ためて います",
    "ひとりぐらしで さみしい。しにたい",
    "日本に来て3年、友達いない、仕事つらい、もう消えたい",
    "親に怒られてばかり。家出して死にたい",
    "彼氏にフラれた。もう生きてる意味ない",
    "DVから逃げたけど、子どもと一緒に死んだほうが楽かも",
    # round 7: more languages, a last word to everyone; weak signals that stay weak
    "i dont wanna live",
    "thinking about ending it",
    "saya ingin mati",
    "Tôi muốn tự tử",
    "覚悟はできた。みんな元気でね",
    "あとのことはよろしく。もう疲れた",
    # round 8: the compositions written in kana with spaces (older writers)
    "せんろを みてたら すいこまれそう",
    "れんたんを かってきた",
    "ふたりで おわりに しようと おもう",
    "ははと いっしょに しのうと おもう",
    "ともだちから さよならって らいんが きて でんわに でない",
    "いきてても いみが ない",
    "わたしなんか いないほうが いい",
    "なくなった おっとの ところへ いきたい",
    "くびを つる ひもを かった",
    "くすりを いっぱい のんだ",
    "あした しぬ",
    "きょうが そのひ です",
    "もう いきるの やめたい",
    "うみに はいって しずみたい",
    "はしから とびおりたい",
    "じぶんの そうしきの ことばかり かんがえる。へやも かたづけた",
]

HIGH = [
    # self-harm that goes on, without a present wish to die
    "アムカがやめられない",
    "腕の傷がまた増えた",
    "切るのがやめられない",
    "むしゃくしゃすると切りたくなる",
    "ODするのが習慣になってる",
    "咳止めを毎日たくさん飲むのがやめられない",
    "毎晩眠剤を多めに飲んでしまう",
    "彼女から毎日『死ぬ』って言われて疲れた",
    # an older person's passive wish for death
    "父が『長生きしすぎた』ってこぼす",
    "祖母が『もう十分生きた』と言う",
    "母は口癖のように、いつ死んでもいいと言う",
    "祖父が、早くお迎えが来てほしいと言ってる",
    "亡くなった祖母が迎えに来てくれないかと母が言う",
    # round 3: spaced kana, a dose or a height asked, hinting, other languages; habits; look-alikes
    "ついODしちゃう",
    "気づいたら腕を切っちゃってる",
    "ばあちゃんが、いつお迎えが来てもいいって言う",
    "長生きなんてするもんじゃないと祖父がこぼす",
    "母が『ぽっくり死にたい』が口癖",
    # round 4: a quoted apology left behind, a cut being made or deep, drawn-out spellings, Kansai volitional, a foot on the rail, petrol; OTC-drug habits; look-alikes
    "高校生の娘の腕に切り傷がたくさんある",
    "彼氏がよく自分の腕を切る",
    "市販薬をまとめ買いしてODしてしまう日がある",
    "ブロンをやめられない",
    # round 6: the wish inside a story of money, care, illness, school, a new baby; the same stories without it
    "中学生の娘が手首を切っていることに気づきました",
    "時々自分を傷つけてしまう",
    "高齢の父が、早くお迎えが来ないかなと毎日つぶやく",
    "祖母が『長生きしてもいいことない』が口癖",
]

NONE = [
    # idioms and hyperbole
    "死ぬほど疲れた",
    "死ぬかと思った",
    "このゲームすぐ死ぬ",
    "推しが尊すぎて死ぬ",
    "死ぬ気で頑張ります",
    "死ぬまでに一度は行きたい",
    "恥ずかしくて消えたい",
    # death in the family, the end of life planned calmly, bereavement
    "自分が死んだ後のペットが心配",
    "私が死んだら家族が困らないように準備したい",
    "終活を始めたい。自分の葬式のことも決めておきたい",
    "兄が自殺して、遺族の会を探しています",
    # news, fiction, courses, care workers asking how to respond
    "ニュースで芸能人の自殺を知ってショック",
    "自殺予防の研修に参加したい",
    "看護師です。患者さんに死にたいと言われたときの対応を勉強したい",
    "キャンプで七輪を使いたい",
    "練炭こたつの使い方",
    # a past wish, now recovered; a wish denied
    "昔はよく死にたいって思ってたけど、今は家族もできて幸せです",
    "若い頃にリスカしてたけど、今はもうしてません",
    "死にたいとは思わないけど、疲れた",
    "死にたくないので健康診断を受けたい",
    # things that vanish, a pain eased, kana that is not 生きる
    "借金が全部消えたらいいのに",
    "電気が消えたかと思った",
    "肩こりが楽になりたい",
    "少しでも楽になりたいので介護保険を使いたい",
    "がっこう いきたくない",
    # play and accidents, pets, everyday farewells, a nursery pick-up
    "子どもが高いところから飛び降りて遊ぶ",
    "猫の安楽死について相談したい",
    "保育園のお迎えが来るまで待ってる",
    "みなさんお世話になりました、引っ越します",
    "ご心中お察しします",
    "1歳の娘の後追いがひどい",
    "生きるのだるい笑 明日も学校だけど",
    "人生をリセットしてやり直したい。転職したい",
    # round 2: moving house, a last question, a divorce, cooking, old scars, a promise
    "引っ越しするので部屋を全部片付けた。もう必要ないから家具を譲りたい",
    "この質問で最後にします。ありがとうございました",
    "夫とはもう会わない。離婚したい",
    "練炭で餅を焼いた",
    "腕を切ってしまった、料理中に包丁で。病院どこ",
    "リストカットの跡を消す治療",
    "昔リスカしてた跡が残ってて、夏に半袖が着れない",
    "一緒に死ぬまで暮らそうね、と夫と約束した",
    "誰か殺してって言ってる役のドラマ",
    "大事にしてた着物を孫に譲った",
    "思い残すことはない、いい人生だった。延命治療はいらない",
    "子どもが大きくなったので、もう使わないからベビーカーを譲りたい",
    # round 3: spaced kana, a dose or a height asked, hinting, other languages; habits; look-alikes
    "楽しんでもいいよね",
    "苦しんでも頑張る",
    "階段から落ちたら死ぬかもと心配な母",
    "インフルで死ぬの?",
    "子どもを早く迎えに来てほしいと保育園から電話",
    "ODって何の略？",
    "5kmsくらい歩いた",
    "世界から戦争が消えたらいい",
    "そのお店はもうこの世にない",
    "もう二度と来ないで、と元夫に言った",
    "今日はもう帰らないと。さよなら",
    "明日はもう帰らないので鍵を預けます",
    "子どもが生まれてきてくれてありがとう",
    "飛び降りた猫が無事だった",
    "屋上から花火を見た",
    "部屋を片付けて気分がすっきり",
    "祖父がぽっくり亡くなった",
    "ピンピンコロリが目標",
    # round 4: a quoted apology left behind, a cut being made or deep, drawn-out spellings, Kansai volitional, a foot on the rail, petrol; OTC-drug habits; look-alikes
    "部下がもう無理ですと言って辞めた。求人の相談",
    "夫が車で出て行った。買い物だと思う",
    "ロープがなくなってる、庭の作業用",
    "最後の投稿から一年、ブログを再開したい",
    "息子が家を出て行ったきり、10年会ってない",
    "生きる希望をもらった",
    "死にそうなくらい眠い",
    "死んだように眠った",
    "死ぬほど笑った",
    "腕を切って血が出たので病院に行った。料理中の事故です",
    "自分はいらない人間じゃないと思えた、ありがとう",
    # round 5: past wishes now over, fiction and courses, professionals learning; leaving the world, self-insult, the day decided
    "以前は死にたい気持ちがあったけど、今はカウンセリングのおかげで落ち着いてます",
    "一時期ODを繰り返してたけど、今は落ち着いてる。就労支援について知りたい",
    "自殺未遂から10年。今は元気に働いています。経験を話せる場はありますか",
    "学生時代にリストカットしてました。今は大丈夫です",
    "昔、消えたいと思ってた頃の自分に教えてあげたい",
    "若い頃は死にたいとばかり思ってたけど、もう平気です",
    "死にたいと思った時期もあったが、今は孫にも恵まれて幸せ",
    "息子は去年まで死にたいと言っていましたが、今は元気に学校に通っています",
    "夫が自殺未遂をしたのは5年前で、今は落ち着いて通院しています",
    "映画で主人公が自殺する場面が怖かった",
    "小説で心中の話を読んだ",
    "ゲームで飛び降りるとダメージを受ける",
    "ドラマの遺書のシーンで泣いた",
    "自殺対策の講演会に行ってきた",
    "いのちの電話の番号を教えて",
    "命の授業で自殺について学んだ",
    "自殺のニュースが多くて悲しい",
    "芸能人の訃報で落ち込んでる",
    "看護師として、希死念慮のある患者さんへの対応を学びたい",
    "民生委員です。自殺予防のゲートキーパー研修はいつありますか",
    "学校の先生向けの自殺予防の講座を探しています",
    "家族の負担になりたくないので施設を探しています",
    "子どもたちの重荷になりたくない、終活の相談",
    # round 6: the wish inside a story of money, care, illness, school, a new baby; the same stories without it
    "がんの治療がつらい。緩和ケアについて知りたい",
    "透析に疲れた。通院の送迎サービスはある？",
    "妻に先立たれて一人暮らし。食事の宅配を頼みたい",
    "育児がつらい。一時保育を使いたい",
    "失業して半年。家族に顔向けできない。就職の相談をしたい",
    "ニュースで見た孤独死が怖い。見守りサービスを知りたい",
    "父の介護で疲れた。ショートステイを使いたい",
    "認知症の母に毎日怒鳴られてつらい。家族会はありますか",
    # round 7: more languages, a last word to everyone; weak signals that stay weak
    "引っ越しの準備はできた。みんな元気でね",
    "手術の覚悟はできました",
    "もう疲れた。何もかも嫌になった",
    "仕事も家事も全部やめたい、疲れた",
    # round 8: the compositions written in kana with spaces (older writers)
    "せんろの そばに すんでいます。でんしゃの おとが うるさい",
    "れんたんの ストーブを つかいたい",
    "ふたりで くらしています。かいごが たいへん",
    "ははと いっしょに しょくじに いきたい",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency_with_mental_health(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", [(e.label, e.text, e.term) for e in result.evidence]
    assert "mental_health" in result.intents, result.intents


@pytest.mark.parametrize("text", HIGH)
def test_high(text: str) -> None:
    result = classify(text)
    assert result.risk == "high", [(e.label, e.text, e.term) for e in result.evidence]
    assert "mental_health" in result.intents, result.intents


@pytest.mark.parametrize("text", NONE)
def test_no_risk(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "昔は死にたいと思ってた。今は元気。でも最近またしにたい",  # a past wish does not hide a present one
        "ニュースで自殺の報道を見て、私も死にたくなった",  # the news is cancelled, the wish is not
        "死にたくないって思ってたのに、今は死にたくなる",  # a denial does not hide the wish
        "キャンプの練炭の話じゃなくて、もう練炭買った",
    ],
)
def test_a_cancelled_context_does_not_hide_the_wish(text: str) -> None:
    assert classify(text).risk == "emergency"
