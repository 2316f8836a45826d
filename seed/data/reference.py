"""Reference data for the OSCE website: fields of work, States, partners and structures.

Plain Python data only, used to seed and check the database. Names follow the OSCE's own
spelling; every descriptive text is original wording written for this project.
"""

from datetime import date

FIELDS_OF_WORK = [
    {
        "slug": "arms-control",
        "name": "Arms control",
        "summary": (
            "The OSCE helps participating States limit and account for their weapons through "
            "politically binding confidence- and security-building measures, information exchange "
            "and verification visits. It also supports the safe storage and destruction of small "
            "arms, light weapons and surplus ammunition."
        ),
    },
    {
        "slug": "border-management",
        "name": "Border management",
        "summary": (
            "The OSCE assists participating States in keeping their borders open to legitimate "
            "travel and trade while guarding against smuggling, terrorism and other cross-border "
            "crime. Training, equipment and closer contact between neighbouring border agencies "
            "are the main tools."
        ),
    },
    {
        "slug": "combating-trafficking-in-human-beings",
        "name": "Combating trafficking in human beings",
        "summary": (
            "The OSCE works with governments and civil society to stop the trade in people, to "
            "bring traffickers to justice and to protect those who have been exploited. Its "
            "approach puts the rights and needs of victims at the centre."
        ),
    },
    {
        "slug": "conflict-prevention-and-resolution",
        "name": "Conflict prevention and resolution",
        "summary": (
            "The OSCE tracks emerging tensions, offers early warning and supports dialogue, "
            "mediation and negotiation at every stage of a conflict. Its field operations and "
            "special representatives help parties rebuild trust after violence has ended."
        ),
    },
    {
        "slug": "countering-terrorism",
        "name": "Countering terrorism",
        "summary": (
            "The OSCE helps participating States prevent and respond to terrorism in ways that "
            "respect human rights and the rule of law. Its work covers violent extremism, "
            "terrorist financing, travel document security and co-operation between "
            "criminal justice agencies."
        ),
    },
    {
        "slug": "cyber-ict-security",
        "name": "Cyber/ICT Security",
        "summary": (
            "The OSCE reduces the risk of misunderstanding and escalation between States arising "
            "from the use of information and communication technologies. Participating States "
            "have agreed a set of confidence-building measures, and the Organization helps them "
            "put these into practice."
        ),
    },
    {
        "slug": "democratization",
        "name": "Democratization",
        "summary": (
            "The OSCE supports accountable institutions, effective parliaments, pluralist "
            "political life and an active civil society. It advises on legislation and helps "
            "citizens take part in public decision-making."
        ),
    },
    {
        "slug": "economic-activities",
        "name": "Economic activities",
        "summary": (
            "The OSCE treats economic stability as a part of common security. It promotes "
            "transparent business conditions, regional trade and transport links, and measures "
            "against corruption and money laundering."
        ),
    },
    {
        "slug": "education",
        "name": "Education",
        "summary": (
            "The OSCE uses education to build tolerance, respect for human rights and stable "
            "societies. It supports inclusive schooling, teaching in minority languages and "
            "advanced training, including at the OSCE Academy in Bishkek."
        ),
    },
    {
        "slug": "elections",
        "name": "Elections",
        "summary": (
            "Through its Office for Democratic Institutions and Human Rights and its "
            "Parliamentary Assembly, the OSCE sends observers to elections across its region and "
            "reports on how far they meet agreed commitments. On request, it also advises States "
            "on electoral law and administration."
        ),
    },
    {
        "slug": "environmental-activities",
        "name": "Environmental activities",
        "summary": (
            "The OSCE addresses environmental problems that can strain relations within and "
            "between States, such as shared water resources, hazardous waste and climate change. "
            "It encourages public participation in environmental decisions, including through "
            "the Aarhus Centres."
        ),
    },
    {
        "slug": "gender-equality",
        "name": "Gender equality",
        "summary": (
            "The OSCE considers equal rights and opportunities for women and men essential to "
            "lasting security. It works to include women in peace and security processes, to "
            "end violence against women and to apply a gender perspective across all its "
            "activities."
        ),
    },
    {
        "slug": "good-governance",
        "name": "Good governance",
        "summary": (
            "The OSCE helps public institutions become more transparent, accountable and "
            "efficient. Its support focuses on preventing corruption, sound public financial "
            "management and the integrity of public officials."
        ),
    },
    {
        "slug": "human-rights",
        "name": "Human rights",
        "summary": (
            "The OSCE regards respect for human rights and fundamental freedoms as a foundation "
            "of security. It monitors how commitments are kept, supports human rights defenders "
            "and national institutions, and assists States in bringing laws and practice into "
            "line with international standards."
        ),
    },
    {
        "slug": "media-freedom-and-development",
        "name": "Media freedom and development",
        "summary": (
            "The OSCE defends free, independent and pluralistic media across its region. It "
            "raises cases of pressure on journalists, reviews media legislation and supports "
            "professional standards in reporting."
        ),
    },
    {
        "slug": "migration",
        "name": "Migration",
        "summary": (
            "The OSCE helps participating States manage migration in a safe, orderly and humane "
            "way. It supports co-operation between countries of origin, transit and destination "
            "and works against the smuggling and exploitation of migrants."
        ),
    },
    {
        "slug": "national-minority-issues",
        "name": "National minority issues",
        "summary": (
            "The OSCE seeks early solutions to tensions involving national minorities before "
            "they develop into conflict. The High Commissioner on National Minorities and the "
            "field operations promote integration, participation and respect for linguistic and "
            "cultural diversity."
        ),
    },
    {
        "slug": "policing",
        "name": "Policing",
        "summary": (
            "The OSCE supports police services that are professional, accountable and trusted "
            "by the communities they serve. Its assistance covers community policing, the fight "
            "against organized crime and reform of police education."
        ),
    },
    {
        "slug": "reform-and-co-operation-in-the-security-sector",
        "name": "Reform and co-operation in the security sector",
        "summary": (
            "The OSCE assists States in making armed forces, police and intelligence services "
            "subject to democratic control and the rule of law. It supports parliamentary "
            "oversight, civil society involvement and co-operation among security institutions."
        ),
    },
    {
        "slug": "roma-and-sinti",
        "name": "Roma and Sinti",
        "summary": (
            "The OSCE works to improve the situation of Roma and Sinti, who face discrimination "
            "in many participating States. Its efforts centre on access to education, housing, "
            "employment and public services, and on participation in public life."
        ),
    },
    {
        "slug": "rule-of-law",
        "name": "Rule of law",
        "summary": (
            "The OSCE supports independent courts, fair trials and laws that are drafted openly "
            "and applied consistently. It monitors trials, advises on legal reform and trains "
            "judges, prosecutors and lawyers."
        ),
    },
    {
        "slug": "tolerance-and-non-discrimination",
        "name": "Tolerance and non-discrimination",
        "summary": (
            "The OSCE helps States respond to hate crimes and to intolerance against people "
            "because of their religion, ethnicity or other characteristics. It collects data, "
            "trains police and prosecutors and supports dialogue between communities."
        ),
    },
    {
        "slug": "youth",
        "name": "Youth",
        "summary": (
            "The OSCE involves young people in its work and sees them as partners in building "
            "security. It supports youth participation in decision-making, exchanges between "
            "young people from different communities and the development of youth policies."
        ),
    },
]

