"""Classes of expression for the elder area: elderly_care, dementia, carer, daily_living.

Every row is a message written for these tests (not taken from any eval set): the labels that must fire and
the labels that must not. Rows are grouped by the class of expression they stand for (an older relative told
by age, frailty or a care event without 介護; dementia told by behaviour; a carer's burden in every form; help
with chores, transport, looking in and paperwork), so that a regression shows which class broke. Labels of
other areas are not checked, so that work on their dictionaries does not make these tests flaky.
"""

from __future__ import annotations

import pytest

from intents import classify

# (text, must fire, must not fire)
OLDER_RELATIVE = [
    # age in the writer's own words: kanji numerals, milestones, dialect, hiragana with spaces
    ("ばあさま もう九十になるけど 風呂に入るのが おっかねぇって", {"elderly_care"}, set()),
    ("八十を過ぎてから足腰が弱って、買い物に出るのもひと苦労", {"elderly_care"}, set()),
    ("米寿の祖父、最近は食が細くなって心配です", {"elderly_care"}, set()),
    ("わし 88じゃ。よう歩かれんようになった", {"elderly_care"}, set()),
    ("としを とって ひざも こしも よわって きた", {"elderly_care"}, set()),
    ("はは（91）が ひとりで すんでいます しんぱいです", {"elderly_care"}, set()),
    ("うちの父、もう92で庭の手入れは無理だと言っています", {"elderly_care"}, set()),
    # an older relative's daily life, told without 介護
    ("うちの爺ちゃん、最近ずっと家にこもって誰とも話さんのよ", {"elderly_care"}, set()),
    ("父が一人暮らしで、いつも見守りのことが気がかり。何かいいサービスは", {"elderly_care"}, set()),
    ("母が肺炎で入院して、退院後に自宅で暮らせるか心配", {"elderly_care"}, set()),
    ("実家まで新幹線で4時間。母の様子が気になるけど頻繁には帰れない", {"elderly_care"}, set()),
    ("祖母の最期の希望を今のうちに聞いておきたい", {"elderly_care"}, set()),
    ("仕事を辞めて母をみている。この先が不安", {"elderly_care", "carer"}, set()),
    ("在宅酸素を使っている祖父の電気代が心配", {"elderly_care"}, set()),
    ("ひとりぐらしの ちちが きのうから でんわに でない", {"elderly_care"}, set()),
    # neighbours and 民生委員 telling of an older resident
    ("民生委員です。担当地区に外出しなくなった80代の男性がいて気になっています", {"elderly_care"}, set()),
    ("町内会長です。一人暮らしの男性のお宅に何度行っても返事がない", {"elderly_care"}, set()),
    ("うちの隣のじさま、最近みかけねぇ", {"elderly_care"}, set()),
    # other languages
    ("My elderly mother lives alone and I worry about her", {"elderly_care"}, set()),
    ("我的爸爸年纪大了，一个人住", {"elderly_care"}, set()),
    # an older resident looking for a place to live or a facility
    ("ひとりで住めなくなったら入れる施設はありますか。89歳です", {"elderly_care"}, set()),
    ("76歳です。アパートを探しているけど保証人がいないと言うと断られる", {"elderly_care"}, set()),
    # an older relative refusing a bath or food, a home to adapt, driving
    ("義母がお風呂に入りたがらない", {"elderly_care"}, set()),
    ("親が食事をとらなくなった", {"elderly_care"}, set()),
    ("おとんが退院してくるけど、家に段差が多い", {"elderly_care"}, set()),
    ("うちの親父、もう83なのに車の運転をやめようとしない", {"elderly_care"}, set()),
    ("obaachan ga hitori de kurashite imasu", {"elderly_care"}, set()),
    ("my grandmother lives alone and cannot shovel snow", {"elderly_care", "daily_living"}, set()),
    ("ニンチショウ ノ ハハ ガ イマス", {"elderly_care", "dementia"}, set()),
    ("Mi madre tiene demencia", {"elderly_care", "dementia"}, set()),
    ("父がよく転ぶようになって、膝も腕もあざだらけ", {"elderly_care"}, set()),
    ("母がトイレを失敗するようになった", {"elderly_care"}, set()),
    ("おじいちゃんがご飯を食べてくれない", {"elderly_care"}, set()),
    ("夫婦ともに80を過ぎて、どちらかが倒れたらと思うと不安", {"elderly_care"}, set()),
    # an older resident living alone, in their own words
    ("80代の一人暮らしです。これからのことが不安", {"elderly_care"}, set()),
    ("もう年で、ひとりで暮らすのが心配になってきた", {"elderly_care"}, set()),
    ("わしももう歳やけ、いつまで一人で暮らせるか", {"elderly_care"}, set()),
    ("85歳の私でも使えるサービスはありますか", {"elderly_care"}, set()),
    # hard negatives: care as a job, a collapse told without the care situation, a trip, a death
    ("わたし ベトナムから きました。かいごの しごとを したいです", set(), {"elderly_care"}),
    ("kaigo no shigoto ga shitai desu", set(), {"elderly_care"}),
    ("産後ヘルパーを頼みたい。上の子もいて手が回らない", set(), {"elderly_care"}),
    ("父が風呂場で急に倒れて、呼んでも目を開けない", set(), {"elderly_care"}),
    ("母が亡くなりました。介護保険証はどこに返せばいいですか", set(), {"elderly_care"}),
    ("ボランティアで高齢者の見守りをしてみたい", set(), {"elderly_care", "daily_living"}),
    ("母と買い物に行った", set(), {"elderly_care"}),
    ("母の料理がおいしい", set(), {"elderly_care"}),
    ("祖父母の家に遊びに行く予定です", set(), {"elderly_care"}),
    ("年金だけでは生活が苦しい", set(), {"elderly_care"}),
    ("ベランダの手すりにもたれて外を見ている", set(), {"elderly_care"}),
]

