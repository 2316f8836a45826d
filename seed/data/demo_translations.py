"""Russian, French and Serbian versions of the demo content, as plain data.

Translations of the project's own English demo texts in `seed/data/demo.py` (the Elections
field of work page, two of its press releases, the Mission to Serbia's "Our work" page and
gallery) and of the Mission to Serbia's one-line description in `seed/data/reference.py`
(`FIELD_OPERATIONS`, stored as the operation's `tagline`), and of the title and introduction of
its Democratization Department (`SERBIA_DEPARTMENT`); `load_demo_content` loads them. No fact,
name, date or number is added to the English.

Shapes follow the English data, so the loader can treat both alike:

- `ELECTIONS_PAGE[language]`: the texts of `FieldOfWork.translated_fields` but `slug` (the page
  keeps its English slug under /ru/ and /fr/); the rich texts keep the English <p> structure.
- `RELEASES[english_slug][language]`: title, slug (Latin, transliterated for ru and sr),
  summary, body (a list of paragraphs like the English `body`, turned into HTML the same way),
  photo_caption and photo_alt where the English release has a photo (credits are shared), and
  `published_after_days`: the version is published that many days after the English one.
- `SERBIA_PAGE[language]`: `tagline`, `our_work_intro` (the English `SERBIA_INTRO`),
  `mandate_text` (the English `SERBIA_MANDATE`), `sections` keyed by the section's English
  title (what identifies a section in `SERBIA_SECTIONS` and in its demo photograph's seed,
  whatever its position), and `gallery` keyed by position, from 1, as `load_serbia_gallery`
  numbers the photographs.
- `SERBIA_DEPARTMENT[language]`: the Democratization Department's `title`, `intro` and
  `gallery_title` (its page keeps its English slug).

Serbian is in Cyrillic, as the OSCE Mission to Serbia publishes. Names and places follow
`seed/data/reference_names.py`; Russian is written without "ё", as OSCE documents are.

Deliberately left so (see `OUTDATED` and `UNTRANSLATED`): the French Elections page is
outdated, its summary translated from an earlier English wording; the 2019 release has no
Serbian version, the Elections page none in Serbian, and German, Italian, Spanish, Albanian,
Macedonian and Ukrainian have no demo versions at all.
"""

NBSP = "\u00a0"  # French puts a no-break space before ":" and ";"

ELECTIONS_PAGE = {
    "ru": {
        "name": "Выборы",
        "summary": (
            "ОБСЕ считает подлинно демократические выборы основой легитимной власти и наблюдает "
            "за выборами в своих государствах-участниках. По просьбе государства она также "
            "оказывает техническую помощь в совершенствовании законодательства и организационных "
            "механизмов, регулирующих проведение выборов."
        ),
        "challenge": (
            "<p>Свободные и справедливые выборы лежат в основе любого демократического общества. "
            "Там, где граждане не могут свободно избирать или сменять тех, кто ими управляет, или "
            "где этот выбор искажается давлением или манипуляциями, доверие общества к "
            "демократическим институтам постепенно ослабевает.</p><p>Для ОБСЕ избирательный "
            "процесс должен обеспечивать соблюдение основных свобод и опираться на равное и "
            "всеобщее избирательное право, политический плюрализм, прозрачность и подотчетность, "
            "чтобы и избиратели, и кандидаты могли доверять его итогам.</p>"
        ),
        "commitment": (
            "Для обеспечения того, чтобы воля народа служила основой власти правительства, "
            "государства-участники будут проводить свободные выборы через разумные промежутки "
            "времени, как это установлено законом."
        ),
        "commitment_source": "Копенгагенский документ 1990 года, пункт 7",
        "action": (
            "<p>Наблюдение за выборами – наиболее известное направление деятельности ОБСЕ и ее "
            "основной способ оценить, соответствует ли избирательный процесс обязательствам, "
            "принятым государствами-участниками. Наблюдатели следят за всем процессом: правовой "
            "базой, регистрацией избирателей и кандидатов, предвыборной кампанией, днем "
            "голосования и рассмотрением жалоб и апелляций.</p><p>Однако наблюдение – лишь "
            "часть работы. По запросу институты ОБСЕ также анализируют избирательное "
            "законодательство, указывают на пробелы и противоречия и дают рекомендации о том, как "
            "приблизить законодательство и практику к обязательствам ОБСЕ и другим "
            "международным стандартам.</p>"
        ),
        "teams_intro": (
            "Институты, полевые операции и подразделения ОБСЕ объединяют свои специальные знания, "
            "чтобы вырабатывать меры, отвечающие положению в каждой стране."
        ),
        "institutions_text": (
            "<p>Работу ОБСЕ в области выборов возглавляет Бюро по демократическим институтам и "
            "правам человека (БДИПЧ). Ежегодно оно направляет по всему региону ОБСЕ "
            "многочисленные миссии по наблюдению за выборами, в состав которых входят "
            "долгосрочные и краткосрочные наблюдатели, и помогает государствам-участникам "
            "выполнять его рекомендации по совершенствованию избирательного законодательства и "
            "практики. Члены Парламентской ассамблеи ОБСЕ регулярно участвуют в наблюдении в "
            "качестве краткосрочных наблюдателей, привнося в оценку взгляд избранных "
            "законодателей.</p>"
        ),
        "operations_text": (
            "<p>На местах полевые операции ОБСЕ помогают органам управления выборами: проводят "
            "обучение для членов избирательных комиссий, журналистов и сотрудников полиции, "
            "поддерживают кампании по информированию избирателей и консультируют по вопросам "
            "реформы избирательного законодательства. Ряд из них также работает над расширением "
            "участия женщин и молодежи в выборах в качестве избирателей и кандидатов. Полевые "
            "операции не наблюдают за выборами в странах, где они находятся: наблюдение остается "
            "задачей БДИПЧ и Парламентской ассамблеи.</p>"
        ),
    },
    "fr": {
        "name": "Élections",
        # Translated from the earlier English summary in OUTDATED: the page loads as outdated.
        "summary": (
            "L'OSCE considère que des élections véritablement démocratiques sont le fondement "
            "d'un gouvernement légitime et observe des élections dans l'ensemble de ses États "
            "participants. À leur demande, elle conseille aussi les États sur les moyens "
            "d'améliorer leur législation électorale."
        ),
        "challenge": (
            "<p>Des élections libres et équitables sont le fondement de toute société "
            "démocratique. Lorsque les citoyens ne peuvent pas choisir ou remplacer librement "
            "ceux qui les gouvernent, ou lorsque ce choix est faussé par des pressions ou des "
            "manipulations, la confiance du public dans les institutions démocratiques "
            "s'effrite.</p><p>Pour l'OSCE, un processus électoral doit garantir les libertés "
            "fondamentales et reposer sur le suffrage égal et universel, le pluralisme politique, "
            "la transparence et l'obligation de rendre des comptes, afin que les électeurs comme "
            "les candidats puissent avoir confiance dans son résultat.</p>"
        ),
        "commitment": (
            "Pour que la volonté du peuple serve de fondement à l'autorité des pouvoirs publics, "
            "les États participants organiseront des élections libres à des intervalles "
            "raisonnables, comme le prévoit la loi."
        ),
        "commitment_source": "Document de Copenhague de 1990, paragraphe 7",
        "action": (
            "<p>L'observation électorale est l'activité la plus connue de l'OSCE et son principal "
            "moyen d'évaluer si un processus électoral est conforme aux engagements pris par les "
            f"États participants. Les observateurs suivent l'ensemble du processus{NBSP}: le "
            "cadre juridique, l'inscription des électeurs et l'enregistrement des candidats, la "
            "campagne, le jour du scrutin et le traitement des plaintes et des recours.</p><p>"
            "L'observation n'est toutefois qu'un aspect de ce travail. Sur demande, les "
            "institutions de l'OSCE examinent aussi les lois électorales, relèvent les lacunes et "
            "les incohérences et recommandent des moyens de rapprocher la législation et la "
            "pratique des engagements de l'OSCE et des autres normes internationales.</p>"
        ),
        "teams_intro": (
            "Les institutions, les opérations de terrain et les bureaux de l'OSCE mettent en "
            "commun leurs compétences spécialisées pour concevoir des réponses adaptées à la "
            "situation de chaque pays."
        ),
        "institutions_text": (
            "<p>Le Bureau des institutions démocratiques et des droits de l'homme (BIDDH) dirige "
            "les travaux de l'OSCE en matière électorale. Chaque année, il déploie dans toute la "
            "région de l'OSCE de nombreuses missions d'observation, composées d'observateurs de "
            "longue et de courte durée, et il aide les États participants à donner suite à ses "
            "recommandations visant à améliorer la législation et la pratique électorales. Des "
            "membres de l'Assemblée parlementaire de l'OSCE y participent régulièrement en tant "
            "qu'observateurs de courte durée, apportant à l'évaluation le regard de législateurs "
            "élus.</p>"
        ),
        "operations_text": (
            "<p>Sur place, les opérations de terrain de l'OSCE aident les administrations "
            "électorales en formant des membres de commissions, des journalistes et des "
            "policiers, soutiennent les campagnes d'information des électeurs et donnent des "
            "conseils sur la réforme de la législation électorale. Plusieurs d'entre elles "
            "s'emploient aussi à accroître la participation des femmes et des jeunes, comme "
            "électeurs et comme candidats. Les opérations de terrain n'observent pas les "
            f"élections dans les pays où elles sont établies{NBSP}; l'observation reste la tâche "
            "du BIDDH et de l'Assemblée parlementaire.</p>"
        ),
    },
}

