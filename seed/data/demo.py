"""Demo content for the OSCE public website: the Elections field-of-work page,
the Mission to Serbia's "Our work" sections and a set of press releases.

All prose is original demo wording; facts of the two seeded releases follow the reference pages.
A release is a press release unless its "type" says otherwise; its "places" and "fields" are in
the release's own order (the first place is the one its dateline names).
"""

ELECTIONS_PAGE = {
    "summary": (
        "The OSCE regards genuine democratic elections as the foundation of legitimate government "
        "and observes elections throughout its participating States. At the request of a State, it "
        "also gives technical support to strengthen the laws and administrative arrangements that "
        "govern elections."
    ),
    "challenge": (
        "<p>Free and fair elections underpin every democratic society. Where citizens cannot "
        "freely choose or replace those who govern them, or where that choice is distorted by "
        "pressure or manipulation, public trust in democratic institutions wears away.</p><p>For "
        "the OSCE, an electoral process has to uphold fundamental freedoms and rest on equal and "
        "universal suffrage, political pluralism, transparency and accountability, so that voters "
        "and candidates alike can have confidence in the outcome.</p>"
    ),
    "commitment": (
        "To ensure that the will of the people serves as the basis of the authority of government, "
        "the participating States will hold free elections at reasonable intervals, as established "
        "by law."
    ),
    "commitment_source": "1990 Copenhagen Document, paragraph 7",
    "action": (
        "<p>Election observation is the OSCE's best-known activity and its principal means of "
        "assessing whether an electoral process lives up to the commitments the participating "
        "States have made. Observers follow the entire process: the legal framework, the "
        "registration of voters and candidates, the campaign, election day and the handling of "
        "complaints and appeals.</p><p>Observation is only part of the picture. On request, OSCE "
        "institutions also review election laws, point out gaps and inconsistencies, and recommend "
        "how legislation and practice can be brought closer to OSCE commitments and other "
        "international standards.</p>"
    ),
    "teams_intro": (
        "Institutions, field operations and offices across the OSCE combine specialist expertise "
        "to design responses that suit each country's situation."
    ),
    "institutions_text": (
        "<p>The Office for Democratic Institutions and Human Rights (ODIHR) leads the OSCE's work "
        "on elections. Each year it deploys numerous observation missions, made up of long-term "
        "and short-term observers, across the OSCE region, and it helps participating States to "
        "follow up on its recommendations for improving electoral law and practice. Members of the "
        "OSCE Parliamentary Assembly regularly take part as short-term observers, bringing the "
        "perspective of elected legislators to the assessment.</p>"
    ),
    "operations_text": (
        "<p>On the ground, OSCE field operations assist election administrations with training for "
        "commission members, journalists and police officers, support voter information campaigns "
        "and advise on the reform of electoral legislation. Several of them also work to increase "
        "the participation of women and young people as voters and candidates. Field operations do "
        "not observe elections in the countries where they are based; observation remains the task "
        "of ODIHR and the Parliamentary Assembly.</p>"
    ),
    "institutions": [
        "office-for-democratic-institutions-and-human-rights",
        "parliamentary-assembly",
    ],
    "operations": [
        "presence-in-albania",
        "centre-in-ashgabat",
        "programme-office-in-bishkek",
        "mission-to-bosnia-and-herzegovina",
        "mission-in-kosovo",
        "mission-to-montenegro",
        "mission-to-skopje",
    ],
}

SERBIA_INTRO = (
    "Working with Serbia's institutions and citizens towards accountable democratic governance "
    "grounded in the rule of law."
)

# The Mission to Serbia's mandate, in a few lines: its decision is a fact of the reference data
# (seed/data/reference.py); what it covers follows the operation's description there.
SERBIA_MANDATE = (
    "The Permanent Council set up the Mission on 11 January 2001, as the OSCE Mission to the "
    "Federal Republic of Yugoslavia. It advises and assists the authorities and civil society on "
    "democratic institutions, human rights and the rights of national minorities, the rule of "
    "law, the media and security co-operation."
)

SERBIA_SECTIONS = [
    {
        "title": "Security co-operation",
        "strapline": "Helping police and security institutions serve and protect the public",
        "text": (
            "<p>The Mission assists Serbia in developing security institutions that are "
            "accountable to the public and capable of tackling domestic and cross-border crime and "
            "threats, while keeping people safe and respecting the human rights of every "
            "citizen.</p>"
        ),
        "photo_caption": (
            "Representatives of the police and of community organizations discuss how to attract "
            "more recruits from national minority communities to the police service, at a meeting "
            "supported by the OSCE Mission, Belgrade, 31 October 2024"
        ),
        "photo_credit": "OSCE",
        "photo_alt": "Participants seated around a conference table",
        "fields": ["policing", "reform-and-co-operation-in-the-security-sector"],
    },
    {
        "title": "Democratization",
        "strapline": (
            "Working with institutions and civil society for stronger democratic processes"
        ),
        "text": (
            "<p>The Mission partners with public institutions and civil society to make democratic "
            "processes in Serbia stronger. It supports parliamentary oversight and public "
            "administration reform, helps protect the rights of national minorities and counter "
            "discrimination, promotes good governance of the security sector, and encourages "
            "intercultural dialogue and respect for diversity.</p>"
        ),
        "photo_caption": (
            "Around 300 women parliamentarians, local councillors and members of national minority "
            "councils in joint session at the seventh national conference of the Women "
            "Parliamentary Network of Serbia, a cross-party caucus, Belgrade, 14 December 2019"
        ),
        "photo_credit": "OSCE",
        "photo_alt": "A large conference hall filled with women delegates",
        "fields": [
            "education",
            "good-governance",
            "national-minority-issues",
            "roma-and-sinti",
            "tolerance-and-non-discrimination",
        ],
    },
    {
        "title": "Media",
        "strapline": "Promoting a safe media environment and a sound regulatory framework",
        "text": (
            "<p>The Mission helps Serbia put in place the rules and conditions that allow the "
            "public to receive accurate and timely information. It advises institutions on media "
            "policy, backs measures to keep journalists safe, encourages professional and ethical "
            "reporting, and promotes a free and pluralistic media landscape.</p>"
        ),
        "photo_caption": (
            "Members of the Permanent Working Group, which the OSCE Mission supports in its work "
            "on journalists' safety, review unresolved cases in which reporters were threatened or "
            "assaulted, during a visit, Niš, 22 May 2025"
        ),
        "photo_credit": "OSCE",
        "photo_alt": "People in discussion around a meeting table",
        "fields": ["media-freedom-and-development"],
    },
    {
        "title": "Rule of law and human rights",
        "strapline": (
            "Supporting an independent and accountable judiciary and a justice system that "
            "protects human rights"
        ),
        "text": (
            "<p>The Mission supports a judiciary that is independent, transparent and "
            "professional, and criminal and administrative justice that respects human rights. It "
            "helps introduce the merit-based appointment of judges and prosecutors, reinforces "
            "anti-corruption safeguards, and makes justice easier to obtain by training "
            "practitioners and working with civil society.</p>"
        ),
        "photo_caption": (
            "The OSCE Action against Terrorism Unit helps participating States strengthen their "
            "ability to investigate, prosecute and adjudicate terrorist offences in line with "
            "human rights"
        ),
        "photo_credit": "OSCE",
        "photo_alt": "A courtroom with empty benches",
        "fields": ["rule-of-law", "human-rights", "countering-terrorism"],
    },
    {
        "title": "Environmental activities",
        "strapline": "Bringing authorities and civil society together for a healthier environment",
        "text": (
            "<p>The Mission helps institutions enforce environmental law more effectively and "
            "encourages authorities and civil society to work together, so that environmental "
            "decision-making in Serbia becomes more inclusive and transparent and better able to "
            "cope with climate change.</p>"
        ),
        "photo_caption": None,
        "photo_credit": None,
        "photo_alt": None,
        "fields": ["environmental-activities"],
    },
    {
        "title": "Cross-dimensional activities",
        "strapline": "Advancing gender equality and helping young people build their skills",
        "text": (
            "<p>Across its programmes, the Mission promotes equality between women and men, youth "
            "policies that include all young people, and contacts between young people across the "
            "region. It also raises awareness of OSCE commitments and supports efforts to prevent "
            "violent extremism.</p>"
        ),
        "photo_caption": (
            "Young competitors at the national youth cybersecurity competition, organized by "
            "Serbia's Cybersecurity Network Foundation with OSCE Mission support to draw more "
            "girls and young women into the field, Belgrade, 15 May 2024"
        ),
        "photo_credit": "OSCE",
        "photo_alt": "Teenagers working on laptops in a competition hall",
        "fields": ["gender-equality", "youth", "cyber-ict-security"],
    },
]