PARTICIPATING_STATES = [
    {"code": "AL", "name": "Albania"},
    {"code": "AD", "name": "Andorra"},
    {"code": "AM", "name": "Armenia"},
    {"code": "AT", "name": "Austria"},
    {"code": "AZ", "name": "Azerbaijan"},
    {"code": "BE", "name": "Belgium"},
    {"code": "BY", "name": "Belarus"},
    {"code": "BA", "name": "Bosnia and Herzegovina"},
    {"code": "BG", "name": "Bulgaria"},
    {"code": "CA", "name": "Canada"},
    {"code": "HR", "name": "Croatia"},
    {"code": "CY", "name": "Cyprus"},
    {"code": "CZ", "name": "Czechia", "other_names": "Czech Republic"},
    {"code": "DK", "name": "Denmark"},
    {"code": "EE", "name": "Estonia"},
    {"code": "FI", "name": "Finland"},
    {"code": "FR", "name": "France"},
    {"code": "GE", "name": "Georgia"},
    {"code": "DE", "name": "Germany"},
    {"code": "GR", "name": "Greece"},
    {"code": "VA", "name": "Holy See"},
    {"code": "HU", "name": "Hungary"},
    {"code": "IS", "name": "Iceland"},
    {"code": "IE", "name": "Ireland"},
    {"code": "IT", "name": "Italy"},
    {"code": "KZ", "name": "Kazakhstan"},
    {"code": "KG", "name": "Kyrgyzstan", "other_names": "Kyrgyz Republic"},
    {"code": "LV", "name": "Latvia"},
    {"code": "LI", "name": "Liechtenstein"},
    {"code": "LT", "name": "Lithuania"},
    {"code": "LU", "name": "Luxembourg"},
    {"code": "MT", "name": "Malta"},
    {"code": "MD", "name": "Moldova", "other_names": "Republic of Moldova"},
    {"code": "MC", "name": "Monaco"},
    {"code": "MN", "name": "Mongolia"},
    {"code": "ME", "name": "Montenegro"},
    {"code": "NL", "name": "The Netherlands", "sort_name": "Netherlands"},
    {
        "code": "MK",
        "name": "North Macedonia",
        "other_names": "the former Yugoslav Republic of Macedonia",
    },
    {"code": "NO", "name": "Norway"},
    {"code": "PL", "name": "Poland"},
    {"code": "PT", "name": "Portugal"},
    {"code": "RO", "name": "Romania"},
    {"code": "RU", "name": "Russian Federation", "other_names": "Russia"},
    {"code": "SM", "name": "San Marino"},
    {"code": "RS", "name": "Serbia"},
    {"code": "SK", "name": "Slovakia"},
    {"code": "SI", "name": "Slovenia"},
    {"code": "ES", "name": "Spain"},
    {"code": "SE", "name": "Sweden"},
    {"code": "CH", "name": "Switzerland"},
    {"code": "TJ", "name": "Tajikistan"},
    {"code": "TR", "name": "Türkiye", "sort_name": "Turkiye", "other_names": "Turkey"},
    {"code": "TM", "name": "Turkmenistan"},
    {"code": "UA", "name": "Ukraine"},
    {"code": "GB", "name": "United Kingdom"},
    {"code": "US", "name": "United States of America"},
    {"code": "UZ", "name": "Uzbekistan"},
]