RELEASES = {
    "osce-chairperson-in-office-visits-belgrade-2017": {
        "ru": {
            "title": (
                "Действующий председатель ОБСЕ Курц пообещал в Белграде дальнейшую поддержку ОБСЕ "
                "в борьбе с сетями незаконного ввоза мигрантов"
            ),
            "slug": "dejstvujushchij-predsedatel-obse-posetil-belgrad-2017",
            "summary": (
                "Во время визита в Белград Действующий председатель ОБСЕ, министр иностранных дел "
                "Австрии Себастьян Курц подтвердил поддержку, которую Организация оказывает Сербии "
                "в борьбе с организованными преступными группами, занимающимися незаконным ввозом "
                "мигрантов, и передал оборудование национальной оперативной группе."
            ),
            "body": [
                (
                    "БЕЛГРАД, 13 февраля 2017 г. – Министр иностранных дел Австрии, Действующий "
                    "председатель ОБСЕ Себастьян Курц посетил сегодня Белград и подтвердил, что "
                    "ОБСЕ продолжит помогать Сербии в развитии сильных, независимых, эффективных и "
                    "подотчетных демократических институтов."
                ),
                (
                    "Курц подчеркнул, что странам региона необходимо тесно сотрудничать в борьбе с "
                    "организованными преступными группами, которые незаконно переправляют через "
                    "границы лиц, ищущих убежища, и мигрантов. Он отметил, что, хотя балканский "
                    "маршрут закрыт, совместные действия по пресечению незаконного ввоза уязвимых "
                    "людей и их эксплуатации по-прежнему необходимы, и заявил, что ОБСЕ будет и "
                    "впредь содействовать проведению региональных расследований таких "
                    "преступлений и поддерживать их."
                ),
                (
                    "Действующий председатель принял участие в рабочем совещании, на котором "
                    "сотрудники полиции и прокуроры из Хорватии и Болгарии поделились с членами "
                    "Оперативной группы Сербии по борьбе с незаконным ввозом людей информацией о "
                    "текущих делах."
                ),
                (
                    "Он также передал Оперативной группе два внедорожника и "
                    "информационно-техническое оборудование. Миссия ОБСЕ в Сербии приобрела "
                    "переданное имущество за счет финансовых взносов Австрии и Италии."
                ),
                (
                    "Глава Миссии ОБСЕ в Сербии посол Андреа Орицио указал на способность Миссии "
                    "адаптировать свою помощь по мере того, как Сербия сталкивается с новыми "
                    "вызовами, связанными с миграцией. Он подтвердил, что Миссия продолжит "
                    "поддерживать национальные и региональные инициативы, направленные на то, "
                    "чтобы не допустить эксплуатации лиц, ищущих убежища, и мигрантов преступными "
                    "группами."
                ),
                (
                    "Оперативная группа, созданная в апреле 2016 года, объединяет в едином "
                    "межведомственном органе следователей полиции Министерства внутренних дел и "
                    "прокуроров Республиканской прокуратуры."
                ),
            ],
            "photo_caption": (
                "Действующий председатель ОБСЕ передает автомобили и информационно-техническое "
                "оборудование, предоставленные через Миссию ОБСЕ, Оперативной группе Сербии по "
                "борьбе с незаконным ввозом людей, Белград, 13 февраля 2017 г."
            ),
            "photo_alt": "Два внедорожника, припаркованные перед официальным зданием",
            "published_after_days": 1,
        },
        "fr": {
            "title": (
                "À Belgrade, le Président en exercice Kurz promet que l'OSCE continuera de "
                "soutenir la lutte contre les réseaux de trafic illicite de migrants"
            ),
            "slug": "president-en-exercice-osce-visite-belgrade-2017",
            "summary": (
                "Lors d'une visite à Belgrade, le Président en exercice de l'OSCE, le ministre "
                "autrichien des Affaires étrangères Sebastian Kurz, a confirmé le soutien de "
                "l'Organisation à la Serbie face aux groupes criminels organisés qui se livrent au "
                "trafic illicite de migrants, et a remis du matériel à l'équipe spéciale "
                "nationale."
            ),
            "body": [
                (
                    "BELGRADE, 13 février 2017 – Sebastian Kurz, ministre autrichien des Affaires "
                    "étrangères et Président en exercice de l'OSCE, s'est rendu aujourd'hui à "
                    "Belgrade, où il a confirmé que l'OSCE continuerait d'aider la Serbie à se "
                    "doter d'institutions démocratiques fortes, indépendantes, efficaces et "
                    "responsables."
                ),
                (
                    "M. Kurz a souligné que les pays de la région devaient coopérer étroitement "
                    "contre les groupes criminels organisés qui font franchir illégalement les "
                    "frontières à des demandeurs d'asile et à des migrants. Il a relevé que, la "
                    "route des Balkans étant fermée, une action commune restait nécessaire pour "
                    "mettre fin au trafic illicite et à l'exploitation de personnes vulnérables, "
                    "et a déclaré que l'OSCE continuerait de faciliter et de soutenir les enquêtes "
                    "régionales sur ces infractions."
                ),
                (
                    "Le Président en exercice a participé à une réunion de travail au cours de "
                    "laquelle des policiers et des procureurs de Croatie et de Bulgarie ont "
                    "échangé des informations sur des affaires en cours avec des membres de "
                    "l'Équipe spéciale serbe de lutte contre le trafic illicite de migrants."
                ),
                (
                    "Il a également remis à l'Équipe spéciale deux véhicules tout-terrain et du "
                    "matériel informatique. La Mission de l'OSCE en Serbie a acquis ce don grâce à "
                    "des contributions financières de l'Autriche et de l'Italie."
                ),
                (
                    "L'Ambassadeur Andrea Orizio, chef de la Mission de l'OSCE en Serbie, a mis en "
                    "avant la capacité de la Mission à adapter son assistance à mesure que la "
                    "Serbie fait face à de nouveaux défis liés aux migrations. Il a confirmé que "
                    "la Mission continuerait de soutenir les initiatives nationales et régionales "
                    "visant à empêcher les groupes criminels d'exploiter les demandeurs d'asile et "
                    "les migrants."
                ),
                (
                    "Créée en avril 2016, l'Équipe spéciale réunit au sein d'un organe "
                    "interinstitutionnel unique des enquêteurs de la police du Ministère de "
                    "l'intérieur et des procureurs du Parquet de la République."
                ),
            ],
            "photo_caption": (
                "Le Président en exercice de l'OSCE remet des véhicules et du matériel "
                "informatique, offerts par l'intermédiaire de la Mission de l'OSCE, à l'équipe "
                "spéciale serbe de lutte contre le trafic illicite de migrants, Belgrade, "
                "13 février 2017"
            ),
            "photo_alt": "Deux véhicules tout-terrain garés devant un bâtiment officiel",
            "published_after_days": 1,
        },
        "sr": {
            "title": (
                "Председавајући ОЕБС Курц у Београду обећао даљу подршку ОЕБС у борби против "
                "мрежа кријумчара миграната"
            ),
            "slug": "predsedavajuci-oebs-posetio-beograd-2017",
            "summary": (
                "Током посете Београду председавајући ОЕБС, министар спољних послова Аустрије "
                "Себастијан Курц, потврдио је подршку Организације Србији у борби против "
                "организованих криминалних група које кријумчаре мигранте и уручио опрему "
                "националној ударној групи."
            ),
            "body": [
                (
                    "БЕОГРАД, 13. фебруар 2017. – Себастијан Курц, министар спољних послова "
                    "Аустрије и председавајући ОЕБС, посетио је данас Београд и потврдио да ће "
                    "ОЕБС наставити да помаже Србији у развоју снажних, независних, делотворних и "
                    "одговорних демократских институција."
                ),
                (
                    "Курц је нагласио да земље региона морају блиско да сарађују у борби против "
                    "организованих криминалних група које тражиоце азила и мигранте незаконито "
                    "превозе преко граница. Истакао је да су, иако је балканска рута затворена, "
                    "заједничке акције за спречавање кријумчарења и искоришћавања рањивих људи и "
                    "даље неопходне, и рекао да ће ОЕБС наставити да олакшава и подржава "
                    "регионалне истраге таквих кривичних дела."
                ),
                (
                    "Председавајући је учествовао на радном састанку на којем су полицијски "
                    "службеници и тужиоци из Хрватске и Бугарске са члановима Ударне групе Србије "
                    "за борбу против кријумчарења људи разменили информације о текућим "
                    "предметима."
                ),
                (
                    "Ударној групи уручио је и два теренска возила и информатичку опрему. Мисија "
                    "ОЕБС у Србији набавила је донацију уз финансијски допринос Аустрије и "
                    "Италије."
                ),
                (
                    "Шеф Мисије ОЕБС у Србији, амбасадор Андреа Орицио, указао је на способност "
                    "Мисије да прилагоди своју помоћ док се Србија суочава са новим изазовима "
                    "повезаним с миграцијама. Потврдио је да ће Мисија наставити да подржава "
                    "националне и регионалне иницијативе чији је циљ да се спречи да криминалне "
                    "групе искоришћавају тражиоце азила и мигранте."
                ),
                (
                    "Ударна група, основана у априлу 2016. године, окупља полицијске истражитеље "
                    "Министарства унутрашњих послова и тужиоце Републичког јавног тужилаштва у "
                    "јединственом међуресорном телу."
                ),
            ],
            "photo_caption": (
                "Председавајући ОЕБС уручује возила и информатичку опрему, донирану посредством "
                "Мисије ОЕБС, Ударној групи Србије за борбу против кријумчарења људи, Београд, "
                "13. фебруар 2017."
            ),
            "photo_alt": "Два теренска возила паркирана испред службене зграде",
            "published_after_days": 0,
        },
    },
    "chairperson-lajcak-visits-mission-in-kosovo-2019": {
        "ru": {
            "title": (
                "Действующий председатель ОБСЕ Лайчак завершил поездку по Юго-Восточной Европе "
                "посещением Миссии ОБСЕ в Косово"
            ),
            "slug": "predsedatel-lajchak-posetil-missiju-v-kosovo-2019",
            "summary": (
                "Министр иностранных и европейских дел Словакии, Действующий председатель ОБСЕ "
                "Мирослав Лайчак завершил поездки по полевым операциям ОБСЕ в Юго-Восточной "
                "Европе посещением Косово – это первый визит туда Действующего председателя с "
                "2014 года."
            ),
            "body": [
                (
                    "ПРИШТИНА, 21 июня 2019 г. – Действующий председатель ОБСЕ, министр "
                    "иностранных и европейских дел Словакии Мирослав Лайчак сегодня завершил "
                    "поездку по трем полевым операциям ОБСЕ в Юго-Восточной Европе посещением "
                    "Миссии ОБСЕ в Косово."
                ),
                (
                    "Приняв Председательство в январе 2019 года, Словакия обязалась уделять "
                    "первоочередное внимание посещению полевых операций. Лайчак пояснил, что "
                    "Председательство может хорошо выполнять свою работу, только если знает, что "
                    "делается на местах, и что его визит – первый визит Действующего председателя "
                    "в Приштину с 2014 года и в крупнейшую полевую миссию ОБСЕ, не считая "
                    "Специальной мониторинговой миссии ОБСЕ в Украине, – стал исполнением этого "
                    "обязательства."
                ),
                (
                    "За два десятилетия Миссия заслужила доверие своих партнеров, работая над "
                    "построением демократического многоэтнического общества, основанного на "
                    "европейских ценностях и принципах. Действующий председатель встретился с "
                    "сотрудниками Миссии, чтобы поблагодарить их за работу, и посетил четыре ее "
                    "региональных центра: в Грачанице, в Приштине, а также в северной и южной "
                    "частях Митровицы."
                ),
                (
                    "В Грачанице, Митровице и Приштине Лайчак провел переговоры с представителями "
                    "институтов, в том числе с премьер-министром Рамушем Харадинаем и его "
                    "заместителями Беджетом Пацолли и Фатмиром Лимаем. Также состоялись встречи с "
                    "членом парламента Слободаном Петровичем, мэром Приштины Шпендом Ахмети и "
                    "мэрами южного и северного муниципалитетов Митровицы Агимом Бахтири и Гораном "
                    "Ракичем."
                ),
                (
                    "Лайчак поблагодарил власти за хорошие отношения с ОБСЕ, которые помогли "
                    "закрепить прогресс в области благого управления, демократии и прав человека. "
                    "Он обсудил возможности дальнейшей поддержки со стороны ОБСЕ диалога о "
                    "нормализации отношений между Белградом и Приштиной при содействии ЕС, "
                    "борьбы с безработицей и социальной изоляцией молодежи, регионального "
                    "сотрудничества и примирения. Он призвал власти ускорить реформы судебной "
                    "системы, борьбу с коррупцией и организованной преступностью, а также реформу "
                    "избирательных процессов, в полной мере используя опыт ОБСЕ."
                ),
                (
                    "На встречах с религиозными лидерами и представителями гражданского общества "
                    "Действующий председатель подчеркнул, что диалог между этническими и "
                    "религиозными общинами имеет важнейшее значение для терпимости и примирения. "
                    "В знак того, что разобщенность необходимо преодолеть, он затем прошел пешком "
                    "по главному мосту через реку Ибар в Митровице, который соединяет общины на "
                    "севере и на юге."
                ),
            ],
            "photo_caption": (
                "Действующий председатель ОБСЕ переходит главный мост через реку Ибар, Митровица, "
                "21 июня 2019 г."
            ),
            "photo_alt": "Группа людей идет по мосту через реку",
            "published_after_days": 1,
        },
        "fr": {
            "title": (
                "Le Président en exercice Lajčák conclut sa tournée en Europe du Sud-Est à la "
                "Mission de l'OSCE au Kosovo"
            ),
            "slug": "president-lajcak-visite-mission-au-kosovo-2019",
            "summary": (
                "Miroslav Lajčák, ministre des Affaires étrangères et européennes de la Slovaquie "
                "et Président en exercice de l'OSCE, a achevé au Kosovo ses visites aux opérations "
                f"de terrain de l'OSCE en Europe du Sud-Est{NBSP}; c'était la première qu'y "
                "effectuait un Président en exercice depuis 2014."
            ),
            "body": [
                (
                    "PRISHTINË/PRIŠTINA, 21 juin 2019 – Miroslav Lajčák, Président en exercice de "
                    "l'OSCE et ministre des Affaires étrangères et européennes de la Slovaquie, a "
                    "achevé aujourd'hui à la Mission de l'OSCE au Kosovo une tournée des trois "
                    "opérations de terrain de l'OSCE en Europe du Sud-Est."
                ),
                (
                    "En prenant la présidence en janvier 2019, la Slovaquie s'était engagée à "
                    "accorder la priorité aux visites des opérations de terrain. M. Lajčák a "
                    "expliqué qu'une présidence ne peut bien faire son travail que si elle connaît "
                    "l'action menée sur le terrain, et que sa visite – la première d'un Président "
                    "en exercice à Prishtinë/Priština depuis 2014, et dans la plus grande mission "
                    "de terrain de l'OSCE hormis la Mission spéciale d'observation de l'OSCE en "
                    "Ukraine – honorait cet engagement."
                ),
                (
                    "En deux décennies, la Mission a gagné la confiance de ses partenaires par son "
                    "action en faveur d'une société démocratique et multiethnique fondée sur les "
                    "valeurs et les principes européens. Le Président en exercice a rencontré le "
                    "personnel de la Mission pour le remercier de son travail et s'est rendu dans "
                    f"quatre de ses centres régionaux{NBSP}: à Graçanicë/Gračanica, à "
                    "Prishtinë/Priština, ainsi que dans la partie nord et dans la partie sud de "
                    "Mitrovicë/Mitrovica."
                ),
                (
                    "À Graçanicë/Gračanica, Mitrovicë/Mitrovica et Prishtinë/Priština, M. Lajčák "
                    "s'est entretenu avec des représentants des institutions, parmi lesquels le "
                    "Premier ministre Ramush Haradinaj et ses adjoints Behgjet Pacolli et Fatmir "
                    "Limaj. D'autres réunions ont eu lieu avec Slobodan Petrović, membre du "
                    "Parlement, le maire de Prishtinë/Priština, Shpend Ahmeti, et les maires des "
                    "municipalités sud et nord de Mitrovicë/Mitrovica, Agim Bahtiri et Goran "
                    "Rakić."
                ),
                (
                    "M. Lajčák a remercié les autorités de leurs bonnes relations avec l'OSCE, qui "
                    "ont contribué à consolider les progrès accomplis en matière de bonne "
                    "gouvernance, de démocratie et de droits de l'homme. Il a examiné les "
                    "possibilités d'un soutien accru de l'OSCE au dialogue sur la normalisation "
                    "entre Belgrade et Prishtinë/Priština facilité par l'UE, à la lutte contre le "
                    "chômage et l'exclusion des jeunes, à la coopération régionale et à la "
                    "réconciliation. Il a exhorté les autorités à accélérer la réforme de la "
                    "justice et des processus électoraux ainsi que la lutte contre la corruption "
                    "et la criminalité organisée, en tirant pleinement parti de l'expertise de "
                    "l'OSCE."
                ),
                (
                    "Lors d'entretiens avec des responsables religieux et des représentants de la "
                    "société civile, le Président en exercice a souligné que le dialogue entre "
                    "communautés ethniques et religieuses est essentiel à la tolérance et à la "
                    "réconciliation. Pour marquer la nécessité de surmonter les divisions, il a "
                    "ensuite traversé à pied le pont principal sur l'Ibar à Mitrovicë/Mitrovica, "
                    "qui relie les communautés du nord et du sud."
                ),
            ],
            "photo_caption": (
                "Le Président en exercice de l'OSCE traverse le pont principal sur l'Ibar, "
                "Mitrovicë/Mitrovica, 21 juin 2019"
            ),
            "photo_alt": "Un groupe de personnes traversant à pied un pont sur une rivière",
            "published_after_days": 1,
        },
    },
}