DEMENTIA_BY_BEHAVIOUR = [
    # repeating
    ("母がさっき言ったのに、また同じことを何べんも聞いてくる", {"dementia", "elderly_care"}, set()),
    ("じいちゃん、5分おきに同じ質問ばっかりしてくるんよ", {"dementia", "elderly_care"}, set()),
    ("おやじが一日に何度も今日は何曜日かと聞いてくる", {"dementia", "elderly_care"}, set()),
    # losing things and accusing
    ("義母が通帳を嫁が盗ったと言い張って親戚中に電話している", {"dementia", "elderly_care"}, set()),
    ("父が「泥棒に入られた」と言って警察を呼ぼうとする", {"dementia", "elderly_care"}, set()),
    ("おばあちゃんが、しまったお金をヘルパーさんに取られたって騒ぐ", {"dementia", "elderly_care"}, set()),
    # getting lost, night wandering
    ("夜中に祖母が玄関の鍵を開けて出ていこうとするので目が離せない", {"dementia", "elderly_care"}, set()),
    ("母がまた散歩に出て行ったきり、まだ見つからない", {"dementia", "elderly_care"}, set()),
    ("父が買い物の帰りに家に帰れなくなって、交番で保護された", {"dementia", "elderly_care"}, set()),
    # fire, gas, taps
    ("父が蛇口を出しっぱなしにして、台所が水浸しになったことが何度もある", {"elderly_care"}, set()),
    ("ばあちゃん、やかんを空焚きしてしもうた", {"dementia", "elderly_care"}, set()),
    # odd shopping, money
    ("冷蔵庫に同じものが何個も入っている。母が毎日買ってくる", {"dementia", "elderly_care"}, set()),
    # not recognising family, the dead as alive, seasons
    ("祖父に「あんた誰」と言われてショックだった", {"dementia", "elderly_care"}, set()),
    ("亡くなった祖父を探して母が夜に外へ出ようとする", {"dementia", "elderly_care"}, set()),
    ("夏なのに母がセーターを着込んで、季節がわからないみたい", {"dementia", "elderly_care"}, set()),
    # personality change, hygiene, medicines
    (
        "母は前はおだやかな人だったのに、すぐ怒鳴るようになった。料理の段取りもわからなくなってきた",
        {"dementia", "elderly_care"},
        set(),
    ),
    ("おばあちゃん、いつも同じ服ばかりでお風呂にも入らなくなった", {"dementia", "elderly_care"}, set()),
    ("父が薬の飲み忘ればかりで、飲んだかどうかもわからない", {"dementia", "elderly_care"}, set()),
    ("母が通販で同じ健康食品を何箱も頼んでいる", {"dementia", "elderly_care"}, set()),
    ("母が、私の名前を妹の名前で呼ぶようになった", {"dementia", "elderly_care"}, set()),
    # self-worry about memory, English
    ("最近自分でも言葉が出てこなくて、物覚えが悪くなった気がする", {"dementia"}, set()),
    (
        "Grandpa keeps asking the same question and got lost on the way home",
        {"dementia", "elderly_care"},
        set(),
    ),
    # hard negatives: repetition at work or in life, a real burglary, a rubbish day, a pet
    ("じいちゃん、最近なんか忘れっぽいけん心配", {"dementia", "elderly_care"}, set()),
    ("うちのばあちゃん、よう道に迷うごとなった", {"dementia", "elderly_care"}, set()),
    ("ちちが さいふが ない と いつも さがしています", {"dementia", "elderly_care"}, set()),
    ("徘回する祖父を探しています", {"dementia", "elderly_care"}, set()),
    ("最近、父の様子がおかしい。話がかみ合わない", {"dementia", "elderly_care"}, set()),
    ("義母がテレビ通販で高い布団を次々買っている", {"dementia", "elderly_care"}, set()),
    ("叔母は近頃おつりの計算があやしい", {"dementia", "elderly_care"}, set()),
    ("ばあちゃん、すっかりぼけてしもうて", {"dementia", "elderly_care"}, set()),
    ("じいちゃんが年金を孫に盗られたって毎日言うんよ", {"dementia", "elderly_care"}, set()),
    ("母が鍋をかけたまま寝てしまった", {"dementia", "elderly_care"}, set()),
    ("母がお風呂のお湯を出しっぱなしにして溢れさせた", {"dementia", "elderly_care"}, set()),
    ("祖母が亡くなった祖父はいつ帰ってくるのと聞く", {"dementia", "elderly_care"}, set()),
    ("ばあちゃんが同じ卵ばっかり買ってくる", {"dementia", "elderly_care"}, set()),
    ("最近、財布をどこに置いたか思い出せないことが増えた。70歳です", {"dementia", "elderly_care"}, set()),
    ("仕事で同じミスを何度も繰り返してしまう", set(), {"dementia"}),
    ("毎日同じことの繰り返しで疲れた", set(), {"dementia", "carer"}),
    ("父に財布を盗られた。DVです", set(), {"dementia", "elderly_care"}),
    ("子どもが同じ質問を何度もしてくる。3歳です", set(), {"dementia"}),
    ("会社の同僚の名前が出てこない", set(), {"dementia"}),
    ("同じ服ばかり着ていると言われた", set(), {"dementia"}),
    ("母が作ったお弁当を忘れて学校に行った", set(), {"elderly_care", "dementia"}),
    ("亡くなった祖母の家を片付けたい", set(), {"elderly_care"}),
    ("シニアでも入れる囲碁のサークルはありますか", set(), {"elderly_care"}),
    ("祖父母の家に泊まりに行きたい", set(), {"elderly_care"}),
    ("ガスの元栓を閉めたか何度も確認してしまう", set(), {"dementia"}),
    ("泥棒に入られて警察に届けました", set(), {"dementia"}),
    ("資源ごみは何曜日に出せばいいですか", set(), {"dementia"}),
    ("同じ服を何着も買ってしまう", set(), {"dementia"}),
    ("薬をよく飲み忘れるので、スマホのアラームを使いたい", set(), {"dementia"}),
]

