"""The series of the "Meetings and conferences" menu (reference data) and the demo events.

SERIES are the menu's categories in the reference site's order, with their names in the other
languages (written for this site) and a description in our own words. `seed.events` loads them
with the reference data, once: a series an editor renamed (its name or its address) is found by
its former slug and left as the editor keeps it.

EVENTS and DOCUMENTS are demo content. Only these are real facts, as public record states them:
the Ministerial Council meets once a year, late November or early December, in the country
holding the Chairpersonship (the 29th in Łódź, Poland, on 1-2 December 2022; the 30th in Skopje,
North Macedonia, on 30 November-1 December 2023); the Permanent Council meets weekly in Vienna,
at the Hofburg. Every other date, title, time and status below is made up for the demo (and says
so in its summary): no office-holder is named, and no document here is an OSCE document.
"""

SERIES = [
    {
        "slug": "summit-meetings",
        "name": "Summit meetings",
        "description": (
            "Meetings of the Heads of State or Government of the participating States, which set "
            "the Organization's priorities at the highest political level."
        ),
        "names": {"ru": "Встречи на высшем уровне", "fr": "Sommets"},
    },
    {
        "slug": "review-conferences",
        "name": "Review Conferences",
        "description": "Conferences that review how the OSCE commitments are being carried out.",
        "names": {"ru": "Обзорные конференции", "fr": "Conférences d'examen"},
    },
    {
        "slug": "ministerial-council-meetings",
        "name": "Ministerial Council meetings",
        "description": (
            "The yearly meeting of the foreign ministers of the participating States, held in the "
            "country of the Chairpersonship towards the end of its year."
        ),
        "names": {"ru": "Заседания Совета министров", "fr": "Réunions du Conseil ministériel"},
    },
    {
        "slug": "plenary-meetings-of-the-permanent-council",
        "name": "Plenary meetings of the Permanent Council",
        "description": (
            "The OSCE's regular body for political dialogue and decisions, meeting every week in "
            "Vienna."
        ),
        "names": {
            "ru": "Пленарные заседания Постоянного совета",
            "fr": "Séances plénières du Conseil permanent",
        },
    },
    {
        "slug": "plenary-meetings-of-the-forum-for-security-co-operation",
        "name": "Plenary Meetings of the Forum for Security Co-operation",
        "description": (
            "The weekly meetings where the participating States take decisions on military "
            "aspects of security."
        ),
        "names": {
            "ru": "Пленарные заседания Форума по сотрудничеству в области безопасности",
            "fr": "Séances plénières du Forum pour la coopération en matière de sécurité",
        },
    },
    {
        "slug": "security-review-conferences",
        "name": "Security Review Conferences",
        "description": "Yearly conferences that look at the work done in the security dimension.",
        "names": {
            "ru": "Ежегодные конференции по обзору проблем в области безопасности",
            "fr": "Conférences d'examen annuel des questions de sécurité",
        },
    },
    {
        "slug": "annual-implementation-assessment-meetings",
        "name": "Annual Implementation Assessment Meetings",
        "description": (
            "Meetings that assess how the confidence- and security-building measures agreed by "
            "the participating States are applied."
        ),
        "names": {
            "ru": "Ежегодные совещания по оценке выполнения",
            "fr": "Réunions annuelles d'évaluation de l'application",
        },
    },
    {
        "slug": "economic-and-environmental-forum",
        "name": "Economic and Environmental Forum",
        "description": (
            "The OSCE's main yearly event on economic and environmental questions that affect "
            "security, held in several sessions."
        ),
        "names": {
            "ru": "Экономический и экологический форум",
            "fr": "Forum économique et environnemental",
        },
    },
    {
        "slug": "economic-and-environmental-dimension-implementation-meetings",
        "name": "Economic and Environmental Dimension Implementation Meetings",
        "description": (
            "Meetings that review how the commitments of the economic and environmental "
            "dimension are carried out."
        ),
        "names": {
            "ru": "Совещания по рассмотрению выполнения обязательств в экономической и "
            "экологической области",
            "fr": "Réunions sur la mise en œuvre des engagements de la dimension économique et "
            "environnementale",
        },
    },
    {
        "slug": "human-rights-meetings",
        "name": "Human rights meetings",
        "description": (
            "Meetings and conferences of the human dimension: human rights, democracy and the "
            "rule of law."
        ),
        "names": {"ru": "Совещания по правам человека", "fr": "Réunions sur les droits de l'homme"},
    },
    {
        "slug": "media-conferences",
        "name": "Media conferences",
        "description": "Conferences on media freedom and the safety of journalists.",
        "names": {"ru": "Конференции по СМИ", "fr": "Conférences sur les médias"},
    },
    {
        "slug": "cyber-ict-security-conferences",
        "name": "Cyber/ICT security conferences",
        "description": (
            "Conferences on reducing the risks of conflict that come from the use of information "
            "and communication technologies."
        ),
        "names": {
            "ru": "Конференции по кибербезопасности и безопасности ИКТ",
            "fr": "Conférences sur la cybersécurité et la sécurité des TIC",
        },
    },
    {
        "slug": "conference-of-the-alliance-against-trafficking-in-persons",
        "name": "Conference of the Alliance against Trafficking in Persons",
        "description": (
            "The conference of the Alliance, which brings together international organisations "
            "and civil society to combat trafficking in human beings."
        ),
        "names": {
            "ru": "Конференция Альянса против торговли людьми",
            "fr": "Conférence de l'Alliance contre la traite des personnes",
        },
    },
    {
        # Called "Gender equality conferences" in earlier snapshots of the reference site.
        "slug": "gender-equality-review-conferences",
        "name": "Gender Equality Review Conferences",
        "description": "Conferences that review progress towards equality between women and men.",
        "names": {
            "ru": "Обзорные конференции по гендерному равенству",
            "fr": "Conférences d'examen sur l'égalité entre les femmes et les hommes",
        },
    },
    {
        "slug": "annual-osce-mediterranean-conferences",
        "name": "Annual OSCE Mediterranean conferences",
        "description": "The yearly conference with the Mediterranean Partners for Co-operation.",
        "names": {
            "ru": "Ежегодные Средиземноморские конференции ОБСЕ",
            "fr": "Conférences méditerranéennes annuelles de l'OSCE",
        },
    },
    {
        "slug": "annual-osce-asian-conferences",
        "name": "Annual OSCE Asian conferences",
        "description": "The yearly conference with the Asian Partners for Co-operation.",
        "names": {
            "ru": "Ежегодные Азиатские конференции ОБСЕ",
            "fr": "Conférences asiatiques annuelles de l'OSCE",
        },
    },
    {
        "slug": "partnerships",
        "name": "Partnerships",
        "description": (
            "Meetings with the OSCE's partner organisations and Partners for Co-operation."
        ),
        "names": {"ru": "Партнерства", "fr": "Partenariats"},
    },
]

