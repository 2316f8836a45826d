"""Word material for `generate_press_releases`: topics, audiences and tags per
field of work, and the templates titles, summaries and bodies are built from.

All wording is generic and written for this project. Nobody is quoted and no real person is
named; sources speak only through what they organized, published or supported.
"""

# Where the bodies based in Vienna, Warsaw, The Hague and Copenhagen date their releases.
SOURCE_HOME_PLACES = {
    "office-for-democratic-institutions-and-human-rights": "Warsaw",
    "high-commissioner-on-national-minorities": "The Hague",
    "parliamentary-assembly": "Copenhagen",
    "court-of-conciliation-and-arbitration": "Geneva",
    "documentation-centre-in-prague": "Prague",
}

# How often each body issues releases, relative to a typical one (1). Field operations: 3.
SOURCE_WEIGHTS = {
    "chairpersonship": 14,
    "office-for-democratic-institutions-and-human-rights": 14,
    "secretary-general": 5,
    "secretariat": 3,
    "high-commissioner-on-national-minorities": 5,
    "representative-on-freedom-of-the-media": 6,
    "parliamentary-assembly": 5,
    "conflict-prevention-centre": 2,
    "transnational-threats-department": 2,
    "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": 2,
    "office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings": 2,  # noqa: E501
    "gender-issues-programme": 1.5,
    "opportunities-for-youth": 1,
    "office-of-the-secretary-general": 0.5,
    "documentation-centre-in-prague": 0.3,
    "department-of-human-resources": 0.2,
    "department-of-management-and-finance": 0.2,
    "office-of-internal-oversight": 0.2,
    "court-of-conciliation-and-arbitration": 0.2,
}
FIELD_OPERATION_WEIGHT = 3

# The fields of work a body mostly speaks about (the first field of its releases, usually).
SOURCE_FIELDS = {
    "office-for-democratic-institutions-and-human-rights": [
        "elections",
        "elections",
        "human-rights",
        "democratization",
        "tolerance-and-non-discrimination",
        "roma-and-sinti",
        "rule-of-law",
    ],
    "high-commissioner-on-national-minorities": ["national-minority-issues", "education"],
    "representative-on-freedom-of-the-media": ["media-freedom-and-development"],
    "parliamentary-assembly": [
        "elections",
        "democratization",
        "conflict-prevention-and-resolution",
    ],
    "conflict-prevention-centre": ["conflict-prevention-and-resolution", "arms-control"],
    "transnational-threats-department": [
        "policing",
        "border-management",
        "countering-terrorism",
        "cyber-ict-security",
    ],
    "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities": [
        "economic-activities",
        "environmental-activities",
        "good-governance",
    ],
    "office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings": [  # noqa: E501
        "combating-trafficking-in-human-beings"
    ],
    "gender-issues-programme": ["gender-equality"],
    "opportunities-for-youth": ["youth", "education"],
}

# What a speech is given as, by source (otherwise "Head of the <source>").
SPEAKER_ROLES = {
    "chairpersonship": "OSCE Chairperson-in-Office",
    "secretary-general": "OSCE Secretary General",
    "secretariat": "OSCE Secretary General",
    "office-for-democratic-institutions-and-human-rights": "ODIHR Director",
    "high-commissioner-on-national-minorities": "OSCE High Commissioner on National Minorities",
    "representative-on-freedom-of-the-media": "OSCE Representative on Freedom of the Media",
    "parliamentary-assembly": "President of the OSCE Parliamentary Assembly",
}