PARTNERS_FOR_CO_OPERATION = [
    {"code": "AF", "name": "Afghanistan", "region": "asian"},
    {"code": "AU", "name": "Australia", "region": "asian"},
    {"code": "JP", "name": "Japan", "region": "asian"},
    {"code": "KR", "name": "Republic of Korea", "region": "asian", "other_names": "South Korea"},
    {"code": "TH", "name": "Thailand", "region": "asian"},
    {"code": "DZ", "name": "Algeria", "region": "mediterranean"},
    {"code": "EG", "name": "Egypt", "region": "mediterranean"},
    {"code": "IL", "name": "Israel", "region": "mediterranean"},
    {"code": "JO", "name": "Jordan", "region": "mediterranean"},
    {"code": "MA", "name": "Morocco", "region": "mediterranean"},
    {"code": "TN", "name": "Tunisia", "region": "mediterranean"},
]

# The Chairpersonship of each year since the first, 1991, with its Chairperson-in-Office (the
# chairing State's foreign minister) where public record names them; where the office changed
# hands during the year, each in order. Empty where it is not yet known (2027).
# A State that no longer exists is named as it was then ("former_state") instead of by an ISO
# code: it is no participating State of today, and its successor States' pages do not claim it.
CHAIRPERSONSHIPS = [
    {"year": 1991, "state": "DE", "chairperson": "Hans-Dietrich Genscher"},
    {
        "year": 1992,
        "former_state": "Czechoslovakia",
        "chairperson": "Jiří Dienstbier, then Jozef Moravčík",
    },
    {"year": 1993, "state": "SE", "chairperson": "Margaretha af Ugglas"},
    {"year": 1994, "state": "IT", "chairperson": "Beniamino Andreatta, then Antonio Martino"},
    {"year": 1995, "state": "HU", "chairperson": "László Kovács"},
    {"year": 1996, "state": "CH", "chairperson": "Flavio Cotti"},
    {"year": 1997, "state": "DK", "chairperson": "Niels Helveg Petersen"},
    {"year": 1998, "state": "PL", "chairperson": "Bronisław Geremek"},
    {"year": 1999, "state": "NO", "chairperson": "Knut Vollebæk"},
    {"year": 2000, "state": "AT", "chairperson": "Wolfgang Schüssel, then Benita Ferrero-Waldner"},
    {"year": 2001, "state": "RO", "chairperson": "Mircea Geoană"},
    {"year": 2002, "state": "PT", "chairperson": "Jaime Gama, then António Martins da Cruz"},
    {"year": 2003, "state": "NL", "chairperson": "Jaap de Hoop Scheffer, then Bernard Bot"},
    {"year": 2004, "state": "BG", "chairperson": "Solomon Passy"},
    {"year": 2005, "state": "SI", "chairperson": "Dimitrij Rupel"},
    {"year": 2006, "state": "BE", "chairperson": "Karel De Gucht"},
    {"year": 2007, "state": "ES", "chairperson": "Miguel Ángel Moratinos"},
    {"year": 2008, "state": "FI", "chairperson": "Ilkka Kanerva, then Alexander Stubb"},
    {"year": 2009, "state": "GR", "chairperson": "Dora Bakoyannis, then George Papandreou"},
    {"year": 2010, "state": "KZ", "chairperson": "Kanat Saudabayev"},
    {"year": 2011, "state": "LT", "chairperson": "Audronius Ažubalis"},
    {"year": 2012, "state": "IE", "chairperson": "Eamon Gilmore"},
    {"year": 2013, "state": "UA", "chairperson": "Leonid Kozhara"},
    {"year": 2014, "state": "CH", "chairperson": "Didier Burkhalter"},
    {"year": 2015, "state": "RS", "chairperson": "Ivica Dačić"},
    {"year": 2016, "state": "DE", "chairperson": "Frank-Walter Steinmeier"},
    {"year": 2017, "state": "AT", "chairperson": "Sebastian Kurz, then Karin Kneissl"},
    {"year": 2018, "state": "IT", "chairperson": "Angelino Alfano, then Enzo Moavero Milanesi"},
    {"year": 2019, "state": "SK", "chairperson": "Miroslav Lajčák"},
    {"year": 2020, "state": "AL", "chairperson": "Edi Rama"},
    {"year": 2021, "state": "SE", "chairperson": "Ann Linde"},
    {"year": 2022, "state": "PL", "chairperson": "Zbigniew Rau"},
    {"year": 2023, "state": "MK", "chairperson": "Bujar Osmani"},
    {"year": 2024, "state": "MT", "chairperson": "Ian Borg"},
    {"year": 2025, "state": "FI", "chairperson": "Elina Valtonen"},
    {"year": 2026, "state": "CH", "chairperson": "Ignazio Cassis"},
    {"year": 2027, "state": "CY", "chairperson": ""},
]