SERBIA_PAGE = {
    "ru": {
        "tagline": (
            "Содействует Сербии в проведении судебной реформы, развитии демократических "
            "институтов и СМИ, защите прав меньшинств и сотрудничестве в сфере безопасности."
        ),
        "our_work_intro": (
            "Работа с институтами и гражданами Сербии в интересах подотчетного демократического "
            "управления, основанного на верховенстве права."
        ),
        "mandate_text": (
            "Постоянный совет учредил Миссию 11 января 2001 года как Миссию ОБСЕ в Союзной "
            "Республике Югославии. Она консультирует власти и гражданское общество и помогает "
            "им в вопросах демократических институтов, прав человека и прав национальных "
            "меньшинств, верховенства права, СМИ и сотрудничества в сфере безопасности."
        ),
        "sections": {
            "Security co-operation": {
                "title": "Сотрудничество в сфере безопасности",
                "strapline": (
                    "Помощь полиции и органам безопасности в служении обществу и его защите"
                ),
                "text": (
                    "<p>Миссия помогает Сербии развивать институты безопасности, которые "
                    "подотчетны обществу и способны противостоять внутренней и трансграничной "
                    "преступности и угрозам, обеспечивая при этом безопасность людей и уважая "
                    "права человека каждого гражданина.</p>"
                ),
                "photo_caption": (
                    "Представители полиции и общественных организаций обсуждают, как привлечь на "
                    "службу в полицию больше кандидатов из числа национальных меньшинств, на "
                    "встрече, проведенной при поддержке Миссии ОБСЕ, Белград, 31 октября 2024 г."
                ),
                "photo_alt": "Участники сидят за столом для совещаний",
            },
            "Democratization": {
                "title": "Демократизация",
                "strapline": (
                    "Работа с институтами и гражданским обществом ради укрепления демократических "
                    "процессов"
                ),
                "text": (
                    "<p>Миссия сотрудничает с государственными институтами и гражданским "
                    "обществом в целях укрепления демократических процессов в Сербии. Она "
                    "поддерживает парламентский надзор и реформу государственного управления, "
                    "помогает защищать права национальных меньшинств и противодействовать "
                    "дискриминации, содействует благому управлению сектором безопасности, а также "
                    "поощряет межкультурный диалог и уважение к многообразию.</p>"
                ),
                "photo_caption": (
                    "Около 300 женщин – членов парламента, местных советов и советов национальных "
                    "меньшинств – на совместном заседании седьмой национальной конференции Женской "
                    "парламентской сети Сербии, межпартийного объединения, Белград, 14 декабря "
                    "2019 г."
                ),
                "photo_alt": "Большой конференц-зал, в котором собрались женщины-делегаты",
            },
            "Media": {
                "title": "СМИ",
                "strapline": "Содействие безопасной медиасреде и надежной нормативной базе",
                "text": (
                    "<p>Миссия помогает Сербии создать правила и условия, позволяющие обществу "
                    "получать достоверную и своевременную информацию. Она консультирует институты "
                    "по вопросам медийной политики, поддерживает меры по обеспечению безопасности "
                    "журналистов, поощряет профессиональную и этичную журналистику и содействует "
                    "формированию свободного и плюралистического медийного пространства.</p>"
                ),
                "photo_caption": (
                    "Члены Постоянной рабочей группы, которой Миссия ОБСЕ оказывает поддержку в "
                    "работе по обеспечению безопасности журналистов, рассматривают в ходе визита "
                    "нераскрытые дела об угрозах журналистам и нападениях на них, Ниш, 22 мая "
                    "2025 г."
                ),
                "photo_alt": "Люди беседуют за столом для совещаний",
            },
            "Rule of law and human rights": {
                "title": "Верховенство права и права человека",
                "strapline": (
                    "Поддержка независимой и подотчетной судебной власти и системы правосудия, "
                    "защищающей права человека"
                ),
                "text": (
                    "<p>Миссия поддерживает независимую, прозрачную и профессиональную судебную "
                    "власть, а также уголовное и административное правосудие, уважающее права "
                    "человека. Она помогает внедрять назначение судей и прокуроров на основе "
                    "личных заслуг, укрепляет механизмы защиты от коррупции и облегчает доступ к "
                    "правосудию, обучая специалистов-практиков и сотрудничая с гражданским "
                    "обществом.</p>"
                ),
                "photo_caption": (
                    "Группа ОБСЕ по борьбе с терроризмом помогает государствам-участникам "
                    "укреплять их способность расследовать террористические преступления, "
                    "осуществлять уголовное преследование за них и выносить по ним судебные "
                    "решения с соблюдением прав человека"
                ),
                "photo_alt": "Зал судебных заседаний с пустыми скамьями",
            },
            "Environmental activities": {
                "title": "Природоохранная деятельность",
                "strapline": (
                    "Объединение усилий властей и гражданского общества ради более здоровой "
                    "окружающей среды"
                ),
                "text": (
                    "<p>Миссия помогает институтам эффективнее обеспечивать соблюдение "
                    "природоохранного законодательства и поощряет сотрудничество властей и "
                    "гражданского общества, чтобы принятие экологических решений в Сербии стало "
                    "более инклюзивным и прозрачным и лучше учитывало вызовы изменения "
                    "климата.</p>"
                ),
            },
            "Cross-dimensional activities": {
                "title": "Межизмеренческая деятельность",
                "strapline": (
                    "Продвижение гендерного равенства и помощь молодым людям в развитии навыков"
                ),
                "text": (
                    "<p>Во всех своих программах Миссия содействует равенству женщин и мужчин, "
                    "молодежной политике, охватывающей всех молодых людей, и контактам между "
                    "молодежью стран региона. Она также повышает осведомленность об "
                    "обязательствах ОБСЕ и поддерживает усилия по предупреждению насильственного "
                    "экстремизма.</p>"
                ),
                "photo_caption": (
                    "Юные участники национального молодежного конкурса по кибербезопасности, "
                    "организованного сербским фондом «Сеть кибербезопасности» при поддержке "
                    "Миссии ОБСЕ, чтобы привлечь в эту сферу больше девушек и молодых женщин, "
                    "Белград, 15 мая 2024 г."
                ),
                "photo_alt": "Подростки работают за ноутбуками в зале, где проходит конкурс",
            },
        },
        "gallery": {
            1: {
                "caption": (
                    "Эксперты из Сербии, Словении, Черногории и Боснии и Герцеговины сравнивают, "
                    "как в их странах защищается секретная информация, Белград, 11 октября "
                    "2012 г."
                ),
                "alt": "Делегаты слушают выступающего за столом конференции",
            },
            2: {
                "caption": (
                    "Члены муниципального собрания проходят обучение открытому и подотчетному "
                    "составлению местных бюджетов, Крагуевац, 4 марта 2016 г."
                ),
                "alt": "Депутаты местного собрания работают в небольших группах за столом",
            },
            3: {
                "caption": (
                    "Представители советов национальных меньшинств встречаются с должностными "
                    "лицами Министерства государственного управления, чтобы обсудить образование "
                    "на языках меньшинств, Нови-Сад, 18 мая 2018 г."
                ),
                "alt": "Участники дискуссии сидят полукругом",
            },
            4: {
                "caption": (
                    "Молодые люди со всей Сербии представляют свои идеи о том, как сделать местную "
                    "молодежную политику более инклюзивной, на форуме, проведенном при поддержке "
                    "Миссии, Ниш, 9 октября 2023 г."
                ),
                "alt": "Девушка выступает перед аудиторией на фоне экрана",
            },
        },
    },
    "fr": {
        "tagline": (
            "Aide la Serbie dans les domaines de la réforme de la justice, des institutions "
            "démocratiques, des médias, des droits des minorités et de la coopération en matière "
            "de sécurité."
        ),
        "our_work_intro": (
            "Aux côtés des institutions et des citoyens de la Serbie, pour une gouvernance "
            "démocratique responsable fondée sur l'état de droit."
        ),
        "mandate_text": (
            "Le Conseil permanent a créé la Mission le 11 janvier 2001, sous le nom de Mission de "
            "l'OSCE en République fédérale de Yougoslavie. Elle conseille et assiste les "
            "autorités et la société civile en matière d'institutions démocratiques, de droits "
            "de l'homme et de droits des minorités nationales, d'état de droit, de médias et de "
            "coopération en matière de sécurité."
        ),
        "sections": {
            "Security co-operation": {
                "title": "Coopération en matière de sécurité",
                "strapline": (
                    "Aider la police et les institutions de sécurité à servir et à protéger la "
                    "population"
                ),
                "text": (
                    "<p>La Mission aide la Serbie à se doter d'institutions de sécurité qui "
                    "rendent compte au public et sont capables de lutter contre la criminalité et "
                    "les menaces internes et transfrontières, tout en assurant la sécurité de la "
                    "population et en respectant les droits de l'homme de chaque citoyen.</p>"
                ),
                "photo_caption": (
                    "Des représentants de la police et d'organisations communautaires examinent "
                    "comment attirer dans la police davantage de recrues issues des minorités "
                    "nationales, lors d'une réunion soutenue par la Mission de l'OSCE, Belgrade, "
                    "31 octobre 2024"
                ),
                "photo_alt": "Des participants assis autour d'une table de conférence",
            },
            "Democratization": {
                "title": "Démocratisation",
                "strapline": (
                    "Œuvrer avec les institutions et la société civile au renforcement des "
                    "processus démocratiques"
                ),
                "text": (
                    "<p>La Mission travaille en partenariat avec les institutions publiques et la "
                    "société civile pour renforcer les processus démocratiques en Serbie. Elle "
                    "soutient le contrôle parlementaire et la réforme de l'administration "
                    "publique, contribue à protéger les droits des minorités nationales et à "
                    "lutter contre la discrimination, promeut la bonne gouvernance du secteur de "
                    "la sécurité et encourage le dialogue interculturel et le respect de la "
                    "diversité.</p>"
                ),
                "photo_caption": (
                    "Quelque 300 femmes parlementaires, conseillères locales et membres de "
                    "conseils des minorités nationales réunies en séance commune lors de la "
                    "septième conférence nationale du Réseau parlementaire des femmes de Serbie, "
                    "un groupe interpartis, Belgrade, 14 décembre 2019"
                ),
                "photo_alt": "Une grande salle de conférence remplie de déléguées",
            },
            "Media": {
                "title": "Médias",
                "strapline": (
                    "Promouvoir un environnement médiatique sûr et un cadre réglementaire solide"
                ),
                "text": (
                    "<p>La Mission aide la Serbie à mettre en place les règles et les conditions "
                    "qui permettent au public de recevoir une information exacte et en temps "
                    "utile. Elle conseille les institutions sur la politique des médias, soutient "
                    "les mesures visant à assurer la sécurité des journalistes, encourage un "
                    "journalisme professionnel et éthique et promeut un paysage médiatique libre "
                    "et pluraliste.</p>"
                ),
                "photo_caption": (
                    "Les membres du Groupe de travail permanent, que la Mission de l'OSCE soutient "
                    "dans son action en faveur de la sécurité des journalistes, examinent lors "
                    "d'une visite des affaires non élucidées de menaces ou d'agressions contre "
                    "des reporters, Niš, 22 mai 2025"
                ),
                "photo_alt": "Des personnes en discussion autour d'une table de réunion",
            },
            "Rule of law and human rights": {
                "title": "État de droit et droits de l'homme",
                "strapline": (
                    "Soutenir un pouvoir judiciaire indépendant et responsable et un système de "
                    "justice qui protège les droits de l'homme"
                ),
                "text": (
                    "<p>La Mission soutient un pouvoir judiciaire indépendant, transparent et "
                    "professionnel, ainsi qu'une justice pénale et administrative respectueuse des "
                    "droits de l'homme. Elle contribue à instaurer la nomination des juges et des "
                    "procureurs sur la base du mérite, renforce les garde-fous contre la "
                    "corruption et facilite l'accès à la justice en formant des praticiens et en "
                    "travaillant avec la société civile.</p>"
                ),
                "photo_caption": (
                    "L'Unité d'action contre le terrorisme de l'OSCE aide les États participants "
                    "à renforcer leur capacité d'enquêter sur les infractions terroristes, d'en "
                    "poursuivre les auteurs et de les juger dans le respect des droits de l'homme"
                ),
                "photo_alt": "Une salle d'audience aux bancs vides",
            },
            "Environmental activities": {
                "title": "Activités environnementales",
                "strapline": (
                    "Réunir les autorités et la société civile pour un environnement plus sain"
                ),
                "text": (
                    "<p>La Mission aide les institutions à faire appliquer plus efficacement le "
                    "droit de l'environnement et encourage les autorités et la société civile à "
                    "travailler ensemble, afin que la prise de décisions environnementales en "
                    "Serbie devienne plus inclusive et plus transparente et soit mieux à même de "
                    "faire face aux changements climatiques.</p>"
                ),
            },
            "Cross-dimensional activities": {
                "title": "Activités transdimensionnelles",
                "strapline": (
                    "Faire progresser l'égalité entre les sexes et aider les jeunes à développer "
                    "leurs compétences"
                ),
                "text": (
                    "<p>Dans l'ensemble de ses programmes, la Mission promeut l'égalité entre les "
                    "femmes et les hommes, des politiques de la jeunesse qui incluent tous les "
                    "jeunes et les contacts entre jeunes de toute la région. Elle sensibilise "
                    "aussi aux engagements de l'OSCE et soutient les efforts de prévention de "
                    "l'extrémisme violent.</p>"
                ),
                "photo_caption": (
                    "De jeunes concurrents au concours national de cybersécurité pour les jeunes, "
                    "organisé par la fondation serbe Cybersecurity Network avec le soutien de la "
                    "Mission de l'OSCE afin d'attirer davantage de filles et de jeunes femmes dans "
                    "ce domaine, Belgrade, 15 mai 2024"
                ),
                "photo_alt": (
                    "Des adolescents travaillant sur des ordinateurs portables dans une salle de "
                    "concours"
                ),
            },
        },
        "gallery": {
            1: {
                "caption": (
                    "Des experts de Serbie, de Slovénie, du Monténégro et de Bosnie-Herzégovine "
                    "comparent la manière dont leurs pays protègent les informations classifiées, "
                    "Belgrade, 11 octobre 2012"
                ),
                "alt": "Des délégués écoutant un orateur autour d'une table de conférence",
            },
            2: {
                "caption": (
                    "Des membres d'une assemblée municipale suivent une formation sur "
                    "l'élaboration ouverte et responsable des budgets locaux, Kragujevac, "
                    "4 mars 2016"
                ),
                "alt": (
                    "Des conseillers municipaux travaillant en petits groupes autour d'une table"
                ),
            },
            3: {
                "caption": (
                    "Des représentants des conseils des minorités nationales rencontrent des "
                    "responsables du Ministère de l'administration publique pour discuter de "
                    "l'enseignement dans les langues minoritaires, Novi Sad, 18 mai 2018"
                ),
                "alt": "Des participants assis en demi-cercle pendant une discussion",
            },
            4: {
                "caption": (
                    "Des jeunes venus de toute la Serbie présentent leurs idées pour des "
                    "politiques locales de la jeunesse plus inclusives lors d'un forum soutenu par "
                    "la Mission, Niš, 9 octobre 2023"
                ),
                "alt": (
                    "Une jeune femme faisant une présentation devant un public, un écran "
                    "derrière elle"
                ),
            },
        },
    },
    "sr": {
        "tagline": (
            "Помаже Србији у реформи правосуђа, развоју демократских институција и медија, "
            "заштити права мањина и сарадњи у области безбедности."
        ),
        "our_work_intro": (
            "Сарадња са институцијама и грађанима Србије на изградњи одговорног демократског "
            "управљања заснованог на владавини права."
        ),
        "mandate_text": (
            "Стални савет основао је Мисију 11. јануара 2001. године, као Мисију ОЕБС-а у "
            "Савезној Републици Југославији. Она саветује органе власти и цивилно друштво и "
            "помаже им у питањима демократских институција, људских права и права националних "
            "мањина, владавине права, медија и безбедносне сарадње."
        ),
        "sections": {
            "Security co-operation": {
                "title": "Безбедносна сарадња",
                "strapline": (
                    "Помоћ полицији и безбедносним институцијама да служе грађанима и штите их"
                ),
                "text": (
                    "<p>Мисија помаже Србији да развије безбедносне институције које су одговорне "
                    "јавности и способне да се супротставе домаћем и прекограничном криминалу и "
                    "претњама, уз очување безбедности људи и поштовање људских права сваког "
                    "грађанина.</p>"
                ),
                "photo_caption": (
                    "Представници полиције и организација локалних заједница разговарају о томе "
                    "како да се у полицију привуче више кандидата из националних мањина, на "
                    "састанку одржаном уз подршку Мисије ОЕБС, Београд, 31. октобар 2024."
                ),
                "photo_alt": "Учесници седе око конференцијског стола",
            },
            "Democratization": {
                "title": "Демократизација",
                "strapline": (
                    "Сарадња са институцијама и цивилним друштвом ради јачања демократских процеса"
                ),
                "text": (
                    "<p>Мисија сарађује са јавним институцијама и цивилним друштвом на јачању "
                    "демократских процеса у Србији. Подржава парламентарни надзор и реформу јавне "
                    "управе, помаже у заштити права националних мањина и сузбијању "
                    "дискриминације, унапређује добро управљање сектором безбедности и подстиче "
                    "међукултурни дијалог и поштовање различитости.</p>"
                ),
                "photo_caption": (
                    "Око 300 народних посланица, одборница и чланица националних савета "
                    "националних мањина на заједничкој седници седме националне конференције "
                    "Женске парламентарне мреже Србије, међустраначке групе, Београд, "
                    "14. децембар 2019."
                ),
                "photo_alt": "Велика конференцијска сала пуна делегаткиња",
            },
            "Media": {
                "title": "Медији",
                "strapline": (
                    "Подстицање безбедног медијског окружења и добро уређеног регулаторног оквира"
                ),
                "text": (
                    "<p>Мисија помаже Србији да успостави правила и услове који омогућавају "
                    "јавности да добија тачне и благовремене информације. Саветује институције о "
                    "медијској политици, подржава мере за безбедност новинара, подстиче "
                    "професионално и етичко извештавање и промовише слободну и плуралистичку "
                    "медијску сцену.</p>"
                ),
                "photo_caption": (
                    "Чланови Сталне радне групе, коју Мисија ОЕБС подржава у раду на безбедности "
                    "новинара, током посете разматрају нерешене случајеве претњи и напада на "
                    "новинаре, Ниш, 22. мај 2025."
                ),
                "photo_alt": "Људи разговарају за столом за састанке",
            },
            "Rule of law and human rights": {
                "title": "Владавина права и људска права",
                "strapline": (
                    "Подршка независном и одговорном правосуђу и правосудном систему који штити "
                    "људска права"
                ),
                "text": (
                    "<p>Мисија подржава независну, транспарентну и професионалну судску власт, "
                    "као и кривично и управно правосуђе које поштује људска права. Помаже увођење "
                    "избора судија и тужилаца на основу заслуга, јача механизме заштите од "
                    "корупције и олакшава приступ правди обуком практичара и сарадњом са "
                    "цивилним друштвом.</p>"
                ),
                "photo_caption": (
                    "Јединица ОЕБС за борбу против тероризма помаже државама учесницама да ојачају "
                    "своје капацитете за истрагу, гоњење и суђење за кривична дела тероризма у "
                    "складу са људским правима"
                ),
                "photo_alt": "Судница са празним клупама",
            },
            "Environmental activities": {
                "title": "Активности у области животне средине",
                "strapline": "Окупљање власти и цивилног друштва ради здравије животне средине",
                "text": (
                    "<p>Мисија помаже институцијама да делотворније спроводе прописе о заштити "
                    "животне средине и подстиче сарадњу власти и цивилног друштва, како би "
                    "одлучивање о питањима животне средине у Србији постало инклузивније и "
                    "транспарентније и боље одговарало на климатске промене.</p>"
                ),
            },
            "Cross-dimensional activities": {
                "title": "Међудимензионалне активности",
                "strapline": "Унапређење родне равноправности и помоћ младима у развоју вештина",
                "text": (
                    "<p>Кроз све своје програме Мисија промовише равноправност жена и мушкараца, "
                    "омладинске политике које обухватају све младе и контакте међу младима у "
                    "региону. Такође подиже свест о обавезама ОЕБС и подржава напоре за "
                    "спречавање насилног екстремизма.</p>"
                ),
                "photo_caption": (
                    "Млади такмичари на националном омладинском такмичењу из сајбер безбедности, "
                    "које је Фондација „Мрежа за сајбер безбедност“ из Србије организовала уз "
                    "подршку Мисије ОЕБС како би у ову област привукла више девојака и младих "
                    "жена, Београд, 15. мај 2024."
                ),
                "photo_alt": "Тинејџери раде на лаптоповима у сали за такмичење",
            },
        },
        "gallery": {
            1: {
                "caption": (
                    "Стручњаци из Србије, Словеније, Црне Горе и Босне и Херцеговине упоређују "
                    "како њихове земље штите тајне податке, Београд, 11. октобар 2012."
                ),
                "alt": "Делегати слушају говорника за конференцијским столом",
            },
            2: {
                "caption": (
                    "Чланови локалне скупштине учествују на обуци о изради локалних буџета на "
                    "отворен и одговоран начин, Крагујевац, 4. март 2016."
                ),
                "alt": "Одборници раде у малим групама за столом",
            },
            3: {
                "caption": (
                    "Представници националних савета националних мањина састају се са "
                    "службеницима Министарства државне управе како би разговарали о образовању "
                    "на језицима мањина, Нови Сад, 18. мај 2018."
                ),
                "alt": "Учесници седе у полукругу током разговора",
            },
            4: {
                "caption": (
                    "Млади из целе Србије представљају своје идеје за инклузивније локалне "
                    "омладинске политике на форуму одржаном уз подршку Мисије, Ниш, "
                    "9. октобар 2023."
                ),
                "alt": "Млада жена држи презентацију пред публиком, иза ње је екран",
            },
        },
    },
}

