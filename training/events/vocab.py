"""Slot fillers for the event-training sentence generator (written by us).

Templates in ``templates.py`` refer to these lists as ``{NAME}``.  Places mix real
and invented names so the classifier learns from the verbs and nouns of an event,
not from where it happened.
"""

STATE = [
    "government troops", "the army", "soldiers", "security forces", "the military", "police", "Yemeni troops",
    "Nigerian soldiers", "Afghan security forces", "Somali government forces", "Iraqi forces", "Syrian army units",
    "Malian soldiers", "Congolese army soldiers", "the national army", "special forces", "army commandos",
    "government forces", "pro-government forces", "Ethiopian federal forces", "Burkinabe soldiers", "Kenyan troops",
    "Pakistani security forces", "Indian army troops", "Cameroonian soldiers", "Mozambican troops", "Libyan army units",
    "the Sudanese army", "federal police", "paramilitary forces", "the national guard", "the border guard",
    "Filipino marines", "Colombian troops", "Ukrainian forces", "coalition-backed government troops",
]
REBEL = [
    "militants", "rebels", "insurgents", "Taliban fighters", "al-Shabaab fighters", "Boko Haram militants",
    "Islamic State fighters", "IS militants", "Houthi rebels", "separatist fighters", "jihadists", "AQAP militants",
    "Al Qaeda operatives", "FARC dissidents", "ADF rebels", "an armed group", "tribal militiamen", "opposition fighters",
    "Fulani militiamen", "Ambazonian separatists", "M23 rebels", "JNIM fighters", "ISWAP fighters", "Maoist rebels",
    "NPA guerrillas", "armed bandits", "a rebel faction", "Mai-Mai militiamen", "PKK militants", "Hamas fighters",
    "Tigrayan forces", "RSF fighters", "Kurdish fighters", "Syrian rebels", "a local militia", "gunmen of an armed group",
]
ATTACKER = [
    "gunmen", "unidentified gunmen", "armed men", "suspected militants", "masked gunmen", "attackers", "assailants",
    "men on motorbikes", "bandits", "militiamen", "suspected jihadists", "unknown attackers", "armed assailants",
    "members of a militia", "fighters", "herders", "suspected rebels",
]
CIVILIANS = [
    "civilians", "villagers", "farmers", "worshippers", "passengers", "residents", "traders", "students",
    "a family", "women and children", "displaced people", "a teacher", "a local chief", "a journalist", "a shopkeeper",
    "aid workers", "herders", "fishermen", "a village elder", "a human rights activist", "a nurse", "schoolchildren",
    "miners", "churchgoers", "a doctor", "a tribal leader", "a bus driver", "market vendors",
]
TARGET_CIV = [
    "a village", "a market", "a mosque", "a church", "a bus", "a wedding party", "a school", "a displacement camp",
    "a busy market", "a bar", "a tea shop", "a funeral", "a hospital", "a restaurant", "a minibus", "a farm",
    "a group of farmers", "a crowded bus station", "a settlement", "homes",
]
TARGET_MIL = [
    "an army base", "a military post", "a police checkpoint", "a military convoy", "an army patrol",
    "a police station", "a security checkpoint", "a border post", "military positions", "a barracks",
    "an army outpost", "a patrol", "troops", "a police patrol", "government positions", "a military camp",
]
PROTESTERS = [
    "protesters", "demonstrators", "students", "hundreds of people", "thousands of people", "opposition supporters",
    "teachers", "workers", "activists", "residents", "farmers", "women", "lawyers", "health workers", "traders",
    "youths", "union members", "religious leaders", "families of detainees", "taxi drivers", "pensioners",
]
CAUSE = [
    "against rising fuel prices", "to demand the release of detained activists", "against the government",
    "over unpaid salaries", "against police brutality", "against the election results", "against corruption",
    "to demand better services", "against a new tax law", "in solidarity with jailed journalists",
    "against power cuts", "demanding the resignation of the governor",
    "against a land grab", "over the cost of living", "against the military junta", "against a mining project",
    "calling for early elections", "against insecurity in the region", "against the arrest of their leader",
]
PLACE = [
    "Kandahar", "Mogadishu", "Aden", "Maiduguri", "Idlib", "Mosul", "Gao", "Beni", "Marib", "Kismayo",
    "Taiz", "Ghazni", "Kunduz", "Sirte", "Benghazi", "Tripoli", "Bamako", "Mopti", "Djibo", "Kidal", "Goma",
    "Bunia", "Bossaso", "Baidoa", "Hodeidah", "Raqqa", "Deir ez-Zor", "Kirkuk", "Quetta", "Peshawar", "Srinagar",
    "Mindanao", "Marawi", "Cabo Delgado", "Palma", "Bor", "Malakal", "El Fasher", "Nyala", "Kaduna", "Zamfara",
    "Borno", "Yobe", "Bama", "Diffa", "Tillaberi", "Menaka", "Ouagadougou", "Lagos", "Nairobi", "Khartoum",
    "Kabul", "Herat", "Jalalabad", "Lashkar Gah", "Mukalla", "Shabwa", "Dhamar", "Lahij", "Hasakah", "Aleppo",
    "Daraa", "Homs", "Hama", "Tal Abyad", "Afrin", "Kharkiv", "Donetsk", "Bakhmut", "Cauca", "Catatumbo",
    "Dorvek", "Nalumbe", "Karsoli", "Tembara", "Ufiri", "Messaka", "Bel Anwar", "Garissa", "Mandera", "Lamu",
    "Beledweyne", "Jowhar", "Kalehe", "Rutshuru", "Ituri", "Tigray", "Amhara", "Oromia", "Darfur", "Kordofan",
    "Balochistan", "Khyber", "Waziristan", "Kashmir", "Manipur", "Chhattisgarh", "Sulu", "Basilan", "Arauca",
]
UNIT = ["province", "district", "region", "state", "county", "governorate", "area"]
TIME = [
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
    "late on Monday", "early on Tuesday", "on Wednesday night", "on Thursday morning", "overnight", "last week",
    "on Friday evening", "at dawn on Saturday", "on Sunday afternoon", "yesterday", "today", "earlier this week",
    "on 3 March", "on 14 June", "on 21 October", "on 9 January", "in the early hours", "late last night",
    "two days ago", "on New Year's Eve", "this morning", "on 27 August", "",
]
SOURCE = [
    ", officials said", ", a police spokesman said", ", according to local media", ", the army said in a statement",
    ", witnesses said", ", residents told reporters", ", a security source said", ", local officials said",
    ", the interior ministry said", ", a monitoring group reported", ", state media reported", ", a local leader said",
    ", according to a military statement", ", sources said", ", an official told AFP", ", the governor said",
    ", medics said", ", a hospital official said", "", "", "", "", "",
]
NUM = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "11", "12", "14", "15", "17", "20",
    "23", "25", "30", "at least five", "at least 12", "dozens of", "more than 40", "nearly 100", "scores of",
    "at least three", "at least seven", "about 50", "several", "13", "19",
]
NUMBIG = ["hundreds of", "thousands of", "more than 2,000", "about 500", "tens of thousands of", "several hundred",
          "dozens of", "some 300", "nearly 1,000", "around 5,000", "a few hundred", "over 10,000"]