# Demo documents for the demo events: official documents of the library, with a PDF made here.
DOCUMENTS = [
    {
        "slug": "demo-agenda-permanent-council-plenary",
        "title": "Agenda of a Permanent Council plenary meeting (demo)",
        "summary": "A demonstration agenda, to show how a meeting lists its documents.",
        "sources": ["chairpersonship"],
        "pages": [
            "This agenda is a demonstration file of the site's meetings and conferences.",
            "1. Opening of the meeting. 2. Reports of the heads of field operations. "
            "3. Current issues. 4. Any other business.",
        ],
    },
    {
        "slug": "demo-journal-permanent-council-plenary",
        "title": "Journal of a Permanent Council plenary meeting (demo)",
        "summary": "A demonstration journal: what a meeting's record looks like on the site.",
        "sources": ["chairpersonship"],
        "pages": [
            "This journal is a demonstration file, not a record of any real meeting.",
            "It stands where the journal of a plenary meeting would be published.",
        ],
    },
    {
        "slug": "demo-ministerial-council-decisions-overview",
        "title": "Overview of a Ministerial Council's decisions (demo)",
        "summary": "A demonstration overview; the Council's own decisions are not reproduced.",
        "sources": ["chairpersonship"],
        "pages": [
            "This overview is a demonstration file of the site's meetings and conferences.",
            "It shows where the decisions and declarations of a Ministerial Council would be "
            "found.",
        ],
    },
]