STRUCTURES = [
    {
        "slug": "chairpersonship",
        "name": "Chairpersonship",
        "full_name": "OSCE Chairpersonship",
        "kind": "chairpersonship",
        "parent": None,
        "description": (
            "A different participating State chairs the OSCE each calendar year, and its foreign "
            "minister serves as Chairperson-in-Office. The Chairpersonship steers the "
            "Organization's political work and represents it externally."
        ),
    },
    {
        "slug": "secretariat",
        "name": "Secretariat",
        "full_name": "OSCE Secretariat",
        "kind": "secretariat",
        "parent": None,
        "description": (
            "Based in Vienna and led by the Secretary General, the Secretariat supports the "
            "Chairpersonship, the decision-making bodies and the field operations. It also "
            "runs the Organization's administration and thematic programmes."
        ),
    },
    {
        "slug": "secretary-general",
        "name": "Secretary General",
        "full_name": "OSCE Secretary General",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Secretary General is the Organization's chief administrative officer and heads "
            "the Secretariat. The post-holder works closely with the Chairperson-in-Office."
        ),
    },
    {
        "slug": "office-of-the-secretary-general",
        "name": "Office of the Secretary General",
        "full_name": "OSCE Office of the Secretary General",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "This Office assists the Secretary General in directing the Secretariat, with "
            "responsibilities that include communication, legal affairs and external "
            "co-operation."
        ),
    },
    {
        "slug": "conflict-prevention-centre",
        "name": "Conflict Prevention Centre",
        "full_name": "OSCE Conflict Prevention Centre",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Centre provides early warning, policy advice on crises and mediation, and "
            "operational support to the field operations. It also services the Forum for "
            "Security Co-operation."
        ),
    },
    {
        "slug": "transnational-threats-department",
        "name": "Transnational Threats Department",
        "full_name": "OSCE Transnational Threats Department",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Department co-ordinates the Secretariat's work on threats that cross borders, "
            "including terrorism, organized crime, border security and cyber/ICT security, as "
            "well as strategic police matters."
        ),
    },
    {
        "slug": (
            "office-of-the-special-representative-and-co-ordinator-for-combating-"
            "trafficking-in-human-beings"
        ),
        "name": (
            "Office of the Special Representative and Co-ordinator for Combating Trafficking in "
            "Human Beings"
        ),
        "full_name": (
            "OSCE Office of the Special Representative and Co-ordinator for Combating "
            "Trafficking in Human Beings"
        ),
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Office helps participating States meet their anti-trafficking commitments, "
            "advises on policy and legislation and raises the profile of the issue at the "
            "highest political level."
        ),
    },
    {
        "slug": "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
        "name": "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
        "full_name": "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Office leads the Organization's work in the economic and environmental "
            "dimension of security and prepares the annual Economic and Environmental Forum."
        ),
    },
    {
        "slug": "gender-issues-programme",
        "name": "Gender Issues Programme",
        "full_name": "OSCE Gender Issues Programme",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Programme supports the implementation of the 2004 OSCE Action Plan for the "
            "Promotion of Gender Equality and helps build a gender perspective into the work of "
            "all OSCE structures."
        ),
    },
    {
        "slug": "opportunities-for-youth",
        "name": "Opportunities for Youth",
        "full_name": "OSCE Opportunities for Youth",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "This unit co-ordinates the Secretariat's engagement with young people and "
            "encourages their participation in OSCE activities."
        ),
    },
    {
        "slug": "department-of-human-resources",
        "name": "Department of Human Resources",
        "full_name": "OSCE Department of Human Resources",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Department is responsible for recruitment, staff administration and training "
            "for the Secretariat, institutions and field operations."
        ),
    },
    {
        "slug": "department-of-management-and-finance",
        "name": "Department of Management and Finance",
        "full_name": "OSCE Department of Management and Finance",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Department manages the Organization's budget, accounts, procurement, "
            "information technology and conference services."
        ),
    },
    {
        "slug": "office-of-internal-oversight",
        "name": "Office of Internal Oversight",
        "full_name": "OSCE Office of Internal Oversight",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Office carries out independent audits, evaluations and investigations to "
            "strengthen accountability and the effective use of resources."
        ),
    },
    {
        "slug": "documentation-centre-in-prague",
        "name": "Documentation Centre in Prague",
        "full_name": "OSCE Documentation Centre in Prague",
        "kind": "secretariat_unit",
        "parent": "secretariat",
        "description": (
            "The Centre keeps the Organization's historical records and official documents and "
            "makes them available to researchers and the public."
        ),
    },
    {
        "slug": "office-for-democratic-institutions-and-human-rights",
        "name": "Office for Democratic Institutions and Human Rights",
        "full_name": "OSCE Office for Democratic Institutions and Human Rights",
        "kind": "institution",
        "parent": None,
        "description": (
            "Based in Warsaw, ODIHR observes elections and assists participating States with "
            "democratic institutions, human rights, tolerance and non-discrimination, and the "
            "situation of Roma and Sinti."
        ),
    },
    {
        "slug": "high-commissioner-on-national-minorities",
        "name": "High Commissioner on National Minorities",
        "full_name": "OSCE High Commissioner on National Minorities",
        "kind": "institution",
        "parent": None,
        "description": (
            "Created in 1992 and based in The Hague, the High Commissioner acts early to "
            "prevent tensions involving national minorities from turning into conflict."
        ),
    },
    {
        "slug": "representative-on-freedom-of-the-media",
        "name": "Representative on Freedom of the Media",
        "full_name": "OSCE Representative on Freedom of the Media",
        "kind": "institution",
        "parent": None,
        "description": (
            "Created in 1997 and based in Vienna, the Representative monitors media "
            "developments across the OSCE region and intervenes when freedom of expression or "
            "the safety of journalists is at risk."
        ),
    },
    {
        "slug": "parliamentary-assembly",
        "name": "Parliamentary Assembly",
        "full_name": "OSCE Parliamentary Assembly",
        "kind": "parliamentary_assembly",
        "parent": None,
        "description": (
            "The Assembly brings together members of the national parliaments of the "
            "participating States. Its International Secretariat is in Copenhagen, and its "
            "members regularly serve as election observers."
        ),
    },
    {
        "slug": "court-of-conciliation-and-arbitration",
        "name": "Court of Conciliation and Arbitration",
        "full_name": "OSCE Court of Conciliation and Arbitration",
        "kind": "other_body",
        "parent": None,
        "description": (
            "Set up under a convention signed in Stockholm in 1992 and seated in Geneva, the "
            "Court offers conciliation and arbitration for disputes between States that are "
            "party to that convention."
        ),
    },
]