CARER_BURDEN = [
    ("母が施設は嫌だと泣く。私ももう限界かもしれない", {"carer", "elderly_care"}, set()),
    ("認知症の父が夜中に何度も起きるので、ここ数か月ほとんど眠れていない", {"carer", "dementia"}, set()),
    ("兄は口を出すだけで、母の世話は全部私。正直疲れた", {"carer", "elderly_care"}, set()),
    ("寝たきりの義父に、つい怒鳴ってしまう自分がこわい", {"carer", "elderly_care"}, set()),
    ("障がいのある娘の世話で手が出そうになる。もう休みたい", {"carer"}, set()),
    ("仕事を辞めて祖母の世話をしています。貯金も減ってきた", {"carer"}, set()),
    ("認知症の家族会に参加したい", {"carer", "dementia"}, set()),
    ("中学生です。お母さんが入院していて、弟の世話と家事で学校に遅刻ばかり", {"carer"}, set()),
    ("担任です。生徒が祖母の介護で欠席がちになっています", {"carer", "elderly_care"}, set()),
    ("片道3時間かけて毎週末実家に通って父の世話をしている。体がもたない", {"carer", "elderly_care"}, set()),
    ("介護を私ひとりでしてきて、もう5年になります", {"carer", "elderly_care"}, set()),
    ("じいちゃんが ぼけでしまって おらひとりで みでる", {"carer", "elderly_care"}, set()),
    ("夫が若年性認知症。私も働きながら支えているけど先が見えない", {"carer", "dementia"}, set()),
    ("親の介護のために会社を辞めるか悩んでいる", {"carer", "elderly_care"}, set()),
    ("うちはママが病気だから、ご飯も洗濯もわたしがやってる", {"carer"}, set()),
    ("祖母の介護で受験勉強ができない", {"carer", "elderly_care"}, set()),
    ("My dad has Alzheimer's and I'm exhausted taking care of him", {"carer", "dementia"}, set()),
    ("妹が障害あって親も働いてるから放課後ずっと見てる、部活できん", {"carer"}, set()),
    ("介護でもうボロボロ。誰か助けて", {"carer"}, set()),
    ("母をみながら働いてるけど、もう体力の限界", {"carer", "elderly_care"}, set()),
    ("兄弟は誰も来ない。親の面倒は長男の嫁の私だけ", {"carer", "elderly_care"}, set()),
    ("退院する父を家でみられる自信がない", {"carer", "elderly_care"}, set()),
    ("認知症の母のことで家族会に行きたい", {"carer", "dementia"}, set()),
    ("妻が抗がん剤で寝込みがちで、子どもの世話も家事も回らなくなってきた", {"carer"}, set()),
    ("私も持病があって、母の世話がきつくなってきた", {"carer", "elderly_care"}, set()),
    ("自分もがんの治療中なのに、父の介護をしている", {"carer", "elderly_care"}, set()),
    ("80歳の夫を78歳の私が一人でみています", {"carer", "elderly_care"}, set()),
    # hard negatives: tiredness or politeness without anyone cared for, worry about later
    ("毎度お世話様です。残業続きで疲れがとれない", set(), {"carer"}),
    ("犬の介護で夜眠れない", set(), {"carer", "elderly_care"}),
    ("子どもの世話で疲れた。ワンオペ育児が限界", set(), {"carer"}),
    ("面倒くさくて疲れた", set(), {"carer"}),
    ("親が亡くなったあと、誰が弟の面倒をみるのか", set(), {"carer"}),
    ("保育園の送り迎えがしんどい", set(), {"carer", "daily_living"}),
]

DAILY_HELP = [
    ("雨戸の開け閉めを手伝ってくれる人はいませんか", {"daily_living"}, set()),
    ("重たい冷蔵庫の向きを変えたい。誰か手伝って", {"daily_living"}, set()),
    ("ゆきかぎ でぎねぇ。だれか たのめねぇべか", {"daily_living"}, set()),
    ("電球がきれたけど、てんじょうが高くて かえられん", {"daily_living"}, set()),
    ("週に一回でも様子を見に来てくれるサービスはありますか", {"daily_living"}, set()),
    ("毎朝、安否確認の電話をしてくれるところはある？", {"daily_living"}, set()),
    ("足が不自由で市役所まで行けません", {"daily_living"}, set()),
    ("台風のとき避難所まで一人では行けない。連れて行ってもらえる制度は", {"daily_living"}, set()),
    ("目が悪くて役所からの手紙が読めません。読んでくれる人はいますか", {"daily_living"}, set()),
    ("入院する間、飼い猫の世話を頼める人を探している", {"daily_living"}, set()),
    ("通院の付き添いをしてくれる人がいなくて困っています", {"daily_living"}, set()),
    ("うちのおかん、ひざ悪うして、ゴミ出しもでけへん", {"daily_living", "elderly_care"}, set()),
    ("バスがなくなって病院に通えない", {"daily_living"}, set()),
    ("免許を返したら、どこにも行けなくなった", {"daily_living"}, set()),
    ("役所の書類を書くのを手伝ってほしい", {"daily_living"}, set()),
    ("足が悪くて病院の予約の電話もできない。代わりにしてくれる人は", {"daily_living"}, set()),
    ("近くに家族がいないので、何かあったときに見に来てくれる人がほしい", {"daily_living"}, set()),
    ("足が悪くて役所の窓口まで行けないんです", {"daily_living"}, set()),
    ("うちの前の雪、どけてくれる人おらんか", {"daily_living"}, set()),
    ("目が見えにくくて薬の説明書が読めない", {"daily_living"}, set()),
    ("入院中、家の猫に餌をやってくれる人がいない", {"daily_living"}, set()),
    ("高齢の母の家の電球を替えに行けない", {"daily_living", "elderly_care"}, set()),
    # hard negatives: a shop, a school run, pregnancy, a letter in a foreign language, a pet walk
    ("布団の打ち直しをしてくれるお店", set(), {"daily_living"}),
    ("つわりがひどくて家事ができない", set(), {"daily_living", "elderly_care"}),
    ("こどもの がっこうの てがみが よめません。にほんごが むずかしい", set(), {"daily_living"}),
    ("犬の散歩を頼みたい", set(), {"daily_living"}),
    ("お隣さんが毎年ゴミの日を間違えて出している", set(), {"daily_living"}),
]