# Per field of work: topics (read after "on"), audiences (plural), a sentence of context and
# six tags. Together with GENERAL_TAGS the tags make a pool of about 150.
FIELDS = {
    "arms-control": {
        "topics": [
            "the safe storage of small arms and light weapons",
            "the destruction of surplus ammunition",
            "confidence- and security-building measures",
            "the control of conventional arms transfers",
        ],
        "audiences": ["defence officials", "police armourers", "military officers"],
        "context": (
            "Poorly secured weapons and ammunition put nearby communities at risk and can fuel "
            "crime and conflict well beyond a country's borders."
        ),
        "tags": [
            "small arms and light weapons",
            "ammunition",
            "stockpile security",
            "confidence-building measures",
            "Vienna Document",
            "disarmament",
        ],
    },
    "border-management": {
        "topics": [
            "detecting forged travel documents",
            "co-operation between border agencies",
            "risk analysis at border crossing points",
            "the security of the green border",
        ],
        "audiences": ["border guards", "customs officers", "border police officers"],
        "context": (
            "Open but secure borders let people and goods move freely while keeping smuggling and "
            "other cross-border crime in check."
        ),
        "tags": [
            "border security",
            "customs",
            "travel documents",
            "cross-border co-operation",
            "border crossing points",
            "smuggling",
        ],
    },
    "combating-trafficking-in-human-beings": {
        "topics": [
            "identifying victims of trafficking",
            "financial investigations into human trafficking",
            "trafficking for labour exploitation",
            "support services for trafficking survivors",
        ],
        "audiences": ["labour inspectors", "social workers", "prosecutors"],
        "context": (
            "Trafficking in human beings is a grave violation of human rights, and victims are too "
            "often treated as offenders rather than offered protection."
        ),
        "tags": [
            "human trafficking",
            "labour exploitation",
            "victim support",
            "national referral mechanism",
            "supply chains",
            "simulation-based training",
        ],
    },
    "conflict-prevention-and-resolution": {
        "topics": [
            "early warning and early action",
            "mediation and dialogue facilitation",
            "confidence-building across dividing lines",
            "the role of women in peace processes",
        ],
        "audiences": ["mediators", "local community leaders", "government officials"],
        "context": (
            "Dialogue started early, and kept up when tensions rise, remains the most reliable way "
            "to stop disputes from turning violent."
        ),
        "tags": [
            "mediation",
            "dialogue",
            "early warning",
            "confidence-building",
            "peace process",
            "crisis management",
        ],
    },
    "countering-terrorism": {
        "topics": [
            "preventing violent extremism and radicalization that lead to terrorism",
            "countering the financing of terrorism",
            "the protection of critical infrastructure",
            "the use of advance passenger information",
        ],
        "audiences": ["counter-terrorism officials", "financial investigators", "police officers"],
        "context": (
            "Measures against terrorism work best, and last longest, when they respect human "
            "rights and involve the communities they are meant to protect."
        ),
        "tags": [
            "violent extremism",
            "radicalization",
            "terrorist financing",
            "critical infrastructure",
            "passenger data",
            "community policing",
        ],
    },
    "cyber-ict-security": {
        "topics": [
            "confidence-building measures for cyberspace",
            "the protection of critical information infrastructure",
            "responding to cyber incidents",
            "co-operation between computer emergency response teams",
        ],
        "audiences": ["cyber security experts", "policy makers", "diplomats"],
        "context": (
            "Misunderstandings over incidents in cyberspace can escalate quickly, so States need "
            "reliable channels for communication and clarification."
        ),
        "tags": [
            "cyber security",
            "ICT",
            "cyber incidents",
            "critical information infrastructure",
            "digital security",
            "cybercrime",
        ],
    },
    "democratization": {
        "topics": [
            "parliamentary oversight",
            "public participation in decision-making",
            "the transparency of political party financing",
            "the work of local self-government",
        ],
        "audiences": ["members of parliament", "parliamentary staff", "municipal officials"],
        "context": (
            "Democratic institutions earn public trust when they are open, accountable and "
            "responsive to the people they serve."
        ),
        "tags": [
            "parliament",
            "local self-government",
            "political parties",
            "public participation",
            "democratic institutions",
            "legislative drafting",
        ],
    },
    "economic-activities": {
        "topics": [
            "the fight against money laundering",
            "trade and transport facilitation",
            "good governance in public procurement",
            "the economic empowerment of women",
        ],
        "audiences": ["customs officials", "business representatives", "financial analysts"],
        "context": (
            "Economic stability and fair conditions for business are an integral part of "
            "comprehensive security in the OSCE region."
        ),
        "tags": [
            "anti-money laundering",
            "connectivity",
            "trade facilitation",
            "public procurement",
            "economic empowerment",
            "business environment",
        ],
    },
    "education": {
        "topics": [
            "inclusive education",
            "teaching in minority languages",
            "human rights education in schools",
            "media literacy in the classroom",
        ],
        "audiences": ["teachers", "school directors", "students"],
        "context": (
            "Schools that welcome every child, whatever their background or language, lay the "
            "foundations of tolerant and stable societies."
        ),
        "tags": [
            "education",
            "schools",
            "teachers",
            "OSCE Academy",
            "scholarships",
            "inclusive education",
        ],
    },
    "elections": {
        "topics": [
            "election observation",
            "the work of election commissions",
            "voter registration",
            "the resolution of electoral disputes",
            "the participation of women in elections",
            "electoral legislation",
        ],
        "audiences": ["election officials", "election observers", "candidates"],
        "context": (
            "Observers follow the whole electoral process, from the registration of voters and "
            "candidates to the counting of votes and the handling of complaints."
        ),
        "tags": [
            "election observation",
            "election commission",
            "electoral reform",
            "voter registration",
            "election day",
            "election observation mission",
        ],
    },
    "environmental-activities": {
        "topics": [
            "the management of shared water resources",
            "the safe disposal of hazardous waste",
            "the security implications of climate change",
            "public participation in environmental decisions",
        ],
        "audiences": ["environmental inspectors", "Aarhus Centre staff", "local officials"],
        "context": (
            "Environmental problems do not stop at borders, and handled badly they can strain "
            "relations between communities and between States."
        ),
        "tags": [
            "Aarhus Centres",
            "climate change",
            "water management",
            "hazardous waste",
            "disaster risk reduction",
            "environment",
        ],
    },
    "gender-equality": {
        "topics": [
            "preventing violence against women",
            "women's leadership in public life",
            "gender mainstreaming in the security sector",
            "the women, peace and security agenda",
        ],
        "audiences": ["women leaders", "gender focal points", "police officers"],
        "context": (
            "Security is more durable when women and men take part in shaping it on equal terms."
        ),
        "tags": [
            "gender equality",
            "violence against women",
            "women in leadership",
            "women, peace and security",
            "gender mainstreaming",
            "domestic violence",
        ],
    },
    "good-governance": {
        "topics": [
            "the prevention of corruption",
            "asset declarations of public officials",
            "integrity in public administration",
            "open government data",
        ],
        "audiences": ["anti-corruption officials", "public servants", "auditors"],
        "context": (
            "Corruption drains public budgets and undermines trust in institutions, which is why "
            "transparency and integrity rules matter in daily administrative work."
        ),
        "tags": [
            "anti-corruption",
            "integrity",
            "transparency",
            "public administration",
            "asset declarations",
            "good governance",
        ],
    },
    "human-rights": {
        "topics": [
            "the protection of human rights defenders",
            "freedom of peaceful assembly",
            "the prevention of torture",
            "freedom of religion or belief",
        ],
        "audiences": ["human rights defenders", "ombudsperson staff", "lawyers"],
        "context": (
            "Respect for human rights and fundamental freedoms is at the core of the OSCE's "
            "comprehensive concept of security."
        ),
        "tags": [
            "human rights defenders",
            "freedom of assembly",
            "torture prevention",
            "freedom of religion or belief",
            "ombudsperson",
            "national human rights institutions",
        ],
    },
    "media-freedom-and-development": {
        "topics": [
            "the safety of journalists",
            "media pluralism",
            "access to information",
            "the regulation of online platforms",
        ],
        "audiences": ["journalists", "editors", "media regulators"],
        "context": (
            "Free and independent media allow citizens to hold those in power to account and to "
            "take part in public life on an informed basis."
        ),
        "tags": [
            "media freedom",
            "safety of journalists",
            "media pluralism",
            "access to information",
            "public service media",
            "online media",
        ],
    },
    "migration": {
        "topics": [
            "the integration of migrants",
            "labour migration governance",
            "the protection of people on the move",
            "data on migration flows",
        ],
        "audiences": ["migration officials", "local authorities", "civil society activists"],
        "context": (
            "Well-governed migration benefits countries of origin and destination alike, as well "
            "as the people who move between them."
        ),
        "tags": [
            "migration",
            "labour migration",
            "integration",
            "migrants",
            "migration governance",
            "remittances",
        ],
    },
    "national-minority-issues": {
        "topics": [
            "the use of minority languages",
            "the participation of national minorities in public life",
            "integration of diverse societies",
            "minority rights in education",
        ],
        "audiences": ["minority community representatives", "government officials", "teachers"],
        "context": (
            "Tensions involving national minorities can affect relations between States, and "
            "addressing them early is part of preventing conflict."
        ),
        "tags": [
            "national minorities",
            "minority languages",
            "integration",
            "inter-ethnic relations",
            "Ljubljana Guidelines",
            "minority rights",
        ],
    },
    "policing": {
        "topics": [
            "community policing",
            "the investigation of hate crimes",
            "police accountability",
            "the fight against organized crime",
        ],
        "audiences": ["police officers", "police commanders", "crime investigators"],
        "context": (
            "Police services that work closely with the communities they serve earn trust and "
            "solve more crime."
        ),
        "tags": [
            "police",
            "community policing",
            "organized crime",
            "police reform",
            "investigations",
            "drug trafficking",
        ],
    },
    "reform-and-co-operation-in-the-security-sector": {
        "topics": [
            "democratic oversight of the security sector",
            "security sector governance",
            "the code of conduct on politico-military aspects of security",
            "the integrity of security institutions",
        ],
        "audiences": ["defence officials", "parliamentary committee members", "security experts"],
        "context": (
            "Security institutions that are accountable to elected bodies and to the public serve "
            "both the State and its people better."
        ),
        "tags": [
            "security sector reform",
            "security sector governance",
            "democratic oversight",
            "code of conduct",
            "defence",
            "armed forces",
        ],
    },
    "roma-and-sinti": {
        "topics": [
            "the inclusion of Roma and Sinti",
            "access to civil registration for Roma",
            "Roma and Sinti participation in public life",
            "education for Roma and Sinti children",
        ],
        "audiences": ["Roma mediators", "Roma and Sinti activists", "municipal officials"],
        "context": (
            "Roma and Sinti still face discrimination in many areas of life, from schooling and "
            "housing to employment and access to public services."
        ),
        "tags": [
            "Roma and Sinti",
            "Roma inclusion",
            "civil registration",
            "anti-Gypsyism",
            "Roma youth",
            "social inclusion",
        ],
    },
    "rule-of-law": {
        "topics": [
            "the independence of the judiciary",
            "fair trial standards",
            "access to justice",
            "the processing of war crimes cases",
        ],
        "audiences": ["judges", "prosecutors", "defence lawyers"],
        "context": (
            "An independent, efficient and accountable judiciary is a precondition for protecting "
            "rights and for a stable investment climate."
        ),
        "tags": [
            "judiciary",
            "trial monitoring",
            "access to justice",
            "war crimes",
            "legal reform",
            "justice sector",
        ],
    },
    "tolerance-and-non-discrimination": {
        "topics": [
            "responses to hate crime",
            "hate crime data collection",
            "the security of religious communities",
            "countering intolerance and discrimination",
        ],
        "audiences": ["civil society representatives", "police officers", "prosecutors"],
        "context": (
            "Hate crimes send a message of rejection to whole communities, and recording them "
            "accurately is the first step towards an effective response."
        ),
        "tags": [
            "hate crime",
            "discrimination",
            "tolerance",
            "antisemitism",
            "intolerance against Muslims",
            "hate crime data",
        ],
    },
    "youth": {
        "topics": [
            "youth participation in public life",
            "the role of young people in peace and security",
            "youth employment",
            "youth engagement against violent extremism",
        ],
        "audiences": ["young people", "youth workers", "student leaders"],
        "context": (
            "Young people are not only the leaders of tomorrow but partners today in building "
            "peace and security in their communities."
        ),
        "tags": [
            "youth",
            "young people",
            "youth participation",
            "youth and security",
            "youth leadership",
            "student exchange",
        ],
    },
}

