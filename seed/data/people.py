"""The people who lead the OSCE, as public record states them: the positions the Leadership
page lists, and the appointments whose holder and dates are certain.

Only facts: where the data is not certain who holds a position today, or since when, it names
nobody, and the position says that no holder is recorded (not that it is vacant, which would be
a claim too): the Director of ODIHR, the High Commissioner on National Minorities, the
Representative on Freedom of the Media, the Heads of the field operations, the other positions
of the Leadership menu, and the Secretary General since 2020, until an editor enters the holder.

The Chairperson-in-Office of each year from 2017 is the chairing State's foreign minister (the
Prime Minister in Albania's case), from 1 January to 31 December unless the office changed
hands during the year. Earlier years keep the name the Chairpersonship's data gives them
(`reference.CHAIRPERSONSHIPS`). Names in French and Russian are the forms the OSCE and the
press use in those languages; positions' titles follow the OSCE's own terminology.
"""

import datetime

D = datetime.date

POSITIONS = [
    {
        "slug": "chairperson-in-office",
        "title": "OSCE Chairperson-in-Office",
        "kind": "chairperson_in_office",
        "structure": "chairpersonship",
        "titles": {"fr": "Président en exercice de l'OSCE", "ru": "Действующий председатель ОБСЕ"},
    },
    {
        "slug": "secretary-general",
        "title": "OSCE Secretary General",
        "kind": "secretary_general",
        "structure": "secretariat",
        "titles": {"fr": "Secrétaire général de l'OSCE", "ru": "Генеральный секретарь ОБСЕ"},
    },
    {
        "slug": "director-of-odihr",
        "title": "Director of the OSCE Office for Democratic Institutions and Human Rights",
        "kind": "head_of_institution",
        "structure": "office-for-democratic-institutions-and-human-rights",
        "titles": {
            "fr": "Directeur du Bureau des institutions démocratiques et des droits de l'homme",
            "ru": "Директор Бюро по демократическим институтам и правам человека",
        },
    },
    {
        "slug": "high-commissioner-on-national-minorities",
        "title": "OSCE High Commissioner on National Minorities",
        "kind": "head_of_institution",
        "structure": "high-commissioner-on-national-minorities",
        "titles": {
            "fr": "Haut-Commissaire de l'OSCE pour les minorités nationales",
            "ru": "Верховный комиссар ОБСЕ по делам национальных меньшинств",
        },
    },
    {
        "slug": "representative-on-freedom-of-the-media",
        "title": "OSCE Representative on Freedom of the Media",
        "kind": "head_of_institution",
        "structure": "representative-on-freedom-of-the-media",
        "titles": {
            "fr": "Représentant de l'OSCE pour la liberté des médias",
            "ru": "Представитель ОБСЕ по вопросам свободы СМИ",
        },
    },
    {
        "slug": "head-of-mission-to-serbia",
        "title": "Head of the OSCE Mission to Serbia",
        "kind": "head_of_mission",
        "structure": "mission-to-serbia",
        "titles": {
            "fr": "Chef de la Mission de l'OSCE en Serbie",
            "ru": "Глава Миссии ОБСЕ в Сербии",
        },
    },
    # The rest of the Leadership menu of the 2017-era reference navigation, in its order; nobody
    # is named for them (see above), so they show as vacant until an editor enters a holder.
    *(
        {"slug": slug, "title": title, "kind": kind, "structure": structure, "titles": titles}
        for slug, title, kind, structure, titles in [
            (
                "head-of-mission-to-bosnia-and-herzegovina",
                "Head of the OSCE Mission to Bosnia and Herzegovina",
                "head_of_mission",
                "mission-to-bosnia-and-herzegovina",
                {
                    "fr": "Chef de la Mission de l'OSCE en Bosnie-Herzégovine",
                    "ru": "Глава Миссии ОБСЕ в Боснии и Герцеговине",
                },
            ),
            (
                "head-of-presence-in-albania",
                "Head of the OSCE Presence in Albania",
                "head_of_mission",
                "presence-in-albania",
                {
                    "fr": "Chef de la Présence de l'OSCE en Albanie",
                    "ru": "Глава Присутствия ОБСЕ в Албании",
                },
            ),
            (
                "head-of-mission-to-skopje",
                "Head of the OSCE Mission to Skopje",
                "head_of_mission",
                "mission-to-skopje",
                {
                    "fr": "Chef de la Mission de l'OSCE à Skopje",
                    "ru": "Глава Миссии ОБСЕ в Скопье",
                },
            ),
            (
                "head-of-mission-to-montenegro",
                "Head of the OSCE Mission to Montenegro",
                "head_of_mission",
                "mission-to-montenegro",
                {
                    "fr": "Chef de la Mission de l'OSCE au Monténégro",
                    "ru": "Глава Миссии ОБСЕ в Черногории",
                },
            ),
            (
                "head-of-mission-to-moldova",
                "Head of the OSCE Mission to Moldova",
                "head_of_mission",
                "mission-to-moldova",
                {
                    "fr": "Chef de la Mission de l'OSCE en Moldavie",
                    "ru": "Глава Миссии ОБСЕ в Молдове",
                },
            ),
            (
                "head-of-centre-in-ashgabat",
                "Head of the OSCE Centre in Ashgabat",
                "head_of_mission",
                "centre-in-ashgabat",
                {
                    "fr": "Chef du Centre de l'OSCE à Achgabat",
                    "ru": "Глава Центра ОБСЕ в Ашхабаде",
                },
            ),
            (
                "head-of-programme-office-in-astana",
                "Head of the OSCE Programme Office in Astana",
                "head_of_mission",
                "programme-office-in-astana",
                {
                    "fr": "Chef du Bureau de programmes de l'OSCE à Astana",
                    "ru": "Глава Офиса программ ОБСЕ в Астане",
                },
            ),
            (
                "project-co-ordinator-in-uzbekistan",
                "OSCE Project Co-ordinator in Uzbekistan",
                "head_of_mission",
                "project-co-ordinator-in-uzbekistan",
                {
                    "fr": "Coordonnateur des projets de l'OSCE en Ouzbékistan",
                    "ru": "Координатор проектов ОБСЕ в Узбекистане",
                },
            ),
            (
                "head-of-programme-office-in-dushanbe",
                "Head of the OSCE Programme Office in Dushanbe",
                "head_of_mission",
                "programme-office-in-dushanbe",
                {
                    "fr": "Chef du Bureau de programmes de l'OSCE à Douchanbé",
                    "ru": "Глава Офиса программ ОБСЕ в Душанбе",
                },
            ),
            (
                "director-of-conflict-prevention-centre",
                "Director of the OSCE Conflict Prevention Centre",
                "other",
                "conflict-prevention-centre",
                {
                    "fr": "Directeur du Centre de prévention des conflits de l'OSCE",
                    "ru": "Директор Центра ОБСЕ по предотвращению конфликтов",
                },
            ),
            (
                "first-deputy-director-of-odihr",
                "First Deputy Director of the OSCE Office for Democratic Institutions and Human "
                "Rights",
                "other",
                "office-for-democratic-institutions-and-human-rights",
                {
                    "fr": "Premier Directeur adjoint du Bureau des institutions démocratiques et "
                    "des droits de l'homme",
                    "ru": "Первый заместитель директора Бюро по демократическим институтам и "
                    "правам человека",
                },
            ),
            (
                "director-of-office-of-hcnm",
                "Director of the Office of the OSCE High Commissioner on National Minorities",
                "other",
                "high-commissioner-on-national-minorities",
                {
                    "fr": "Directeur du Bureau du Haut-Commissaire de l'OSCE pour les minorités "
                    "nationales",
                    "ru": "Директор Бюро Верховного комиссара ОБСЕ по делам национальных "
                    "меньшинств",
                },
            ),
            (
                "director-of-office-of-rfom",
                "Director of the Office of the OSCE Representative on Freedom of the Media",
                "other",
                "representative-on-freedom-of-the-media",
                {
                    "fr": "Directeur du Bureau du Représentant de l'OSCE pour la liberté des "
                    "médias",
                    "ru": "Директор Бюро Представителя ОБСЕ по вопросам свободы СМИ",
                },
            ),
            (
                "co-ordinator-transnational-threats",
                "OSCE Co-ordinator of Activities to Address Transnational Threats",
                "other",
                "transnational-threats-department",
                {
                    "fr": "Coordonnateur des activités de l'OSCE visant à faire face aux menaces "
                    "transnationales",
                    "ru": "Координатор деятельности ОБСЕ по противодействию транснациональным "
                    "угрозам",
                },
            ),
            (
                "director-internal-oversight",
                "Director for Internal Oversight Services",
                "other",
                "office-of-internal-oversight",
                {
                    "fr": "Directeur des services de contrôle interne",
                    "ru": "Директор Службы внутреннего надзора",
                },
            ),
            (
                "senior-adviser-gender-issues",
                "OSCE Senior Adviser on Gender Issues",
                "other",
                "gender-issues-programme",
                {
                    "fr": "Conseiller principal de l'OSCE pour les questions de genre",
                    "ru": "Старший советник ОБСЕ по гендерным вопросам",
                },
            ),
            (
                "special-representative-trafficking",
                "OSCE Special Representative and Co-ordinator for Combating Trafficking in "
                "Human Beings",
                "other",
                "secretariat",
                {
                    "fr": "Représentant spécial et Coordonnateur de l'OSCE pour la lutte contre "
                    "la traite des êtres humains",
                    "ru": "Специальный представитель и координатор ОБСЕ по борьбе с торговлей "
                    "людьми",
                },
            ),
            (
                "co-ordinator-economic-environmental",
                "Co-ordinator of OSCE Economic and Environmental Activities",
                "other",
                "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
                {
                    "fr": "Coordonnateur des activités économiques et environnementales de l'OSCE",
                    "ru": "Координатор экономической и экологической деятельности ОБСЕ",
                },
            ),
            (
                "director-management-and-finance",
                "Director for Management and Finance",
                "other",
                "department-of-management-and-finance",
                {
                    "fr": "Directeur de la gestion et des finances",
                    "ru": "Директор Департамента по вопросам управления и финансов",
                },
            ),
        ]
    ),
]

