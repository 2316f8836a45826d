"""The demo projects (projects.Project), as plain data for `seed.projects.load_projects`.

All of this is demo content written for the site, in its own words: the projects, their dates
and their figures are invented to show how a project's page works, and stand for no real OSCE
project. No participating State is named as a funder (that would claim a fact); the other
funders are plainly demo names. The one budget below is a demo figure.

Each entry: `slug`, `title`, `summary`, `body` (paragraphs), `sources` (structure slugs),
`fields` (field of work slugs), `phase`, `starts_on`, `ends_on` (ISO dates, or None),
`other_funders` (lines), `budget` (a string, or None), `photo` (caption, credit and alt text,
or None), and `translations` ({language: texts}).
"""

PROJECTS = [
    {
        "slug": "polling-station-staff-training-demo",
        "title": "Training for polling station staff",
        "summary": (
            "A demo project: a course, and a handbook to go with it, for the people who run "
            "polling stations on election day, from opening the station to counting the votes."
        ),
        "body": [
            "Polling station committees are the part of an election most voters meet. This "
            "demonstration project shows how such a training programme would be presented: "
            "trainers prepared by the election administration hold short courses for "
            "committee members before each election.",
            "The course follows election day in order: setting up the station, checking voters' "
            "identity, helping voters with disabilities, keeping the ballot secret, and counting "
            "and recording the results so that they can be checked.",
        ],
        "sources": ["mission-to-skopje"],
        "fields": ["elections"],
        "phase": "ongoing",
        "starts_on": "2025-03-01",
        "ends_on": "2026-12-31",
        "other_funders": ["Example Fund for Civic Education (demo)"],
        "budget": "180000.00",  # a demo figure
        "photo": {
            "caption": "Committee members practise counting ballots during a course (demo image)",
            "credit": "OSCE demo content",
            "alt": "People seated around a table sorting sheets of paper",
        },
        "translations": {
            "ru": {
                "title": "Обучение членов участковых избирательных комиссий",
                "summary": (
                    "Демонстрационный проект: курс и пособие для тех, кто работает на "
                    "избирательных участках в день голосования, от открытия участка до "
                    "подсчёта голосов."
                ),
                "body": [
                    "Участковые избирательные комиссии — та часть выборов, с которой "
                    "встречается большинство избирателей. Этот демонстрационный проект "
                    "показывает, как может быть представлена такая программа обучения.",
                    "Курс следует за днём голосования по порядку: подготовка участка, проверка "
                    "личности избирателей, помощь избирателям с инвалидностью, тайна "
                    "голосования, подсчёт и запись результатов.",
                ],
                "photo_caption": "Члены комиссий учатся подсчёту бюллетеней (демонстрационное "
                "изображение)",
                "photo_alt": "Люди за столом раскладывают листы бумаги",
            },
        },
    },
    {
        "slug": "first-time-voters-information-demo",
        "title": "Information for first-time voters",
        "summary": (
            "A demo project: plain-language material and school visits that explain to young "
            "people how to register and how to vote."
        ),
        "body": [
            "Young people voting for the first time often do not know where their polling "
            "station is or what to bring. In this demonstration project, volunteers and "
            "teachers use short guides and classroom visits to explain registration, voting "
            "and how votes are counted.",
            "The material is written with young people and tested with them before it is "
            "printed, in the languages spoken in the schools taking part.",
        ],
        "sources": ["mission-to-montenegro"],
        "fields": ["elections", "youth"],
        "phase": "completed",
        "starts_on": "2023-09-01",
        "ends_on": "2024-06-30",
        "other_funders": [],
        "budget": None,
        "photo": None,
        "translations": {},
    },
    {
        "slug": "election-observation-methodology-workshops-demo",
        "title": "Workshops on election observation methods",
        "summary": (
            "A demo project: workshops for citizen observer groups on observing the whole "
            "electoral process, not only election day."
        ),
        "body": [
            "Observing an election well means following it for months: the drawing of "
            "constituencies, the registration of voters and candidates, the campaign, the media "
            "and the handling of complaints. This demonstration project brings citizen observer "
            "groups together to compare their methods and report writing.",
        ],
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections", "democratization"],
        "phase": "planned",
        "starts_on": "2026-09-01",
        "ends_on": None,
        "other_funders": [],
        "budget": None,
        "photo": None,
        "translations": {},
    },
    {
        "slug": "roma-teaching-assistants-network-demo",
        "title": "A network for Roma teaching assistants",
        "summary": (
            "A demo project: meetings and shared material for the teaching assistants who help "
            "Roma pupils stay in school."
        ),
        "body": [
            "Teaching assistants are often the link between a school and Roma families. This "
            "demonstration project connects assistants from different towns so that they can "
            "share what works: regular contact with parents, help with homework, and early "
            "warning when a pupil starts missing lessons.",
        ],
        "sources": ["mission-to-serbia"],
        "fields": ["roma-and-sinti", "education"],
        "phase": "ongoing",
        "starts_on": "2024-01-15",
        "ends_on": None,
        "other_funders": ["Example Education Trust (demo)"],
        "budget": None,
        "photo": {
            "caption": "Teaching assistants at a network meeting (demo image)",
            "credit": "OSCE demo content",
            "alt": "A group of adults listening to a speaker in a classroom",
        },
        "translations": {
            "ru": {
                "title": "Сеть помощников учителей из числа рома",
                "summary": (
                    "Демонстрационный проект: встречи и общие материалы для помощников "
                    "учителей, которые помогают детям рома продолжать учёбу."
                ),
                "body": [
                    "Помощники учителей часто связывают школу с семьями рома. Этот "
                    "демонстрационный проект объединяет помощников из разных городов, чтобы "
                    "они делились тем, что работает.",
                ],
                "photo_caption": "Помощники учителей на встрече сети (демонстрационное "
                "изображение)",
                "photo_alt": "Группа взрослых слушает выступающего в классе",
            },
        },
    },
    {
        "slug": "youth-water-saving-initiatives-demo",
        "title": "Small grants for young people's water-saving ideas",
        "summary": (
            "A demo project: young people design local water-saving projects and get help to "
            "plan, budget and present them."
        ),
        "body": [
            "In this demonstration project, teams of young people choose a water problem in "
            "their community, such as leaking pipes in a school or wasteful irrigation, and "
            "design a small project to address it, with mentors to help them plan and budget.",
        ],
        "sources": ["project-co-ordinator-in-uzbekistan"],
        "fields": ["environmental-activities", "youth"],
        "phase": "ongoing",
        "starts_on": "2025-02-01",
        "ends_on": "2026-11-30",
        "other_funders": [],
        "budget": None,
        "photo": {
            "caption": "Young people present a water-saving plan (demo image)",
            "credit": "OSCE demo content",
            "alt": "Young people standing beside a poster with a drawing of a river",
        },
        "translations": {},
    },
    {
        "slug": "border-officers-cross-border-co-operation-demo",
        "title": "Cross-border co-operation courses for border officers",
        "summary": (
            "A demo project: courses where border officers of neighbouring countries practise "
            "working together on shared crossings."
        ),
        "body": [
            "Border officers on both sides of a crossing deal with the same travellers and the "
            "same goods. This demonstration project brings them to joint courses on exchanging "
            "information, risk analysis and treating travellers with respect for their rights.",
        ],
        "sources": ["programme-office-in-dushanbe"],
        "fields": ["border-management"],
        "phase": "completed",
        "starts_on": "2022-04-01",
        "ends_on": "2023-12-15",
        "other_funders": [],
        "budget": None,
        "photo": None,
        "translations": {},
    },
]