GENERAL_TAGS = [
    "training",
    "conference",
    "workshop",
    "civil society",
    "capacity building",
    "international co-operation",
    "regional co-operation",
    "study visit",
    "handbook",
    "legislation",
    "women",
    "good practices",
    "extra-budgetary project",
    "OSCE commitments",
    "OSCE Chairpersonship",
]

# Events, with their article.
EVENTS = [
    ("a", "training course"),
    ("a", "workshop"),
    ("a", "conference"),
    ("a", "round table"),
    ("a", "seminar"),
    ("an", "expert meeting"),
    ("a", "study visit"),
    ("a", "summer school"),
    ("a", "public discussion"),
    ("a", "regional meeting"),
]

TITLES = {
    "press_release": [
        "{src} trains {audience} on {topic}",
        "{src} holds {event} on {topic} in {place}",
        "{Audience} discuss {topic} at {event} supported by {src}",
        "{src} presents report on {topic}",
        "{Event} on {topic} concludes in {place}",
        "{src} and national authorities review progress on {topic}",
        "{n} {audience} complete course on {topic} organized by {src}",
        "New handbook on {topic} launched in {place} with support of {src}",
        "{src} supports {audience} in {place} with equipment and training",
        "{src} brings together {audience} from across the region to discuss {topic}",
    ],
    "news_item": [
        "{Audience} from across the OSCE region meet in {place} to discuss {topic}",
        "{Event} in {place} looks at {topic}",
        "Study visit introduces {audience} to good practice in {topic}",
        "{src} marks ten years of support for {topic}",
    ],
    "press_statement": [
        "{src} welcomes progress on {topic}",
        "{src} calls for renewed commitment to {topic}",
        "{src} concludes visit to {place}",
        "{src} encourages continued dialogue on {topic}",
    ],
    "feature": [
        "Working together on {topic}: a look at the work of {src}",
        "How {audience} in {place} are changing their approach to {topic}",
    ],
    "speech": [
        "Address by the {role} at the {event} on {topic}",
        "Opening remarks by the {role} at the {event} on {topic} in {place}",
    ],
    "media_advisory": [
        "Media advisory: {src} to hold {event} on {topic} in {place}",
        "Media advisory: {Event} on {topic} to open in {place}",
    ],
}

