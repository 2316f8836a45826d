"""The people who lead the OSCE, as public record states them: the positions the Leadership
page lists, and the appointments whose holder and dates are certain.

Only facts: where the data is not certain who holds a position today, or since when, it names
nobody, and the position shows as vacant (the Director of ODIHR, the High Commissioner on
National Minorities, the Representative on Freedom of the Media, the Head of the Mission to
Serbia, and the Secretary General since 2020) until an editor enters the holder.

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
    "lamberto-zannier": ("Lamberto Zannier", "IT", {"ru": "Ламберто Заннье"}),
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