# (v3) a carer who cuts or misses work or study to care: carer (and the cared-for person's label), not a job concern;
# a work arrangement or a job search asked about still is employment. (Sixth session) a carer who quits or thinks of
# quitting is employment too, as the shared dev set and most of the project's sets label it
CARER_AND_WORK = [
    ("義父の介護でパートを辞めた。家計が苦しい", {"carer", "elderly_care", "employment"}, set()),
    ("母の通院の付き添いで、会社を休んでばかりいる", {"carer"}, {"employment"}),
    ("祖母の世話でバイトに行けない日が続いてる。専門学校もやめるかも", {"carer"}, {"employment"}),
    ("正社員を辞めて実家の父をみています。もう一年", {"carer", "elderly_care", "employment"}, set()),
    ("夫が認知症と言われた。わたしは仕事を辞めるしかないのか", {"carer", "dementia", "employment"}, set()),
    ("父の介護で仕事を辞めました。ハローワークで次の仕事を探しています", {"carer", "employment"}, set()),
    ("親の介護のため休職を考えている。会社の制度を知りたい", {"carer", "employment"}, set()),
    # a flat's lease is housing, not a work contract
    ("借りてる部屋の契約が来月切れる。更新できるか不安", set(), {"employment"}),
]

# (v3) work words in a message that is not about the writer's job: a child who found work, a colleague at the
# part-time job who pointed here, a day off to take a child to the doctor
WORK_WORDS_ELSEWHERE = [
    ("長男が春に就職して、家を出ていきました。夫婦二人で寂しい", set(), {"employment"}),
    ("バイト先の店長に相談したら、市の窓口を勧められました", set(), {"employment"}),
    ("会社を休んで、息子の通院に付き添ってきた", set(), {"employment", "carer"}),
    ("息子が就職できずに焦っている", {"employment"}, set()),
]

# (v3) an older relative told by everyday signs: refusing the bath, dentures, hearing aids, getting up at night
# for the toilet, "aged suddenly", an age still to come (もうすぐ90), "can they go on living at home like this"
OLDER_RELATIVE_MORE = [
    ("父がどうしても風呂に入ろうとしない", {"elderly_care"}, set()),
    ("おかんの補聴器、電池の替え方がわからん言うてる", {"elderly_care"}, set()),
    ("祖父は夜中にトイレが近くて、何回も起きてる", {"elderly_care"}, set()),
    ("親父がここ一年でめっきり老け込んだ", {"elderly_care"}, set()),
    ("母は来年で九十になります。このまま一人で暮らせるのか", {"elderly_care"}, set()),
    ("娘がどうしても風呂に入ろうとしない", set(), {"elderly_care"}),
]

# (v3) 老老介護 told by the older carer: kanji ages, dialect (看とる・寝られん), the carer's own aching body
OLDER_CARER = [
    ("じいさんは寝たきりで、おらも八十二になった", {"carer", "elderly_care"}, set()),
    ("九十近いわしが、ばあさんを一人でみとる", {"carer", "elderly_care"}, set()),
    ("ばあさんのおむつ替えで夜も寝られん", {"carer", "elderly_care"}, set()),
    ("おっとの かいごを しています。わたしも ひざが わるくて たいへん", {"carer"}, set()),
    ("わしが先に倒れたら、寝たきりのかかあはどうなる", {"carer"}, set()),
    # an older person who only states their age is not a carer
    ("わしも八十になったが、まだ畑に出とる", set(), {"carer"}),
]

# (v3) a carer's load told without the usual burden words: no end in sight, nobody to take over, cannot leave
# the house or go on a trip, long-distance visits, two people to look after, the nappy round, woken at night,
# a pupil who "has to watch" grandma, a wish to die together, snapping at the one cared for
CARER_LOAD_MORE = [
    ("介護はいつまで続くのか、出口が見えない", {"carer"}, set()),
    ("父の介護で、美容院に行く時間も取れない。代わってくれる人もいない", {"carer", "elderly_care"}, set()),
    ("姑のそばを一日中離れられない", {"carer"}, set()),
    ("月に三回、県をまたいで実家へ通って親の様子をみている", {"carer", "elderly_care"}, set()),
    ("父と義母の両方を見ているので、毎日が綱渡り", {"carer"}, set()),
    ("祖父のオムツをかえるのはいつも私の役目", {"carer", "elderly_care"}, set()),
    ("夜になると父が何度も起きだして、私がまったく眠れない", {"carer"}, set()),
    ("じいちゃんを見てないといけないから部活に出られない", {"carer"}, set()),
    ("寝たきりの夫と一緒に死のうかと思う夜がある", {"carer"}, set()),
    ("母がまたトイレを失敗して、思わずキレてしまった", {"carer", "elderly_care"}, set()),
    ("kaigo ga tsurai desu", {"carer"}, set()),
    # not a carer: a baby's nappies, a friend to die with
    ("赤ちゃんのおむつ替えは夫の役目です", set(), {"carer"}),
    ("恋人と一緒に消えたい", set(), {"carer"}),
]

# (v3) isolation told as: no place of one's own at home, a visitor the door stays shut to, ties cut with
# relatives, wanting to hear someone's voice, a bereaved person who stopped talking; not isolation: a carer
# with nobody to help, fear of an ex that keeps one indoors
ISOLATION_MORE = [
    ("部活もやめて、家にもいばしょ ない", {"isolation_hikikomori"}, set()),
    ("バイトも続かんし、どこにも居場所なくて", {"isolation_hikikomori"}, set()),
    ("ケアマネさんが何度たずねても、おじいさんは戸を開けてくれないそうです", {"isolation_hikikomori"}, set()),
    (
        "民生委員です。見回りで声をかけても玄関先で追い返されてしまう方がいます",
        {"isolation_hikikomori"},
        set(),
    ),
    ("夜になると、誰かの声が聞きたくなる", {"isolation_hikikomori"}, set()),
    ("連れ合いを亡くしてから、父がめっきり話さなくなった", {"isolation_hikikomori"}, set()),
    ("義父の介護で、夫は単身赴任。頼れる人が誰もいない", {"carer"}, {"isolation_hikikomori"}),
    ("別れた彼氏がアパートの前で待ってて、怖くて外に出られない", set(), {"isolation_hikikomori"}),
]