SUMMARIES = [
    "{Audience} took part in {an_event} on {topic} organized by the {src} in {place}.",
    "The {event} in {place} brought together {n} {audience} to exchange experience of {topic}.",
    "The {src} continues to support {where} in {its} work on {topic}.",
    "Participants reviewed recent developments in {topic} and agreed on next steps.",
    "A {days}-day {event} organized by the {src} looked at practical ways to make progress on "
    "{topic}.",
]

OPENINGS = [
    "Some {n} {audience} from {from_where} gathered in {place} today for {an_event} on {topic}, "
    "organized by the {src}.",
    "The {src} today opened {an_event} on {topic} for {n} {audience} in {place}.",
    "{Audience} from {from_where} met in {place} today to discuss {topic} at {an_event} "
    "supported by the {src}.",
    "A {days}-day {event} on {topic}, organized by the {src} for {n} {audience}, concluded in "
    "{place} today.",
    "The {src} today presented a new report on {topic} at a meeting in {place} attended by "
    "{n} {audience} and representatives of the authorities.",
]

# Openings for the types that do not report an event that has just taken place.
TYPE_OPENINGS = {
    "press_statement": [
        "The {src} today welcomed the steps taken by the authorities on {topic} and encouraged "
        "everyone involved to continue the work.",
        "The {src} today concluded a {days}-day visit to {place}, where talks with the authorities "
        "and civil society focused on {topic}.",
        "The {src} today called on all those concerned to keep {topic} high on their agenda.",
    ],
    "media_advisory": [
        "The {src} will hold {an_event} on {topic} for {n} {audience} in {place}. Media "
        "representatives are invited to attend the opening session.",
    ],
    "speech": [
        "The {role} today addressed {an_event} on {topic} in {place}, attended by {n} {audience} "
        "and representatives of the authorities.",
    ],
}

