"""The editable pages of the demo content (pages.Page), as plain data: the reference
navigation's About us (with the decision-making bodies under it), Institutions and
Organizational structure, the privacy notice and the accessibility statement the footer links
to, in the project's own words; and the home page's lead story, highlights and footer.

Only facts of public record: the Helsinki Final Act (1975), the Charter of Paris for a New
Europe (1990), the Budapest Summit (1994) that renamed the Conference the Organization, the
ten principles of the Final Act, the decision-making bodies and how often they meet, and what
the structures of `seed/data/reference.py` do. No office-holder, no figure beyond the 57
participating States the reference data lists, no date that public record does not give.

Shapes, for `load_demo_content`:

- `PAGES`: a list of pages, each with its `slug`, `title`, `strapline`, `summary`, `sections`
  and `children` (pages of the same shape); every page is published.
- A section: `kind` (pages.PageSection.Kind), an optional `heading`, and by kind: `text` (a
  list of paragraphs, which a bulleted `list` may follow), `links` for a list of links
  ((label, address) pairs), `quotation` and `quotation_source`, or `structures` (slugs of
  structures, after an optional `text`).
- `TRANSLATIONS[language][path]`: a page's texts in that language (title, slug, strapline,
  summary) and its `sections`, a list as long as the English one, None where a section has
  nothing to translate; `path` is the page's English address without its slashes at the ends.
"""