# (v3) end of life: a pet left behind after one's death; a scam mail about a frozen account is not end-of-life
# paperwork; an empty family home after a death is not isolation
END_OF_LIFE_MORE = [
    ("もし私が入院したら、うちの子(猫)の世話は誰がするのか", {"guardianship_end_of_life"}, set()),
    ("一人で死んだあと、残された犬はどうなるんだろう", {"guardianship_end_of_life"}, set()),
    ("口座が停止されますってSMSが来た。本当に銀行から？", set(), {"guardianship_end_of_life"}),
    ("祖父母が亡くなって空き家になった家の庭が荒れ放題", set(), {"isolation_hikikomori"}),
]

# (v3) an older parent hurt or robbed by a sibling of the writer (adult child): elderly_care + abuse
OLDER_PARENT_HARMED = [
    ("姉がおふくろの年金を黙って使い込んでるっぽい", {"elderly_care", "abuse_violence"}, set()),
    ("兄貴、おやじを殴ってるらしい。帰省したら顔にあざがあった", {"elderly_care", "abuse_violence"}, set()),
    ("父の通帳から弟がお金を抜いているみたい", {"elderly_care"}, set()),
]

# (v3) dementia signs told in everyday words; hypothetical death of the older person is not a past death
DEMENTIA_MORE = [
    ("おふくろ、昼飯食ったことすぐ忘れて、また作れって言う", {"dementia", "elderly_care"}, set()),
    ("祖父が「知らない人が家に入ってくる」って夜中に騒ぐ", {"dementia", "elderly_care"}, set()),
    ("親父、最近ちょっと認知入ってきたかも", {"dementia", "elderly_care"}, set()),
    ("じいちゃんが「わしが死んだら家はどうする」と毎日聞いてくる", {"elderly_care"}, set()),
]

# (v3) more dementia behaviour: asking for a meal just eaten, "going home" while at home, clothes out of season,
# starting chores in the middle of the night, looking for a spouse who has died
DEMENTIA_BEHAVIOUR_MORE = [
    ("じいちゃん、今食べたばかりなのに飯はまだかって怒る", {"dementia", "elderly_care"}, set()),
    ("母は自分の家にいるのに、夕方になると帰りたいと言い出す", {"dementia", "elderly_care"}, set()),
    ("父が真夏にセーターを着込んで出かけようとする", {"dementia", "elderly_care"}, set()),
    ("祖母が深夜二時に起きて、朝ごはんを作り始める", {"dementia", "elderly_care"}, set()),
    ("父が、亡くなった母を探しに外へ出ようとする", {"dementia", "elderly_care"}, set()),
    ("さっき食べたのに、もうお腹がすいた笑", set(), {"dementia", "elderly_care"}),
]

# (v3) a grandparent who has suddenly collapsed is health (and risk), not a care situation; a grandparent
# raising a grandchild is child_family; a disability service called 生活介護 is not elderly care
NOT_ELDERLY = [
    ("おばあさんが畑でたおれて、いきをしてないみたい", set(), {"elderly_care"}),
    ("祖父が台所でしゃがんだまま返事がおかしい", set(), {"elderly_care"}),
    ("孫を引き取って育てています。私も七十を過ぎて体力がない", {"child_family"}, {"elderly_care"}),
    ("娘は重い障害があって生活介護の事業所に通っています", {"disability"}, {"elderly_care"}),
]


# (r4) an older resident giving their age with loneliness, no one to talk to, or a fall they cannot get up from
OLDER_SELF_LONELY = [
    ("わしは 81じゃ。もう何日も だれとも しゃべっとらん", {"elderly_care", "isolation_hikikomori"}, set()),
    ("79歳です。話し相手がおらんで、さみしゅうてかなわん", {"elderly_care"}, set()),
    ("話す人がいなくて毎日さびしい。今年で86さいになります", {"elderly_care"}, set()),
    ("ひとりぐらしで ふろばで ころんで たちあがれん", {"elderly_care"}, set()),
    ("独居の母が台所で転んで起き上がれなかったらしい", {"elderly_care"}, set()),
    # age with living alone and a chore is daily_living (dev convention), youth loneliness is not elderly
    ("27歳、一人暮らしで寂しい。話し相手がほしい", set(), {"elderly_care"}),
    ("寂しくて誰とも話さない日が続く。会社は70人くらいの規模です", set(), {"elderly_care"}),
]

# (r4) 看る said in dialect progressive: 一人で両親を看よる, ひとりでみちょる
CARER_DIALECT = [
    ("わし一人で母を看よる。もう体がもたん", {"carer"}, set()),
    ("ひとりで親父をみよるけど、兄弟は誰も来ん", {"carer"}, set()),
    ("嫁さんは仕事じゃけえ、うちが一人でばあちゃんをみちょる", {"carer"}, set()),
]

# (r4) retired and at home with nowhere to go (dialect)
RETIRED_AT_HOME = [
    ("退職してから毎日家におるだけで、することがない", {"isolation_hikikomori"}, set()),
    ("夫が定年してから一日中家でごろごろ、外にも出ん", {"isolation_hikikomori"}, set()),
    ("定年になってから行くとこもないし、誰とも会わん", {"isolation_hikikomori"}, set()),
]