MIDDLE_SENTENCES = [
    "Participants looked at how {topic} is handled in practice and at what stands in the way of "
    "further progress.",
    "Experts from the {src} and from several participating States shared practical experience "
    "and examples of good practice.",
    "The programme combined presentations with practical exercises and discussion in small groups.",
    "Particular attention was paid to the needs of women, young people and members of national "
    "minorities.",
    "Participants agreed to stay in touch and to share the materials with colleagues who could "
    "not attend.",
    "The {event} is part of a longer-term project on {topic2}, funded by extra-budgetary "
    "contributions from several participating States.",
    "National authorities, civil society organizations and international partners took part in "
    "the discussion.",
    "Speakers stressed that lasting progress on {topic} depends on close co-operation between "
    "institutions and with the public.",
    "The {src} will publish a summary of the discussion and its recommendations in the coming "
    "weeks.",
    "A follow-up meeting is planned for later in the year to review what has been achieved.",
    "Representatives of the host authorities thanked the {src} for its continued support.",
    "The findings will feed into the advice the {src} gives to the authorities on {topic}.",
    "A handbook prepared for the occasion sets out practical steps and a checklist for daily work.",
    "Discussions also covered the relevant OSCE commitments and how other participating States "
    "have put them into practice.",
    "Over the past years, the {src} has trained several hundred {audience} in this area.",
    "The participants also visited local institutions to see how earlier recommendations are "
    "being applied.",
    "Case studies from {other_place} and {place} showed how similar problems have been tackled "
    "elsewhere.",
    "The {event} was held in co-operation with the relevant ministries and the national "
    "association of {audience}.",
]

CLOSINGS = {
    "field_operation": (
        "The {src} supports {host} in implementing its OSCE commitments, including in the area "
        "of {field}."
    ),
    "chairpersonship": (
        "The Chairpersonship of the OSCE rotates every year among the participating States and "
        "sets the Organization's priorities for the year, including in the area of {field}."
    ),
    "institution": (
        "The {src} assists the participating States in meeting their OSCE commitments, "
        "including those on {field}."
    ),
    "parliamentary_assembly": (
        "The {src} brings together parliamentarians from the participating States to promote "
        "dialogue and co-operation, including on {field}."
    ),
    "default": (
        "The {src} works with the participating States to put OSCE commitments on {field} into "
        "practice."
    ),
}