PAGES = [
    {
        "slug": "about-us",
        "title": "About us",
        "strapline": (
            "57 participating States in Europe, Central Asia and North America, working for "
            "security through dialogue and co-operation."
        ),
        "summary": (
            "What the OSCE is, where it comes from, the principles it stands on and how it takes "
            "its decisions."
        ),
        "sections": [
            {
                "kind": "text",
                "text": [
                    "The Organization for Security and Co-operation in Europe is a forum where "
                    "the governments of its 57 participating States, from Europe, Central Asia "
                    "and North America, discuss and decide together how to keep their region "
                    "secure.",
                    "It treats security as one whole with three dimensions: the "
                    "politico-military, the economic and environmental, and the human. Arms "
                    "control and free elections, border management and media freedom all belong "
                    "to the same task.",
                ],
            },
            {
                "kind": "callout",
                "text": [
                    "Every OSCE decision is taken by consensus: each participating State has an "
                    "equal voice. The decisions bind the States politically, not legally.",
                ],
            },
            {
                "kind": "links",
                "heading": "Find out more",
                "links": [
                    ("Fields of work", "/fields-of-work/"),
                    ("Field operations", "/field-operations/"),
                    ("Participating States", "/participating-states/"),
                    ("Newsroom", "/news/"),
                ],
            },
        ],
        "children": [
            {
                "slug": "decision-making-bodies",
                "title": "Decision-making bodies",
                "strapline": "Where the participating States take the OSCE's decisions together.",
                "summary": (
                    "The Summit, the Ministerial Council, the Permanent Council and the Forum "
                    "for Security Co-operation."
                ),
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "The participating States decide in a small number of bodies, which "
                            "meet at different levels and at different intervals: from heads of "
                            "State or Government at a summit to ambassadors every week in "
                            "Vienna. All of them decide by consensus.",
                        ],
                    },
                ],
                "children": [
                    {
                        "slug": "summit",
                        "title": "Summit",
                        "strapline": (
                            "The heads of State or Government of the participating States."
                        ),
                        "summary": "The OSCE's meetings at the highest political level.",
                        "sections": [
                            {
                                "kind": "text",
                                "text": [
                                    "At a summit the heads of State or Government of the "
                                    "participating States meet to set the Organization's "
                                    "priorities at the highest level. Summits are not held at "
                                    "fixed intervals.",
                                    "It was at the Budapest Summit in 1994 that the "
                                    "participating States renamed the Conference on Security "
                                    "and Co-operation in Europe the Organization for Security "
                                    "and Co-operation in Europe. The most recent summit met in "
                                    "Astana in 2010.",
                                ],
                            },
                        ],
                        "children": [],
                    },
                    {
                        "slug": "ministerial-council",
                        "title": "Ministerial Council",
                        "strapline": "The foreign ministers of the participating States.",
                        "summary": "The OSCE's central decision-making body between summits.",
                        "sections": [
                            {
                                "kind": "text",
                                "text": [
                                    "The foreign ministers of the participating States meet as "
                                    "the Ministerial Council, usually once a year towards the "
                                    "end of a Chairpersonship, in the country that holds it. "
                                    "They review the Organization's work and take decisions on "
                                    "its direction.",
                                ],
                            },
                        ],
                        "children": [],
                    },
                    {
                        "slug": "permanent-council",
                        "title": "Permanent Council",
                        "strapline": "The regular body for political dialogue and decisions.",
                        "summary": "The participating States' ambassadors, meeting every week.",
                        "sections": [
                            {
                                "kind": "text",
                                "text": [
                                    "The permanent representatives of the participating States "
                                    "meet in the Permanent Council every week in Vienna. It "
                                    "discusses developments across the OSCE region and takes "
                                    "the day-to-day decisions of the Organization, among them "
                                    "the mandates of its field operations and its budget.",
                                ],
                            },
                        ],
                        "children": [],
                    },
                    {
                        "slug": "forum-for-security-co-operation",
                        "title": "Forum for Security Co-operation",
                        "strapline": "Decisions on the military aspects of security.",
                        "summary": (
                            "Where the participating States negotiate arms control and "
                            "confidence- and security-building measures."
                        ),
                        "sections": [
                            {
                                "kind": "text",
                                "text": [
                                    "Set up in 1992, the Forum for Security Co-operation is "
                                    "where the participating States take decisions on the "
                                    "politico-military dimension: arms control, disarmament, "
                                    "and confidence- and security-building measures. It meets "
                                    "every week in Vienna.",
                                ],
                            },
                        ],
                        "children": [],
                    },
                ],
            },
            {
                "slug": "our-history",
                "title": "Our history",
                "strapline": "From a conference between East and West to a standing organization.",
                "summary": (
                    "How the Conference on Security and Co-operation in Europe became the OSCE."
                ),
                "sections": [
                    {
                        "kind": "text",
                        "heading": "A conference across the divide",
                        "text": [
                            "The OSCE began as the Conference on Security and Co-operation in "
                            "Europe, a forum in which the States of East and West talked to "
                            "each other during the Cold War.",
                            "Its Final Act, signed in Helsinki in 1975, set out the principles "
                            "guiding relations between the participating States and their "
                            "commitments on security, on economic and environmental "
                            "co-operation and on human rights.",
                        ],
                    },
                    {
                        "kind": "quotation",
                        "quotation": "The era of confrontation and division of Europe has ended.",
                        "quotation_source": "Charter of Paris for a New Europe, 1990",
                    },
                    {
                        "kind": "text",
                        "heading": "From Conference to Organization",
                        "text": [
                            "With the end of the Cold War, the Charter of Paris for a New "
                            "Europe, adopted in 1990, began to give the Conference permanent "
                            "structures and institutions.",
                            "At the Budapest Summit in 1994 the participating States renamed it "
                            "the Organization for Security and Co-operation in Europe.",
                        ],
                    },
                ],
                "children": [],
            },
            {
                "slug": "our-principles",
                "title": "Our principles",
                "strapline": "The ten principles of the Helsinki Final Act.",
                "summary": "The principles that guide relations between the participating States.",
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "In the Helsinki Final Act the participating States committed "
                            "themselves to ten principles in their relations with one another:",
                        ],
                        "list": [
                            "sovereign equality and respect for the rights inherent in "
                            "sovereignty;",
                            "refraining from the threat or use of force;",
                            "inviolability of frontiers;",
                            "territorial integrity of States;",
                            "peaceful settlement of disputes;",
                            "non-intervention in internal affairs;",
                            "respect for human rights and fundamental freedoms;",
                            "equal rights and self-determination of peoples;",
                            "co-operation among States;",
                            "fulfilment in good faith of obligations under international law.",
                        ],
                    },
                ],
                "children": [],
            },
            {
                "slug": "finance-and-administration",
                "title": "Finance and administration",
                "strapline": "A budget the participating States agree together.",
                "summary": "How the OSCE is funded and run.",
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "The participating States approve the Organization's budget "
                            "together, by consensus like every other decision, and contribute "
                            "to it according to scales they have agreed.",
                        ],
                    },
                    {
                        "kind": "structures",
                        "heading": "Who does this work",
                        "structures": [
                            "department-of-management-and-finance",
                            "department-of-human-resources",
                        ],
                    },
                ],
                "children": [],
            },
            {
                "slug": "internal-oversight",
                "title": "Internal oversight",
                "strapline": "Independent checks on how the Organization works.",
                "summary": "Internal audit, evaluation and investigation.",
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "Internal oversight gives the participating States and the "
                            "Organization's management an independent view of how well its "
                            "work is done and its resources are used: through internal audits, "
                            "evaluations and investigations.",
                        ],
                    },
                    {"kind": "structures", "structures": ["office-of-internal-oversight"]},
                ],
                "children": [],
            },
            {
                "slug": "employment",
                "title": "Employment",
                "strapline": "Working in the Secretariat, the institutions and the field.",
                "summary": "Who works for the OSCE, and how.",
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "People work for the OSCE in its Secretariat, in its institutions "
                            "and in its field operations. Many posts are filled by staff whom "
                            "the participating States second to the Organization; others are "
                            "contracted by the Organization directly.",
                        ],
                    },
                    {
                        "kind": "callout",
                        "text": [
                            "This demonstration site publishes no vacancies: the OSCE announces "
                            "its own.",
                        ],
                    },
                    {"kind": "structures", "structures": ["department-of-human-resources"]},
                ],
                "children": [],
            },
            {
                "slug": "networks-and-research",
                "title": "Networks and research",
                "strapline": "Research on security in the OSCE region, and the records behind it.",
                "summary": "The Organization's records, and the researchers who work with them.",
                "sections": [
                    {
                        "kind": "text",
                        "text": [
                            "Researchers, universities and think tanks study security in the "
                            "OSCE region and bring their findings to the Organization's "
                            "discussions. The Organization's own documents are kept for them "
                            "and for the public.",
                        ],
                    },
                    {"kind": "structures", "structures": ["documentation-centre-in-prague"]},
                ],
                "children": [],
            },
        ],
    },
    {
        "slug": "institutions",
        "title": "Institutions",
        "strapline": "Three institutions, each with a mandate of its own across the OSCE region.",
        "summary": (
            "The Office for Democratic Institutions and Human Rights, the High Commissioner on "
            "National Minorities and the Representative on Freedom of the Media."
        ),
        "sections": [
            {
                "kind": "structures",
                "text": [
                    "Each institution helps the participating States keep their commitments in "
                    "a field of its own.",
                ],
                "structures": [
                    "office-for-democratic-institutions-and-human-rights",
                    "high-commissioner-on-national-minorities",
                    "representative-on-freedom-of-the-media",
                ],
            },
        ],
        "children": [],
    },
    {
        "slug": "organizational-structure",
        "title": "Organizational structure",
        "strapline": (
            "The OSCE's bodies, its Secretariat and institutions, and its field operations."
        ),
        "summary": (
            "The structures of the OSCE and its field operations, as the site's data lists them."
        ),
        "sections": [
            {
                "kind": "overview",
                "text": [
                    "The participating States take the decisions; the Chairpersonship, the "
                    "Secretariat, the institutions and the field operations carry them out.",
                ],
            },
        ],
        "children": [],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "strapline": "What this site records about its visitors, and what it does not.",
        "summary": "How the site treats the information a visit leaves behind.",
        "sections": [
            {
                "kind": "text",
                "text": [
                    "Reading this site needs no account. It sets no advertising or tracking "
                    "cookies; the only cookies it uses are those it needs to work, such as the "
                    "ones that keep an editor signed in.",
                    "The servers keep the usual technical records of requests for a short time, "
                    "to keep the site running and secure. They are not used to follow anyone "
                    "from page to page.",
                ],
            },
        ],
        "children": [],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "strapline": "The site is meant to work for everyone, whatever the way they browse.",
        "summary": "How the site is built to be usable by everyone, and how to report a problem.",
        "sections": [
            {
                "kind": "text",
                "text": [
                    "Every page can be read and used with a keyboard alone, with a screen "
                    "reader and at a large zoom. Photographs have text alternatives, pages "
                    "have headings and landmarks, and colours are chosen for contrast.",
                    "Each change to the site's pages is checked with automated accessibility "
                    "and HTML tests before it goes live. Automated checks do not find every "
                    "barrier: if something on the site does not work for you, please tell us "
                    "through the contact details at the bottom of the page.",
                ],
            },
        ],
        "children": [],
    },
]