# (r4) work itself as the trouble: dread of going in, a trade one wants to take up, romaji job talk
WORK_R4 = [
    ("日曜の夜になると、会社に行くのが憂鬱でたまらん", {"employment"}, set()),
    ("パート先でいじめられて、もう行きたくない", {"employment"}, set()),
    ("子どもが小学生になったので介護の仕事したいけど、未経験でも平気？", {"employment"}, {"elderly_care"}),
    ("Baito kubi ni natta. Okane nai.", {"employment"}, set()),
    ("会社の近くの病院にはもう行けないと言われた", set(), {"employment"}),
    ("介護で仕事にいけない日が続いている", {"carer"}, {"employment"}),
]

# (r4) theft accusations in direct speech, no longer knowing the day, and the writer worn out by it
DEMENTIA_R4 = [
    ("祖母が『あんたが財布とったやろ』って毎日責めてくる。もうしんどい", {"dementia", "carer"}, set()),
    ("義母に「お前が指輪を盗ったんでしょ」と言われる。疲れ果てた", {"dementia", "carer"}, set()),
    ("父は燃えるゴミの日も分からなくなってきた", {"dementia"}, set()),
    ("ばあちゃん、孫の名前もわからんようになった", {"dementia"}, set()),
    ("越してきたばかりで、ゴミの日がわからない。どこで調べれば？", set(), {"dementia"}),
    ("弟に『お前が俺のゲーム取ったやろ』と言われた", set(), {"dementia"}),
]

# (r4) a house nobody goes in or out of, nobody visits
NOBODY_VISITS = [
    ("裏の家、人の出入りがまったくないけど、夜に明かりはついている", {"isolation_hikikomori"}, set()),
    ("近所の一人暮らしのおじいさん、訪ねてくる人もおらんみたい", {"isolation_hikikomori"}, set()),
    ("角の家は誰も寄りつかんようになって、郵便受けもいっぱい", {"isolation_hikikomori"}, set()),
    ("駅前の店は人の出入りが多くて便利", set(), {"isolation_hikikomori"}),
]

# (r4) carer: guilt at placing a parent, nobody else to take them, supporting a sick spouse until worn out
CARER_R4 = [
    ("父を特養に入れたら、見捨てたみたいで夜も眠れない", {"carer"}, set()),
    ("親不孝かもしれんけど、母をホームに預けようかと思う", {"carer"}, set()),
    ("母の通院に付き添う人は私しかおらんのよ", {"carer"}, set()),
    ("うつ病の妻を支えるのに、正直もう疲れました", {"carer"}, set()),
    ("この書類を見れる人は私しかいない", set(), {"carer"}),
    ("チームを支えるのが僕の役目です", set(), {"carer"}),
]

# (r4) living in a company dorm is not a job concern by itself
DORM_R4 = [
    ("社員寮に住んでるけど、もっと広い部屋に引っ越したい", set(), {"employment"}),
    ("工場の寮を来週出るように言われた。契約も切られた", {"employment"}, set()),
]

# (r4) a grandparent gone missing again (dialect), a pensioner waiting for pension day
MISSING_AGAIN_PENSION = [
    ("じいちゃんがまたおらんようになった。夕方から探しよる", {"dementia"}, set()),
    ("祖母がまたいなくなって、家族で近所を探しています", {"dementia"}, set()),
    ("夫がまた家を出て行った。もう知らん", set(), {"dementia"}),
    ("ねんきんが でるまで まだ さき。こめが もう ない", {"elderly_care"}, set()),
    ("障害年金が入るまであと一週間、食費が足りない", set(), {"elderly_care"}),
]

# (r4) asking for a talking partner (not offering to be one)
TALK_PARTNER = [
    ("たまにでええけん、家に来て話し相手になってくれる人を頼めんやろか", {"isolation_hikikomori"}, set()),
    ("電話で話し相手をしてもらえるサービスはないやろか", {"isolation_hikikomori"}, set()),
    ("定年後、お年寄りの話し相手になるボランティアをしたい", set(), {"isolation_hikikomori"}),
]

# (r4) ぼけ with 来 in kanji
DEMENTIA_BOKE_KANJI = [
    ("じいちゃん、だいぶボケて来とる気がする", {"dementia"}, set()),
    ("母が最近ぼけて来たみたいで心配", {"dementia"}, set()),
    ("寝ぼけて来たのか、変なこと言ってた", set(), {"dementia"}),
]


# (v5) isolation: an occupant nobody has seen for a long time (neighbours, 民生委員, dialects)
ISO = "isolation_hikikomori"
OCCUPANT_UNSEEN = [
    ("裏のアパート、住んどる人はもう何年も見かけたことがない", {ISO}, set()),
    ("隣の家のご主人、ほとんど見かけんようになったけど生きとるんやろか", {ISO}, set()),
    ("町内の人に聞いても、あの家の人の姿を見た人がおらんのです", {ISO}, set()),
    ("向かいの奥さん、外で姿を見かけることも少なくなりました", {ISO}, set()),
    ("民生委員をしています。何度訪ねても応答がないお宅があって、夜だけ明かりがつきます", {ISO}, set()),
    # short absence (days) with newspapers is a welfare check, not a cut-off life
    ("隣のおじいさん、ここ三日ほど姿が見えない。大丈夫かな", set(), {ISO}),
]
# (v5) spouse gone and alone, no family in Japan (simple Japanese, hiragana, English)
ALONE_AFTER_LOSS = [
    ("つまが しんで から ずっと ひとり です。さみしい", {ISO}, set()),
    ("主人に先立たれて、家族も日本にはいません", {ISO}, set()),
    ("ネパールの ひとです。にほんに ともだち いません", {ISO}, set()),
    ("I came here for work and there is nobody here to talk to", {ISO}, set()),
    ("かあちゃん死んでがら、誰どもしゃべってねぇ", {ISO}, set()),
    ("母が去年亡くなってから、父がほとんど話さなくなった", {ISO}, set()),
]
# (v5) staying in because of people's eyes, leaving school and staying home, wanting a voice
STAYING_IN = [
    ("昼間ぶらぶらしてたら人の目が気になって、外に出づらくなった", {ISO}, set()),
    ("専門学校を中退してから、ずっと家でゲームしかしてない", {ISO}, set()),
    ("何年も家におったけん、人と話すのが怖い。少しずつ働いてみたい", {ISO}, set()),
    ("だれか こえ きいて ほしい。ひとりで さむい", {ISO}, set()),
    ("この団地、誰がどうしとるんか分からんようになってしもうた", {ISO}, set()),
    ("我在日本没有朋友，每天一个人", {ISO}, set()),
    ("学校でいじめられて、家にも居場所がない", {ISO}, set()),
]
# (v5) near misses: a practical need, a pet after death, 孤独死 in the news or a novel, a question about a place
ISOLATION_NOT = [
    ("エアコンの掃除、頼れる人がいないので業者を紹介してほしい", set(), {ISO}),
    ("私が死んだら犬はどうなるんやろ。頼める家族もおらんし", set(), {ISO}),
    ("孤独死をテーマにした映画の感想を書いてます", set(), {ISO}),
    ("孤独死が心配なので、父に見守りサービスを付けたい", set(), {ISO}),
    ("学校帰りに寄れる居場所ってないかな？", set(), {ISO}),
    ("母が転んでから外に出なくなったので、買い物を頼みたい", set(), {ISO}),
    ("いっそ一緒にと思うほど追い詰められている", set(), {ISO}),
]


