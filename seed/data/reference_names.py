"""Reference names in the OSCE's official languages other than English (issue 12).

Plain Python data, the counterpart of `seed/data/reference.py` and `seed/data/places.py`: for
French, German, Italian, Russian and Spanish, the name of every field of work (keyed by its
slug), every participating State and Partner for Co-operation (keyed by ISO code), every
structure and every field operation (keyed by slug, with `name` and `full_name` as in English:
the short name of the navigation and the name credited on press releases), and every dateline
place (keyed by its English name).

Names are names, not our prose: they follow the terminology the OSCE itself uses in that
language (its translated decisions, annual reports and pages) and, for States, the short names
of UN terminology in the UN languages (fr, ru, es) and of the foreign ministry's country list in
German and Italian. Where two forms are accepted, the comment says which one is taken and why.

No sort names: each language sorts its own names alphabetically (the English "The Netherlands"
needs "Netherlands" to sort; "Pays-Bas", "Niederlande" and "Нидерланды" do not). The English
`other_names` (former or common names for search) are not translated here.

Serbian ("sr", Cyrillic, as the OSCE Mission to Serbia publishes) is not an official language of
the OSCE; it is given only where the names are certain (States, places, the field operations in
south-eastern Europe) and may be partial. Albanian, Macedonian and Ukrainian, the languages of
field operations' host countries, have the names of States only: the short names of the Unicode
CLDR (as Babel 2.19 ships them), but the formal names where the English data has one ("Holy
See", "Russian Federation", "United States of America", "Republic of Korea", and in Ukrainian
"United Kingdom", whose CLDR name is "Great Britain"). The five official languages are
complete; a test (tests/test_reference_names.py) checks that against the English data.
"""

OFFICIAL_LANGUAGES = ["fr", "de", "it", "ru", "es"]
"""The official OSCE languages other than English; their names are complete."""

PARTIAL_LANGUAGES = ["sr", "sq", "mk", "uk"]
"""Languages whose names are given where certain, and may be missing elsewhere."""