# slug: name, nationality (ISO code), names in other languages.
PEOPLE = {
    "sebastian-kurz": ("Sebastian Kurz", "AT", {"ru": "Себастьян Курц"}),
    "karin-kneissl": ("Karin Kneissl", "AT", {"ru": "Карин Кнайсль"}),
    "angelino-alfano": ("Angelino Alfano", "IT", {"ru": "Анджелино Альфано"}),
    "enzo-moavero-milanesi": ("Enzo Moavero Milanesi", "IT", {"ru": "Энцо Моаверо Миланези"}),
    "miroslav-lajcak": ("Miroslav Lajčák", "SK", {"ru": "Мирослав Лайчак"}),
    "edi-rama": ("Edi Rama", "AL", {"ru": "Эди Рама"}),
    "ann-linde": ("Ann Linde", "SE", {"ru": "Анн Линде"}),
    "zbigniew-rau": ("Zbigniew Rau", "PL", {"ru": "Збигнев Рау"}),
    "bujar-osmani": ("Bujar Osmani", "MK", {"ru": "Буяр Османи"}),
    "ian-borg": ("Ian Borg", "MT", {"ru": "Иэн Борг"}),
    "elina-valtonen": ("Elina Valtonen", "FI", {"ru": "Элина Валтонен"}),
    "ignazio-cassis": ("Ignazio Cassis", "CH", {"ru": "Иньяцио Кассис"}),
    "lamberto-zannier": ("Lamberto Zannier", "IT", {"ru": "Ламберто Заньер"}),
    "thomas-greminger": ("Thomas Greminger", "CH", {"ru": "Томас Гремингер"}),
}