OFFICIAL = [
    "the foreign minister", "the prime minister", "the president", "a government spokesman", "the defence minister",
    "the UN envoy", "the opposition leader", "a senior official", "the interior minister", "the army chief",
    "the governor", "a ministry spokeswoman", "the ambassador", "the party leader",
]
COUNTRY = [
    "Russia", "China", "the United States", "France", "Germany", "Iran", "Turkey", "India", "Pakistan", "Nigeria",
    "Kenya", "Egypt", "Saudi Arabia", "Qatar", "Japan", "Brazil", "South Africa", "the European Union", "Britain",
    "Ethiopia", "Sudan", "Algeria", "Morocco", "Indonesia", "Poland", "Norway", "Australia", "Canada",
]
WEAPONS = [
    "rifles", "AK-47 rifles", "pistols", "machine guns", "rocket-propelled grenades", "ammunition",
    "rounds of ammunition", "explosives", "mortar rounds", "detonators", "hand grenades", "landmines",
    "anti-tank mines", "sniper rifles", "assault rifles", "improvised explosive devices", "bomb-making materials",
]
KILLED = ["killed", "killing", "leaving dead", "wounding", "injuring"]

# Context added around templated sentences, so that real reports' long sentences
# (datelines, sources, background clauses) look familiar and carry no class signal.
PREFIX = [
    "{PLACE}: ", "{PLACE} - ", "According to local sources, ", "Reports say that ", "Officials say ",
    "On {DATE}, ", "In the latest violence, ", "Meanwhile, ", "Local media reported that ", "Earlier today, ",
    "In a statement, the authorities said ", "Residents said that ", "In {PLACE}, ", "Late on {DATE}, ",
    "According to a statement from the ministry, ", "Sources told our correspondent that ", "UPDATE: ",
    "For the second time this month, ", "Amid rising tension, ", "A monitoring group said that ",
]
SUFFIX = [
    ", the second such incident this month", ", amid rising tension in the region",
    ", as the conflict entered its third year", " near the border with {COUNTRY}",
    ", according to a statement posted online",
    ", days before the scheduled elections", ", the {AGENCY} news agency reported",
    ", {OFFICIAL} told reporters on {DATE}", ", in an area that has seen repeated violence",
    ", some {KM} kilometres from the capital", ", though details remained unclear",
    ", local television showed", ", witnesses told {AGENCY}",
    ", sources close to the matter said",
]
DATE = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "12 March", "June 3",
        "Oct. 9", "December 22", "Tuesday evening", "Friday afternoon"]
AGENCY = ["Reuters", "AFP", "AP", "Xinhua", "Anadolu", "EFE", "state", "local", "Saba", "Amaq", "IRNA", "Interfax"]
KM = ["20", "30", "45", "90", "120", "200"]