# (v5) carer: the carer's own load in more forms (a break, no sleep, a pupil caring, taking the cared-for along)
CARER_V5 = [
    ("デイもショートも断られた。私もたまには一日でも休みたいのに", {"carer"}, set()),
    ("医療的ケアのある息子がいて、痰の吸引で私も夜ほとんど眠れない", {"carer"}, set()),
    ("じいちゃんが夜通しうろうろして、家族みんな寝らんとよ", {"carer", "elderly_care"}, set()),
    ("ダウン症の弟の世話があって、部活もバイトもできない", {"carer"}, set()),
    ("小学4年です。ママがずっとねてるから、ごはんはおれが作ってる", {"carer", "child_family"}, set()),
    (
        "担任をしています。児童が家で下のきょうだいの世話をしていて、宿題ができていないようです",
        {"carer", "child_family"},
        set(),
    ),
    ("妻の物忘れがひどい。私も仕事があって昼間は家にいられない", {"carer"}, set()),
    ("障害のある娘がいます。私が先に逝ったらと思うと、この子を残しては死ねない", {"carer"}, set()),
    ("この先が見えん。じいちゃんも道連れにして楽になりたい", {"carer"}, set()),
    ("認知症の祖母を母が一人でみていて、母が倒れそう", {"carer"}, set()),
    ("来月から夫の介護が始まる。下の子はまだ幼稚園なのに", {"carer", "child_family"}, set()),
    ("高齢の母を怒鳴りそうになる自分が怖い", {"carer"}, set()),
]
CARER_V5_NOT = [
    ("寝たきりの祖母を置いて叔父が出ていってしまった", set(), {"carer"}),
    ("I work as a caregiver at a care home and my visa expires soon", set(), {"carer"}),
    ("娘が働いているので、孫を私たち夫婦が預かっています。いつまで面倒みられるか", set(), {"carer"}),
    ("夜泣きがひどくて全然寝られない。ワンオペで限界", set(), {"carer"}),
    ("子どもを一人残していけないから、がんばるしかない", set(), {"carer"}),
]


# (v5) elderly_care: an older writer or relative told by new cues (老人会, hiragana ages, a bare age, 免許返納,
# a parent's cluttered house, お迎え, an English age, a spouse gone before)
EC = "elderly_care"
ELDER_V5 = [
    ("老人クラブに入ってみたいが、どこで申し込むのかね", {EC}, set()),
    ("わしらでも参加できる体操はあるかね。百歳体操とかいうやつ", {EC}, set()),
    ("はちじゅう にさい です。ひとりで くらしています", {EC}, set()),
    ("免許を返したらバスしかない。買い物が不便になった。81です", {EC}, set()),
    ("おやじの家がゴミだらけで、片付けようとすると怒鳴られる", {EC}, set()),
    ("祖母が『早くお迎えが来ないかな』と毎日こぼしている", {EC}, set()),
    ("My father, 84, lives by himself in the countryside and I am in Tokyo", {EC}, set()),
    ("夫に先立たれて、いまは78歳でひとり暮らしです", {EC}, set()),
    ("としを とって もの忘れも ふえた", {EC}, set()),
]
ELDER_V5_NOT = [
    ("ばあちゃんが呼んでも起きない、変ないびきをかいてる", set(), {EC}),
    ("保育園のお迎えが来ないまま、母親に電話がつながらない", set(), {EC}),
    ("I work at a nursing home as a caregiver and want to change jobs", set(), {EC}),
    ("DVから逃げたいけど実家は九州で遠く、夫の親も味方してくれない", set(), {EC}),
]


# (v5) dementia told by behaviour: walking about at night, the same item bought again and again, a known dish lost
DEMENTIA_V5 = [
    ("じいちゃんが夜通し家の中をうろうろしとる", {"dementia"}, set()),
    ("向かいのおばあさん、夜中に裸足で歩いてたのを見かけた", {"dementia"}, set()),
    ("母が同じ醤油をいくつも買ってきて、棚に並んでる", {"dementia"}, set()),
    ("父が得意料理の作り方を思い出せなくなった", {"dementia"}, set()),
    ("近所のばあさん、何を聞いても話がかみ合わん", {"dementia"}, set()),
]
DEMENTIA_V5_NOT = [
    ("同じ靴をサイズ違いで二足買った", set(), {"dementia"}),
    ("夜中にジョギングしてたら近所のおじいさんに会った", set(), {"dementia"}),
]