TRANSLATIONS = {
    "ru": {
        "privacy": {
            "title": "Политика конфиденциальности",
            "slug": "konfidentsialnost",
            "strapline": "Что сайт записывает о посетителях и чего не записывает.",
            "summary": "Как сайт обращается со сведениями, которые остаются после посещения.",
            "sections": [
                {
                    "text": [
                        "Для чтения сайта не нужна учетная запись. Сайт не использует рекламные "
                        "и отслеживающие файлы cookie; он использует только те, без которых не "
                        "может работать, например те, что сохраняют вход редактора.",
                        "Серверы недолго хранят обычные технические записи о запросах, чтобы "
                        "сайт работал надежно и безопасно. Они не используются, чтобы следить "
                        "за посетителем от страницы к странице.",
                    ],
                },
            ],
        },
        "accessibility": {
            "title": "Заявление о доступности",
            "slug": "dostupnost",
            "strapline": "Сайт должен работать для всех, каким бы способом ни пользовались им.",
            "summary": "Как сайт сделан удобным для всех и как сообщить о проблеме.",
            "sections": [
                {
                    "text": [
                        "Каждой страницей можно пользоваться только с клавиатуры, с программой "
                        "чтения с экрана и при сильном увеличении. У фотографий есть текстовые "
                        "описания, у страниц — заголовки и ориентиры, а цвета подобраны для "
                        "контраста.",
                        "Каждое изменение страниц сайта перед публикацией проверяется "
                        "автоматическими тестами доступности и HTML. Автоматические проверки "
                        "находят не всё: если что-то на сайте вам не подходит, сообщите нам "
                        "по контактам внизу страницы.",
                    ],
                },
            ],
        },
        "about-us": {
            "title": "Об ОБСЕ",
            "slug": "ob-obse",
            "strapline": (
                "57 государств-участников в Европе, Центральной Азии и Северной Америке, "
                "которые укрепляют безопасность через диалог и сотрудничество."
            ),
            "summary": (
                "Что такое ОБСЕ, откуда она появилась, на каких принципах основана и как "
                "принимает решения."
            ),
            "sections": [
                {
                    "text": [
                        "Организация по безопасности и сотрудничеству в Европе — это форум, где "
                        "правительства ее 57 государств-участников из Европы, Центральной Азии "
                        "и Северной Америки вместе обсуждают и решают, как обеспечить "
                        "безопасность своего региона.",
                        "Она видит безопасность как единое целое с тремя измерениями: "
                        "военно-политическим, экономическим и экологическим, а также "
                        "человеческим. Контроль над вооружениями и свободные выборы, "
                        "управление границами и свобода СМИ — части одной задачи.",
                    ],
                },
                {
                    "text": [
                        "Все решения ОБСЕ принимаются консенсусом: у каждого "
                        "государства-участника равный голос. Эти решения обязательны для "
                        "государств политически, а не юридически.",
                    ],
                },
                {
                    "heading": "Подробнее",
                    "links": [
                        ("Направления деятельности", "/ru/fields-of-work/"),
                        ("Полевые операции", "/ru/field-operations/"),
                        ("Государства-участники", "/ru/participating-states/"),
                        ("Пресс-центр", "/ru/news/"),
                    ],
                },
            ],
        },
        "about-us/our-history": {
            "title": "Наша история",
            "slug": "nasha-istoriya",
            "strapline": "От конференции между Востоком и Западом к постоянной организации.",
            "summary": ("Как Совещание по безопасности и сотрудничеству в Европе стало ОБСЕ."),
            "sections": [
                {
                    "heading": "Конференция поверх разделительных линий",
                    "text": [
                        "ОБСЕ начиналась как Совещание по безопасности и сотрудничеству в "
                        "Европе — форум, на котором государства Востока и Запада вели диалог "
                        "в годы холодной войны.",
                        "Его Заключительный акт, подписанный в Хельсинки в 1975 году, "
                        "сформулировал принципы отношений между государствами-участниками и их "
                        "обязательства в области безопасности, экономического и экологического "
                        "сотрудничества и прав человека.",
                    ],
                },
                {
                    "quotation": "Эра конфронтации и раскола Европы закончилась.",
                    "quotation_source": "Парижская хартия для новой Европы, 1990 год",
                },
                {
                    "heading": "От Совещания к Организации",
                    "text": [
                        "После окончания холодной войны Парижская хартия для новой Европы, "
                        "принятая в 1990 году, положила начало постоянным структурам и "
                        "институтам Совещания.",
                        "На Будапештском саммите в 1994 году государства-участники "
                        "переименовали его в Организацию по безопасности и сотрудничеству в "
                        "Европе.",
                    ],
                },
            ],
        },
    },
    "fr": {
        "privacy": {
            "title": "Politique de confidentialité",
            "slug": "confidentialite",
            "strapline": (
                "Ce que le site enregistre sur ses visiteurs, et ce qu’il n’enregistre pas."
            ),
            "summary": (
                "Comment le site traite les informations qu’une visite laisse derrière elle."
            ),
            "sections": [
                {
                    "text": [
                        "Lire ce site ne demande aucun compte. Il ne dépose aucun cookie "
                        "publicitaire ni de suivi ; il n’utilise que ceux dont il a besoin pour "
                        "fonctionner, comme ceux qui gardent un rédacteur connecté.",
                        "Les serveurs conservent peu de temps les journaux techniques habituels "
                        "des requêtes, pour que le site reste disponible et sûr. Ils ne servent "
                        "pas à suivre qui que ce soit de page en page.",
                    ],
                },
            ],
        },
        "accessibility": {
            "title": "Déclaration d’accessibilité",
            "slug": "accessibilite",
            "strapline": (
                "Le site doit fonctionner pour tous, quelle que soit la façon de naviguer."
            ),
            "summary": "Comment le site est conçu pour être utilisable par tous, et comment "
            "signaler un problème.",
            "sections": [
                {
                    "text": [
                        "Chaque page peut être lue et utilisée au clavier seul, avec un lecteur "
                        "d’écran et avec un fort agrandissement. Les photographies ont un texte "
                        "de remplacement, les pages des titres et des repères, et les couleurs "
                        "sont choisies pour leur contraste.",
                        "Chaque modification des pages du site est vérifiée par des tests "
                        "automatiques d’accessibilité et de HTML avant sa mise en ligne. Ces "
                        "tests ne trouvent pas tout : si quelque chose sur le site ne fonctionne "
                        "pas pour vous, dites-le-nous grâce aux coordonnées en bas de page.",
                    ],
                },
            ],
        },
        "about-us": {
            "title": "À propos de l’OSCE",
            "slug": "a-propos",
            "strapline": (
                "57 États participants en Europe, en Asie centrale et en Amérique du Nord, qui "
                "œuvrent pour la sécurité par le dialogue et la coopération."
            ),
            "summary": (
                "Ce qu’est l’OSCE, d’où elle vient, les principes sur lesquels elle repose et "
                "comment elle prend ses décisions."
            ),
            "sections": [
                {
                    "text": [
                        "L’Organisation pour la sécurité et la coopération en Europe est une "
                        "enceinte où les gouvernements de ses 57 États participants, d’Europe, "
                        "d’Asie centrale et d’Amérique du Nord, débattent et décident ensemble "
                        "de la manière d’assurer la sécurité de leur région.",
                        "Elle conçoit la sécurité comme un tout à trois dimensions : "
                        "politico-militaire, économique et environnementale, et humaine. La "
                        "maîtrise des armements et les élections libres, la gestion des "
                        "frontières et la liberté des médias relèvent d’une même tâche.",
                    ],
                },
                {
                    "text": [
                        "Toutes les décisions de l’OSCE sont prises par consensus : chaque État "
                        "participant dispose d’une voix égale. Ces décisions engagent les États "
                        "politiquement, et non juridiquement.",
                    ],
                },
                {
                    "heading": "Pour en savoir plus",
                    "links": [
                        ("Domaines d’action", "/fr/fields-of-work/"),
                        ("Opérations de terrain", "/fr/field-operations/"),
                        ("États participants", "/fr/participating-states/"),
                        ("Salle de presse", "/fr/news/"),
                    ],
                },
            ],
        },
        "about-us/our-history": {
            "title": "Notre histoire",
            "slug": "notre-histoire",
            "strapline": ("D’une conférence entre l’Est et l’Ouest à une organisation permanente."),
            "summary": (
                "Comment la Conférence sur la sécurité et la coopération en Europe est devenue "
                "l’OSCE."
            ),
            "sections": [
                {
                    "heading": "Une conférence par-delà la division",
                    "text": [
                        "L’OSCE est née de la Conférence sur la sécurité et la coopération en "
                        "Europe, une enceinte où les États de l’Est et de l’Ouest se parlaient "
                        "pendant la guerre froide.",
                        "Son Acte final, signé à Helsinki en 1975, a énoncé les principes qui "
                        "régissent les relations entre les États participants et leurs "
                        "engagements en matière de sécurité, de coopération économique et "
                        "environnementale et de droits de l’homme.",
                    ],
                },
                {
                    "quotation": (
                        "L’ère de la confrontation et de la division de l’Europe est révolue."
                    ),
                    "quotation_source": "Charte de Paris pour une nouvelle Europe, 1990",
                },
                {
                    "heading": "De la Conférence à l’Organisation",
                    "text": [
                        "Après la fin de la guerre froide, la Charte de Paris pour une nouvelle "
                        "Europe, adoptée en 1990, a commencé à doter la Conférence de "
                        "structures et d’institutions permanentes.",
                        "Au sommet de Budapest, en 1994, les États participants l’ont renommée "
                        "Organisation pour la sécurité et la coopération en Europe.",
                    ],
                },
            ],
        },
    },
}