NAMES = {
    "fr": {
        "fields_of_work": {
            "arms-control": "Maîtrise des armements",
            "border-management": "Gestion des frontières",
            "combating-trafficking-in-human-beings": "Lutte contre la traite des êtres humains",
            "conflict-prevention-and-resolution": "Prévention et règlement des conflits",
            "countering-terrorism": "Lutte contre le terrorisme",
            "cyber-ict-security": "Cybersécurité/sécurité des TIC",
            "democratization": "Démocratisation",
            "economic-activities": "Activités économiques",
            "education": "Éducation",
            "elections": "Élections",
            "environmental-activities": "Activités environnementales",
            "gender-equality": "Égalité entre les sexes",
            "good-governance": "Bonne gouvernance",
            "human-rights": "Droits de l'homme",
            "media-freedom-and-development": "Liberté et développement des médias",
            "migration": "Migrations",
            "national-minority-issues": "Questions relatives aux minorités nationales",
            "policing": "Activités de police",
            "reform-and-co-operation-in-the-security-sector": (
                "Réforme et coopération dans le secteur de la sécurité"
            ),
            "roma-and-sinti": "Roms et Sintis",
            "rule-of-law": "État de droit",
            "tolerance-and-non-discrimination": "Tolérance et non-discrimination",
            "youth": "Jeunesse",
        },
        "states": {
            "AL": "Albanie",
            "AD": "Andorre",
            "AM": "Arménie",
            "AT": "Autriche",
            "AZ": "Azerbaïdjan",
            "BE": "Belgique",
            "BY": "Bélarus",  # UN and OSCE form; not "Biélorussie"
            "BA": "Bosnie-Herzégovine",
            "BG": "Bulgarie",
            "CA": "Canada",
            "HR": "Croatie",
            "CY": "Chypre",
            "CZ": "Tchéquie",
            "DK": "Danemark",
            "EE": "Estonie",
            "FI": "Finlande",
            "FR": "France",
            "GE": "Géorgie",
            "DE": "Allemagne",
            "GR": "Grèce",
            "VA": "Saint-Siège",
            "HU": "Hongrie",
            "IS": "Islande",
            "IE": "Irlande",
            "IT": "Italie",
            "KZ": "Kazakhstan",
            "KG": "Kirghizistan",
            "LV": "Lettonie",
            "LI": "Liechtenstein",
            "LT": "Lituanie",
            "LU": "Luxembourg",
            "MT": "Malte",
            # The OSCE writes "Mission de l'OSCE en Moldova", as the English data has "Moldova";
            # not "Moldavie".
            "MD": "Moldova",
            "MC": "Monaco",
            "MN": "Mongolie",
            "ME": "Monténégro",
            "NL": "Pays-Bas",
            "MK": "Macédoine du Nord",
            "NO": "Norvège",
            "PL": "Pologne",
            "PT": "Portugal",
            "RO": "Roumanie",
            "RU": "Fédération de Russie",
            "SM": "Saint-Marin",
            "RS": "Serbie",
            "SK": "Slovaquie",
            "SI": "Slovénie",
            "ES": "Espagne",
            "SE": "Suède",
            "CH": "Suisse",
            "TJ": "Tadjikistan",
            "TR": "Türkiye",  # UN French since 2022, as the English data has "Türkiye"
            "TM": "Turkménistan",
            "UA": "Ukraine",
            "GB": "Royaume-Uni",
            "US": "États-Unis d'Amérique",
            "UZ": "Ouzbékistan",
            "AF": "Afghanistan",
            "AU": "Australie",
            "JP": "Japon",
            "KR": "République de Corée",
            "TH": "Thaïlande",
            "DZ": "Algérie",
            "EG": "Égypte",
            "IL": "Israël",
            "JO": "Jordanie",
            "MA": "Maroc",
            "TN": "Tunisie",
        },
        "structures": {
            "chairpersonship": {"name": "Présidence", "full_name": "Présidence de l'OSCE"},
            "secretariat": {"name": "Secrétariat", "full_name": "Secrétariat de l'OSCE"},
            "secretary-general": {
                "name": "Secrétaire général",
                "full_name": "Secrétaire général de l'OSCE",
            },
            "office-of-the-secretary-general": {
                "name": "Bureau du Secrétaire général",
                "full_name": "Bureau du Secrétaire général de l'OSCE",
            },
            "conflict-prevention-centre": {
                "name": "Centre de prévention des conflits",
                "full_name": "Centre de prévention des conflits de l'OSCE",
            },
            "transnational-threats-department": {
                "name": "Département des menaces transnationales",
                "full_name": "Département des menaces transnationales de l'OSCE",
            },
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-"
                "trafficking-in-human-beings"
            ): {
                "name": (
                    "Bureau du Représentant spécial et Coordonnateur pour la lutte contre la "
                    "traite des êtres humains"
                ),
                "full_name": (
                    "Bureau du Représentant spécial et Coordonnateur de l'OSCE pour la lutte "
                    "contre la traite des êtres humains"
                ),
            },
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": {
                "name": (
                    "Bureau du Coordonnateur des activités économiques et environnementales de "
                    "l'OSCE"
                ),
                "full_name": (
                    "Bureau du Coordonnateur des activités économiques et environnementales de "
                    "l'OSCE"
                ),
            },
            "gender-issues-programme": {
                "name": "Programme pour l'égalité entre les sexes",
                "full_name": "Programme de l'OSCE pour l'égalité entre les sexes",
            },
            # A programme title the OSCE publishes in English only: kept as it is, in every
            # language, until a translated title is published (none is invented here).
            "opportunities-for-youth": {
                "name": "Opportunities for Youth",
                "full_name": "OSCE Opportunities for Youth",
            },
            "department-of-human-resources": {
                "name": "Département des ressources humaines",
                "full_name": "Département des ressources humaines de l'OSCE",
            },
            "department-of-management-and-finance": {
                "name": "Département de la gestion et des finances",
                "full_name": "Département de la gestion et des finances de l'OSCE",
            },
            "office-of-internal-oversight": {
                "name": "Bureau du contrôle interne",
                "full_name": "Bureau du contrôle interne de l'OSCE",
            },
            "documentation-centre-in-prague": {
                "name": "Centre de documentation à Prague",
                "full_name": "Centre de documentation de l'OSCE à Prague",
            },
            "office-for-democratic-institutions-and-human-rights": {
                "name": "Bureau des institutions démocratiques et des droits de l'homme",
                "full_name": (
                    "Bureau des institutions démocratiques et des droits de l'homme de l'OSCE"
                ),
            },
            "high-commissioner-on-national-minorities": {
                "name": "Haut Commissaire pour les minorités nationales",
                "full_name": "Haut Commissaire de l'OSCE pour les minorités nationales",
            },
            "representative-on-freedom-of-the-media": {
                "name": "Représentant pour la liberté des médias",
                "full_name": "Représentant de l'OSCE pour la liberté des médias",
            },
            "parliamentary-assembly": {
                "name": "Assemblée parlementaire",
                "full_name": "Assemblée parlementaire de l'OSCE",
            },
            "court-of-conciliation-and-arbitration": {
                "name": "Cour de conciliation et d'arbitrage",
                "full_name": "Cour de conciliation et d'arbitrage de l'OSCE",
            },
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Présence en Albanie",
                "full_name": "Présence de l'OSCE en Albanie",
            },
            "centre-in-ashgabat": {
                "name": "Centre à Achgabat",
                "full_name": "Centre de l'OSCE à Achgabat",
            },
            "programme-office-in-astana": {
                "name": "Bureau de programme à Astana",
                "full_name": "Bureau de programme de l'OSCE à Astana",
            },
            "programme-office-in-bishkek": {
                "name": "Bureau de programme à Bichkek",
                "full_name": "Bureau de programme de l'OSCE à Bichkek",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Mission en Bosnie-Herzégovine",
                "full_name": "Mission de l'OSCE en Bosnie-Herzégovine",
            },
            "programme-office-in-dushanbe": {
                "name": "Bureau de programme à Douchanbé",
                "full_name": "Bureau de programme de l'OSCE à Douchanbé",
            },
            "mission-in-kosovo": {
                "name": "Mission au Kosovo",
                "full_name": "Mission de l'OSCE au Kosovo",
            },
            "mission-to-moldova": {
                "name": "Mission en Moldova",
                "full_name": "Mission de l'OSCE en Moldova",
            },
            "mission-to-montenegro": {
                "name": "Mission au Monténégro",
                "full_name": "Mission de l'OSCE au Monténégro",
            },
            "mission-to-serbia": {
                "name": "Mission en Serbie",
                "full_name": "Mission de l'OSCE en Serbie",
            },
            "mission-to-skopje": {
                "name": "Mission à Skopje",
                "full_name": "Mission de l'OSCE à Skopje",
            },
            "project-co-ordinator-in-uzbekistan": {
                "name": "Coordonnateur des projets en Ouzbékistan",
                "full_name": "Coordonnateur des projets de l'OSCE en Ouzbékistan",
            },
            "special-monitoring-mission-to-ukraine": {
                "name": "Mission spéciale d'observation en Ukraine",
                "full_name": "Mission spéciale d'observation de l'OSCE en Ukraine",
            },
            "project-co-ordinator-in-ukraine": {
                "name": "Coordonnateur des projets en Ukraine",
                "full_name": "Coordonnateur des projets de l'OSCE en Ukraine",
            },
            "mission-to-georgia": {
                "name": "Mission en Géorgie",
                "full_name": "Mission de l'OSCE en Géorgie",
            },
            "office-in-minsk": {
                "name": "Bureau à Minsk",
                "full_name": "Bureau de l'OSCE à Minsk",
            },
            "office-in-yerevan": {
                "name": "Bureau à Erevan",
                "full_name": "Bureau de l'OSCE à Erevan",
            },
            "mission-to-croatia": {
                "name": "Mission en Croatie",
                "full_name": "Mission de l'OSCE en Croatie",
            },
            "mission-to-estonia": {
                "name": "Mission en Estonie",
                "full_name": "Mission de l'OSCE en Estonie",
            },
            "mission-to-latvia": {
                "name": "Mission en Lettonie",
                "full_name": "Mission de l'OSCE en Lettonie",
            },
            "office-in-baku": {
                "name": "Bureau à Bakou",
                "full_name": "Bureau de l'OSCE à Bakou",
            },
            "assistance-group-to-chechnya": {
                "name": "Groupe d'assistance en Tchétchénie",
                "full_name": "Groupe d'assistance de l'OSCE en Tchétchénie",
            },
            "mission-to-ukraine": {
                "name": "Mission en Ukraine",
                "full_name": "Mission de l'OSCE en Ukraine",
            },
            "kosovo-verification-mission": {
                "name": "Mission de vérification au Kosovo",
                "full_name": "Mission de vérification de l'OSCE au Kosovo",
            },
            "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk": {
                "name": "Mission d'observation aux postes de contrôle russes de Goukovo et Donetsk",
                "full_name": (
                    "Mission d'observation de l'OSCE aux postes de contrôle russes de Goukovo et "
                    "Donetsk"
                ),
            },
        },
        "places": {
            "Vienna": "Vienne",
            "Warsaw": "Varsovie",
            "The Hague": "La Haye",
            "Copenhagen": "Copenhague",
            "Belgrade": "Belgrade",
            "Novi Sad": "Novi Sad",
            "Niš": "Niš",
            # Places in Kosovo keep the OSCE's two-language form (Albanian/Serbian) in every
            # language written in the Latin alphabet.
            "Prishtinë/Priština": "Prishtinë/Priština",
            "Mitrovicë/Mitrovica": "Mitrovicë/Mitrovica",
            "Prizren": "Prizren",
            "Skopje": "Skopje",
            "Tetovo": "Tetovo",
            "Tirana": "Tirana",
            "Shkodër": "Shkodër",
            "Sarajevo": "Sarajevo",
            "Mostar": "Mostar",
            "Banja Luka": "Banja Luka",
            "Podgorica": "Podgorica",
            "Chișinău": "Chișinău",
            "Bishkek": "Bichkek",
            "Osh": "Och",
            "Dushanbe": "Douchanbé",
            "Khujand": "Khodjent",
            "Astana": "Astana",
            "Almaty": "Almaty",
            "Ashgabat": "Achgabat",
            "Tashkent": "Tachkent",
            "Kyiv": "Kyiv",  # as the French foreign ministry now writes it; not "Kiev"
            "Tbilisi": "Tbilissi",
            "Yerevan": "Erevan",
            "Baku": "Bakou",
            "Minsk": "Minsk",
            "Zagreb": "Zagreb",
            "Ljubljana": "Ljubljana",
            "Bratislava": "Bratislava",
            "Prague": "Prague",
            "Geneva": "Genève",
            "Helsinki": "Helsinki",
            "Stockholm": "Stockholm",
            "Rome": "Rome",
            "Valletta": "La Valette",
            "Berlin": "Berlin",
            "Graçanicë/Gračanica": "Graçanicë/Gračanica",
            "Bern": "Berne",
        },
    },
    "de": {
        "fields_of_work": {
            "arms-control": "Rüstungskontrolle",
            "border-management": "Grenzmanagement",
            "combating-trafficking-in-human-beings": "Bekämpfung des Menschenhandels",
            "conflict-prevention-and-resolution": "Konfliktverhütung und -beilegung",
            "countering-terrorism": "Terrorismusbekämpfung",
            "cyber-ict-security": "Cyber-/IKT-Sicherheit",
            "democratization": "Demokratisierung",
            "economic-activities": "Wirtschaftliche Aktivitäten",
            "education": "Bildung",
            "elections": "Wahlen",
            "environmental-activities": "Umweltaktivitäten",
            "gender-equality": "Gleichstellung der Geschlechter",
            "good-governance": "Gute Regierungsführung",
            "human-rights": "Menschenrechte",
            "media-freedom-and-development": "Medienfreiheit und -entwicklung",
            "migration": "Migration",
            "national-minority-issues": "Fragen nationaler Minderheiten",
            "policing": "Polizeiarbeit",
            "reform-and-co-operation-in-the-security-sector": (
                "Reform und Zusammenarbeit im Sicherheitssektor"
            ),
            "roma-and-sinti": "Roma und Sinti",
            "rule-of-law": "Rechtsstaatlichkeit",
            "tolerance-and-non-discrimination": "Toleranz und Nichtdiskriminierung",
            "youth": "Jugend",
        },
        "states": {
            "AL": "Albanien",
            "AD": "Andorra",
            "AM": "Armenien",
            "AT": "Österreich",
            "AZ": "Aserbaidschan",
            "BE": "Belgien",
            "BY": "Belarus",
            "BA": "Bosnien und Herzegowina",
            "BG": "Bulgarien",
            "CA": "Kanada",
            "HR": "Kroatien",
            "CY": "Zypern",
            "CZ": "Tschechien",
            "DK": "Dänemark",
            "EE": "Estland",
            "FI": "Finnland",
            "FR": "Frankreich",
            "GE": "Georgien",
            "DE": "Deutschland",
            "GR": "Griechenland",
            "VA": "Heiliger Stuhl",
            "HU": "Ungarn",
            "IS": "Island",
            "IE": "Irland",
            "IT": "Italien",
            "KZ": "Kasachstan",
            "KG": "Kirgisistan",
            "LV": "Lettland",
            "LI": "Liechtenstein",
            "LT": "Litauen",
            "LU": "Luxemburg",
            "MT": "Malta",
            "MD": "Moldau",  # as in "OSZE-Mission in Moldau"; formal "Republik Moldau"
            "MC": "Monaco",
            "MN": "Mongolei",
            "ME": "Montenegro",
            "NL": "Niederlande",
            "MK": "Nordmazedonien",
            "NO": "Norwegen",
            "PL": "Polen",
            "PT": "Portugal",
            "RO": "Rumänien",
            "RU": "Russische Föderation",
            "SM": "San Marino",
            "RS": "Serbien",
            "SK": "Slowakei",
            "SI": "Slowenien",
            "ES": "Spanien",
            "SE": "Schweden",
            "CH": "Schweiz",
            "TJ": "Tadschikistan",
            # The German official country list (Auswärtiges Amt) keeps "Türkei"; "Türkiye" is
            # seen in Turkish publications in German but is not the German standard name.
            "TR": "Türkei",
            "TM": "Turkmenistan",
            "UA": "Ukraine",
            "GB": "Vereinigtes Königreich",
            "US": "Vereinigte Staaten von Amerika",
            "UZ": "Usbekistan",
            "AF": "Afghanistan",
            "AU": "Australien",
            "JP": "Japan",
            "KR": "Republik Korea",
            "TH": "Thailand",
            "DZ": "Algerien",
            "EG": "Ägypten",
            "IL": "Israel",
            "JO": "Jordanien",
            "MA": "Marokko",
            "TN": "Tunesien",
        },
        "structures": {
            "chairpersonship": {"name": "Vorsitz", "full_name": "OSZE-Vorsitz"},
            "secretariat": {"name": "Sekretariat", "full_name": "OSZE-Sekretariat"},
            "secretary-general": {
                "name": "Generalsekretär",
                "full_name": "OSZE-Generalsekretär",
            },
            "office-of-the-secretary-general": {
                "name": "Büro des Generalsekretärs",
                "full_name": "Büro des OSZE-Generalsekretärs",
            },
            "conflict-prevention-centre": {
                "name": "Konfliktverhütungszentrum",
                "full_name": "OSZE-Konfliktverhütungszentrum",
            },
            "transnational-threats-department": {
                "name": "Abteilung Grenzüberschreitende Bedrohungen",
                "full_name": "OSZE-Abteilung Grenzüberschreitende Bedrohungen",
            },
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-"
                "trafficking-in-human-beings"
            ): {
                "name": (
                    "Büro des Sonderbeauftragten und Koordinators für die Bekämpfung des "
                    "Menschenhandels"
                ),
                "full_name": (
                    "Büro des OSZE-Sonderbeauftragten und Koordinators für die Bekämpfung des "
                    "Menschenhandels"
                ),
            },
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": {
                "name": "Büro des Koordinators für Wirtschafts- und Umweltaktivitäten der OSZE",
                "full_name": (
                    "Büro des Koordinators für Wirtschafts- und Umweltaktivitäten der OSZE"
                ),
            },
            "gender-issues-programme": {
                "name": "Programm für Genderfragen",
                "full_name": "OSZE-Programm für Genderfragen",
            },
            "opportunities-for-youth": {
                "name": "Opportunities for Youth",
                "full_name": "OSCE Opportunities for Youth",
            },
            "department-of-human-resources": {
                "name": "Hauptabteilung Personalressourcen",
                "full_name": "OSZE-Hauptabteilung Personalressourcen",
            },
            "department-of-management-and-finance": {
                "name": "Hauptabteilung Verwaltung und Finanzen",
                "full_name": "OSZE-Hauptabteilung Verwaltung und Finanzen",
            },
            "office-of-internal-oversight": {
                "name": "Büro für Innenrevision",
                "full_name": "OSZE-Büro für Innenrevision",
            },
            "documentation-centre-in-prague": {
                "name": "Dokumentationszentrum in Prag",
                "full_name": "OSZE-Dokumentationszentrum in Prag",
            },
            "office-for-democratic-institutions-and-human-rights": {
                "name": "Büro für demokratische Institutionen und Menschenrechte",
                "full_name": "OSZE-Büro für demokratische Institutionen und Menschenrechte",
            },
            "high-commissioner-on-national-minorities": {
                "name": "Hoher Kommissar für nationale Minderheiten",
                "full_name": "Hoher Kommissar der OSZE für nationale Minderheiten",
            },
            "representative-on-freedom-of-the-media": {
                "name": "Beauftragter für Medienfreiheit",
                "full_name": "OSZE-Beauftragter für Medienfreiheit",
            },
            "parliamentary-assembly": {
                "name": "Parlamentarische Versammlung",
                "full_name": "Parlamentarische Versammlung der OSZE",
            },
            "court-of-conciliation-and-arbitration": {
                "name": "Vergleichs- und Schiedsgerichtshof",
                "full_name": "Vergleichs- und Schiedsgerichtshof der OSZE",
            },
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Präsenz in Albanien",
                "full_name": "OSZE-Präsenz in Albanien",
            },
            "centre-in-ashgabat": {
                "name": "Zentrum in Aschgabat",
                "full_name": "OSZE-Zentrum in Aschgabat",
            },
            "programme-office-in-astana": {
                "name": "Programmbüro in Astana",
                "full_name": "OSZE-Programmbüro in Astana",
            },
            "programme-office-in-bishkek": {
                "name": "Programmbüro in Bischkek",
                "full_name": "OSZE-Programmbüro in Bischkek",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Mission in Bosnien und Herzegowina",
                "full_name": "OSZE-Mission in Bosnien und Herzegowina",
            },
            "programme-office-in-dushanbe": {
                "name": "Programmbüro in Duschanbe",
                "full_name": "OSZE-Programmbüro in Duschanbe",
            },
            "mission-in-kosovo": {
                "name": "Mission im Kosovo",
                "full_name": "OSZE-Mission im Kosovo",
            },
            "mission-to-moldova": {
                "name": "Mission in Moldau",
                "full_name": "OSZE-Mission in Moldau",
            },
            "mission-to-montenegro": {
                "name": "Mission in Montenegro",
                "full_name": "OSZE-Mission in Montenegro",
            },
            "mission-to-serbia": {
                "name": "Mission in Serbien",
                "full_name": "OSZE-Mission in Serbien",
            },
            "mission-to-skopje": {
                "name": "Mission in Skopje",
                "full_name": "OSZE-Mission in Skopje",
            },
            "project-co-ordinator-in-uzbekistan": {
                "name": "Projektkoordinator in Usbekistan",
                "full_name": "OSZE-Projektkoordinator in Usbekistan",
            },
            "special-monitoring-mission-to-ukraine": {
                "name": "Sonderbeobachtermission in der Ukraine",
                "full_name": "OSZE-Sonderbeobachtermission in der Ukraine",
            },
            "project-co-ordinator-in-ukraine": {
                "name": "Projektkoordinator in der Ukraine",
                "full_name": "OSZE-Projektkoordinator in der Ukraine",
            },
            "mission-to-georgia": {
                "name": "Mission in Georgien",
                "full_name": "OSZE-Mission in Georgien",
            },
            "office-in-minsk": {
                "name": "Büro in Minsk",
                "full_name": "OSZE-Büro in Minsk",
            },
            "office-in-yerevan": {
                "name": "Büro in Eriwan",
                "full_name": "OSZE-Büro in Eriwan",
            },
            "mission-to-croatia": {
                "name": "Mission in Kroatien",
                "full_name": "OSZE-Mission in Kroatien",
            },
            "mission-to-estonia": {
                "name": "Mission in Estland",
                "full_name": "OSZE-Mission in Estland",
            },
            "mission-to-latvia": {
                "name": "Mission in Lettland",
                "full_name": "OSZE-Mission in Lettland",
            },
            "office-in-baku": {
                "name": "Büro in Baku",
                "full_name": "OSZE-Büro in Baku",
            },
            "assistance-group-to-chechnya": {
                "name": "Unterstützungsgruppe in Tschetschenien",
                "full_name": "OSZE-Unterstützungsgruppe in Tschetschenien",
            },
            "mission-to-ukraine": {
                "name": "Mission in der Ukraine",
                "full_name": "OSZE-Mission in der Ukraine",
            },
            "kosovo-verification-mission": {
                "name": "Kosovo-Verifizierungsmission",
                "full_name": "OSZE-Kosovo-Verifizierungsmission",
            },
            "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk": {
                "name": "Beobachtermission an den russischen Kontrollposten Gukowo und Donezk",
                "full_name": (
                    "OSZE-Beobachtermission an den russischen Kontrollposten Gukowo und Donezk"
                ),
            },
        },
        "places": {
            "Vienna": "Wien",
            "Warsaw": "Warschau",
            "The Hague": "Den Haag",
            "Copenhagen": "Kopenhagen",
            "Belgrade": "Belgrad",
            "Novi Sad": "Novi Sad",
            "Niš": "Niš",
            "Prishtinë/Priština": "Prishtinë/Priština",
            "Mitrovicë/Mitrovica": "Mitrovicë/Mitrovica",
            "Prizren": "Prizren",
            "Skopje": "Skopje",
            "Tetovo": "Tetovo",
            "Tirana": "Tirana",
            "Shkodër": "Shkodër",
            "Sarajevo": "Sarajevo",
            "Mostar": "Mostar",
            "Banja Luka": "Banja Luka",
            "Podgorica": "Podgorica",
            "Chișinău": "Chișinău",
            "Bishkek": "Bischkek",
            "Osh": "Osch",
            "Dushanbe": "Duschanbe",
            "Khujand": "Chudschand",
            "Astana": "Astana",
            "Almaty": "Almaty",
            # The OSCE's German reports wrote "Aschgabad" until 2008 and "Aschgabat" since, as
            # the Auswärtiges Amt does.
            "Ashgabat": "Aschgabat",
            "Tashkent": "Taschkent",
            "Kyiv": "Kyjiw",  # the German federal government's form since 2022; not "Kiew"
            "Tbilisi": "Tiflis",
            "Yerevan": "Eriwan",
            "Baku": "Baku",
            "Minsk": "Minsk",
            "Zagreb": "Zagreb",
            "Ljubljana": "Ljubljana",
            "Bratislava": "Bratislava",
            "Prague": "Prag",
            "Geneva": "Genf",
            "Helsinki": "Helsinki",
            "Stockholm": "Stockholm",
            "Rome": "Rom",
            "Valletta": "Valletta",
            "Berlin": "Berlin",
            "Graçanicë/Gračanica": "Graçanicë/Gračanica",
            "Bern": "Bern",
        },
    },
    "it": {
        "fields_of_work": {
            "arms-control": "Controllo degli armamenti",
            "border-management": "Gestione delle frontiere",
            "combating-trafficking-in-human-beings": "Lotta alla tratta di esseri umani",
            "conflict-prevention-and-resolution": "Prevenzione e risoluzione dei conflitti",
            "countering-terrorism": "Lotta al terrorismo",
            "cyber-ict-security": "Sicurezza informatica/delle TIC",
            "democratization": "Democratizzazione",
            "economic-activities": "Attività economiche",
            "education": "Istruzione",
            "elections": "Elezioni",
            "environmental-activities": "Attività ambientali",
            "gender-equality": "Parità di genere",
            "good-governance": "Buon governo",
            "human-rights": "Diritti umani",
            "media-freedom-and-development": "Libertà e sviluppo dei media",
            "migration": "Migrazione",
            "national-minority-issues": "Questioni relative alle minoranze nazionali",
            "policing": "Attività di polizia",
            "reform-and-co-operation-in-the-security-sector": (
                "Riforma e cooperazione nel settore della sicurezza"
            ),
            "roma-and-sinti": "Rom e sinti",
            "rule-of-law": "Stato di diritto",
            "tolerance-and-non-discrimination": "Tolleranza e non discriminazione",
            "youth": "Giovani",
        },
        "states": {
            "AL": "Albania",
            "AD": "Andorra",
            "AM": "Armenia",
            "AT": "Austria",
            "AZ": "Azerbaigian",
            "BE": "Belgio",
            "BY": "Bielorussia",
            "BA": "Bosnia-Erzegovina",
            "BG": "Bulgaria",
            "CA": "Canada",
            "HR": "Croazia",
            "CY": "Cipro",
            # The Italian foreign ministry lists "Repubblica Ceca"; the short "Cechia" is
            # accepted but little used in Italian official texts.
            "CZ": "Repubblica Ceca",
            "DK": "Danimarca",
            "EE": "Estonia",
            "FI": "Finlandia",
            "FR": "Francia",
            "GE": "Georgia",
            "DE": "Germania",
            "GR": "Grecia",
            "VA": "Santa Sede",
            "HU": "Ungheria",
            "IS": "Islanda",
            "IE": "Irlanda",
            "IT": "Italia",
            "KZ": "Kazakhstan",
            "KG": "Kirghizistan",
            "LV": "Lettonia",
            "LI": "Liechtenstein",
            "LT": "Lituania",
            "LU": "Lussemburgo",
            "MT": "Malta",
            "MD": "Moldova",
            "MC": "Monaco",
            "MN": "Mongolia",
            "ME": "Montenegro",
            "NL": "Paesi Bassi",
            "MK": "Macedonia del Nord",
            "NO": "Norvegia",
            "PL": "Polonia",
            "PT": "Portogallo",
            "RO": "Romania",
            "RU": "Federazione Russa",
            "SM": "San Marino",
            "RS": "Serbia",
            "SK": "Slovacchia",
            "SI": "Slovenia",
            "ES": "Spagna",
            "SE": "Svezia",
            "CH": "Svizzera",
            "TJ": "Tagikistan",
            "TR": "Turchia",  # the Italian foreign ministry's form
            "TM": "Turkmenistan",
            "UA": "Ucraina",
            "GB": "Regno Unito",
            "US": "Stati Uniti d'America",
            "UZ": "Uzbekistan",
            "AF": "Afghanistan",
            "AU": "Australia",
            "JP": "Giappone",
            "KR": "Repubblica di Corea",
            "TH": "Thailandia",
            "DZ": "Algeria",
            "EG": "Egitto",
            "IL": "Israele",
            "JO": "Giordania",
            "MA": "Marocco",
            "TN": "Tunisia",
        },
        "structures": {
            "chairpersonship": {"name": "Presidenza", "full_name": "Presidenza dell'OSCE"},
            "secretariat": {"name": "Segretariato", "full_name": "Segretariato dell'OSCE"},
            "secretary-general": {
                "name": "Segretario generale",
                "full_name": "Segretario generale dell'OSCE",
            },
            "office-of-the-secretary-general": {
                "name": "Ufficio del Segretario generale",
                "full_name": "Ufficio del Segretario generale dell'OSCE",
            },
            "conflict-prevention-centre": {
                "name": "Centro per la prevenzione dei conflitti",
                "full_name": "Centro OSCE per la prevenzione dei conflitti",
            },
            "transnational-threats-department": {
                "name": "Dipartimento per le minacce transnazionali",
                "full_name": "Dipartimento OSCE per le minacce transnazionali",
            },
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-"
                "trafficking-in-human-beings"
            ): {
                "name": (
                    "Ufficio del Rappresentante speciale e Coordinatore per la lotta alla tratta "
                    "di esseri umani"
                ),
                "full_name": (
                    "Ufficio del Rappresentante speciale e Coordinatore OSCE per la lotta alla "
                    "tratta di esseri umani"
                ),
            },
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": {
                "name": "Ufficio del Coordinatore delle attività economiche e ambientali dell'OSCE",
                "full_name": (
                    "Ufficio del Coordinatore delle attività economiche e ambientali dell'OSCE"
                ),
            },
            "gender-issues-programme": {
                "name": "Programma per le questioni di genere",
                "full_name": "Programma OSCE per le questioni di genere",
            },
            "opportunities-for-youth": {
                "name": "Opportunities for Youth",
                "full_name": "OSCE Opportunities for Youth",
            },
            "department-of-human-resources": {
                "name": "Dipartimento risorse umane",
                "full_name": "Dipartimento risorse umane dell'OSCE",
            },
            "department-of-management-and-finance": {
                "name": "Dipartimento gestione e finanze",
                "full_name": "Dipartimento gestione e finanze dell'OSCE",
            },
            "office-of-internal-oversight": {
                "name": "Ufficio di supervisione interna",
                "full_name": "Ufficio di supervisione interna dell'OSCE",
            },
            "documentation-centre-in-prague": {
                "name": "Centro di documentazione a Praga",
                "full_name": "Centro di documentazione dell'OSCE a Praga",
            },
            # ODIHR's own Italian texts have "diritti umani"; older ones "diritti dell'uomo".
            "office-for-democratic-institutions-and-human-rights": {
                "name": "Ufficio per le istituzioni democratiche e i diritti umani",
                "full_name": "Ufficio OSCE per le istituzioni democratiche e i diritti umani",
            },
            "high-commissioner-on-national-minorities": {
                "name": "Alto commissario per le minoranze nazionali",
                "full_name": "Alto commissario OSCE per le minoranze nazionali",
            },
            "representative-on-freedom-of-the-media": {
                "name": "Rappresentante per la libertà dei media",
                "full_name": "Rappresentante OSCE per la libertà dei media",
            },
            "parliamentary-assembly": {
                "name": "Assemblea parlamentare",
                "full_name": "Assemblea parlamentare dell'OSCE",
            },
            "court-of-conciliation-and-arbitration": {
                "name": "Corte di conciliazione e arbitrato",
                "full_name": "Corte di conciliazione e arbitrato dell'OSCE",
            },
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Presenza in Albania",
                "full_name": "Presenza OSCE in Albania",
            },
            "centre-in-ashgabat": {
                "name": "Centro di Ashgabat",
                "full_name": "Centro OSCE di Ashgabat",
            },
            "programme-office-in-astana": {
                "name": "Ufficio di programma di Astana",
                "full_name": "Ufficio di programma OSCE di Astana",
            },
            "programme-office-in-bishkek": {
                "name": "Ufficio di programma di Bishkek",
                "full_name": "Ufficio di programma OSCE di Bishkek",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Missione in Bosnia-Erzegovina",
                "full_name": "Missione OSCE in Bosnia-Erzegovina",
            },
            "programme-office-in-dushanbe": {
                "name": "Ufficio di programma di Dushanbe",
                "full_name": "Ufficio di programma OSCE di Dushanbe",
            },
            "mission-in-kosovo": {
                "name": "Missione in Kosovo",
                "full_name": "Missione OSCE in Kosovo",
            },
            "mission-to-moldova": {
                "name": "Missione in Moldova",
                "full_name": "Missione OSCE in Moldova",
            },
            "mission-to-montenegro": {
                "name": "Missione in Montenegro",
                "full_name": "Missione OSCE in Montenegro",
            },
            "mission-to-serbia": {
                "name": "Missione in Serbia",
                "full_name": "Missione OSCE in Serbia",
            },
            "mission-to-skopje": {
                "name": "Missione a Skopje",
                "full_name": "Missione OSCE a Skopje",
            },
            "project-co-ordinator-in-uzbekistan": {
                "name": "Coordinatore dei progetti in Uzbekistan",
                "full_name": "Coordinatore dei progetti OSCE in Uzbekistan",
            },
            "special-monitoring-mission-to-ukraine": {
                "name": "Missione speciale di monitoraggio in Ucraina",
                "full_name": "Missione speciale di monitoraggio OSCE in Ucraina",
            },
            "project-co-ordinator-in-ukraine": {
                "name": "Coordinatore dei progetti in Ucraina",
                "full_name": "Coordinatore dei progetti OSCE in Ucraina",
            },
            "mission-to-georgia": {
                "name": "Missione in Georgia",
                "full_name": "Missione OSCE in Georgia",
            },
            "office-in-minsk": {
                "name": "Ufficio di Minsk",
                "full_name": "Ufficio OSCE di Minsk",
            },
            "office-in-yerevan": {
                "name": "Ufficio di Yerevan",
                "full_name": "Ufficio OSCE di Yerevan",
            },
            "mission-to-croatia": {
                "name": "Missione in Croazia",
                "full_name": "Missione OSCE in Croazia",
            },
            "mission-to-estonia": {
                "name": "Missione in Estonia",
                "full_name": "Missione OSCE in Estonia",
            },
            "mission-to-latvia": {
                "name": "Missione in Lettonia",
                "full_name": "Missione OSCE in Lettonia",
            },
            "office-in-baku": {
                "name": "Ufficio di Baku",
                "full_name": "Ufficio OSCE di Baku",
            },
            "assistance-group-to-chechnya": {
                "name": "Gruppo di assistenza in Cecenia",
                "full_name": "Gruppo di assistenza OSCE in Cecenia",
            },
            "mission-to-ukraine": {
                "name": "Missione in Ucraina",
                "full_name": "Missione OSCE in Ucraina",
            },
            "kosovo-verification-mission": {
                "name": "Missione di verifica in Kosovo",
                "full_name": "Missione di verifica OSCE in Kosovo",
            },
            "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk": {
                "name": (
                    "Missione di osservatori presso i posti di controllo russi di Gukovo e Donetsk"
                ),
                "full_name": (
                    "Missione di osservatori OSCE presso i posti di controllo russi di Gukovo e "
                    "Donetsk"
                ),
            },
        },
        "places": {
            "Vienna": "Vienna",
            "Warsaw": "Varsavia",
            "The Hague": "L'Aia",
            "Copenhagen": "Copenaghen",
            "Belgrade": "Belgrado",
            "Novi Sad": "Novi Sad",
            "Niš": "Niš",
            "Prishtinë/Priština": "Prishtinë/Priština",
            "Mitrovicë/Mitrovica": "Mitrovicë/Mitrovica",
            "Prizren": "Prizren",
            "Skopje": "Skopje",
            "Tetovo": "Tetovo",
            "Tirana": "Tirana",
            "Shkodër": "Scutari",  # the established Italian name
            "Sarajevo": "Sarajevo",
            "Mostar": "Mostar",
            "Banja Luka": "Banja Luka",
            "Podgorica": "Podgorica",
            "Chișinău": "Chișinău",
            "Bishkek": "Bishkek",
            "Osh": "Osh",
            "Dushanbe": "Dushanbe",
            "Khujand": "Khujand",
            "Astana": "Astana",
            "Almaty": "Almaty",
            "Ashgabat": "Ashgabat",
            "Tashkent": "Tashkent",
            "Kyiv": "Kyiv",  # the Italian government's form since 2022; the press also "Kiev"
            "Tbilisi": "Tbilisi",
            "Yerevan": "Yerevan",  # as the Italian foreign ministry writes it; also "Erevan"
            "Baku": "Baku",
            "Minsk": "Minsk",
            "Zagreb": "Zagabria",
            "Ljubljana": "Lubiana",
            "Bratislava": "Bratislava",
            "Prague": "Praga",
            "Geneva": "Ginevra",
            "Helsinki": "Helsinki",
            "Stockholm": "Stoccolma",
            "Rome": "Roma",
            "Valletta": "La Valletta",
            "Berlin": "Berlino",
            "Graçanicë/Gračanica": "Graçanicë/Gračanica",
            "Bern": "Berna",
        },
    },
    "ru": {
        "fields_of_work": {
            "arms-control": "Контроль над вооружениями",
            "border-management": "Управление границами",
            "combating-trafficking-in-human-beings": "Борьба с торговлей людьми",
            "conflict-prevention-and-resolution": "Предотвращение и урегулирование конфликтов",
            "countering-terrorism": "Противодействие терроризму",
            "cyber-ict-security": "Кибербезопасность/безопасность ИКТ",
            "democratization": "Демократизация",
            "economic-activities": "Экономическая деятельность",
            "education": "Образование",
            "elections": "Выборы",
            "environmental-activities": "Природоохранная деятельность",
            "gender-equality": "Гендерное равенство",
            "good-governance": "Благое управление",
            "human-rights": "Права человека",
            "media-freedom-and-development": "Свобода и развитие СМИ",
            "migration": "Миграция",
            "national-minority-issues": "Вопросы национальных меньшинств",
            "policing": "Деятельность полиции",
            "reform-and-co-operation-in-the-security-sector": (
                "Реформа и сотрудничество в секторе безопасности"
            ),
            "roma-and-sinti": "Рома и синти",
            "rule-of-law": "Верховенство права",
            "tolerance-and-non-discrimination": "Толерантность и недискриминация",
            "youth": "Молодежь",
        },
        # The OSCE's Russian texts do not use the letter yo ("Соединенное Королевство", not
        # "Соединённое"); nor do these.
        "states": {
            "AL": "Албания",
            "AD": "Андорра",
            "AM": "Армения",
            "AT": "Австрия",
            "AZ": "Азербайджан",
            "BE": "Бельгия",
            "BY": "Беларусь",
            "BA": "Босния и Герцеговина",
            "BG": "Болгария",
            "CA": "Канада",
            "HR": "Хорватия",
            "CY": "Кипр",
            "CZ": "Чехия",
            "DK": "Дания",
            "EE": "Эстония",
            "FI": "Финляндия",
            "FR": "Франция",
            "GE": "Грузия",
            "DE": "Германия",
            "GR": "Греция",
            "VA": "Святой Престол",
            "HU": "Венгрия",
            "IS": "Исландия",
            "IE": "Ирландия",
            "IT": "Италия",
            "KZ": "Казахстан",
            "KG": "Кыргызстан",
            "LV": "Латвия",
            "LI": "Лихтенштейн",
            "LT": "Литва",
            "LU": "Люксембург",
            "MT": "Мальта",
            "MD": "Молдова",
            "MC": "Монако",
            "MN": "Монголия",
            "ME": "Черногория",
            "NL": "Нидерланды",
            "MK": "Северная Македония",
            "NO": "Норвегия",
            "PL": "Польша",
            "PT": "Португалия",
            "RO": "Румыния",
            "RU": "Российская Федерация",
            "SM": "Сан-Марино",
            "RS": "Сербия",
            "SK": "Словакия",
            "SI": "Словения",
            "ES": "Испания",
            "SE": "Швеция",
            "CH": "Швейцария",
            "TJ": "Таджикистан",
            # The OSCE's Russian pages have "Турция"; UN Russian documents have adopted
            # "Тюркийе" since 2022. The OSCE's form is taken.
            "TR": "Турция",
            "TM": "Туркменистан",
            "UA": "Украина",
            "GB": "Соединенное Королевство",
            "US": "Соединенные Штаты Америки",
            "UZ": "Узбекистан",
            "AF": "Афганистан",
            "AU": "Австралия",
            "JP": "Япония",
            "KR": "Республика Корея",
            "TH": "Таиланд",
            "DZ": "Алжир",
            "EG": "Египет",
            "IL": "Израиль",
            "JO": "Иордания",
            "MA": "Марокко",
            "TN": "Тунис",
        },
        "structures": {
            "chairpersonship": {"name": "Председательство", "full_name": "Председательство ОБСЕ"},
            "secretariat": {"name": "Секретариат", "full_name": "Секретариат ОБСЕ"},
            "secretary-general": {
                "name": "Генеральный секретарь",
                "full_name": "Генеральный секретарь ОБСЕ",
            },
            "office-of-the-secretary-general": {
                "name": "Канцелярия Генерального секретаря",
                "full_name": "Канцелярия Генерального секретаря ОБСЕ",
            },
            "conflict-prevention-centre": {
                "name": "Центр по предотвращению конфликтов",
                "full_name": "Центр ОБСЕ по предотвращению конфликтов",
            },
            "transnational-threats-department": {
                "name": "Департамент по противодействию транснациональным угрозам",
                "full_name": "Департамент ОБСЕ по противодействию транснациональным угрозам",
            },
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-"
                "trafficking-in-human-beings"
            ): {
                "name": (
                    "Бюро Специального представителя и координатора по борьбе с торговлей людьми"
                ),
                "full_name": (
                    "Бюро Специального представителя и координатора ОБСЕ по борьбе с торговлей "
                    "людьми"
                ),
            },
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": {
                "name": "Бюро Координатора экономической и экологической деятельности ОБСЕ",
                "full_name": "Бюро Координатора экономической и экологической деятельности ОБСЕ",
            },
            "gender-issues-programme": {
                "name": "Программа по гендерным вопросам",
                "full_name": "Программа ОБСЕ по гендерным вопросам",
            },
            "opportunities-for-youth": {
                "name": "Opportunities for Youth",
                "full_name": "OSCE Opportunities for Youth",
            },
            "department-of-human-resources": {
                "name": "Департамент людских ресурсов",
                "full_name": "Департамент людских ресурсов ОБСЕ",
            },
            "department-of-management-and-finance": {
                "name": "Департамент управления и финансов",
                "full_name": "Департамент управления и финансов ОБСЕ",
            },
            "office-of-internal-oversight": {
                "name": "Бюро внутреннего надзора",
                "full_name": "Бюро внутреннего надзора ОБСЕ",
            },
            "documentation-centre-in-prague": {
                "name": "Центр документации в Праге",
                "full_name": "Центр документации ОБСЕ в Праге",
            },
            "office-for-democratic-institutions-and-human-rights": {
                "name": "Бюро по демократическим институтам и правам человека",
                "full_name": "Бюро ОБСЕ по демократическим институтам и правам человека",
            },
            "high-commissioner-on-national-minorities": {
                "name": "Верховный комиссар по делам национальных меньшинств",
                "full_name": "Верховный комиссар ОБСЕ по делам национальных меньшинств",
            },
            "representative-on-freedom-of-the-media": {
                "name": "Представитель по вопросам свободы СМИ",
                "full_name": "Представитель ОБСЕ по вопросам свободы СМИ",
            },
            "parliamentary-assembly": {
                "name": "Парламентская ассамблея",
                "full_name": "Парламентская ассамблея ОБСЕ",
            },
            "court-of-conciliation-and-arbitration": {
                "name": "Суд по примирению и арбитражу",
                "full_name": "Суд по примирению и арбитражу ОБСЕ",
            },
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Присутствие в Албании",
                "full_name": "Присутствие ОБСЕ в Албании",
            },
            "centre-in-ashgabat": {
                "name": "Центр в Ашхабаде",
                "full_name": "Центр ОБСЕ в Ашхабаде",
            },
            "programme-office-in-astana": {
                "name": "Офис программ в Астане",
                "full_name": "Офис программ ОБСЕ в Астане",
            },
            "programme-office-in-bishkek": {
                "name": "Офис программ в Бишкеке",
                "full_name": "Офис программ ОБСЕ в Бишкеке",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Миссия в Боснии и Герцеговине",
                "full_name": "Миссия ОБСЕ в Боснии и Герцеговине",
            },
            "programme-office-in-dushanbe": {
                "name": "Офис программ в Душанбе",
                "full_name": "Офис программ ОБСЕ в Душанбе",
            },
            "mission-in-kosovo": {
                "name": "Миссия в Косово",
                "full_name": "Миссия ОБСЕ в Косово",
            },
            "mission-to-moldova": {
                "name": "Миссия в Молдове",
                "full_name": "Миссия ОБСЕ в Молдове",
            },
            "mission-to-montenegro": {
                "name": "Миссия в Черногории",
                "full_name": "Миссия ОБСЕ в Черногории",
            },
            "mission-to-serbia": {
                "name": "Миссия в Сербии",
                "full_name": "Миссия ОБСЕ в Сербии",
            },
            "mission-to-skopje": {
                "name": "Миссия в Скопье",
                "full_name": "Миссия ОБСЕ в Скопье",
            },
            "project-co-ordinator-in-uzbekistan": {
                "name": "Координатор проектов в Узбекистане",
                "full_name": "Координатор проектов ОБСЕ в Узбекистане",
            },
            "special-monitoring-mission-to-ukraine": {
                "name": "Специальная мониторинговая миссия в Украине",
                "full_name": "Специальная мониторинговая миссия ОБСЕ в Украине",
            },
            "project-co-ordinator-in-ukraine": {
                "name": "Координатор проектов в Украине",
                "full_name": "Координатор проектов ОБСЕ в Украине",
            },
            "mission-to-georgia": {
                "name": "Миссия в Грузии",
                "full_name": "Миссия ОБСЕ в Грузии",
            },
            "office-in-minsk": {
                "name": "Офис в Минске",
                "full_name": "Офис ОБСЕ в Минске",
            },
            "office-in-yerevan": {
                "name": "Офис в Ереване",
                "full_name": "Офис ОБСЕ в Ереване",
            },
            "mission-to-croatia": {
                "name": "Миссия в Хорватии",
                "full_name": "Миссия ОБСЕ в Хорватии",
            },
            "mission-to-estonia": {
                "name": "Миссия в Эстонии",
                "full_name": "Миссия ОБСЕ в Эстонии",
            },
            "mission-to-latvia": {
                "name": "Миссия в Латвии",
                "full_name": "Миссия ОБСЕ в Латвии",
            },
            "office-in-baku": {
                "name": "Офис в Баку",
                "full_name": "Офис ОБСЕ в Баку",
            },
            "assistance-group-to-chechnya": {
                "name": "Группа содействия в Чечне",
                "full_name": "Группа содействия ОБСЕ в Чечне",
            },
            "mission-to-ukraine": {
                "name": "Миссия в Украине",
                "full_name": "Миссия ОБСЕ в Украине",
            },
            "kosovo-verification-mission": {
                "name": "Контрольная миссия в Косово",
                "full_name": "Контрольная миссия ОБСЕ в Косово",
            },
            "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk": {
                "name": "Миссия наблюдателей на российских пунктах пропуска «Гуково» и «Донецк»",
                "full_name": (
                    "Миссия наблюдателей ОБСЕ на российских пунктах пропуска «Гуково» и «Донецк»"
                ),
            },
        },
        "places": {
            "Vienna": "Вена",
            "Warsaw": "Варшава",
            "The Hague": "Гаага",
            "Copenhagen": "Копенгаген",
            "Belgrade": "Белград",
            "Novi Sad": "Нови-Сад",
            "Niš": "Ниш",
            # Russian has one form for the places in Kosovo that the OSCE names in Albanian and
            # Serbian in the Latin alphabet.
            "Prishtinë/Priština": "Приштина",
            "Mitrovicë/Mitrovica": "Митровица",
            "Prizren": "Призрен",
            "Skopje": "Скопье",
            "Tetovo": "Тетово",
            "Tirana": "Тирана",
            "Shkodër": "Шкодер",
            "Sarajevo": "Сараево",
            "Mostar": "Мостар",
            "Banja Luka": "Баня-Лука",
            "Podgorica": "Подгорица",
            "Chișinău": "Кишинев",
            "Bishkek": "Бишкек",
            "Osh": "Ош",
            "Dushanbe": "Душанбе",
            "Khujand": "Худжанд",
            "Astana": "Астана",
            "Almaty": "Алматы",
            "Ashgabat": "Ашхабад",
            "Tashkent": "Ташкент",
            "Kyiv": "Киев",  # the OSCE's Russian form
            "Tbilisi": "Тбилиси",
            "Yerevan": "Ереван",
            "Baku": "Баку",
            "Minsk": "Минск",
            "Zagreb": "Загреб",
            "Ljubljana": "Любляна",
            "Bratislava": "Братислава",
            "Prague": "Прага",
            "Geneva": "Женева",
            "Helsinki": "Хельсинки",
            "Stockholm": "Стокгольм",
            "Rome": "Рим",
            "Valletta": "Валлетта",
            "Berlin": "Берлин",
            "Graçanicë/Gračanica": "Грачаница",
            "Bern": "Берн",
        },
    },
    "es": {
        "fields_of_work": {
            "arms-control": "Control de armamentos",
            "border-management": "Gestión de fronteras",
            "combating-trafficking-in-human-beings": "Lucha contra la trata de personas",
            "conflict-prevention-and-resolution": "Prevención y resolución de conflictos",
            "countering-terrorism": "Lucha contra el terrorismo",
            "cyber-ict-security": "Ciberseguridad/seguridad de las TIC",
            "democratization": "Democratización",
            "economic-activities": "Actividades económicas",
            "education": "Educación",
            "elections": "Elecciones",
            "environmental-activities": "Actividades medioambientales",
            "gender-equality": "Igualdad de género",
            "good-governance": "Buena gobernanza",
            "human-rights": "Derechos humanos",
            "media-freedom-and-development": "Libertad y desarrollo de los medios de comunicación",
            "migration": "Migración",
            "national-minority-issues": "Cuestiones relativas a las minorías nacionales",
            "policing": "Actividades policiales",
            "reform-and-co-operation-in-the-security-sector": (
                "Reforma y cooperación en el sector de la seguridad"
            ),
            "roma-and-sinti": "Romaníes y sinti",
            "rule-of-law": "Estado de derecho",
            "tolerance-and-non-discrimination": "Tolerancia y no discriminación",
            "youth": "Juventud",
        },
        "states": {
            "AL": "Albania",
            "AD": "Andorra",
            "AM": "Armenia",
            "AT": "Austria",
            "AZ": "Azerbaiyán",
            "BE": "Bélgica",
            "BY": "Belarús",
            "BA": "Bosnia y Herzegovina",
            "BG": "Bulgaria",
            "CA": "Canadá",
            "HR": "Croacia",
            "CY": "Chipre",
            "CZ": "Chequia",
            "DK": "Dinamarca",
            "EE": "Estonia",
            "FI": "Finlandia",
            "FR": "Francia",
            "GE": "Georgia",
            "DE": "Alemania",
            "GR": "Grecia",
            "VA": "Santa Sede",
            "HU": "Hungría",
            "IS": "Islandia",
            "IE": "Irlanda",
            "IT": "Italia",
            "KZ": "Kazajstán",
            "KG": "Kirguistán",
            "LV": "Letonia",
            "LI": "Liechtenstein",
            "LT": "Lituania",
            "LU": "Luxemburgo",
            "MT": "Malta",
            "MD": "Moldova",
            "MC": "Mónaco",
            "MN": "Mongolia",
            "ME": "Montenegro",
            "NL": "Países Bajos",
            "MK": "Macedonia del Norte",
            "NO": "Noruega",
            "PL": "Polonia",
            "PT": "Portugal",
            "RO": "Rumania",  # UN Spanish; Spain's usage also "Rumanía"
            "RU": "Federación de Rusia",
            "SM": "San Marino",
            "RS": "Serbia",
            "SK": "Eslovaquia",
            "SI": "Eslovenia",
            "ES": "España",
            "SE": "Suecia",
            "CH": "Suiza",
            "TJ": "Tayikistán",
            "TR": "Türkiye",  # UN Spanish since 2022, as the English data has "Türkiye"
            "TM": "Turkmenistán",
            "UA": "Ucrania",
            "GB": "Reino Unido",
            "US": "Estados Unidos de América",
            "UZ": "Uzbekistán",
            "AF": "Afganistán",
            "AU": "Australia",
            "JP": "Japón",
            "KR": "República de Corea",
            "TH": "Tailandia",
            "DZ": "Argelia",
            "EG": "Egipto",
            "IL": "Israel",
            "JO": "Jordania",
            "MA": "Marruecos",
            "TN": "Túnez",
        },
        "structures": {
            "chairpersonship": {"name": "Presidencia", "full_name": "Presidencia de la OSCE"},
            "secretariat": {"name": "Secretaría", "full_name": "Secretaría de la OSCE"},
            "secretary-general": {
                "name": "Secretario General",
                "full_name": "Secretario General de la OSCE",
            },
            "office-of-the-secretary-general": {
                "name": "Oficina del Secretario General",
                "full_name": "Oficina del Secretario General de la OSCE",
            },
            "conflict-prevention-centre": {
                "name": "Centro para la Prevención de Conflictos",
                "full_name": "Centro para la Prevención de Conflictos de la OSCE",
            },
            "transnational-threats-department": {
                "name": "Departamento de Amenazas Transnacionales",
                "full_name": "Departamento de Amenazas Transnacionales de la OSCE",
            },
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-"
                "trafficking-in-human-beings"
            ): {
                "name": (
                    "Oficina del Representante Especial y Coordinador para la Lucha contra la "
                    "Trata de Personas"
                ),
                "full_name": (
                    "Oficina del Representante Especial y Coordinador de la OSCE para la Lucha "
                    "contra la Trata de Personas"
                ),
            },
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": {
                "name": (
                    "Oficina del Coordinador de las Actividades Económicas y Medioambientales de "
                    "la OSCE"
                ),
                "full_name": (
                    "Oficina del Coordinador de las Actividades Económicas y Medioambientales de "
                    "la OSCE"
                ),
            },
            "gender-issues-programme": {
                "name": "Programa de Cuestiones de Género",
                "full_name": "Programa de Cuestiones de Género de la OSCE",
            },
            "opportunities-for-youth": {
                "name": "Opportunities for Youth",
                "full_name": "OSCE Opportunities for Youth",
            },
            "department-of-human-resources": {
                "name": "Departamento de Recursos Humanos",
                "full_name": "Departamento de Recursos Humanos de la OSCE",
            },
            "department-of-management-and-finance": {
                "name": "Departamento de Gestión y Finanzas",
                "full_name": "Departamento de Gestión y Finanzas de la OSCE",
            },
            "office-of-internal-oversight": {
                "name": "Oficina de Supervisión Interna",
                "full_name": "Oficina de Supervisión Interna de la OSCE",
            },
            "documentation-centre-in-prague": {
                "name": "Centro de Documentación en Praga",
                "full_name": "Centro de Documentación de la OSCE en Praga",
            },
            "office-for-democratic-institutions-and-human-rights": {
                "name": "Oficina de Instituciones Democráticas y Derechos Humanos",
                "full_name": "Oficina de Instituciones Democráticas y Derechos Humanos de la OSCE",
            },
            "high-commissioner-on-national-minorities": {
                "name": "Alto Comisionado para las Minorías Nacionales",
                "full_name": "Alto Comisionado de la OSCE para las Minorías Nacionales",
            },
            "representative-on-freedom-of-the-media": {
                "name": "Representante para la Libertad de los Medios de Comunicación",
                "full_name": (
                    "Representante de la OSCE para la Libertad de los Medios de Comunicación"
                ),
            },
            "parliamentary-assembly": {
                "name": "Asamblea Parlamentaria",
                "full_name": "Asamblea Parlamentaria de la OSCE",
            },
            "court-of-conciliation-and-arbitration": {
                "name": "Corte de Conciliación y Arbitraje",
                "full_name": "Corte de Conciliación y Arbitraje de la OSCE",
            },
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Presencia en Albania",
                "full_name": "Presencia de la OSCE en Albania",
            },
            "centre-in-ashgabat": {
                "name": "Centro en Ashgabat",
                "full_name": "Centro de la OSCE en Ashgabat",
            },
            "programme-office-in-astana": {
                "name": "Oficina de Programas en Astana",
                "full_name": "Oficina de Programas de la OSCE en Astana",
            },
            "programme-office-in-bishkek": {
                "name": "Oficina de Programas en Bishkek",
                "full_name": "Oficina de Programas de la OSCE en Bishkek",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Misión en Bosnia y Herzegovina",
                "full_name": "Misión de la OSCE en Bosnia y Herzegovina",
            },
            "programme-office-in-dushanbe": {
                "name": "Oficina de Programas en Dushanbe",
                "full_name": "Oficina de Programas de la OSCE en Dushanbe",
            },
            "mission-in-kosovo": {
                "name": "Misión en Kosovo",
                "full_name": "Misión de la OSCE en Kosovo",
            },
            "mission-to-moldova": {
                "name": "Misión en Moldova",
                "full_name": "Misión de la OSCE en Moldova",
            },
            "mission-to-montenegro": {
                "name": "Misión en Montenegro",
                "full_name": "Misión de la OSCE en Montenegro",
            },
            "mission-to-serbia": {
                "name": "Misión en Serbia",
                "full_name": "Misión de la OSCE en Serbia",
            },
            "mission-to-skopje": {
                "name": "Misión en Skopje",
                "full_name": "Misión de la OSCE en Skopje",
            },
            "project-co-ordinator-in-uzbekistan": {
                "name": "Coordinador de Proyectos en Uzbekistán",
                "full_name": "Coordinador de Proyectos de la OSCE en Uzbekistán",
            },
            "special-monitoring-mission-to-ukraine": {
                "name": "Misión Especial de Observación en Ucrania",
                "full_name": "Misión Especial de Observación de la OSCE en Ucrania",
            },
            "project-co-ordinator-in-ukraine": {
                "name": "Coordinador de Proyectos en Ucrania",
                "full_name": "Coordinador de Proyectos de la OSCE en Ucrania",
            },
            "mission-to-georgia": {
                "name": "Misión en Georgia",
                "full_name": "Misión de la OSCE en Georgia",
            },
            "office-in-minsk": {
                "name": "Oficina en Minsk",
                "full_name": "Oficina de la OSCE en Minsk",
            },
            "office-in-yerevan": {
                "name": "Oficina en Ereván",
                "full_name": "Oficina de la OSCE en Ereván",
            },
            "mission-to-croatia": {
                "name": "Misión en Croacia",
                "full_name": "Misión de la OSCE en Croacia",
            },
            "mission-to-estonia": {
                "name": "Misión en Estonia",
                "full_name": "Misión de la OSCE en Estonia",
            },
            "mission-to-latvia": {
                "name": "Misión en Letonia",
                "full_name": "Misión de la OSCE en Letonia",
            },
            "office-in-baku": {
                "name": "Oficina en Bakú",
                "full_name": "Oficina de la OSCE en Bakú",
            },
            "assistance-group-to-chechnya": {
                "name": "Grupo de Asistencia en Chechenia",
                "full_name": "Grupo de Asistencia de la OSCE en Chechenia",
            },
            "mission-to-ukraine": {
                "name": "Misión en Ucrania",
                "full_name": "Misión de la OSCE en Ucrania",
            },
            "kosovo-verification-mission": {
                "name": "Misión de Verificación en Kosovo",
                "full_name": "Misión de Verificación de la OSCE en Kosovo",
            },
            "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk": {
                "name": (
                    "Misión de Observadores en los puestos de control rusos de Gukovo y Donetsk"
                ),
                "full_name": (
                    "Misión de Observadores de la OSCE en los puestos de control rusos de Gukovo "
                    "y Donetsk"
                ),
            },
        },
        "places": {
            "Vienna": "Viena",
            "Warsaw": "Varsovia",
            "The Hague": "La Haya",
            "Copenhagen": "Copenhague",
            "Belgrade": "Belgrado",
            "Novi Sad": "Novi Sad",
            "Niš": "Niš",
            "Prishtinë/Priština": "Prishtinë/Priština",
            "Mitrovicë/Mitrovica": "Mitrovicë/Mitrovica",
            "Prizren": "Prizren",
            "Skopje": "Skopje",
            "Tetovo": "Tetovo",
            "Tirana": "Tirana",
            "Shkodër": "Shkodër",
            "Sarajevo": "Sarajevo",
            "Mostar": "Mostar",
            "Banja Luka": "Banja Luka",
            "Podgorica": "Podgorica",
            "Chișinău": "Chișinău",
            "Bishkek": "Bishkek",
            "Osh": "Osh",
            "Dushanbe": "Dushanbe",
            "Khujand": "Khujand",
            "Astana": "Astana",
            "Almaty": "Almaty",
            "Ashgabat": "Ashgabat",
            "Tashkent": "Tashkent",
            "Kyiv": "Kyiv",  # UN Spanish usage; Spain's foreign ministry still writes "Kiev"
            "Tbilisi": "Tbilisi",
            "Yerevan": "Ereván",
            "Baku": "Bakú",
            "Minsk": "Minsk",
            "Zagreb": "Zagreb",
            "Ljubljana": "Liubliana",
            "Bratislava": "Bratislava",
            "Prague": "Praga",
            "Geneva": "Ginebra",
            "Helsinki": "Helsinki",
            "Stockholm": "Estocolmo",
            "Rome": "Roma",
            "Valletta": "La Valeta",
            "Berlin": "Berlín",
            "Graçanicë/Gračanica": "Graçanicë/Gračanica",
            "Bern": "Berna",
        },
    },
    # Not an official OSCE language: States, places and the field operations in south-eastern
    # Europe, in Cyrillic as the OSCE Mission to Serbia publishes ("ОЕБС"). Fields of work and
    # the other structures wait for the Mission's own published names.
    "sr": {
        "states": {
            "AL": "Албанија",
            "AD": "Андора",
            "AM": "Јерменија",
            "AT": "Аустрија",
            "AZ": "Азербејџан",
            "BE": "Белгија",
            "BY": "Белорусија",
            "BA": "Босна и Херцеговина",
            "BG": "Бугарска",
            "CA": "Канада",
            "HR": "Хрватска",
            "CY": "Кипар",
            "CZ": "Чешка",
            "DK": "Данска",
            "EE": "Естонија",
            "FI": "Финска",
            "FR": "Француска",
            "GE": "Грузија",
            "DE": "Немачка",
            "GR": "Грчка",
            "VA": "Света Столица",
            "HU": "Мађарска",
            "IS": "Исланд",
            "IE": "Ирска",
            "IT": "Италија",
            "KZ": "Казахстан",
            "KG": "Киргистан",
            "LV": "Летонија",
            "LI": "Лихтенштајн",
            "LT": "Литванија",
            "LU": "Луксембург",
            "MT": "Малта",
            "MD": "Молдавија",
            "MC": "Монако",
            "MN": "Монголија",
            "ME": "Црна Гора",
            "NL": "Холандија",
            "MK": "Северна Македонија",
            "NO": "Норвешка",
            "PL": "Пољска",
            "PT": "Португалија",
            "RO": "Румунија",
            "RU": "Руска Федерација",
            "SM": "Сан Марино",
            "RS": "Србија",
            "SK": "Словачка",
            "SI": "Словенија",
            "ES": "Шпанија",
            "SE": "Шведска",
            "CH": "Швајцарска",
            "TJ": "Таџикистан",
            "TR": "Турска",
            "TM": "Туркменистан",
            "UA": "Украјина",
            "GB": "Уједињено Краљевство",
            "US": "Сједињене Америчке Државе",
            "UZ": "Узбекистан",
            "AF": "Авганистан",
            "AU": "Аустралија",
            "JP": "Јапан",
            "KR": "Република Кореја",
            "TH": "Тајланд",
            "DZ": "Алжир",
            "EG": "Египат",
            "IL": "Израел",
            "JO": "Јордан",
            "MA": "Мароко",
            "TN": "Тунис",
        },
        "field_operations": {
            "presence-in-albania": {
                "name": "Присуство у Албанији",
                "full_name": "Присуство ОЕБС у Албанији",
            },
            "mission-to-bosnia-and-herzegovina": {
                "name": "Мисија у Босни и Херцеговини",
                "full_name": "Мисија ОЕБС у Босни и Херцеговини",
            },
            "mission-in-kosovo": {
                "name": "Мисија на Косову",
                "full_name": "Мисија ОЕБС на Косову",
            },
            "mission-to-montenegro": {
                "name": "Мисија у Црној Гори",
                "full_name": "Мисија ОЕБС у Црној Гори",
            },
            "mission-to-serbia": {
                "name": "Мисија у Србији",
                "full_name": "Мисија ОЕБС у Србији",
            },
            "mission-to-skopje": {
                "name": "Мисија у Скопљу",
                "full_name": "Мисија ОЕБС у Скопљу",
            },
            "mission-to-croatia": {
                "name": "Мисија у Хрватској",
                "full_name": "Мисија ОЕБС у Хрватској",
            },
            "kosovo-verification-mission": {
                "name": "Верификациона мисија на Косову",
                "full_name": "Верификациона мисија ОЕБС на Косову",
            },
        },
        "places": {
            "Vienna": "Беч",
            "Warsaw": "Варшава",
            "The Hague": "Хаг",
            "Copenhagen": "Копенхаген",
            "Belgrade": "Београд",
            "Novi Sad": "Нови Сад",
            "Niš": "Ниш",
            "Prishtinë/Priština": "Приштина",
            "Mitrovicë/Mitrovica": "Митровица",
            "Prizren": "Призрен",
            "Skopje": "Скопље",
            "Tetovo": "Тетово",
            "Tirana": "Тирана",
            "Shkodër": "Скадар",
            "Sarajevo": "Сарајево",
            "Mostar": "Мостар",
            "Banja Luka": "Бања Лука",
            "Podgorica": "Подгорица",
            "Chișinău": "Кишињев",
            "Bishkek": "Бишкек",
            "Osh": "Ош",
            "Dushanbe": "Душанбе",
            "Khujand": "Худжанд",
            "Astana": "Астана",
            "Almaty": "Алмати",
            "Ashgabat": "Ашхабад",
            "Tashkent": "Ташкент",
            "Kyiv": "Кијев",
            "Tbilisi": "Тбилиси",
            "Yerevan": "Јереван",
            "Baku": "Баку",
            "Minsk": "Минск",
            "Zagreb": "Загреб",
            "Ljubljana": "Љубљана",
            "Bratislava": "Братислава",
            "Prague": "Праг",
            "Geneva": "Женева",
            "Helsinki": "Хелсинки",
            "Stockholm": "Стокхолм",
            "Rome": "Рим",
            "Valletta": "Валета",
            "Berlin": "Берлин",
            "Graçanicë/Gračanica": "Грачаница",
            "Bern": "Берн",
        },
    },
    "sq": {
        "states": {
            "AL": "Shqipëri",
            "AD": "Andorrë",
            "AM": "Armeni",
            "AT": "Austri",
            "AZ": "Azerbajxhan",
            "BE": "Belgjikë",
            "BY": "Bjellorusi",
            "BA": "Bosnjë-Hercegovinë",
            "BG": "Bullgari",
            "CA": "Kanada",
            "HR": "Kroaci",
            "CY": "Qipro",
            "CZ": "Çeki",
            "DK": "Danimarkë",
            "EE": "Estoni",
            "FI": "Finlandë",
            "FR": "Francë",
            "GE": "Gjeorgji",
            "DE": "Gjermani",
            "GR": "Greqi",
            "VA": "Selia e Shenjtë",  # the English data's formal name
            "HU": "Hungari",
            "IS": "Islandë",
            "IE": "Irlandë",
            "IT": "Itali",
            "KZ": "Kazakistan",
            "KG": "Kirgizi",
            "LV": "Letoni",
            "LI": "Lihtenshtajn",
            "LT": "Lituani",
            "LU": "Luksemburg",
            "MT": "Maltë",
            "MD": "Moldavi",
            "MC": "Monako",
            "MN": "Mongoli",
            "ME": "Mal i Zi",
            "NL": "Holandë",
            "MK": "Maqedonia e Veriut",
            "NO": "Norvegji",
            "PL": "Poloni",
            "PT": "Portugali",
            "RO": "Rumani",
            "RU": "Federata Ruse",  # the English data's formal name
            "SM": "San-Marino",
            "RS": "Serbi",
            "SK": "Sllovaki",
            "SI": "Slloveni",
            "ES": "Spanjë",
            "SE": "Suedi",
            "CH": "Zvicër",
            "TJ": "Taxhikistan",
            "TR": "Turqi",
            "TM": "Turkmenistan",
            "UA": "Ukrainë",
            "GB": "Mbretëria e Bashkuar",
            "US": "Shtetet e Bashkuara të Amerikës",  # the English data's formal name
            "UZ": "Uzbekistan",
            "AF": "Afganistan",
            "AU": "Australi",
            "JP": "Japoni",
            "KR": "Republika e Koresë",  # the English data's formal name
            "TH": "Tajlandë",
            "DZ": "Algjeri",
            "EG": "Egjipt",
            "IL": "Izrael",
            "JO": "Jordani",
            "MA": "Marok",
            "TN": "Tunizi",
        },
    },
    "mk": {
        "states": {
            "AL": "Албанија",
            "AD": "Андора",
            "AM": "Ерменија",
            "AT": "Австрија",
            "AZ": "Азербејџан",
            "BE": "Белгија",
            "BY": "Белорусија",
            "BA": "Босна и Херцеговина",
            "BG": "Бугарија",
            "CA": "Канада",
            "HR": "Хрватска",
            "CY": "Кипар",
            "CZ": "Чешка",
            "DK": "Данска",
            "EE": "Естонија",
            "FI": "Финска",
            "FR": "Франција",
            "GE": "Грузија",
            "DE": "Германија",
            "GR": "Грција",
            "VA": "Светата Столица",  # the English data's formal name
            "HU": "Унгарија",
            "IS": "Исланд",
            "IE": "Ирска",
            "IT": "Италија",
            "KZ": "Казахстан",
            "KG": "Киргистан",
            "LV": "Латвија",
            "LI": "Лихтенштајн",
            "LT": "Литванија",
            "LU": "Луксембург",
            "MT": "Малта",
            "MD": "Молдавија",
            "MC": "Монако",
            "MN": "Монголија",
            "ME": "Црна Гора",
            "NL": "Холандија",
            "MK": "Северна Македонија",
            "NO": "Норвешка",
            "PL": "Полска",
            "PT": "Португалија",
            "RO": "Романија",
            "RU": "Руска Федерација",  # the English data's formal name
            "SM": "Сан Марино",
            "RS": "Србија",
            "SK": "Словачка",
            "SI": "Словенија",
            "ES": "Шпанија",
            "SE": "Шведска",
            "CH": "Швајцарија",
            "TJ": "Таџикистан",
            "TR": "Турција",
            "TM": "Туркменистан",
            "UA": "Украина",
            "GB": "Обединето Кралство",
            "US": "Соединети Американски Држави",
            "UZ": "Узбекистан",
            "AF": "Авганистан",
            "AU": "Австралија",
            "JP": "Јапонија",
            "KR": "Република Кореја",  # the English data's formal name
            "TH": "Тајланд",
            "DZ": "Алжир",
            "EG": "Египет",
            "IL": "Израел",
            "JO": "Јордан",
            "MA": "Мароко",
            "TN": "Тунис",
        },
    },
    "uk": {
        "states": {
            "AL": "Албанія",
            "AD": "Андорра",
            "AM": "Вірменія",
            "AT": "Австрія",
            "AZ": "Азербайджан",
            "BE": "Бельгія",
            "BY": "Білорусь",
            "BA": "Боснія і Герцеговина",
            "BG": "Болгарія",
            "CA": "Канада",
            "HR": "Хорватія",
            "CY": "Кіпр",
            "CZ": "Чехія",
            "DK": "Данія",
            "EE": "Естонія",
            "FI": "Фінляндія",
            "FR": "Франція",
            "GE": "Грузія",
            "DE": "Німеччина",
            "GR": "Греція",
            "VA": "Святий Престол",  # the English data's formal name
            "HU": "Угорщина",
            "IS": "Ісландія",
            "IE": "Ірландія",
            "IT": "Італія",
            "KZ": "Казахстан",
            "KG": "Киргизстан",
            "LV": "Латвія",
            "LI": "Ліхтенштейн",
            "LT": "Литва",
            "LU": "Люксембург",
            "MT": "Мальта",
            "MD": "Молдова",
            "MC": "Монако",
            "MN": "Монголія",
            "ME": "Чорногорія",
            "NL": "Нідерланди",
            "MK": "Північна Македонія",
            "NO": "Норвегія",
            "PL": "Польща",
            "PT": "Португалія",
            "RO": "Румунія",
            "RU": "Російська Федерація",  # the English data's formal name
            "SM": "Сан-Марино",
            "RS": "Сербія",
            "SK": "Словаччина",
            "SI": "Словенія",
            "ES": "Іспанія",
            "SE": "Швеція",
            "CH": "Швейцарія",
            "TJ": "Таджикистан",
            "TR": "Туреччина",
            "TM": "Туркменістан",
            "UA": "Україна",
            "GB": "Сполучене Королівство",  # the English data's formal name
            "US": "Сполучені Штати Америки",  # the English data's formal name
            "UZ": "Узбекистан",
            "AF": "Афганістан",
            "AU": "Австралія",
            "JP": "Японія",
            "KR": "Республіка Корея",  # the English data's formal name
            "TH": "Таїланд",
            "DZ": "Алжир",
            "EG": "Єгипет",
            "IL": "Ізраїль",
            "JO": "Йорданія",
            "MA": "Марокко",
            "TN": "Туніс",
        },
    },
}