# (v5) more domain classes written from the taxonomy: out only at night, a school refuser grown up, meals carried to
# the room, silence with the family; a break for the carer in other words; a parent who can no longer live alone
DOMAIN_V5 = [
    ("むすめが よるしか そとに でません", {ISO}, set()),
    ("弟が部屋から出てくるのは風呂とトイレのときだけです", {ISO}, set()),
    ("兄は高校から不登校で、そのまま今は30歳になりました", {ISO}, set()),
    ("ご飯はお盆にのせて部屋の前に置いています。もう何年も", {ISO}, set()),
    ("夫が家族とも一切口をきかなくなって半年", {ISO}, set()),
    ("このまま誰にも知られずに死んでいくのかと思う", {ISO}, set()),
    ("雨なので今日は家から出ないでおこうと思います", set(), {ISO}),
    ("母をショートに預けて、たまには一日でいいからゆっくり寝たい", {"carer"}, set()),
    ("じいさんの世話、わしひとりでやっとる。もうくたびれた", {"carer"}, set()),
    ("父はもう一人では暮らせないと思う。どこに相談すれば", {EC}, set()),
    ("わたし 85さい。からだが よわく なって きました", {EC}, set()),
]


# (v5) dementia, more behaviour: a missing purse made into an uproar, not knowing who family are, an adult lost;
# forgetting WHAT one ate yesterday is ordinary forgetting
DEMENTIA_DOMAIN_V5 = [
    ("祖母が通帳がないって毎晩大騒ぎして、家族みんな参ってる", {"dementia"}, set()),
    ("じいちゃんが孫のことを誰だかわからんようになった", {"dementia"}, set()),
    ("主人がスーパーの帰りに迷子になって、近所の人に送ってもらった", {"dementia"}, set()),
    ("おとといの晩ご飯に何を食べたか思い出せない笑", set(), {"dementia"}),
]


# (v5) not out in society for years; a room in English and romaji
SOCIETY_V5 = [
    ("娘はもう15年くらい社会に出ていません", {ISO}, set()),
    ("My daughter has been in her room for three years and won't come out", {ISO}, set()),
    ("otouto ga heya kara denai. mou 3 nen", {ISO}, set()),
    ("I stayed in my room all day because of the rain", set(), {ISO}),
]


# ---- the tests, over every table above ------------------------------------------------------------------


# (labels6) a carer told by 見る, 共倒れ, guilt over a facility, double care, a young carer, fear of hitting
CARER_L6 = [
    ("祖父のことは、もう祖母ひとりでは見きれないと思う", {"carer"}, set()),
    ("寝たきりの夫を家でみて五年、腰も気力も限界に近い", {"carer"}, set()),
    ("88の父が86の母をみていて、ふたりとも共倒れになりそう", {"carer"}, set()),
    ("父をグループホームに入れたけど、本当にこれでよかったのか毎晩考える", {"carer"}, set()),
    ("母の介護をしながら二人の子を育てていて、自分の時間がない", {"carer"}, set()),
    ("姑の介護と1歳児の育児が重なって、毎日ぐったり", {"carer"}, set()),
    ("学校を休んで祖母の付き添いをすることが増えた", {"carer"}, set()),
    ("知的障害の娘が夜中に叫ぶと、手が出そうになる", {"carer"}, set()),
    ("姉の病気のことで家族みんな限界です", {"carer"}, set()),
    ("会社に勤めながら父をみているので、昼間が心配", {"carer"}, set()),
    ("寝たきりの妻を道連れに、いっそ心中しようかと思う夜がある", {"carer"}, set()),
    # hard negatives: a facility chosen without regret, a parent looking after a grandchild, a tired teacher
    ("父が特養に入れることになりました。手続きを知りたい", set(), {"carer"}),
    ("孫の面倒を見るのが楽しみです", set(), {"carer"}),
]
# (labels6) 見落としとって is not 年をとって
ELDER_L6_NOT = [
    ("回覧板を見落としとって、集会の日を知らんかった", set(), {"elderly_care"}),
    # a wish to join a dead grandparent (the mind's danger, not an older person's care), work wished for at 70
    ("もう疲れた。じいちゃんのところに行きたい", set(), {"elderly_care"}),
    ("72歳だけど、週に何日か働ける仕事はありますか", set(), {"elderly_care"}),
]
# (labels6) an older writer's own age together with a chore that has become hard, or 「もう年や」
ELDER_L6 = [
    ("91さいです。ゆきかきが もう できません", {"elderly_care"}, set()),
    ("七十八で膝が悪うて、ごみを出すのもひと苦労です", {"elderly_care"}, set()),
    ("あたしももう年だから、子どもの世話にはなりたくない", {"elderly_care"}, set()),
]

@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    OLDER_RELATIVE
    + DEMENTIA_BY_BEHAVIOUR
    + CARER_BURDEN
    + DAILY_HELP
    + CARER_AND_WORK
    + WORK_WORDS_ELSEWHERE
    + OLDER_RELATIVE_MORE
    + OLDER_CARER
    + CARER_LOAD_MORE
    + ISOLATION_MORE
    + END_OF_LIFE_MORE
    + OLDER_PARENT_HARMED
    + DEMENTIA_MORE
    + DEMENTIA_BEHAVIOUR_MORE
    + NOT_ELDERLY
    + OLDER_SELF_LONELY
    + CARER_DIALECT
    + RETIRED_AT_HOME
    + WORK_R4
    + DEMENTIA_R4
    + NOBODY_VISITS
    + CARER_R4
    + DORM_R4
    + MISSING_AGAIN_PENSION
    + TALK_PARTNER
    + DEMENTIA_BOKE_KANJI
    + OCCUPANT_UNSEEN
    + ALONE_AFTER_LOSS
    + STAYING_IN
    + ISOLATION_NOT
    + CARER_V5
    + CARER_V5_NOT
    + ELDER_V5
    + ELDER_V5_NOT
    + DEMENTIA_V5
    + DEMENTIA_V5_NOT
    + DOMAIN_V5
    + DEMENTIA_DOMAIN_V5
    + SOCIETY_V5
    + CARER_L6
    + ELDER_L6
    + ELDER_L6_NOT,
)
def test_elder_and_family_classes(text: str, must: set[str], must_not: set[str]) -> None:
    got = set(classify(text).intents)
    assert must <= got, (text, sorted(got))
    assert not (must_not & got), (text, sorted(got))