# (position, person, first day, last day or None).
APPOINTMENTS = [
    ("chairperson-in-office", "sebastian-kurz", D(2017, 1, 1), D(2017, 12, 17)),
    ("chairperson-in-office", "karin-kneissl", D(2017, 12, 18), D(2017, 12, 31)),
    ("chairperson-in-office", "angelino-alfano", D(2018, 1, 1), D(2018, 5, 31)),
    ("chairperson-in-office", "enzo-moavero-milanesi", D(2018, 6, 1), D(2018, 12, 31)),
    ("chairperson-in-office", "miroslav-lajcak", D(2019, 1, 1), D(2019, 12, 31)),
    ("chairperson-in-office", "edi-rama", D(2020, 1, 1), D(2020, 12, 31)),
    ("chairperson-in-office", "ann-linde", D(2021, 1, 1), D(2021, 12, 31)),
    ("chairperson-in-office", "zbigniew-rau", D(2022, 1, 1), D(2022, 12, 31)),
    ("chairperson-in-office", "bujar-osmani", D(2023, 1, 1), D(2023, 12, 31)),
    ("chairperson-in-office", "ian-borg", D(2024, 1, 1), D(2024, 12, 31)),
    ("chairperson-in-office", "elina-valtonen", D(2025, 1, 1), D(2025, 12, 31)),
    ("chairperson-in-office", "ignazio-cassis", D(2026, 1, 1), D(2026, 12, 31)),
    ("secretary-general", "lamberto-zannier", D(2011, 7, 1), D(2017, 6, 30)),
    ("secretary-general", "thomas-greminger", D(2017, 7, 18), D(2020, 7, 18)),
]

# The names of people in French are written as in English: a row says so, so that French
# pages name them without marking them as English.
SAME_NAME_LANGUAGES = ["fr"]