PRESS_RELEASES = [
    {
        "slug": "municipal-election-commissions-trained-skopje-2015",
        "title": "OSCE Mission to Skopje trains members of municipal election commissions",
        "published_at": "2015-04-22T11:00",
        "status": "published",
        "places": ["Skopje"],
        "sources": ["mission-to-skopje"],
        "fields": ["elections", "democratization"],
        "states": ["MK"],
        "tags": ["election administration", "training", "local elections"],
        "summary": (
            "Some 60 members of municipal election commissions completed a two-day OSCE-supported "
            "course on counting procedures and the handling of complaints."
        ),
        "body": [
            (
                "SKOPJE, 22 April 2015 – Around 60 members of municipal election commissions today "
                "finished a two-day training course organized by the OSCE Mission to Skopje "
                "together with the State Election Commission."
            ),
            (
                "The course covered the duties of commission members before and on election day, "
                "the counting and tabulation of results, the handling of complaints and appeals, "
                "and the equal treatment of all voters, including voters with disabilities."
            ),
            (
                "Trainers used practical exercises based on situations that commission members had "
                "faced in previous elections. Participants also discussed recommendations made by "
                "earlier ODIHR election observation missions and how they could be reflected in "
                "everyday practice."
            ),
            (
                "The training forms part of the Mission's long-term support for a professional and "
                "impartial election administration. Further sessions for commission members from "
                "other municipalities are planned for the coming months."
            ),
        ],
        "photo": {
            "caption": (
                "Members of municipal election commissions during a practical exercise on vote "
                "counting, Skopje, 22 April 2015"
            ),
            "credit": "OSCE/Sanja Petrovska",
            "alt": "Participants sorting mock ballot papers at a table",
        },
    },
    {
        "slug": "border-officers-trained-to-detect-forged-documents-ashgabat-2015",
        "title": "Border officers in Turkmenistan trained to detect forged travel documents",
        "published_at": "2015-06-10T09:45",
        "status": "published",
        "places": ["Ashgabat"],
        "sources": ["centre-in-ashgabat"],
        "fields": ["border-management"],
        "states": ["TM"],
        "tags": ["border security", "document security", "training"],
        "summary": (
            "A week-long course organized by the OSCE Centre in Ashgabat helped officers of the "
            "State Border Service improve their skills in identifying forged and altered travel "
            "documents."
        ),
        "body": [
            (
                "ASHGABAT, 10 June 2015 – Twenty officers of Turkmenistan's State Border Service "
                "completed a five-day course on detecting forged and falsified travel documents, "
                "organized by the OSCE Centre in Ashgabat."
            ),
            (
                "International experts introduced the security features of passports and visas, "
                "the techniques most often used by forgers and the use of basic examination "
                "equipment at border crossing points. The officers practised on specimen documents "
                "and discussed how information on fraudulent documents can be shared quickly "
                "between agencies."
            ),
            (
                "The course is part of the Centre's support to the border authorities of "
                "Turkmenistan in facilitating legitimate travel and trade while preventing "
                "cross-border crime, in line with the OSCE Border Security and Management Concept."
            ),
        ],
        "photo": {
            "caption": (
                "Border officers examine travel documents under ultraviolet light during the "
                "course, Ashgabat, 10 June 2015"
            ),
            "credit": "OSCE/Merdan Atayev",
            "alt": "Officer examining a passport with a magnifying lamp",
        },
    },
    {
        "slug": "odihr-trains-civil-society-on-hate-incident-reporting-2015",
        "title": "ODIHR trains civil society groups to document hate incidents",
        "published_at": "2015-10-05T13:00",
        "status": "published",
        "places": ["Warsaw"],
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["tolerance-and-non-discrimination", "human-rights"],
        "states": [],
        "tags": ["hate crime", "civil society", "training"],
        "summary": (
            "Representatives of civil society organizations from across the OSCE region learned "
            "how to record and report hate incidents in a way that supports victims and informs "
            "policymakers."
        ),
        "body": [
            (
                "WARSAW, 5 October 2015 – Twenty-five representatives of civil society "
                "organizations from 14 participating States took part in a three-day course on "
                "monitoring and reporting hate incidents, held by the OSCE Office for Democratic "
                "Institutions and Human Rights (ODIHR)."
            ),
            (
                "The participants learned how to recognize the bias motives behind incidents, how "
                "to gather reliable information while respecting the safety and privacy of "
                "victims, and how to refer victims to support services."
            ),
            (
                "The course also explained how civil society can contribute information to ODIHR's "
                "annual hate crime reporting, which helps governments and the public understand "
                "the scale of the problem and design suitable responses."
            ),
            (
                "ODIHR assists participating States and civil society in implementing OSCE "
                "commitments on tolerance and non-discrimination, including those on collecting "
                "data on hate crimes and supporting the people affected."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "women-police-officers-international-womens-day-sarajevo-2016",
        "title": (
            "Women police officers in Bosnia and Herzegovina mark International Women's Day with "
            "focus on equal career opportunities"
        ),
        "published_at": "2016-03-08T10:30",
        "status": "published",
        "places": ["Sarajevo"],
        "sources": ["mission-to-bosnia-and-herzegovina"],
        "fields": ["gender-equality", "policing"],
        "states": ["BA"],
        "tags": ["women in policing", "international women's day", "police"],
        "summary": (
            "At a conference supported by the OSCE Mission to Bosnia and Herzegovina, women police "
            "officers discussed how police agencies can recruit, retain and promote more women."
        ),
        "body": [
            (
                "SARAJEVO, 8 March 2016 – To mark International Women's Day, some 80 police "
                "officers from across Bosnia and Herzegovina met in Sarajevo today at a conference "
                "supported by the OSCE Mission to Bosnia and Herzegovina to discuss the "
                "recruitment, retention and promotion of women in police agencies."
            ),
            (
                "Participants reviewed the share of women at different ranks and exchanged "
                "experience of combining police work with family life. Police commissioners and "
                "directors presented measures taken in their agencies, including mentoring schemes "
                "and more flexible working arrangements."
            ),
            (
                "A representative of the Mission noted that police services which reflect the "
                "communities they serve find it easier to earn public trust, and that women "
                "officers bring skills needed in every area of policing."
            ),
            (
                "The Mission supports the network of women police officers as part of its wider "
                "work to promote gender equality in the security sector and professional, "
                "accountable policing."
            ),
        ],
        "photo": {
            "caption": (
                "Women police officers from different agencies at the conference marking "
                "International Women's Day, Sarajevo, 8 March 2016"
            ),
            "credit": "OSCE/Lejla Hadžić",
            "alt": "Uniformed women police officers seated in a conference hall",
        },
    },
    {
        "slug": "albanian-police-trained-on-small-arms-control-2016",
        "title": (
            "OSCE Presence supports Albanian State Police in managing small arms and light weapons"
        ),
        "published_at": "2016-11-15T12:00",
        "status": "published",
        "places": ["Tirana"],
        "sources": ["presence-in-albania"],
        "fields": ["arms-control", "policing"],
        "states": ["AL"],
        "tags": ["small arms and light weapons", "stockpile security", "police"],
        "summary": (
            "Police officers responsible for the storage and registration of weapons completed "
            "OSCE-supported training on stockpile security and record-keeping."
        ),
        "body": [
            (
                "TIRANA, 15 November 2016 – The OSCE Presence in Albania today concluded a series "
                "of workshops for Albanian State Police officers on the safe storage, registration "
                "and control of small arms and light weapons."
            ),
            (
                "Over three weeks, some 45 officers from regional police directorates learned "
                "about international standards for the physical security of weapons and ammunition "
                "depots, the marking and tracing of firearms, and accurate record-keeping."
            ),
            (
                "The workshops also covered procedures for collecting illegally held weapons from "
                "the public and destroying them safely, as well as co-operation with neighbouring "
                "countries to prevent the illicit trafficking of firearms."
            ),
            (
                "The activity supports Albania in implementing the OSCE Document on Small Arms and "
                "Light Weapons and the related national legislation."
            ),
        ],
        "photo": {
            "caption": (
                "Police officers learn how to register and mark firearms during a workshop, "
                "Tirana, 15 November 2016"
            ),
            "credit": "OSCE/Elira Dervishi",
            "alt": "Instructor showing a registration form to police officers",
        },
    },
    {
        "slug": "osce-chairperson-in-office-visits-belgrade-2017",
        "title": (
            "Chairperson-in-Office Kurz in Belgrade pledges continued OSCE backing for action "
            "against migrant smuggling networks"
        ),
        "published_at": "2017-02-13T14:30",
        "status": "published",
        "places": ["Belgrade"],
        "sources": ["chairpersonship", "mission-to-serbia"],
        "people": ["sebastian-kurz"],
        "fields": ["economic-activities", "rule-of-law", "migration"],
        "states": ["RS", "AT", "BG", "HR", "IT"],
        "tags": ["organized crime", "migration", "chairpersonship visit"],
        "summary": (
            "On a visit to Belgrade, the OSCE Chairperson-in-Office, Austrian Foreign Minister "
            "Sebastian Kurz, confirmed the Organization's support for Serbia against organized "
            "criminal groups that smuggle migrants, and handed over equipment to the national task "
            "force."
        ),
        "body": [
            (
                "BELGRADE, 13 February 2017 – Sebastian Kurz, Austria's Foreign Minister and OSCE "
                "Chairperson-in-Office, visited Belgrade today and confirmed that the OSCE will "
                "keep helping Serbia develop democratic institutions that are strong, independent, "
                "effective and accountable."
            ),
            (
                "Kurz stressed that countries of the region need to work closely together against "
                "organized criminal groups that move asylum seekers and migrants illegally across "
                "borders. He noted that, with the Balkan route closed, joint action to stop the "
                "smuggling and exploitation of vulnerable people remained necessary, and said that "
                "the OSCE would go on facilitating and supporting regional investigations into "
                "such crimes."
            ),
            (
                "The Chairperson-in-Office joined a working meeting at which police officers and "
                "prosecutors from Croatia and Bulgaria shared information on ongoing cases with "
                "members of the Serbian Task Force on Combating Human Smuggling."
            ),
            (
                "He also handed over two off-road vehicles and information technology equipment to "
                "the Task Force. The OSCE Mission to Serbia procured the donation with financial "
                "contributions from Austria and Italy."
            ),
            (
                "Ambassador Andrea Orizio, Head of the OSCE Mission to Serbia, pointed to the "
                "Mission's ability to adapt its assistance as Serbia faces new challenges linked "
                "to migration. He confirmed that the Mission would keep supporting national and "
                "regional initiatives to prevent criminal groups from exploiting asylum seekers "
                "and migrants."
            ),
            (
                "Set up in April 2016, the Task Force brings police investigators of the Ministry "
                "of Interior and prosecutors of the Republic Public Prosecutor's Office together "
                "in a single inter-agency body."
            ),
        ],
        "photo": {
            "caption": (
                "The OSCE Chairperson-in-Office hands over vehicles and IT equipment, donated "
                "through the OSCE Mission, to Serbia's task force against human smuggling, "
                "Belgrade, 13 February 2017"
            ),
            "credit": "OSCE/Jelena Marić",
            "alt": "Two off-road vehicles parked in front of an official building",
        },
    },
    {
        "slug": "business-forum-both-banks-dniester-nistru-2017",
        "title": (
            "Entrepreneurs from both banks of the Dniester/Nistru meet at OSCE-supported business "
            "forum"
        ),
        "published_at": "2017-06-20T15:00",
        "status": "published",
        "places": ["Chișinău"],
        "sources": ["mission-to-moldova"],
        "fields": ["conflict-prevention-and-resolution", "economic-activities"],
        "states": ["MD"],
        "tags": ["confidence-building", "business", "transdniestrian settlement process"],
        "summary": (
            "More than 100 business people from both banks of the Dniester/Nistru River explored "
            "opportunities for co-operation at a forum held with the support of the OSCE Mission "
            "to Moldova."
        ),
        "body": [
            (
                "CHIȘINĂU, 20 June 2017 – More than 100 entrepreneurs, representatives of business "
                "associations and experts from both banks of the Dniester/Nistru River took part "
                "today in a business forum supported by the OSCE Mission to Moldova."
            ),
            (
                "Participants discussed practical obstacles to trade, such as the certification of "
                "goods and transport arrangements, and presented their products and services in a "
                "series of matchmaking sessions. Small and medium-sized enterprises run by women "
                "and young people were particularly encouraged to attend."
            ),
            (
                "Speaking for the Mission, its Deputy Head pointed out that direct contacts "
                "between people and businesses help build the confidence needed for progress in "
                "the Transdniestrian settlement process."
            ),
            (
                "The forum is one of several confidence-building measures that the Mission "
                "supports in fields such as economic development, education, health and the "
                "environment."
            ),
        ],
        "photo": {
            "caption": (
                "Participants at a matchmaking session of the business forum, Chișinău, 20 June "
                "2017"
            ),
            "credit": "OSCE/Ion Rusu",
            "alt": "Business people talking at small tables in a hall",
        },
    },
    {
        "slug": "hcnm-expert-meeting-multilingual-education-2017",
        "title": (
            "High Commissioner on National Minorities convenes experts on multilingual education"
        ),
        "published_at": "2017-09-27T11:30",
        "status": "published",
        "places": ["The Hague"],
        "sources": ["high-commissioner-on-national-minorities"],
        "fields": ["national-minority-issues", "education"],
        "states": [],
        "tags": ["multilingual education", "minority languages", "expert meeting"],
        "summary": (
            "Education officials and researchers from several participating States exchanged "
            "experience of teaching in and of minority languages at a meeting in The Hague."
        ),
        "body": [
            (
                "THE HAGUE, 27 September 2017 – Education officials, teachers and researchers from "
                "ten participating States met in The Hague today at an expert meeting convened by "
                "the OSCE High Commissioner on National Minorities to discuss multilingual "
                "education in diverse societies."
            ),
            (
                "Participants considered how school systems can enable children belonging to "
                "national minorities to learn their mother tongue while also mastering the State "
                "language, which is essential for equal opportunities and participation in society."
            ),
            (
                "The discussions drew on the Hague Recommendations regarding the Education Rights "
                "of National Minorities and on examples of bilingual curricula, teacher training "
                "and textbook development from different parts of the OSCE region."
            ),
            (
                "The High Commissioner works to identify and ease tensions involving national "
                "minorities at an early stage, and regards inclusive education policies as a key "
                "means of strengthening the integration of diverse societies."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "experts-discuss-trafficking-in-supply-chains-vienna-2017",
        "title": (
            "Experts discuss ways to keep trafficking for labour exploitation out of supply chains"
        ),
        "published_at": "2017-11-30T16:00",
        "status": "published",
        "places": ["Vienna"],
        "sources": [
            "secretariat",
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-"
                "in-human-beings"
            ),
        ],
        "fields": ["combating-trafficking-in-human-beings", "economic-activities"],
        "states": [],
        "tags": ["labour exploitation", "supply chains", "public procurement"],
        "summary": (
            "Representatives of governments, businesses and civil society met in Vienna to discuss "
            "how public procurement and corporate due diligence can help prevent trafficking for "
            "labour exploitation."
        ),
        "body": [
            (
                "VIENNA, 30 November 2017 – Some 150 representatives of governments, international "
                "organizations, businesses, trade unions and civil society gathered in Vienna "
                "today for an expert conference on preventing trafficking in human beings for "
                "labour exploitation in supply chains."
            ),
            (
                "Organized by the Office of the OSCE Special Representative and Co-ordinator for "
                "Combating Trafficking in Human Beings, the conference looked at how governments "
                "can use their purchasing power to require suppliers to respect labour rights, and "
                "how companies can identify and address the risk of forced labour among their "
                "subcontractors."
            ),
            (
                "Speakers presented national legislation on transparency in supply chains, "
                "practical tools for risk assessment and examples of co-operation between labour "
                "inspectorates and law enforcement."
            ),
            (
                "The OSCE participating States have committed themselves to preventing all forms "
                "of trafficking in human beings, including by tackling the demand for goods and "
                "services produced through exploitation."
            ),
        ],
        "photo": {
            "caption": (
                "Panellists during a session on public procurement and labour rights, Vienna, 30 "
                "November 2017"
            ),
            "credit": "OSCE/Anna Meier",
            "alt": "Panel of speakers at a conference table with microphones",
        },
    },
    {
        "slug": "national-seminar-cyber-confidence-building-ashgabat-2018",
        "type": "news_item",
        "title": (
            "National seminar in Ashgabat focuses on OSCE confidence-building measures in "
            "cyberspace"
        ),
        "published_at": "2018-03-14T10:00",
        "status": "published",
        "places": ["Ashgabat"],
        "sources": ["centre-in-ashgabat", "transnational-threats-department"],
        "fields": ["cyber-ict-security"],
        "states": ["TM"],
        "tags": ["confidence-building measures", "cyber security", "national seminar"],
        "summary": (
            "Officials from ministries and agencies of Turkmenistan learned about the OSCE "
            "measures that aim to reduce the risk of conflict stemming from the use of information "
            "and communication technologies."
        ),
        "body": [
            (
                "ASHGABAT, 14 March 2018 – A two-day national seminar on the OSCE's "
                "confidence-building measures to reduce the risks of conflict arising from the use "
                "of information and communication technologies (ICTs) concluded today in Ashgabat."
            ),
            (
                "Organized by the OSCE Centre in Ashgabat together with the Transnational Threats "
                "Department of the OSCE Secretariat, the seminar brought together some 30 "
                "officials from ministries and agencies dealing with foreign affairs, security and "
                "communications."
            ),
            (
                "International experts explained how the measures agreed by the participating "
                "States in 2013 and 2016 promote transparency, communication and co-operation "
                "between States, for example through exchanges of national views on ICT threats "
                "and the designation of contact points."
            ),
            (
                "Participants also discussed the protection of critical infrastructure and the "
                "role of national computer emergency response teams in preventing and managing "
                "incidents."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "young-people-kyrgyzstan-community-projects-prevent-violent-extremism-2018",
        "title": (
            "Young people in Kyrgyzstan develop community projects to prevent violent extremism"
        ),
        "published_at": "2018-05-23T12:15",
        "status": "published",
        "places": ["Bishkek", "Osh"],
        "sources": ["programme-office-in-bishkek"],
        "fields": ["youth", "countering-terrorism", "education"],
        "states": ["KG"],
        "tags": ["violent extremism", "youth", "prevention"],
        "summary": (
            "Workshops supported by the OSCE Programme Office in Bishkek helped young people in "
            "Bishkek and Osh design local initiatives that promote dialogue and critical thinking."
        ),
        "body": [
            (
                "BISHKEK, 23 May 2018 – Some 60 young people from Bishkek and Osh completed a "
                "series of workshops on preventing violent extremism and radicalization that lead "
                "to terrorism, supported by the OSCE Programme Office in Bishkek."
            ),
            (
                "The participants, aged between 16 and 25, learned how to recognize manipulative "
                "messages online, how to discuss difficult subjects respectfully and how to reach "
                "out to peers who may feel excluded from their communities."
            ),
            (
                "Working in teams, they designed small community projects, including debate clubs, "
                "sports events and social media campaigns, which will be carried out over the "
                "summer with the help of local youth centres."
            ),
            (
                "The Programme Office works with state institutions, local authorities and civil "
                "society to address the conditions conducive to terrorism through a comprehensive "
                "approach that respects human rights."
            ),
        ],
        "photo": {
            "caption": "Young participants present their community project ideas, Osh, 22 May 2018",
            "credit": "OSCE/Ainura Toktosunova",
            "alt": "Young people presenting a poster to their peers",
        },
    },
    {
        "slug": "montenegrin-journalists-ethical-reporting-training-2018",
        "title": "Journalists in Montenegro strengthen ethical reporting skills with OSCE support",
        "published_at": "2018-05-16T09:30",
        "status": "published",
        "places": ["Podgorica"],
        "sources": ["mission-to-montenegro"],
        "fields": ["media-freedom-and-development"],
        "states": ["ME"],
        "tags": ["journalism", "media ethics", "media self-regulation"],
        "summary": (
            "A training course organized by the OSCE Mission to Montenegro focused on professional "
            "standards, fact-checking and the coverage of sensitive topics."
        ),
        "body": [
            (
                "PODGORICA, 16 May 2018 – Twenty journalists and editors from print, broadcast and "
                "online media in Montenegro completed a three-day course on ethical reporting "
                "organized by the OSCE Mission to Montenegro."
            ),
            (
                "The programme covered the national code of ethics for journalists, the "
                "verification of sources and facts, privacy and the presumption of innocence in "
                "crime reporting, and responsible coverage of vulnerable groups."
            ),
            (
                "Participants also discussed how media self-regulatory bodies can deal with "
                "complaints from the public transparently, and how newsrooms can respond to online "
                "harassment of their staff."
            ),
            (
                "The Mission supports a free, professional and pluralistic media environment in "
                "Montenegro, working with media outlets, journalists' associations and the "
                "institutions responsible for media regulation."
            ),
        ],
        "photo": {
            "caption": (
                "Journalists and editors during an exercise on fact-checking, Podgorica, 16 May "
                "2018"
            ),
            "credit": "OSCE/Nikola Radović",
            "alt": "Journalists working on laptops in a training room",
        },
    },
    {
        "slug": "financial-investigators-uzbekistan-anti-money-laundering-2018",
        "title": "Financial investigators in Uzbekistan trained to counter money laundering",
        "published_at": "2018-09-19T14:00",
        "status": "published",
        "places": ["Tashkent"],
        "sources": [
            "project-co-ordinator-in-uzbekistan",
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
        ],
        "fields": ["economic-activities", "good-governance"],
        "states": ["UZ"],
        "tags": ["anti-money laundering", "financial investigations", "training"],
        "summary": (
            "The OSCE Project Co-ordinator in Uzbekistan and the Office of the Co-ordinator of "
            "OSCE Economic and Environmental Activities held a course on detecting and "
            "investigating money laundering."
        ),
        "body": [
            (
                "TASHKENT, 19 September 2018 – A four-day training course on financial "
                "investigations and the detection of money laundering ended today in Tashkent. It "
                "was organized by the OSCE Project Co-ordinator in Uzbekistan with the Office of "
                "the Co-ordinator of OSCE Economic and Environmental Activities."
            ),
            (
                "Some 35 officials from law enforcement agencies, the prosecution service and the "
                "financial intelligence unit worked through case studies on tracing illicit "
                "proceeds, analysing suspicious transaction reports and co-operating with foreign "
                "counterparts."
            ),
            (
                "International trainers also presented the global standards on anti-money "
                "laundering and countering the financing of terrorism, and discussed how national "
                "legislation can be brought into line with them."
            ),
            (
                "The course is part of OSCE efforts to help participating States promote good "
                "governance and strengthen the integrity of their financial systems."
            ),
        ],
        "photo": {
            "caption": (
                "Participants analyse a money laundering case study in small groups, Tashkent, 19 "
                "September 2018"
            ),
            "credit": "OSCE/Dilnoza Karimova",
            "alt": "Small group of participants discussing documents at a table",
        },
    },
    {
        "slug": "parliamentary-assembly-seminar-election-observation-2018",
        "title": "Parliamentary Assembly holds election observation seminar for parliamentarians",
        "published_at": "2018-10-24T11:00",
        "status": "published",
        "places": ["Copenhagen"],
        "sources": ["parliamentary-assembly"],
        "fields": ["elections", "democratization"],
        "states": [],
        "tags": ["election observation", "parliamentarians", "seminar"],
        "summary": (
            "Members of parliament from across the OSCE region were introduced to the methodology "
            "and code of conduct of OSCE election observation at a seminar in Copenhagen."
        ),
        "body": [
            (
                "COPENHAGEN, 24 October 2018 – Members of national parliaments from some 20 OSCE "
                "participating States attended a seminar on election observation held today at the "
                "International Secretariat of the OSCE Parliamentary Assembly in Copenhagen."
            ),
            (
                "The seminar introduced the parliamentarians to the way in which OSCE observation "
                "missions assess the legal framework, the election administration, the campaign, "
                "the media environment, and voting, counting and tabulation, as well as to the "
                "code of conduct that every observer undertakes to respect."
            ),
            (
                "Staff of the Assembly and of the OSCE Office for Democratic Institutions and "
                "Human Rights explained how short-term observers deployed by the Assembly work "
                "alongside ODIHR's long-term observation missions, and how joint findings are "
                "presented to the public after election day."
            ),
            (
                "Several participants with earlier observation experience shared practical advice "
                "on impartial conduct in polling stations and on reporting observations accurately."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "chairperson-lajcak-visits-mission-in-kosovo-2019",
        "title": (
            "Chairperson Lajčák concludes South-Eastern Europe tour at the OSCE Mission in Kosovo"
        ),
        "published_at": "2019-06-21T17:00",
        "status": "published",
        "places": ["Prishtinë/Priština"],
        "sources": ["chairpersonship"],
        "people": ["miroslav-lajcak"],
        "fields": [
            "democratization",
            "good-governance",
            "rule-of-law",
            "youth",
            "tolerance-and-non-discrimination",
        ],
        "states": ["SK"],
        "tags": [
            "chairpersonship visit",
            "field operations",
            "reconciliation",
            "inter-ethnic dialogue",
        ],
        "summary": (
            "Miroslav Lajčák, Slovakia's Minister of Foreign and European Affairs and OSCE "
            "Chairperson-in-Office, ended his visits to the OSCE's field operations in "
            "South-Eastern Europe in Kosovo, the first visit there by a Chairperson-in-Office "
            "since 2014."
        ),
        "body": [
            (
                "PRISHTINË/PRIŠTINA, 21 June 2019 – Miroslav Lajčák, OSCE Chairperson-in-Office "
                "and Minister of Foreign and European Affairs of Slovakia, today ended a tour of "
                "the OSCE's three field operations in South-Eastern Europe at the OSCE Mission in "
                "Kosovo."
            ),
            (
                "On taking over the Chairmanship in January 2019, Slovakia had undertaken to give "
                "priority to visiting field operations. Lajčák explained that a Chairmanship can "
                "only do its job well if it knows the work done on the ground, and that his visit "
                "– the first by a Chairperson-in-Office to Prishtinë/Priština since 2014, and to "
                "the largest OSCE field mission apart from the Special Monitoring Mission to "
                "Ukraine – honoured that undertaking."
            ),
            (
                "Over two decades, the Mission has earned the trust of its partners as it works "
                "towards a democratic, multi-ethnic society founded on European values and "
                "principles. The Chairperson met Mission staff to thank them for their work and "
                "visited four of its regional centres: in Graçanicë/Gračanica, in "
                "Prishtinë/Priština, and in both the northern and the southern part of "
                "Mitrovicë/Mitrovica."
            ),
            (
                "In Graçanicë/Gračanica, Mitrovicë/Mitrovica and Prishtinë/Priština, Lajčák held "
                "talks with representatives of the institutions, among them Prime Minister Ramush "
                "Haradinaj and his deputies Behgjet Pacolli and Fatmir Limaj. Further meetings "
                "took place with Slobodan Petrović, a Member of Parliament, the Mayor of "
                "Prishtinë/Priština, Shpend Ahmeti, and the mayors of the southern and northern "
                "municipalities of Mitrovicë/Mitrovica, Agim Bahtiri and Goran Rakić."
            ),
            (
                "Lajčák thanked the authorities for their good relations with the OSCE, which had "
                "helped to consolidate progress on good governance, democracy and human rights. He "
                "explored further OSCE support for the EU-facilitated dialogue on normalization "
                "between Belgrade and Prishtinë/Priština, for tackling youth unemployment and "
                "exclusion, for regional co-operation and for reconciliation. He urged the "
                "authorities to speed up reforms of the judiciary, the fight against corruption "
                "and organized crime, and electoral processes, drawing fully on OSCE expertise."
            ),
            (
                "In talks with religious leaders and representatives of civil society, the "
                "Chairperson underlined that dialogue between ethnic and faith communities is "
                "essential for tolerance and reconciliation. As a sign of the need to overcome "
                "divisions, he then walked across the main bridge over the Ibar River in "
                "Mitrovicë/Mitrovica, which links the communities in the north and the south."
            ),
        ],
        "photo": {
            "caption": (
                "The OSCE Chairperson-in-Office crosses the main bridge over the Ibar River, "
                "Mitrovicë/Mitrovica, 21 June 2019"
            ),
            "credit": "OSCE/Besnik Krasniqi",
            "alt": "A group of people walking across a bridge over a river",
        },
    },
    {
        "slug": "youth-forum-mitrovice-mitrovica-2019",
        "title": (
            "Young people from different communities meet at OSCE youth forum in "
            "Mitrovicë/Mitrovica"
        ),
        "published_at": "2019-10-08T13:45",
        "status": "published",
        "places": ["Mitrovicë/Mitrovica"],
        "sources": ["mission-in-kosovo"],
        "fields": ["youth", "tolerance-and-non-discrimination"],
        "states": [],
        "tags": ["inter-community dialogue", "youth", "reconciliation"],
        "summary": (
            "Young people from several communities discussed shared concerns and planned joint "
            "initiatives at a forum supported by the OSCE Mission in Kosovo."
        ),
        "body": [
            (
                "MITROVICË/MITROVICA, 8 October 2019 – Around 70 young people from the Kosovo "
                "Albanian, Kosovo Serb, Bosniak, Roma and other communities took part today in a "
                "youth forum supported by the OSCE Mission in Kosovo."
            ),
            (
                "In facilitated sessions, participants discussed what keeps young people from "
                "different communities apart, including language barriers and a lack of shared "
                "public spaces, and proposed joint activities such as language exchanges, "
                "volunteering and cultural events."
            ),
            (
                "Several participants described how they had first met peers from other "
                "communities at earlier Mission-supported activities, and how those contacts had "
                "changed their views."
            ),
            (
                "The Mission supports young people as agents of change and promotes dialogue and "
                "trust-building between communities throughout Kosovo."
            ),
        ],
        "photo": {
            "caption": (
                "Participants in a group discussion at the youth forum, Mitrovicë/Mitrovica, 8 "
                "October 2019"
            ),
            "credit": "OSCE/Arben Gashi",
            "alt": "Young people sitting in a circle and talking",
        },
    },
    {
        "slug": "roma-teaching-assistants-vojvodina-training-2020",
        "type": "feature",
        "title": "Roma teaching assistants in Vojvodina trained to help pupils stay in school",
        "published_at": "2020-02-26T10:00",
        "status": "published",
        "places": ["Novi Sad"],
        "sources": ["mission-to-serbia"],
        "fields": ["roma-and-sinti", "education"],
        "states": ["RS"],
        "tags": ["roma inclusion", "education", "teaching assistants"],
        "summary": (
            "Teaching assistants working with Roma pupils in Vojvodina took part in OSCE-supported "
            "training on preventing early school leaving."
        ),
        "body": [
            (
                "NOVI SAD, 26 February 2020 – Forty teaching assistants who work with Roma pupils "
                "in primary schools across Vojvodina took part in a two-day course on preventing "
                "early school leaving, supported by the OSCE Mission to Serbia."
            ),
            (
                "The course, held in co-operation with the provincial education authorities, "
                "focused on identifying pupils at risk of dropping out, working with parents and "
                "social services, and building trust between schools and Roma communities."
            ),
            (
                "Dragana Ilić, a teaching assistant from a school near Novi Sad, told fellow "
                "participants that regular contact with families was often the most effective way "
                "of keeping children in education."
            ),
            (
                "The Mission supports Serbia in implementing its strategy for the social inclusion "
                "of Roma, with particular attention to education, employment and access to public "
                "services."
            ),
        ],
        "photo": {
            "caption": (
                "Teaching assistants discuss ways to support pupils at risk of leaving school "
                "early, Novi Sad, 26 February 2020"
            ),
            "credit": "OSCE/Milica Stojanović",
            "alt": "Group of educators working together in a classroom",
        },
    },
    {
        "slug": "rfom-online-discussion-journalists-safety-pandemic-2020",
        "type": "news_item",
        "title": (
            "Representative on Freedom of the Media hosts online discussion on journalists' safety "
            "during the pandemic"
        ),
        "published_at": "2020-07-09T15:30",
        "status": "published",
        "places": ["Vienna"],
        "sources": ["representative-on-freedom-of-the-media"],
        "fields": ["media-freedom-and-development"],
        "states": [],
        "tags": ["safety of journalists", "covid-19", "access to information"],
        "summary": (
            "Journalists, editors and media freedom experts discussed the difficulties faced by "
            "media workers reporting on the COVID-19 pandemic."
        ),
        "body": [
            (
                "VIENNA, 9 July 2020 – The Office of the OSCE Representative on Freedom of the "
                "Media today held an online expert discussion on the safety of journalists "
                "reporting during the COVID-19 pandemic, with some 90 journalists, editors, media "
                "lawyers and representatives of press associations."
            ),
            (
                "Participants described the practical difficulties of working under emergency "
                "measures, including limits on access to information and official press briefings, "
                "risks to their own health and a rise in online abuse."
            ),
            (
                "Experts stressed that emergency measures affecting the media should be necessary, "
                "proportionate and limited in time, and that accurate reporting by independent "
                "media is itself essential for public health."
            ),
            (
                "The Office observes media developments in the participating States and assists "
                "them in meeting their OSCE commitments on freedom of expression and free media."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "local-mediators-kyrgyzstan-early-warning-course-2020",
        "title": (
            "Local mediators in Kyrgyzstan strengthen skills in early warning and dialogue "
            "facilitation"
        ),
        "published_at": "2020-11-12T09:00",
        "status": "published",
        "places": ["Bishkek"],
        "sources": ["programme-office-in-bishkek", "conflict-prevention-centre"],
        "fields": ["conflict-prevention-and-resolution", "gender-equality"],
        "states": ["KG"],
        "tags": ["mediation", "early warning", "women mediators"],
        "summary": (
            "A course held with the support of the OSCE Conflict Prevention Centre helped local "
            "mediators in Kyrgyzstan, many of them women, to stop local disputes from escalating."
        ),
        "body": [
            (
                "BISHKEK, 12 November 2020 – Twenty-eight local mediators from several regions of "
                "Kyrgyzstan completed a five-day course on early warning and dialogue "
                "facilitation, organized by the OSCE Programme Office in Bishkek with the support "
                "of the Conflict Prevention Centre of the OSCE Secretariat."
            ),
            (
                "Because of health restrictions, the course combined online sessions with meetings "
                "in small groups. Participants practised analysing local tensions over land, water "
                "and pasture use, and facilitating conversations between the parties involved."
            ),
            (
                "More than half of the participants were women, in keeping with the OSCE's "
                "commitment to the full and equal participation of women in conflict prevention "
                "and mediation."
            ),
            (
                "In the coming months, the mediators will share their experience with local "
                "authorities and community leaders in their regions."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "teachers-sarajevo-mostar-inclusive-education-exchange-2021",
        "title": "Teachers from Sarajevo and Mostar exchange approaches to inclusive education",
        "published_at": "2021-04-14T11:00",
        "status": "published",
        "places": ["Mostar", "Sarajevo"],
        "sources": ["mission-to-bosnia-and-herzegovina"],
        "fields": ["education", "tolerance-and-non-discrimination"],
        "states": ["BA"],
        "tags": ["inclusive education", "teachers", "dialogue"],
        "summary": (
            "Secondary school teachers took part in an exchange programme supported by the OSCE "
            "Mission to Bosnia and Herzegovina to promote inclusive, non-discriminatory education."
        ),
        "body": [
            (
                "MOSTAR, 14 April 2021 – Secondary school teachers from Sarajevo and Mostar today "
                "concluded an exchange programme supported by the OSCE Mission to Bosnia and "
                "Herzegovina, which aimed to promote inclusive and non-discriminatory education."
            ),
            (
                "Over two months, some 30 teachers visited each other's schools, sat in on lessons "
                "and jointly prepared classroom activities on tolerance, human rights and the "
                "prevention of discrimination."
            ),
            (
                "The teachers also discussed how school boards and student councils can give "
                "pupils a stronger voice in school life and bring together young people from "
                "different backgrounds."
            ),
            (
                "The Mission works with education authorities, schools and communities across "
                "Bosnia and Herzegovina so that every child has access to quality education free "
                "from discrimination."
            ),
        ],
        "photo": {
            "caption": (
                "Teachers prepare a joint lesson on tolerance during the exchange programme, "
                "Mostar, 14 April 2021"
            ),
            "credit": "OSCE/Emir Begović",
            "alt": "Teachers working on lesson plans in a school classroom",
        },
    },
    {
        "slug": "women-entrepreneurs-tajikistan-business-skills-2021",
        "type": "feature",
        "title": "Women entrepreneurs in Tajikistan build business and digital marketing skills",
        "published_at": "2021-09-29T10:30",
        "status": "published",
        "places": ["Dushanbe"],
        "sources": ["programme-office-in-dushanbe", "gender-issues-programme"],
        "fields": ["gender-equality", "economic-activities"],
        "states": ["TJ"],
        "tags": ["women's entrepreneurship", "economic empowerment", "digital skills"],
        "summary": (
            "Fifty women entrepreneurs from across Tajikistan completed OSCE-supported training on "
            "business planning, access to finance and online marketing."
        ),
        "body": [
            (
                "DUSHANBE, 29 September 2021 – Fifty women entrepreneurs from all regions of "
                "Tajikistan completed a training course on business planning, access to finance "
                "and digital marketing, organized by the OSCE Programme Office in Dushanbe with "
                "the support of the Gender Issues Programme of the OSCE Secretariat."
            ),
            (
                "The participants, many of whom run small enterprises in agriculture, handicrafts "
                "and services, learned how to prepare business plans, approach banks and "
                "microfinance institutions, and sell their products online."
            ),
            (
                "The course also covered the legal aspects of registering and taxing small "
                "businesses, and gave participants the opportunity to build networks with other "
                "women entrepreneurs."
            ),
            (
                "The Programme Office supports women's economic empowerment as a contribution to "
                "comprehensive security and sustainable development."
            ),
        ],
        "photo": {
            "caption": (
                "Women entrepreneurs present their business plans at the end of the course, "
                "Dushanbe, 29 September 2021"
            ),
            "credit": "OSCE/Firuza Rahimova",
            "alt": "Woman presenting a business plan to a small audience",
        },
    },
    {
        "slug": "municipal-officials-albania-integrity-training-2022",
        "title": (
            "Municipal officials in Albania trained on integrity and conflict-of-interest rules"
        ),
        "published_at": "2022-03-30T12:30",
        "status": "published",
        "places": ["Tirana"],
        "sources": ["presence-in-albania"],
        "fields": ["good-governance", "rule-of-law"],
        "states": ["AL"],
        "tags": ["anti-corruption", "local government", "integrity"],
        "summary": (
            "Officials from ten municipalities took part in OSCE-supported training on preventing "
            "conflicts of interest and making local government more transparent."
        ),
        "body": [
            (
                "TIRANA, 30 March 2022 – Some 40 officials from ten municipalities in Albania "
                "completed a training course on integrity, the prevention of conflicts of interest "
                "and transparency in local government, organized by the OSCE Presence in Albania."
            ),
            (
                "Experts from national oversight institutions explained the rules on declaring "
                "assets and private interests, the procedures for dealing with complaints from "
                "citizens, and the publication of municipal decisions and budgets."
            ),
            (
                "Participants discussed practical cases from their own work and identified "
                "measures their municipalities could introduce, such as internal integrity plans "
                "and better information for the public."
            ),
            (
                "The Presence assists Albania in strengthening good governance and the fight "
                "against corruption at central and local levels."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "workshop-countering-terrorist-financing-human-rights-2022",
        "title": (
            "OSCE workshop addresses human rights-compliant measures against terrorist financing"
        ),
        "published_at": "2022-06-15T16:15",
        "status": "published",
        "places": ["Vienna"],
        "sources": ["transnational-threats-department"],
        "fields": ["countering-terrorism", "human-rights"],
        "states": [],
        "tags": ["terrorist financing", "human rights", "regional workshop"],
        "summary": (
            "Practitioners from financial intelligence units, law enforcement and civil society "
            "discussed how measures against the financing of terrorism can be effective and "
            "respect human rights."
        ),
        "body": [
            (
                "VIENNA, 15 June 2022 – A two-day regional workshop on countering the financing of "
                "terrorism in compliance with human rights ended today in Vienna. It was organized "
                "by the Transnational Threats Department of the OSCE Secretariat."
            ),
            (
                "Some 50 participants from financial intelligence units, law enforcement agencies, "
                "supervisory authorities and civil society organizations considered how risk-based "
                "approaches can focus measures on real threats without unduly restricting the "
                "legitimate work of non-profit organizations."
            ),
            (
                "Sessions also covered the use of financial intelligence in terrorism "
                "investigations, information exchange between countries, and safeguards for "
                "privacy and due process."
            ),
            (
                "The OSCE supports its participating States in preventing and countering terrorism "
                "through an approach that fully respects human rights and the rule of law."
            ),
        ],
        "photo": {
            "caption": (
                "Participants in a working group on the non-profit sector, Vienna, 15 June 2022"
            ),
            "credit": "OSCE/Jonas Lindqvist",
            "alt": "Workshop participants in discussion around a table",
        },
    },
    {
        "slug": "odihr-trains-new-long-term-election-observers-2022",
        "title": "ODIHR trains new long-term election observers",
        "published_at": "2022-10-19T14:45",
        "status": "published",
        "places": ["Warsaw"],
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections", "democratization"],
        "states": [],
        "tags": ["election observation", "long-term observers", "training"],
        "summary": (
            "Observers nominated by participating States completed ODIHR's course on the "
            "methodology of long-term election observation."
        ),
        "body": [
            (
                "WARSAW, 19 October 2022 – Twenty-four observers nominated by OSCE participating "
                "States today completed a five-day course on long-term election observation "
                "organized by the OSCE Office for Democratic Institutions and Human Rights (ODIHR)."
            ),
            (
                "The course explained how long-term observers follow the electoral process in the "
                "regions over several weeks, looking at the work of election administrations, the "
                "campaign, the resolution of electoral disputes and the participation of women, "
                "national minorities and persons with disabilities."
            ),
            (
                "In simulations, participants practised meeting interlocutors, writing concise "
                "reports and maintaining strict impartiality."
            ),
            (
                "ODIHR deploys observation missions to assess elections in the participating "
                "States against OSCE commitments and international standards, and offers "
                "recommendations to help improve electoral processes."
            ),
        ],
        "photo": {
            "caption": (
                "Trainee observers role-play a meeting with a regional election commission, "
                "Warsaw, 19 October 2022"
            ),
            "credit": "OSCE/Marta Kowalczyk",
            "alt": "Trainees role-playing a meeting at a table",
        },
    },
    {
        "slug": "round-table-water-management-climate-resilience-astana-2023",
        "title": "OSCE supports dialogue on water management and climate resilience in Kazakhstan",
        "published_at": "2023-03-22T10:00",
        "status": "published",
        "places": ["Astana"],
        "sources": [
            "programme-office-in-astana",
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
        ],
        "fields": ["environmental-activities", "economic-activities"],
        "states": ["KZ"],
        "tags": ["water management", "aarhus centres", "climate change"],
        "summary": (
            "Government officials, Aarhus Centres and civil society organizations discussed how to "
            "improve water use and public participation in environmental decision-making."
        ),
        "body": [
            (
                "ASTANA, 22 March 2023 – On World Water Day, some 70 representatives of government "
                "agencies, Aarhus Centres, academia and civil society met in Astana at a round "
                "table on water management and climate resilience, organized by the OSCE Programme "
                "Office in Astana with the Office of the Co-ordinator of OSCE Economic and "
                "Environmental Activities."
            ),
            (
                "Participants discussed the effects of climate change on water availability in "
                "Kazakhstan, ways of reducing losses in irrigation and municipal water supply, and "
                "co-operation with neighbouring countries on shared rivers."
            ),
            (
                "The Aarhus Centres presented their work in informing the public about "
                "environmental issues and involving local communities in decisions that affect "
                "them."
            ),
            (
                "The OSCE supports a network of Aarhus Centres across the OSCE region, which "
                "promote access to information, public participation and access to justice in "
                "environmental matters."
            ),
        ],
        "photo": {
            "caption": "Participants at the round table on water management, Astana, 22 March 2023",
            "credit": "OSCE/Aigerim Sadykova",
            "alt": "Participants seated at a round table with name cards",
        },
    },
    {
        "slug": "police-north-macedonia-electronic-evidence-course-2023",
        "type": "news_item",
        "title": (
            "Police and prosecutors in North Macedonia improve handling of electronic evidence"
        ),
        "published_at": "2023-05-31T13:00",
        "status": "published",
        "places": ["Skopje"],
        "sources": ["mission-to-skopje"],
        "fields": ["policing", "cyber-ict-security"],
        "states": ["MK"],
        "tags": ["cybercrime", "digital evidence", "police training"],
        "summary": (
            "Investigators and prosecutors completed an OSCE-supported course on collecting, "
            "preserving and presenting electronic evidence in cybercrime cases."
        ),
        "body": [
            (
                "SKOPJE, 31 May 2023 – Twenty investigators and prosecutors from North Macedonia "
                "completed a week-long course on electronic evidence in cybercrime cases, "
                "organized by the OSCE Mission to Skopje."
            ),
            (
                "The course covered the seizure and forensic copying of digital devices, the chain "
                "of custody for electronic evidence, requests for data from service providers "
                "abroad, and the protection of personal data during investigations."
            ),
            (
                "Participants worked on a simulated online fraud case, from the first report to "
                "the police through to the presentation of evidence in court."
            ),
            (
                "The Mission supports the Ministry of Interior and the Public Prosecutor's Office "
                "in building their capacity to investigate cybercrime and other serious crime "
                "while respecting human rights."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "identifying-trafficking-victims-among-people-on-the-move-geneva-2023",
        "title": (
            "Experts discuss identification of trafficking victims among refugees and migrants"
        ),
        "published_at": "2023-11-08T15:00",
        "status": "published",
        "places": ["Geneva"],
        "sources": [
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-"
                "in-human-beings"
            ),
        ],
        "fields": ["combating-trafficking-in-human-beings", "migration"],
        "states": [],
        "tags": ["trafficking in human beings", "migration", "victim identification"],
        "summary": (
            "At an expert meeting in Geneva, practitioners exchanged good practices for "
            "identifying and protecting victims of trafficking among refugees and migrants."
        ),
        "body": [
            (
                "GENEVA, 8 November 2023 – Practitioners from border agencies, asylum services, "
                "labour inspectorates and civil society organizations met in Geneva today for an "
                "expert meeting on identifying trafficking victims among refugees and migrants, "
                "co-organized by the Office of the OSCE Special Representative and Co-ordinator "
                "for Combating Trafficking in Human Beings."
            ),
            (
                "Participants discussed indicators of trafficking at different stages of "
                "migration, the importance of trained interpreters and cultural mediators, and "
                "referral procedures that ensure victims receive support whatever their legal "
                "status."
            ),
            (
                "They also looked at the particular risks faced by unaccompanied children and by "
                "women travelling alone, and at the ways traffickers use online recruitment."
            ),
            (
                "The OSCE works with its participating States and other international "
                "organizations to strengthen the prevention of trafficking, the protection of "
                "victims and the prosecution of traffickers."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "womens-political-participation-training-montenegro-2024",
        "title": "OSCE Mission supports women's participation in political life in Montenegro",
        "published_at": "2024-04-17T11:30",
        "status": "published",
        "places": ["Podgorica"],
        "sources": ["mission-to-montenegro"],
        "fields": ["elections", "gender-equality"],
        "states": ["ME"],
        "tags": ["women's political participation", "campaigning", "training"],
        "summary": (
            "Women members of municipal assemblies and political party activists completed "
            "training on campaigning, public speaking and the electoral framework."
        ),
        "body": [
            (
                "PODGORICA, 17 April 2024 – Some 35 women members of municipal assemblies and "
                "political party activists from across Montenegro completed a training programme "
                "on political participation organized by the OSCE Mission to Montenegro."
            ),
            (
                "The programme covered electoral legislation, campaign finance, public speaking "
                "and communication with voters, as well as ways of building cross-party alliances "
                "on issues of common interest."
            ),
            (
                "Participants also discussed how to prevent and respond to violence and harassment "
                "against women in politics, both online and offline."
            ),
            (
                "The Mission works with the Parliament, political parties, the election "
                "administration and civil society to strengthen democratic institutions and the "
                "equal participation of women and men in public life."
            ),
        ],
        "photo": {
            "caption": (
                "Participants practise public speaking during the training programme, Podgorica, "
                "17 April 2024"
            ),
            "credit": "OSCE/Ana Bulatović",
            "alt": "Woman speaking at a lectern in front of a small audience",
        },
    },
    {
        "slug": "detention-monitors-moldova-torture-prevention-2024",
        "title": "Monitors of places of detention in Moldova trained on torture prevention",
        "published_at": "2024-09-25T10:15",
        "status": "published",
        "places": ["Chișinău"],
        "sources": ["mission-to-moldova"],
        "fields": ["human-rights", "rule-of-law"],
        "states": ["MD"],
        "tags": ["torture prevention", "places of detention", "human rights"],
        "summary": (
            "Members of Moldova's national preventive mechanism and civil society monitors took "
            "part in OSCE-supported training on monitoring places of detention."
        ),
        "body": [
            (
                "CHIȘINĂU, 25 September 2024 – Members of Moldova's national preventive mechanism "
                "against torture and civil society monitors completed a three-day training course "
                "on monitoring places of detention, supported by the OSCE Mission to Moldova."
            ),
            (
                "The course addressed the planning of unannounced visits, confidential interviews "
                "with detained persons, the documentation of possible ill-treatment and follow-up "
                "with the responsible authorities."
            ),
            (
                "Special attention was paid to vulnerable groups in detention, including "
                "juveniles, women and persons with mental disabilities."
            ),
            (
                "The Mission supports Moldovan institutions and civil society in strengthening the "
                "protection of human rights and the rule of law."
            ),
        ],
        "photo": {
            "caption": (
                "Participants discuss monitoring methods during the course, Chișinău, 25 September "
                "2024"
            ),
            "credit": "OSCE/Ion Rusu",
            "alt": "Course participants taking notes during a presentation",
        },
    },
    {
        "slug": "finnish-chairpersonship-workshop-women-peace-processes-2025",
        "title": "Finnish Chairpersonship hosts workshop on women's role in peace processes",
        "published_at": "2025-02-12T14:00",
        "status": "published",
        "places": ["Helsinki"],
        "sources": ["chairpersonship", "gender-issues-programme"],
        "fields": ["conflict-prevention-and-resolution", "gender-equality"],
        "states": ["FI"],
        "tags": ["women, peace and security", "mediation", "chairpersonship event"],
        "summary": (
            "Mediators, diplomats and civil society experts met in Helsinki to discuss how to "
            "increase the participation of women in conflict prevention and peace processes."
        ),
        "body": [
            (
                "HELSINKI, 12 February 2025 – The 2025 Finnish OSCE Chairpersonship, together with "
                "the Gender Issues Programme of the OSCE Secretariat, today hosted a workshop in "
                "Helsinki on women's participation in conflict prevention and peace processes."
            ),
            (
                "Some 60 mediators, diplomats, researchers and representatives of women's "
                "organizations from across the OSCE region shared their experience of involving "
                "women in dialogue at local and national levels, and discussed the obstacles that "
                "still limit their participation."
            ),
            (
                "Participants examined how networks of women mediators can be supported, how "
                "gender perspectives can be built into early warning and crisis response, and how "
                "progress can be measured."
            ),
            (
                "The discussions will feed into the Chairpersonship's work on the women, peace and "
                "security agenda during the year."
            ),
        ],
        "photo": {
            "caption": (
                "Participants in a panel discussion at the workshop, Helsinki, 12 February 2025"
            ),
            "credit": "OSCE/Aino Virtanen",
            "alt": "Panel of women speakers on a stage",
        },
    },
    {
        "slug": "youth-water-saving-climate-initiatives-uzbekistan-2025",
        "type": "feature",
        "title": "Young people in Uzbekistan launch initiatives on water saving and climate action",
        "published_at": "2025-05-07T12:00",
        "status": "published",
        "places": ["Tashkent"],
        "sources": ["project-co-ordinator-in-uzbekistan"],
        "fields": ["environmental-activities", "youth"],
        "states": ["UZ"],
        "tags": ["climate action", "youth", "water saving"],
        "summary": (
            "At the end of an OSCE-supported training programme, teams of young people presented "
            "local projects on water conservation and climate awareness."
        ),
        "body": [
            (
                "TASHKENT, 7 May 2025 – Teams of young people from several regions of Uzbekistan "
                "presented local initiatives on water saving and climate action at the close of a "
                "training programme supported by the OSCE Project Co-ordinator in Uzbekistan."
            ),
            (
                "Over three months, the 40 participants learned about environmental challenges "
                "facing Central Asia, including water scarcity and the shrinking of the Aral Sea, "
                "and gained skills in project design, budgeting and public communication."
            ),
            (
                "The initiatives selected for support include awareness campaigns in schools, the "
                "repair of irrigation channels in rural communities and an online map of local "
                "water sources."
            ),
            (
                "The Project Co-ordinator supports the engagement of young people in addressing "
                "security challenges, including those linked to the environment and climate change."
            ),
        ],
        "photo": {
            "caption": (
                "A team of young participants presents its water-saving project, Tashkent, 7 May "
                "2025"
            ),
            "credit": "OSCE/Dilnoza Karimova",
            "alt": "Young people standing beside a presentation screen",
        },
    },
    {
        "slug": "local-minority-language-media-southern-serbia-round-table-2025",
        "title": (
            "Local and minority-language media in southern Serbia discuss sustainability and safety"
        ),
        "published_at": "2025-07-29T11:00",
        "status": "published",
        "places": ["Niš"],
        "sources": ["mission-to-serbia"],
        "fields": ["media-freedom-and-development", "national-minority-issues"],
        "states": ["RS"],
        "tags": ["minority-language media", "local media", "safety of journalists"],
        "summary": (
            "Editors and journalists from local and minority-language media in southern Serbia met "
            "in Niš to discuss funding models, audience trust and the safety of reporters."
        ),
        "body": [
            (
                "NIŠ, 29 July 2025 – Editors and journalists from some 20 local and "
                "minority-language media outlets in southern Serbia met in Niš today at a round "
                "table supported by the OSCE Mission to Serbia."
            ),
            (
                "Participants discussed how public co-financing of media content can be allocated "
                "fairly and transparently, and how small newsrooms can diversify their income "
                "while keeping their editorial independence."
            ),
            (
                "They also reviewed recent cases of pressure on local reporters and ways of "
                "improving co-operation with the police and prosecutors when journalists are "
                "threatened."
            ),
            (
                "The Mission supports media pluralism in Serbia, including media that inform "
                "persons belonging to national minorities in their own languages."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "youth-peace-and-security-conference-vienna-2025",
        "title": (
            "Young people from across the OSCE region contribute ideas on youth, peace and security"
        ),
        "published_at": "2025-10-16T09:30",
        "status": "published",
        "places": ["Vienna"],
        "sources": ["secretary-general", "secretariat", "opportunities-for-youth"],
        "fields": ["youth", "conflict-prevention-and-resolution"],
        "states": [],
        "tags": ["youth and security", "youth participation", "conference"],
        "summary": (
            "A youth conference in Vienna, opened by the OSCE Secretary General, gave young "
            "leaders the chance to discuss how their views can shape the Organization's security "
            "work."
        ),
        "body": [
            (
                "VIENNA, 16 October 2025 – Some 100 young people from across the OSCE region "
                "gathered in Vienna today for a conference on youth, peace and security, organized "
                "by the Opportunities for Youth unit of the OSCE Secretariat."
            ),
            (
                "Opening the conference, the OSCE Secretary General underlined that young people "
                "are directly affected by current security challenges and should have a say in "
                "decisions on how to respond to them."
            ),
            (
                "In working groups, participants discussed youth engagement in conflict prevention "
                "and dialogue, the risks and opportunities of digital technologies, and the part "
                "young people can play in building trust between communities."
            ),
            (
                "Their recommendations will be shared with the participating States and the OSCE "
                "executive structures."
            ),
        ],
        "photo": {
            "caption": (
                "Young participants in a working group session at the conference, Vienna, 16 "
                "October 2025"
            ),
            "credit": "OSCE/Anna Meier",
            "alt": "Young people in discussion in a large hall",
        },
    },
    {
        "slug": "border-and-migration-officials-risk-analysis-dushanbe-2025",
        "title": "Border and migration officials in Tajikistan trained in risk analysis",
        "published_at": "2025-12-03T10:45",
        "status": "published",
        "places": ["Dushanbe"],
        "sources": ["programme-office-in-dushanbe"],
        "fields": ["border-management", "migration"],
        "states": ["TJ"],
        "tags": ["border management", "risk analysis", "migration"],
        "summary": (
            "Officers of the Border Troops and the Migration Service learned how risk analysis can "
            "help manage movements of people across borders more effectively."
        ),
        "body": [
            (
                "DUSHANBE, 3 December 2025 – Twenty-five officers of Tajikistan's Border Troops "
                "and Migration Service completed a training course on risk analysis in border and "
                "migration management, organized by the OSCE Programme Office in Dushanbe."
            ),
            (
                "The course explained how to gather and analyse information on cross-border "
                "movements, identify patterns that may point to smuggling or trafficking, and "
                "share findings between agencies while protecting personal data."
            ),
            (
                "Participants also discussed the rights of migrants and asylum seekers at the "
                "border and the procedures for referring vulnerable persons to the appropriate "
                "services."
            ),
            (
                "The Programme Office supports Tajikistan in developing border management that "
                "keeps borders open to legitimate travel and trade while countering transnational "
                "threats."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "swiss-chairpersonship-expert-meeting-security-sector-governance-2026",
        "title": "Swiss Chairpersonship convenes experts on security sector governance and reform",
        "published_at": "2026-01-21T15:00",
        "status": "published",
        "places": ["Bern"],
        "sources": ["chairpersonship"],
        "fields": ["reform-and-co-operation-in-the-security-sector", "good-governance"],
        "states": ["CH"],
        "tags": ["security sector governance", "expert meeting", "chairpersonship event"],
        "summary": (
            "Experts from across the OSCE region met in Bern to exchange experience of democratic "
            "oversight of the security sector and to consider how OSCE support in this area can be "
            "strengthened."
        ),
        "body": [
            (
                "BERN, 21 January 2026 – The 2026 Swiss OSCE Chairpersonship today hosted an "
                "expert meeting in Bern on security sector governance and reform, bringing "
                "together some 50 representatives of participating States, OSCE executive "
                "structures, parliaments, research institutions and civil society."
            ),
            (
                "Participants exchanged experience of parliamentary and independent oversight of "
                "the police, armed forces and intelligence services, and discussed how reforms can "
                "make security institutions more accountable, effective and responsive to the "
                "needs of the whole population."
            ),
            (
                "Field operations presented their support for national reform efforts, and several "
                "speakers highlighted the value of involving women and young people in shaping "
                "security policies."
            ),
            (
                "The conclusions of the meeting will inform discussions among the participating "
                "States on the OSCE's approach to security sector governance and reform."
            ),
        ],
        "photo": {
            "caption": (
                "Participants at the expert meeting on security sector governance and reform, "
                "Bern, 21 January 2026"
            ),
            "credit": "OSCE/Lukas Brunner",
            "alt": "Conference room with participants listening to a speaker",
        },
    },
    {
        "slug": "community-policing-partnerships-expanded-kyrgyzstan-2026",
        "title": "Community policing partnerships expanded to new districts in Kyrgyzstan",
        "published_at": "2026-03-11T13:30",
        "status": "published",
        "places": ["Bishkek"],
        "sources": ["programme-office-in-bishkek"],
        "fields": ["policing", "human-rights"],
        "states": ["KG"],
        "tags": ["community policing", "public safety", "local partnerships"],
        "summary": (
            "With OSCE support, police officers and residents in four more districts of Kyrgyzstan "
            "have set up public safety councils to address local security concerns together."
        ),
        "body": [
            (
                "BISHKEK, 11 March 2026 – Police officers, local authorities and residents from "
                "four additional districts of Kyrgyzstan have joined the community policing "
                "programme supported by the OSCE Programme Office in Bishkek, which marked the "
                "expansion at an event in Bishkek today."
            ),
            (
                "In each district, a public safety council brings together police officers, "
                "municipal representatives, teachers and community activists to identify local "
                "concerns, such as street lighting, road safety and domestic violence, and to "
                "agree on joint measures."
            ),
            (
                "Council members attended a two-day training course ahead of the event, where they "
                "learned how to run meetings, communicate with the public and monitor the results "
                "of their work."
            ),
            (
                "The Programme Office supports police reform in Kyrgyzstan with the aim of "
                "building trust between the police and the public and ensuring policing that "
                "respects human rights."
            ),
        ],
        "photo": {
            "caption": (
                "Members of a local public safety council discuss road safety in their district, "
                "Bishkek, 11 March 2026"
            ),
            "credit": "OSCE/Ainura Toktosunova",
            "alt": "Police officers and residents in a meeting room",
        },
    },
    {
        "slug": "municipalities-civil-society-air-quality-plans-serbia-2026",
        "title": "Local authorities and civil society in Serbia work together on air quality plans",
        "published_at": "2026-06-03T10:00",
        "status": "published",
        "places": ["Belgrade", "Novi Sad"],
        "sources": ["mission-to-serbia"],
        "fields": ["environmental-activities", "good-governance"],
        "states": ["RS"],
        "tags": ["environmental governance", "public participation", "air quality"],
        "summary": (
            "An OSCE-supported initiative is helping municipalities and environmental "
            "organizations in Serbia prepare air quality plans with the involvement of local "
            "residents."
        ),
        "body": [
            (
                "BELGRADE, 3 June 2026 – Representatives of eight municipalities and local "
                "environmental organizations today presented in Belgrade the first results of an "
                "OSCE-supported initiative to involve the public in preparing local air quality "
                "plans."
            ),
            (
                "Over the past six months, municipal officials and civil society organizations in "
                "Belgrade, Novi Sad and other towns held public consultations, gathered data on "
                "sources of air pollution and agreed on priority measures, such as cleaner heating "
                "and better public transport."
            ),
            (
                "Participants noted that involving residents early had increased support for the "
                "proposed measures and helped municipalities set realistic targets."
            ),
            (
                "The OSCE Mission to Serbia supports inclusive and transparent environmental "
                "governance and co-operation between public authorities and citizens' "
                "organizations."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "municipalities-kosovo-language-rights-workshop-2026",
        "title": "OSCE Mission in Kosovo supports municipalities in implementing language rights",
        "published_at": "2026-09-16T11:15",
        "status": "published",
        "places": ["Prishtinë/Priština"],
        "sources": ["mission-in-kosovo"],
        "fields": ["national-minority-issues", "good-governance"],
        "states": [],
        "tags": ["language rights", "municipalities", "communities"],
        "summary": (
            "Municipal officials took part in an OSCE-supported workshop on providing public "
            "services and municipal documents in the official languages."
        ),
        "body": [
            (
                "PRISHTINË/PRIŠTINA, 16 September 2026 – Municipal officials responsible for "
                "translation, communication and public services from 15 municipalities took part "
                "today in a workshop on the implementation of language rights, organized by the "
                "OSCE Mission in Kosovo."
            ),
            (
                "Participants reviewed the legal requirements on the use of official languages and "
                "languages in official use at the municipal level, and discussed common "
                "shortcomings in public signs, municipal websites, official documents and the "
                "conduct of municipal assembly sessions."
            ),
            (
                "Municipalities presented good practices, such as dedicated translation units and "
                "regular reviews of municipal websites, and agreed on steps to close gaps in their "
                "own services."
            ),
            (
                "The Mission monitors and supports the protection and promotion of the rights of "
                "all communities in Kosovo, including their right to communicate with institutions "
                "in their own language."
            ),
        ],
        "photo": {
            "caption": (
                "Municipal officials compare translated municipal documents during the workshop, "
                "Prishtinë/Priština, 16 September 2026"
            ),
            "credit": "OSCE/Arben Gashi",
            "alt": "Officials reviewing printed documents at a workshop",
        },
    },
    {
        "slug": "workshop-sustainable-transport-connectivity-vienna-2026",
        "type": "news_item",
        "title": "OSCE workshop explores sustainable transport connectivity",
        "published_at": "2026-10-28T14:30",
        "status": "published",
        "places": ["Vienna"],
        "sources": [
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
        ],
        "fields": ["economic-activities", "environmental-activities", "good-governance"],
        "states": [],
        "tags": ["connectivity", "sustainable transport", "customs"],
        "summary": (
            "Transport and customs experts discussed how digital tools and greener transport "
            "corridors can make trade easier while reducing its environmental impact."
        ),
        "body": [
            (
                "VIENNA, 28 October 2026 – Transport, customs and environmental experts from some "
                "30 participating States met in Vienna today at a workshop on sustainable "
                "transport connectivity, organized by the Office of the Co-ordinator of OSCE "
                "Economic and Environmental Activities."
            ),
            (
                "Participants discussed the digitalization of border crossing procedures, the "
                "harmonization of transit documents and the modernization of rail and multimodal "
                "transport to cut emissions and waiting times at borders."
            ),
            (
                "Speakers also stressed the importance of transparent procedures and integrity in "
                "customs administrations for creating a predictable environment for business."
            ),
            (
                "The OSCE supports its participating States in promoting economic co-operation and "
                "good governance as contributions to stability and security."
            ),
        ],
        "photo": {
            "caption": (
                "Experts discuss border crossing procedures at the workshop, Vienna, 28 October "
                "2026"
            ),
            "credit": "OSCE/Jonas Lindqvist",
            "alt": "Participants listening to a presentation on transport corridors",
        },
    },
    {
        "slug": "odihr-meeting-hate-crimes-against-roma-and-sinti-2026",
        "title": "ODIHR meeting discusses responses to hate crimes against Roma and Sinti",
        "published_at": "2026-11-19T16:00",
        "status": "in_review",
        "places": ["Warsaw"],
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["roma-and-sinti", "tolerance-and-non-discrimination"],
        "states": [],
        "tags": ["roma and sinti", "hate crime", "civil society"],
        "summary": (
            "Roma and Sinti civil society activists and law enforcement experts discussed how to "
            "improve the reporting and investigation of hate crimes against Roma and Sinti."
        ),
        "body": [
            (
                "WARSAW, 19 November 2026 – Roma and Sinti civil society activists, police "
                "officers and prosecutors from across the OSCE region met in Warsaw today at a "
                "meeting organized by the OSCE Office for Democratic Institutions and Human Rights "
                "(ODIHR) to discuss responses to hate crimes against Roma and Sinti."
            ),
            (
                "Participants considered why many incidents go unreported, how trust between Roma "
                "and Sinti communities and the police can be improved, and how bias motives can be "
                "recognized and documented during investigations."
            ),
            (
                "They also discussed the role of Roma and Sinti civil society in supporting "
                "victims and in contributing information to ODIHR's hate crime reporting."
            ),
            (
                "ODIHR assists participating States in implementing the OSCE Action Plan on "
                "Improving the Situation of Roma and Sinti within the OSCE Area."
            ),
        ],
        "photo": None,
    },
    {
        "slug": "anti-trafficking-conference-technology-facilitated-exploitation-2027",
        "type": "media_advisory",
        "title": "Anti-trafficking conference to focus on technology-facilitated exploitation",
        "published_at": "2027-02-10T10:00",
        "status": "scheduled",
        "places": ["Vienna"],
        "sources": [
            (
                "office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-"
                "in-human-beings"
            ),
            "secretariat",
        ],
        "fields": ["combating-trafficking-in-human-beings", "cyber-ict-security"],
        "states": [],
        "tags": ["trafficking in human beings", "technology", "conference"],
        "summary": (
            "Participating States, international organizations, the private sector and civil "
            "society will meet in Vienna to discuss how technology is used both by traffickers and "
            "against them."
        ),
        "body": [
            (
                "VIENNA, 10 February 2027 – The Office of the OSCE Special Representative and "
                "Co-ordinator for Combating Trafficking in Human Beings today opened registration "
                "for its next high-level conference, which will examine how digital technology is "
                "used to recruit, control and exploit victims of trafficking, and how it can help "
                "detect and disrupt such crimes."
            ),
            (
                "The conference will bring together representatives of participating States, "
                "international organizations, technology companies, financial institutions and "
                "organizations led by survivors of trafficking."
            ),
            (
                "Sessions will address online recruitment through job advertisements and social "
                "media, the detection of suspicious financial flows, co-operation between "
                "authorities and online platforms, and the protection of victims' privacy."
            ),
            (
                "Further information on the programme and on registration is available from the "
                "Office of the Special Representative."
            ),
        ],
        "photo": None,
    },
    # An OSCE story of the Elections field (issue 14: the field's "OSCE stories"), demo
    # content: no real mission, person or election is described.
    {
        "slug": "a-week-with-long-term-election-observers-demo",
        "type": "feature",
        "title": "A week with long-term election observers",
        "published_at": "2025-10-14T10:00",
        "status": "published",
        "places": ["Warsaw"],
        "sources": ["office-for-democratic-institutions-and-human-rights"],
        "fields": ["elections"],
        "states": [],
        "tags": ["election observation"],
        "summary": (
            "A demo story: what long-term observers do in the weeks before an election, from "
            "meeting election officials to following the campaign in the regions."
        ),
        "body": [
            (
                "Long before election day, pairs of long-term observers travel to the regions of "
                "the country they observe. This demo story follows such a pair through a "
                "typical week."
            ),
            (
                "On Monday they meet the regional election commission, to hear how voter lists "
                "are checked and how polling station staff are trained. On Wednesday they "
                "attend a campaign rally and talk to candidates of several parties. By Friday "
                "they have written their weekly report, which the core team reads with those "
                "from every other region."
            ),
            (
                "Their reports build the picture that the mission's statements and final "
                "report rest on: not one day's impressions, but weeks of observation across "
                "the country."
            ),
        ],
        "photo": {
            "caption": "Long-term observers on their way to a meeting (demo image)",
            "credit": "OSCE demo content",
            "alt": "Two people with notebooks walking along a street",
        },
    },
]

SERBIA_GALLERY = [  # the Mission to Serbia's photo gallery, in order
    {
        "caption": (
            "Experts from Serbia, Slovenia, Montenegro and Bosnia and Herzegovina compare how "
            "their countries protect classified information, Belgrade, 11 October 2012"
        ),
        "credit": "OSCE/Milan Obradovic",
        "alt": "Delegates listening to a speaker at a conference table",
    },
    {
        "caption": (
            "Members of a municipal assembly take part in a training course on drafting local "
            "budgets in an open and accountable way, Kragujevac, 4 March 2016"
        ),
        "credit": "OSCE/Jelena Marković",
        "alt": "Councillors working in small groups around a table",
    },
    {
        "caption": (
            "Representatives of national minority councils meet officials of the Ministry of "
            "Public Administration to discuss education in minority languages, Novi Sad, "
            "18 May 2018"
        ),
        "credit": "OSCE/Ivan Petrović",
        "alt": "Participants seated in a semicircle during a discussion",
    },
    {
        "caption": (
            "Young people from across Serbia present their ideas for more inclusive local youth "
            "policies at a forum supported by the Mission, Niš, 9 October 2023"
        ),
        "credit": "OSCE/Ana Stojanović",
        "alt": "A young woman presenting to an audience with a screen behind her",
    },
]

# The Mission to Serbia's Democratization Department, after the department page of the reference
# site (../shared/seeds/mission-to-serbia-democratization-department.txt), in our own words. Its
# gallery's first photograph is the page's, with its credit; the others state only what the
# department does, credited to the OSCE, with drawn pictures their alt texts describe as such.
SERBIA_DEPARTMENT = {
    "slug": "democratization",
    "title": "Democratization",
    "work_section": "Democratization",  # the "Our work" section that links to it
    "gallery_title": "Democratization activities in pictures",
    "intro": (
        "The Mission's Democratization Department works to root democratic practice and equal "
        "treatment more firmly across Serbia. Its work spans democratic governance, human rights "
        "and equal opportunities, and it sets out to strengthen both the country's national "
        "institutions and its civil society organizations."
    ),
    "fields": [
        "democratization",
        "elections",
        "gender-equality",
        "human-rights",
        "environmental-activities",
    ],
    "sections": [
        {
            "title": "Democratic governance",
            "text": [
                "The Mission helps the Parliament and its committees to scrutinise the government "
                "and to make laws more effectively. Members of parliament and parliamentary staff "
                "learn about themes that run through all of their work, such as human rights, "
                "gender equality and good governance. To make the Parliament more efficient and "
                "more open, the Mission gives technical help with introducing an electronic "
                "parliament, and it supports the Parliament's outreach to the public, above all "
                "to young people, the voters of the future.",
                "With the central, provincial and local authorities, the Mission works on the "
                "laws and policies that carry decentralization forward and give local "
                "self-governments a stronger role. It encourages local government to be "
                "transparent, efficient and accountable, by strengthening local institutions such "
                "as local ombudspersons and by promoting the Code of Ethics for local councillors. "
                "Throughout, it invites civil society organizations and citizens to take part in "
                "decisions and to watch over how the policies adopted are carried out.",
            ],
        },
        {
            "title": "Security sector reform",
            "text": [
                "Starting from the OSCE's comprehensive view of security, the Mission supports "
                "the reform of Serbia's security sector. It seeks stronger parliamentary "
                "oversight, closer adherence to the principles of good governance within the "
                "sector, and greater respect for human rights and fundamental freedoms, by giving "
                "civil society a larger role and by improving education in broad approaches to "
                "security.",
            ],
        },
        {
            "title": "Human rights",
            "text": [
                "The Mission supports the Serbian authorities and civil society organizations in "
                "protecting, promoting and fulfilling human rights in the country, and helps to "
                "resolve the questions that concern refugees and internally displaced persons.",
                "Together with the UN Office of the High Commissioner for Human Rights, it helps "
                "the authorities set up an effective and transparent system of reporting to the "
                "UN treaty bodies, and it follows closely the situation of human rights defenders. "
                "It supports structural improvements to the framework that protects human rights, "
                "and a lasting, inclusive mechanism for monitoring and reporting on them.",
                "With UNHCR and the EU, the Mission has taken an active part in the regional "
                "negotiations to close the refugee file left by the 1991–1995 conflict, and it has "
                "advised the Serbian government on questions of refugees and displaced persons. "
                "In line with its mandate, it supports the Regional Housing Programme that "
                "followed the International Donors' Conference in Sarajevo on 24 April 2012. It "
                "also strengthens regional and cross-boundary co-operation among human rights "
                "organizations working on forced migration in South-Eastern Europe, and trains "
                "legal aid providers to take up problems in a structured, strategic way.",
                "Since its establishment in 2001, the Mission has been a leading international "
                "organization in combating human trafficking in Serbia, shaping the national "
                "approach to the fight against trafficking in human beings together with "
                "government bodies and civil society organizations. As the country has made "
                "progress in this area, the Mission has scaled down its support: since 2011 it "
                "has concentrated on access to justice for victims of serious crimes, trafficking "
                "in human beings and in children among them.",
            ],
        },
        {
            "title": "Equal opportunities",
            "text": [
                "The Mission helps state institutions and civil society to apply the laws that "
                "protect the rights of national minorities to their education, culture, "
                "traditions, language and heritage. It supports the setting up and development "
                "of the National Minority Councils, through which minority communities and "
                "government bodies communicate better, and initiatives that bring national "
                "minorities into public life.",
                "It continues to support the integration and empowerment of Roma in Serbia. This "
                "includes substantial technical help for state institutions to introduce new, "
                "more effective ways of monitoring, co-ordinating and reporting on Roma "
                "inclusion; measures that give Roma a greater part in planning and running "
                "programmes; good local practices developed and repeated elsewhere; and easier "
                "access for the Roma community to public services.",
                "For non-discrimination and equal opportunities for all, the Mission supports the "
                "Serbian institutions whose task is to combat discrimination, and it advocates "
                "the implementation of the anti-discrimination laws. It also works with key "
                "groups in civil society to make the principle of non-discrimination, and the "
                "Serbian laws that protect against discrimination, better known. Its focus has "
                "been on equal access to justice, combating hate crimes and freedom of assembly.",
                "For gender equality, the Mission supports ways of overcoming the "
                "under-representation of women and gender stereotypes and prejudice, in line "
                "with the OSCE Action Plan for the Promotion of Gender Equality and international "
                "standards. It has also been active in programmes for a greater participation of "
                "minority women in public and political life.",
            ],
        },
        {
            "title": "Environmental affairs",
            "text": [
                "The Mission helps build inclusive environmental governance by promoting forums "
                "for lasting partnerships between local authorities and civil society. For "
                "environmental security, it strengthens the capacities of the key institutions "
                "and professionals who apply the environmental laws, and it helps state bodies "
                "to meet the commitments they have taken on under international agreements.",
            ],
        },
    ],
    "gallery": [
        {
            "caption": (
                "Participants in a conference on how Serbia, Slovenia, Montenegro and Bosnia and "
                "Herzegovina protect classified information, Belgrade, 11 October 2012"
            ),
            "credit": "OSCE/Milan Obradovic",
            "alt": "A drawn picture standing in for the photograph: figures in a row before hills",
        },
        {
            "caption": "The Mission's work with the Parliament and its committees",
            "credit": "OSCE",
            "alt": "A drawn picture: a row of figures under a pale sun",
        },
        {
            "caption": "The Mission's support to the National Minority Councils",
            "credit": "OSCE",
            "alt": "A drawn picture: figures standing together before a line of hills",
        },
    ],
}