# Active and closed field operations. Dates as public record gives them: where it gives only the
# year, the date is 1 January of that year with "established_year_only" or "closed_year_only", and
# the site shows the year alone. For closed operations the start is the year the operation began
# its work (the Permanent Council's decision may be of the year before, e.g. Yerevan, Baku).
FIELD_OPERATIONS = [
    {
        "slug": "presence-in-albania",
        "name": "Presence in Albania",
        "full_name": "OSCE Presence in Albania",
        "operation_type": "presence",
        "host_country": "AL",
        "headquarters": "Tirana",
        "established": date(1997, 3, 27),
        "closed": None,
        "description": (
            "Works with Albanian institutions and civil society on good governance, justice "
            "reform, elections and human rights."
        ),
    },
    {
        "slug": "centre-in-ashgabat",
        "name": "Centre in Ashgabat",
        "full_name": "OSCE Centre in Ashgabat",
        "operation_type": "centre",
        "host_country": "TM",
        "headquarters": "Ashgabat",
        "established": date(1998, 7, 23),
        "closed": None,
        "description": (
            "Assists Turkmenistan across all three OSCE dimensions, from politico-military "
            "issues to economic, environmental and human rights matters."
        ),
    },
    {
        "slug": "programme-office-in-astana",
        "name": "Programme Office in Astana",
        "full_name": "OSCE Programme Office in Astana",
        "operation_type": "programme_office",
        "host_country": "KZ",
        "headquarters": "Astana",
        "established": date(1998, 7, 23),
        "closed": None,
        "description": (
            "Works with Kazakhstan on projects in all three OSCE dimensions; it continues the "
            "work begun by the OSCE Centre in Almaty."
        ),
    },
    {
        "slug": "programme-office-in-bishkek",
        "name": "Programme Office in Bishkek",
        "full_name": "OSCE Programme Office in Bishkek",
        "operation_type": "programme_office",
        "host_country": "KG",
        "headquarters": "Bishkek",
        "established": date(1998, 7, 23),
        "closed": None,
        "description": (
            "Supports Kyrgyzstan on security, economic and environmental issues, and "
            "human rights and democratic governance."
        ),
    },
    {
        "slug": "mission-to-bosnia-and-herzegovina",
        "name": "Mission to Bosnia and Herzegovina",
        "full_name": "OSCE Mission to Bosnia and Herzegovina",
        "operation_type": "mission",
        "host_country": "BA",
        "headquarters": "Sarajevo",
        "established": date(1995, 12, 8),
        "closed": None,
        "description": (
            "Helps Bosnia and Herzegovina build a stable, democratic and inclusive society, with "
            "a focus on education, justice, human rights and security co-operation."
        ),
    },
    {
        "slug": "programme-office-in-dushanbe",
        "name": "Programme Office in Dushanbe",
        "full_name": "OSCE Programme Office in Dushanbe",
        "operation_type": "programme_office",
        "host_country": "TJ",
        "headquarters": "Dushanbe",
        "established": date(1993, 12, 1),
        "closed": None,
        "description": (
            "Assists Tajikistan in all three OSCE dimensions; it is the successor of the OSCE "
            "Mission to Tajikistan."
        ),
    },
    {
        "slug": "mission-in-kosovo",
        "name": "Mission in Kosovo",
        "full_name": "OSCE Mission in Kosovo",
        "operation_type": "mission",
        "host_country": None,
        "headquarters": "Prishtinë/Priština",
        "established": date(1999, 7, 1),
        "closed": None,
        "description": (
            "One of the OSCE's largest field operations, working on democratic institutions, "
            "community rights, human rights and public safety across Kosovo."
        ),
    },
    {
        "slug": "mission-to-moldova",
        "name": "Mission to Moldova",
        "full_name": "OSCE Mission to Moldova",
        "operation_type": "mission",
        "host_country": "MD",
        "headquarters": "Chișinău",
        "established": date(1993, 2, 4),
        "closed": None,
        "description": (
            "Supports a comprehensive political settlement of the Transdniestrian conflict and "
            "assists Moldova with democratic reforms and human rights."
        ),
    },
    {
        "slug": "mission-to-montenegro",
        "name": "Mission to Montenegro",
        "full_name": "OSCE Mission to Montenegro",
        "operation_type": "mission",
        "host_country": "ME",
        "headquarters": "Podgorica",
        "established": date(2006, 6, 29),
        "closed": None,
        "description": (
            "Works with Montenegrin institutions and civil society on the rule of law, good "
            "governance, media and security sector reform."
        ),
    },
    {
        "slug": "mission-to-serbia",
        "name": "Mission to Serbia",
        "full_name": "OSCE Mission to Serbia",
        "operation_type": "mission",
        "host_country": "RS",
        "headquarters": "Belgrade",
        "established": date(2001, 1, 11),
        "closed": None,
        # Established as the OSCE Mission to the Federal Republic of Yugoslavia.
        "mandate_decision": "Permanent Council Decision No. 401",
        "mandate_date": date(2001, 1, 11),
        "description": (
            "Assists Serbia with justice reform, democratic institutions, the media, minority "
            "rights and security co-operation."
        ),
    },
    {
        "slug": "mission-to-skopje",
        "name": "Mission to Skopje",
        "full_name": "OSCE Mission to Skopje",
        "operation_type": "mission",
        "host_country": "MK",
        "headquarters": "Skopje",
        "established": date(1992, 9, 18),
        "closed": None,
        "description": (
            "The longest-serving OSCE field operation, supporting good relations between "
            "communities, the rule of law and democratic governance in North Macedonia."
        ),
    },
    {
        "slug": "project-co-ordinator-in-uzbekistan",
        "name": "Project Co-ordinator in Uzbekistan",
        "full_name": "OSCE Project Co-ordinator in Uzbekistan",
        "operation_type": "project_coordinator",
        "host_country": "UZ",
        "headquarters": "Tashkent",
        "established": date(2006, 7, 1),
        "closed": None,
        "description": (
            "Carries out projects agreed with the Uzbek authorities in the politico-military, "
            "economic and environmental, and human dimensions."
        ),
    },
    {
        "slug": "special-monitoring-mission-to-ukraine",
        "name": "Special Monitoring Mission to Ukraine",
        "full_name": "OSCE Special Monitoring Mission to Ukraine",
        "operation_type": "mission",
        "host_country": "UA",
        "headquarters": "Kyiv",
        "established": date(2014, 3, 21),
        "closed": date(2022, 3, 31),
        "description": (
            "An unarmed civilian mission that reported impartially on the security situation "
            "across Ukraine until its mandate expired."
        ),
    },
    {
        "slug": "project-co-ordinator-in-ukraine",
        "name": "Project Co-ordinator in Ukraine",
        "full_name": "OSCE Project Co-ordinator in Ukraine",
        "operation_type": "project_coordinator",
        "host_country": "UA",
        "headquarters": "Kyiv",
        "established": date(1999, 1, 1),
        "established_year_only": True,
        "closed": date(2022, 6, 30),
        "description": (
            "Implemented projects with Ukrainian partners on governance, the rule of law, "
            "human rights and security until its mandate ended."
        ),
    },
    {
        "slug": "mission-to-georgia",
        "name": "Mission to Georgia",
        "full_name": "OSCE Mission to Georgia",
        "operation_type": "mission",
        "host_country": "GE",
        "headquarters": "Tbilisi",
        "established": date(1992, 1, 1),
        "established_year_only": True,
        "closed": date(2009, 6, 30),
        "description": (
            "Worked on conflict settlement, military monitoring and democratic development in "
            "Georgia until its mandate ended."
        ),
    },
    {
        "slug": "office-in-minsk",
        "name": "Office in Minsk",
        "full_name": "OSCE Office in Minsk",
        "operation_type": "office",
        "host_country": "BY",
        "headquarters": "Minsk",
        "established": date(2003, 1, 1),
        "established_year_only": True,
        "closed": date(2011, 3, 31),
        "description": (
            "Supported Belarus in institution-building and in economic and environmental "
            "activities until its mandate ended."
        ),
    },
    {
        "slug": "office-in-yerevan",
        "name": "Office in Yerevan",
        "full_name": "OSCE Office in Yerevan",
        "operation_type": "office",
        "host_country": "AM",
        "headquarters": "Yerevan",
        "established": date(2000, 1, 1),
        "established_year_only": True,
        "closed": date(2017, 8, 31),
        "description": "Assisted Armenia in all three OSCE dimensions until its mandate ended.",
    },
    {
        "slug": "mission-to-croatia",
        "name": "Mission to Croatia",
        "full_name": "OSCE Mission to Croatia",
        "operation_type": "mission",
        "host_country": "HR",
        "headquarters": "Zagreb",
        "established": date(1996, 4, 18),
        "closed": date(2007, 12, 31),
        "description": (
            "Supported refugee return, minority rights, police reform and the rule of law in "
            "post-war Croatia; an OSCE Office in Zagreb took over the remaining tasks."
        ),
    },
    {
        "slug": "mission-to-estonia",
        "name": "Mission to Estonia",
        "full_name": "OSCE Mission to Estonia",
        "operation_type": "mission",
        "host_country": "EE",
        "headquarters": "Tallinn",
        "established": date(1993, 1, 1),
        "established_year_only": True,
        "closed": date(2001, 12, 31),
        "description": (
            "Promoted integration and understanding between communities in Estonia, with "
            "attention to citizenship and language questions."
        ),
    },
    {
        "slug": "mission-to-latvia",
        "name": "Mission to Latvia",
        "full_name": "OSCE Mission to Latvia",
        "operation_type": "mission",
        "host_country": "LV",
        "headquarters": "Riga",
        "established": date(1993, 1, 1),
        "established_year_only": True,
        "closed": date(2001, 12, 31),
        "description": (
            "Advised Latvia on citizenship and the integration of its Russian-speaking "
            "population, including people without citizenship."
        ),
    },
    {
        "slug": "office-in-baku",
        "name": "Office in Baku",
        "full_name": "OSCE Office in Baku",
        "operation_type": "office",
        "host_country": "AZ",
        "headquarters": "Baku",
        "established": date(2000, 1, 1),
        "established_year_only": True,
        "closed": date(2015, 1, 1),
        "closed_year_only": True,
        "description": (
            "Worked with Azerbaijan across the three OSCE dimensions; it was later renamed the "
            "OSCE Project Co-ordinator in Baku, which closed in 2015."
        ),
    },
    {
        "slug": "assistance-group-to-chechnya",
        "name": "Assistance Group to Chechnya",
        "full_name": "OSCE Assistance Group to Chechnya",
        "operation_type": "other",
        "host_country": "RU",
        "headquarters": "",
        "established": date(1995, 1, 1),
        "established_year_only": True,
        "closed": date(2003, 1, 1),
        "closed_year_only": True,
        "description": (
            "Worked for respect of human rights, for humanitarian relief and for a peaceful "
            "settlement of the conflict in Chechnya, in the Russian Federation."
        ),
    },
    {
        "slug": "mission-to-ukraine",
        "name": "Mission to Ukraine",
        "full_name": "OSCE Mission to Ukraine",
        "operation_type": "mission",
        "host_country": "UA",
        "headquarters": "Kyiv",
        "established": date(1994, 1, 1),
        "established_year_only": True,
        "closed": date(1999, 1, 1),
        "closed_year_only": True,
        "description": (
            "Supported dialogue on the status of Crimea within Ukraine; the OSCE Project "
            "Co-ordinator in Ukraine followed it."
        ),
    },
    {
        "slug": "kosovo-verification-mission",
        "name": "Kosovo Verification Mission",
        "full_name": "OSCE Kosovo Verification Mission",
        "operation_type": "mission",
        "host_country": None,
        "headquarters": "Prishtinë/Priština",
        "established": date(1998, 1, 1),
        "established_year_only": True,
        "closed": date(1999, 1, 1),
        "closed_year_only": True,
        "description": (
            "Verified that the parties in Kosovo kept to the ceasefire; the OSCE Mission in "
            "Kosovo took up the OSCE's work there after it."
        ),
    },
    {
        "slug": "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk",
        "name": "Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
        "full_name": "OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
        "operation_type": "mission",
        "host_country": "RU",
        "headquarters": "",
        "established": date(2014, 1, 1),
        "established_year_only": True,
        "closed": date(2021, 9, 30),
        "description": (
            "Observed and reported on movements across the Russian-Ukrainian border at two "
            "Russian checkpoints until its mandate ended."
        ),
    },
]
