"""The demo library's publications (seed.publications makes their PDFs and loads them).

Everything here is demo content written for this site: the titles are generic on purpose and
name no real OSCE document, and the dates (`published_on`, where one is given) are made up, only
to spread the library over a few years. An entry without one is dated the day it is loaded.

`pages` are the PDF's pages, one string each; `files` the PDFs in other languages (their pages),
`translations` the publication's title and summary in another language.
"""

PUBLICATIONS = [
    {
        "slug": "mission-to-serbia-democratization-department-factsheet",
        "type": "factsheet",
        "title": "Democratization Department of the OSCE Mission to Serbia",
        "summary": (
            "Two pages on the Mission's Democratization Department: how it helps public "
            "authorities govern openly, protect rights and treat everyone alike, and the "
            "partners it does so with, official bodies and citizens' groups alike."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["democratization", "human-rights"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "The Democratization Department of the OSCE Mission to Serbia helps democratic "
            "practice take firmer root across the country.",
            "Its partners are ministries, municipalities and non-governmental groups; its "
            "themes are how public bodies work, the rights of each person and fairness "
            "towards minorities.",
        ],
        "translations": {
            "ru": {
                "title": "Департамент демократизации Миссии ОБСЕ в Сербии",
                "summary": (
                    "Две страницы о Департаменте демократизации Миссии: как он помогает "
                    "органам власти работать открыто, защищать права и одинаково относиться "
                    "ко всем, и с кем он для этого сотрудничает."
                ),
            },
        },
    },
    {
        "slug": "mission-to-serbia-roma-inclusion-factsheet",
        "type": "factsheet",
        "title": "Roma inclusion: the Mission to Serbia's support",
        "summary": (
            "What the Mission does so that Roma in Serbia have a fuller place in society: "
            "advice to the authorities on tracking and reporting progress, a say for Roma in "
            "the plans made for them, local successes repeated elsewhere, and easier use of "
            "public offices."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["roma-and-sinti"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "The Mission backs a fuller role for Roma people in Serbian public life.",
            "It helps State institutions monitor, co-ordinate and report on Roma inclusion, "
            "and it helps Roma take part in planning the programmes that concern them.",
            "Good practice found in one municipality is shared with others, and the Roma "
            "community is helped to reach the public services it is entitled to.",
        ],
        "translations": {},
    },
    {
        "slug": "mission-to-serbia-access-to-justice-factsheet",
        "type": "factsheet",
        "title": "Justice and support for victims of serious crime",
        "summary": (
            "How the Mission helps people harmed by grave offences, among them those who were "
            "trafficked and children, to have their cases heard and to get help."
        ),
        "sources": ["mission-to-serbia"],
        "fields": ["combating-trafficking-in-human-beings", "rule-of-law"],
        "states": ["RS"],
        "department": "democratization",
        "pages": [
            "For many years the Mission helped Serbian authorities and non-governmental "
            "groups shape the country's response to people trafficking.",
            "Its attention is now on the courts and services that those harmed by grave "
            "offences, trafficked people and children among them, turn to.",
        ],
        "translations": {},
    },
    {
        "slug": "guide-to-the-osce-publications-library",
        "type": "guide",
        "title": "A short guide to this publications library",
        "summary": (
            "A demo guide: what the library holds, how its filters work, and how each "
            "publication's file in a language keeps its address when it is replaced."
        ),
        "sources": ["secretariat"],
        "fields": [],
        "states": [],
        "department": None,
        "pages": [
            "This guide is a demonstration file of the site's publications library.",
            "Each publication has one file per language, at an address that names the "
            "publication and the language and stays the same when the file is replaced.",
            "The library can be filtered by type, field of work, issuer, country, year and "
            "the language of the files.",
        ],
        "translations": {
            "fr": {
                "title": "Petit guide de la bibliothèque des publications",
                "summary": (
                    "Un guide de démonstration : ce que contient la bibliothèque, comment ses "
                    "filtres fonctionnent et pourquoi l'adresse d'un fichier ne change pas."
                ),
            },
        },
    },
    # The Elections field of work: guides, and reports and studies (its page lists them by type).
    {
        "slug": "guide-to-observing-voter-registration",
        "type": "guide",
        "title": "Guide to observing voter registration",
        "published_on": "2024-03-14",  # demo date
        "summary": (
            "A demo guide for observers: what to look at when a country draws up and updates "
            "its voter register, whom to talk to, and how to record what they find."
        ),
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections"],
        "states": [],
        "department": None,
        "pages": [
            "A voter register decides who may vote. An observer who follows how it is drawn up "
            "sees early whether some citizens risk being left out, or counted twice.",
            "Start with the law: who keeps the register, how often it is updated, how a "
            "citizen checks an entry and asks for a correction, and by when.",
            "Then meet those who apply it: the registration authority, local offices, "
            "political parties and citizen groups that have checked the lists themselves.",
            "Write down what you saw, where and when, and what you were told and by whom. Keep "
            "facts apart from impressions: a report is only as strong as its notes.",
        ],
        "files": {
            "ru": [
                "Список избирателей определяет, кто может голосовать. Наблюдатель, который "
                "следит за его составлением, рано замечает, не рискуют ли одни граждане "
                "остаться вне списка, а другие быть учтены дважды.",
                "Начните с закона: кто ведёт список, как часто его обновляют, как гражданин "
                "может проверить свою запись и потребовать исправления и в какой срок.",
                "Затем встретьтесь с теми, кто применяет закон: с органом регистрации, "
                "местными отделениями, партиями и гражданскими группами, проверявшими списки.",
                "Записывайте, что вы видели, где и когда, что вам сказали и кто. Отделяйте "
                "факты от впечатлений: отчёт надёжен настолько, насколько надёжны записи.",
            ],
        },
        "translations": {
            "ru": {
                "title": "Руководство по наблюдению за регистрацией избирателей",
                "summary": (
                    "Демонстрационное руководство для наблюдателей: на что смотреть, когда "
                    "страна составляет и обновляет список избирателей, с кем говорить и как "
                    "записывать увиденное."
                ),
            },
        },
    },
    {
        "slug": "handbook-for-observing-election-day",
        "type": "guide",
        "title": "Handbook for observing election day",
        "published_on": "2022-09-20",  # demo date
        "summary": (
            "A demo handbook that follows an observer team through election day, from the "
            "opening of a polling station to the count and the handover of the results."
        ),
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections"],
        "states": [],
        "department": None,
        "pages": [
            "Arrive before the polling station opens. Note whether the ballot box is shown "
            "empty and sealed, and whether the materials match the numbers on the record.",
            "During the day, watch the procedure rather than the voters: identification, the "
            "secrecy of the vote, help given to those who need it, and who else is present.",
            "At the count, stay until the record is signed. Note how unused ballots are "
            "cancelled, how disputed ones are decided, and whether the result is posted.",
        ],
        "files": {
            "fr": [
                "Arrivez avant l'ouverture du bureau de vote. Notez si l'urne est montrée vide "
                "et scellée, et si le matériel correspond aux chiffres du procès-verbal.",
                "Pendant la journée, observez la procédure plutôt que les électeurs : "
                "l'identification, le secret du vote, l'aide apportée à ceux qui en ont besoin "
                "et les personnes présentes.",
                "Au dépouillement, restez jusqu'à la signature du procès-verbal. Notez comment "
                "les bulletins inutilisés sont annulés, comment les bulletins contestés sont "
                "tranchés et si le résultat est affiché.",
            ],
        },
        "translations": {
            "fr": {
                "title": "Manuel d'observation du jour du scrutin",
                "summary": (
                    "Un manuel de démonstration qui suit une équipe d'observateurs pendant le "
                    "jour du scrutin, de l'ouverture du bureau de vote au dépouillement."
                ),
            },
        },
    },
    {
        "slug": "following-up-electoral-recommendations-review",
        "type": "report",
        "title": "Following up electoral recommendations: a review",
        "published_on": "2023-11-08",  # demo date
        "summary": (
            "A demo report on how recommendations made after elections are taken up: which "
            "kinds are acted on quickly, which take years, and what helps."
        ),
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections"],
        "states": [],
        "department": None,
        "pages": [
            "Observation ends with recommendations. Their worth shows in what follows: a law "
            "amended, a procedure clarified, an authority given the means to do its work.",
            "Changes that need only an administrative decision are often made before the next "
            "election. Those that need a new law, or agreement among parties, take longer.",
            "Follow-up works best when the authorities ask for it, when the recommendations "
            "are specific, and when civil society can see and discuss the drafts.",
        ],
        "translations": {},
    },
    {
        "slug": "women-candidates-in-local-elections-study",
        "type": "study",
        "title": "Women as candidates in local elections: a study",
        "published_on": "2021-06-02",  # demo date
        "summary": (
            "A demo study of what helps and what hinders women standing for local councils: "
            "candidate lists, campaign funding, and the support of their parties."
        ),
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections", "gender-equality"],
        "states": [],
        "department": None,
        "pages": [
            "Local councils are where many political careers begin, yet fewer women than men "
            "stand for them. This study asks why, and what makes a difference.",
            "The place a candidate gets on a party's list matters as much as being on it. "
            "Rules on the order of names have changed outcomes more than rules on numbers.",
            "Campaigns cost money and time. Candidates who could draw on a party's training "
            "and funds, or on a network of others who had stood before, went further.",
        ],
        "files": {
            "ru": [
                "Местные советы — начало многих политических карьер, но женщин среди "
                "кандидатов в них меньше, чем мужчин. Исследование спрашивает почему и что "
                "меняет положение.",
                "Место кандидата в партийном списке значит не меньше, чем само включение в "
                "него. Правила о порядке имён меняли итоги сильнее, чем правила о числе.",
                "Кампания требует денег и времени. Дальше продвигались кандидаты, которые "
                "могли опереться на обучение и средства партии или на тех, кто уже выдвигался.",
            ],
        },
        "translations": {
            "ru": {
                "title": "Женщины-кандидаты на местных выборах: исследование",
                "summary": (
                    "Демонстрационное исследование о том, что помогает и что мешает женщинам "
                    "выдвигаться в местные советы: списки, финансирование, поддержка партий."
                ),
            },
        },
    },
    {
        "slug": "media-coverage-of-election-campaigns-study",
        "type": "study",
        "title": "Media coverage of election campaigns: a comparative study",
        "published_on": "2020-10-15",  # demo date
        "summary": (
            "A demo study comparing how broadcasters and online media cover campaigns: the "
            "time given to each contestant, the tone, and the rules that apply."
        ),
        "sources": [
            "office-for-democratic-institutions-and-human-rights",
            "representative-on-freedom-of-the-media",
        ],
        "fields": ["elections", "media-freedom-and-development"],
        "states": [],
        "department": None,
        "pages": [
            "Voters learn about contestants mostly through the media. How much time each one "
            "gets, and in what tone, shapes the choice they are offered.",
            "Public broadcasters are usually bound to give fair access; private ones less so; "
            "online media and paid content often fall outside the rules altogether.",
            "Media monitoring measures coverage over weeks, not days, and reads it against "
            "the rules in force, so that its findings can be checked by anyone.",
        ],
        "translations": {},
    },
    # Other types, for the library's facets.
    {
        "slug": "working-together-for-comprehensive-security-brochure",
        "type": "brochure",
        "title": "Working together for comprehensive security",
        "published_on": "2024-01-22",  # demo date
        "summary": (
            "A demo brochure on the OSCE's three dimensions of security, politico-military, "
            "economic and environmental, and human, and how they depend on one another."
        ),
        "sources": ["secretariat"],
        "fields": ["conflict-prevention-and-resolution"],
        "states": [],
        "department": None,
        "pages": [
            "Security is more than the absence of war. The OSCE looks at it in three "
            "dimensions that depend on each other.",
            "The politico-military dimension covers arms control, confidence-building and "
            "the prevention of conflict. The economic and environmental one covers good "
            "governance and shared resources. The human dimension covers rights and freedoms.",
            "Its participating States take decisions by consensus, and its field operations "
            "carry them into practice with host countries.",
        ],
        "files": {
            "fr": [
                "La sécurité ne se réduit pas à l'absence de guerre. L'OSCE la considère dans "
                "trois dimensions qui dépendent l'une de l'autre.",
                "La dimension politico-militaire couvre la maîtrise des armements, les mesures "
                "de confiance et la prévention des conflits. La dimension économique et "
                "environnementale couvre la bonne gouvernance et les ressources partagées. La "
                "dimension humaine couvre les droits et les libertés.",
                "Les États participants décident par consensus, et les opérations de terrain "
                "mettent ces décisions en pratique avec les pays hôtes.",
            ],
        },
        "translations": {
            "fr": {
                "title": "Agir ensemble pour une sécurité globale",
                "summary": (
                    "Une brochure de démonstration sur les trois dimensions de la sécurité à "
                    "l'OSCE et sur les liens entre elles."
                ),
            },
        },
    },
    {
        "slug": "model-terms-of-reference-for-a-project-steering-committee",
        "type": "official_document",
        "title": "Model terms of reference for a project steering committee",
        "published_on": "2019-04-30",  # demo date
        "summary": (
            "A demo template: the purpose, membership, meetings and decisions of a committee "
            "that steers a project, for project managers to adapt."
        ),
        "sources": ["secretariat"],
        "fields": ["good-governance"],
        "states": [],
        "department": None,
        "pages": [
            "Purpose. The committee steers the project: it approves the work plan, follows "
            "progress against it and decides on changes of scope or budget.",
            "Membership. The project manager, a representative of each partner institution "
            "and of the donors; others may be invited without a vote.",
            "Meetings and decisions. The committee meets at least twice a year. It decides by "
            "agreement of its members, and its minutes are shared within two weeks.",
        ],
        "translations": {},
    },
    {
        "slug": "border-management-training-activity-report",
        "type": "report",
        "title": "Border management training: an activity report",
        "published_on": "2023-02-17",  # demo date
        "summary": (
            "A demo activity report on training courses for border officials: what was "
            "taught, to whom, and what the participants said they would change."
        ),
        "sources": ["transnational-threats-department"],
        "fields": ["border-management"],
        "states": [],
        "department": None,
        "pages": [
            "The courses brought together officials from border guards and customs, who "
            "often work side by side at the same crossing but train apart.",
            "Sessions covered risk analysis, the detection of forged documents, and the "
            "respect of travellers' rights during checks.",
            "Asked at the end, most participants named one practice they meant to take back "
            "to their posts, most often shared risk assessments between the two services.",
        ],
        "translations": {},
    },
]