SERBIA_DEPARTMENT = {
    "sr": {
        "title": "Демократизација",
        "intro": (
            "Одељење за демократизацију Мисије ради на томе да демократска пракса и једнак "
            "третман пусте дубље корене широм Србије. Његов рад обухвата демократско управљање, "
            "људска права и једнаке могућности, а циљ му је да ојача и државне институције и "
            "организације цивилног друштва."
        ),
        "gallery_title": "Активности демократизације у сликама",
    },
}
"""The Democratization Department's page (seed/data/demo.py, SERBIA_DEPARTMENT) in Serbian: its
title and introduction only, so that its sub-sections and photographs are left out there."""

OUTDATED = {
    "data": "ELECTIONS_PAGE",
    "language": "fr",
    # The English texts the French page was translated from, where they differ from today's
    # (`Translation.source_texts`): load it with today's English texts updated by these and
    # save(remember_source=False), so the translation board shows the summary as changed.
    "source_texts": {
        "summary": (
            "The OSCE regards genuine democratic elections as the foundation of legitimate "
            "government and observes elections throughout its participating States. On request, "
            "it also advises States on how to improve their election laws."
        ),
    },
}
"""The one demo translation that loads as outdated: the French Elections page, whose summary
translates an earlier English wording (the English now also names technical support for the
administrative arrangements of elections)."""

UNTRANSLATED = {
    # No demo versions at all in these site languages, so the board shows them as missing.
    "languages": ["de", "it", "es", "sq", "mk", "uk"],
    # Items translated into some languages but deliberately not into these.
    "ELECTIONS_PAGE": ["sr"],
    "RELEASES": {"chairperson-lajcak-visits-mission-in-kosovo-2019": ["sr"]},
}
"""What is deliberately left untranslated, so that the translation board has gaps to show."""