# Where the demo events take place: places as the newsroom writes them, with their State's code.
PLACES = [("Vienna", "AT"), ("Łódź", "PL"), ("Skopje", "MK"), ("Warsaw", "PL")]

# Times are wall-clock times in the event's zone; `days` gives an all-day event's first and last
# day instead. Everything here but the two Ministerial Councils' places and dates is demo.
EVENTS = [
    {
        "slug": "29th-osce-ministerial-council-lodz-2022",
        "series": "ministerial-council-meetings",
        "title": "29th OSCE Ministerial Council, Łódź",
        "time_zone": "Europe/Warsaw",
        "days": ("2022-12-01", "2022-12-02"),
        "venue": "",
        "place": "Łódź",
        "summary": (
            "The foreign ministers of the participating States met in Łódź, Poland, which held "
            "the Chairpersonship that year. (The page's text is demo content.)"
        ),
        "body": [
            "This page is demo content of the site: it shows how a Ministerial Council is "
            "listed, with its dates, its place and its documents.",
        ],
        "organisers": ["chairpersonship"],
        "states": ["PL"],
        "fields": [],
        "documents": ["demo-ministerial-council-decisions-overview"],
        "news": [],
    },
    {
        "slug": "30th-osce-ministerial-council-skopje-2023",
        "series": "ministerial-council-meetings",
        "title": "30th OSCE Ministerial Council, Skopje",
        "time_zone": "Europe/Skopje",
        "days": ("2023-11-30", "2023-12-01"),
        "venue": "",
        "place": "Skopje",
        "summary": (
            "The foreign ministers of the participating States met in Skopje, North Macedonia, "
            "which held the Chairpersonship that year. (The page's text is demo content.)"
        ),
        "body": [
            "This page is demo content of the site: the meeting's decisions would be linked "
            "below as documents of the library.",
        ],
        "organisers": ["chairpersonship"],
        "states": ["MK"],
        "fields": [],
        "documents": ["demo-ministerial-council-decisions-overview"],
        "news": [],
    },
    {
        "slug": "permanent-council-plenary-2026-11-26",
        "series": "plenary-meetings-of-the-permanent-council",
        "title": "Permanent Council plenary meeting, 26 November 2026 (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2026-11-26 10:00", "2026-11-26 13:00"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo weekly meeting of the Permanent Council, with its agenda and journal.",
        "body": ["Demo content: the time and the documents of this meeting are made up."],
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": [
            "demo-agenda-permanent-council-plenary",
            "demo-journal-permanent-council-plenary",
        ],
        "news": [],
        "livestream_url": "",
    },
    {
        "slug": "permanent-council-plenary-2026-12-03",
        "series": "plenary-meetings-of-the-permanent-council",
        "title": "Permanent Council plenary meeting, 3 December 2026 (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2026-12-03 10:00", "2026-12-03 13:00"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo weekly meeting of the Permanent Council, still to come.",
        "body": ["Demo content: the time of this meeting is made up."],
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": ["demo-agenda-permanent-council-plenary"],
        "news": [],
    },
    {
        # Either side of the change to summer time in Vienna (28 March 2027): 10:00 both weeks.
        "slug": "permanent-council-plenary-2027-03-25",
        "series": "plenary-meetings-of-the-permanent-council",
        "title": "Permanent Council plenary meeting, 25 March 2027 (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2027-03-25 10:00", "2027-03-25 13:00"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo weekly meeting of the Permanent Council, the last in winter time.",
        "body": ["Demo content: the time of this meeting is made up."],
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": [],
        "news": [],
    },
    {
        "slug": "permanent-council-plenary-2027-04-01",
        "series": "plenary-meetings-of-the-permanent-council",
        "title": "Permanent Council plenary meeting, 1 April 2027 (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2027-04-01 10:00", "2027-04-01 13:00"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo weekly meeting of the Permanent Council, the first in summer time.",
        "body": ["Demo content: the time of this meeting is made up."],
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": [],
        "news": [],
    },
    {
        "slug": "annual-implementation-assessment-meeting-2027-demo",
        "series": "annual-implementation-assessment-meetings",
        "title": "Annual Implementation Assessment Meeting 2027 (demo)",
        "time_zone": "Europe/Vienna",
        "days": ("2027-03-02", "2027-03-03"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo two-day meeting of the Forum for Security Co-operation, all day.",
        "body": ["Demo content: the dates of this meeting are made up."],
        "organisers": ["conflict-prevention-centre"],
        "states": [],
        "fields": ["arms-control"],
        "documents": [],
        "news": [],
    },
    {
        "slug": "human-dimension-conference-2027-demo",
        "series": "human-rights-meetings",
        "title": "Human Dimension Conference 2027 (demo)",
        "time_zone": "Europe/Warsaw",
        "days": ("2027-10-04", "2027-10-06"),
        "venue": "",
        "place": "Warsaw",
        "summary": (
            "A demo human dimension meeting on democratic institutions and human rights, with "
            "participating States and civil society."
        ),
        "body": ["Demo content: the dates and the place of this meeting are made up."],
        "organisers": ["office-for-democratic-institutions-and-human-rights"],
        "states": ["PL"],
        "fields": ["human-rights", "democratization"],
        "documents": [],
        "news": [],
        "livestream_url": "https://www.osce.org/",
    },
    {
        "slug": "economic-and-environmental-forum-session-2025-demo",
        "series": "economic-and-environmental-forum",
        "title": "Economic and Environmental Forum, second preparatory session (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2025-04-10 09:30", "2025-04-11 17:00"),
        "venue": "Hofburg",
        "place": "Vienna",
        "summary": "A demo session of the Forum on connectivity and sustainable transport.",
        "body": ["Demo content: the dates and the topic of this session are made up."],
        "organisers": ["office-of-the-co-ordinator-of-osce-economic-and-environmental-activities"],
        "states": [],
        "fields": ["economic-activities", "environmental-activities"],
        "documents": [],
        "news": ["workshop-sustainable-transport-connectivity-vienna-2026"],
    },
    {
        "slug": "media-freedom-conference-2026-demo",
        "series": "media-conferences",
        "title": "Conference on the safety of journalists (demo)",
        "time_zone": "Europe/Vienna",
        "times": ("2026-05-12 09:00", "2026-05-12 18:00"),
        "venue": "",
        "place": "Vienna",
        "summary": "A demo conference that was called off: its page and calendars say so.",
        "body": ["Demo content: this conference never existed, nor did its cancellation."],
        "event_status": "cancelled",
        "organisers": ["representative-on-freedom-of-the-media"],
        "states": [],
        "fields": ["media-freedom-and-development"],
        "documents": [],
        "news": [],
    },
    {
        "slug": "mediterranean-conference-2027-demo",
        "series": "annual-osce-mediterranean-conferences",
        "title": "OSCE Mediterranean Conference 2027 (demo)",
        "time_zone": "Europe/Vienna",
        "days": ("2027-10-21", "2027-10-22"),
        "venue": "",
        "place": None,
        "summary": "A demo conference postponed until new dates are set.",
        "body": ["Demo content: this conference and its postponement are made up."],
        "event_status": "postponed",
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": [],
        "news": [],
    },
    {
        "slug": "asian-conference-2027-demo",
        "series": "annual-osce-asian-conferences",
        "title": "OSCE Asian Conference 2027 (demo)",
        "time_zone": "Asia/Tokyo",
        "times": ("2027-06-15 09:30", "2027-06-15 17:30"),
        "venue": "",
        "place": None,
        "summary": "A demo conference in another time zone: its times are shown in Tokyo time.",
        "body": ["Demo content: the date, the time and the place of this meeting are made up."],
        "organisers": ["chairpersonship"],
        "states": [],
        "fields": [],
        "documents": [],
        "news": [],
    },
]