# The home page (pages.HomePage): its lead story and highlights, from the demo content above and
# in seed/data/demo.py (a release's slug, a page's English path, an operation's slug). Loaded
# while the home page has neither a lead story nor highlights (nobody has edited it).
HOME_PAGE = {
    "lead_release": "osce-chairperson-in-office-visits-belgrade-2017",
    "highlights": [
        {"release": "chairperson-lajcak-visits-mission-in-kosovo-2019"},
        {"page": "about-us"},
        {"operation": "mission-to-serbia"},
    ],
}

# The footer (pages.SiteFooter): the OSCE Secretariat's postal address (public record), the
# privacy notice and accessibility statement above, and the OSCE's public accounts on social
# networks, whose names are the same in every language. Loaded while the footer is empty.
FOOTER = {
    "address": "OSCE Secretariat\nWallnerstrasse 6\n1010 Vienna\nAustria",
    "links": [
        {
            "kind": "contact",
            "label": "About the Secretariat",
            "url": "/structures/secretariat/",
            "labels": {"ru": "О Секретариате", "fr": "À propos du Secrétariat"},
        },
        {"kind": "privacy", "page": "privacy"},
        {"kind": "accessibility", "page": "accessibility"},
        {"kind": "social", "label": "Facebook", "url": "https://www.facebook.com/osce.org"},
        {"kind": "social", "label": "X", "url": "https://x.com/OSCE"},
        {"kind": "social", "label": "YouTube", "url": "https://www.youtube.com/user/osce"},
        {"kind": "social", "label": "Instagram", "url": "https://www.instagram.com/osceorg/"},
        {"kind": "social", "label": "LinkedIn", "url": "https://www.linkedin.com/company/osce"},
    ],
}
