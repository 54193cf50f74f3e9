"""Extra templates in the long, source-heavy style of wire reports (written by us)."""

from templates import T


def add(label: str, *templates: str) -> None:
    T.setdefault(label, []).extend(templates)


add("GOV_REGAINS_TERIT",
    "{STATE} have taken control of {PLACE} from {REBEL}, as government forces advanced on the {town|city|district}{SOURCE}.",
    "{STATE} declared victory after {securing|taking} {PLACE} from {REBEL} in {a week of fighting|a hard battle}{SOURCE}.",
    "{REBEL} were pushed back from areas around {STATE} positions in {PLACE} {UNIT}, with heavy losses{SOURCE}.",
    "{Dozens of|Many} {militants|insurgents} died as {STATE} {cleared|swept} them out of {villages|districts} they had held around {PLACE}{SOURCE}.",
    "The {military|army} {said|announced} it {had won back|was back in control of} {PLACE}, lost to {REBEL} {two months|weeks|a year} earlier{SOURCE}.",
    "{STATE} and allied {units|militias} {retook|recaptured} {PLACE} {TIME} after {REBEL} fled{SOURCE}.",
    "{STATE} in a new offensive against {REBEL} recaptured {PLACE} district {TIME}, local media reported.",
)
add("NON_STATE_ACTOR_OVERTAKES_TER",
    "{REBEL} seized a village near {PLACE} after {STATE} fled, reports from the area say.",
    "{REBEL} claimed to have recaptured several villages from {STATE} in a counter-attack near {PLACE}{SOURCE}.",
    "{REBEL} took over {two oil fields|the border crossing|the district centre} near {PLACE} {TIME} after clashing with the guards{SOURCE}.",
)
add("ARMED_CLASH",
    "{STATE} {have been|were} {trading fire|in a gunfight} with {REBEL} {for hours|all day} near {PLACE}{SOURCE}.",
    "{STATE} {beat back|fought off} an assault by {REBEL} on {TARGET_MIL} in {PLACE}{SOURCE}.",
    "{STATE} {killed|wounded} {NUM} {militants|fighters} in {operations|battles} around {PLACE}{SOURCE}.",
    "{REBEL} ambushed {a patrol|a convoy|troops} in {PLACE}, and {NUM} soldiers are missing{SOURCE}.",
    "{NUM} {militants|attackers} died and others were {captured|arrested} after they {stormed|assaulted} {TARGET_MIL} in {PLACE}{SOURCE}.",
)
add("FORCE_AGAINST_PROTEST",
    "{Officers|Police|Soldiers} {assaulted|charged} peaceful {student|opposition|women's} {marchers|demonstrators} in {PLACE}, {badly|seriously} injuring {NUM} of them{SOURCE}.",
    "{Police|Security forces} used live bullets to disperse a peaceful protest in {PLACE}, killing one demonstrator{SOURCE}.",
    "{NUM} protesters died in a crackdown on demonstrations in {PLACE} {TIME}{SOURCE}.",
    "{Police|Officers} {clubbed|kicked|struck} {marchers|demonstrators} with batons at a peaceful protest in {PLACE}, sending {NUM} to hospital.",
    "{Dozens of|Many|Scores of} people were {seriously injured|hospitalised} as {police|troops} fired {rubber bullets and live rounds|on the crowd} at a protest in {PLACE}{SOURCE}.",
)
add("PROTEST_WITH_INTER",
    "{Police|Riot police} used {smoke grenades|pepper spray|nonlethal rounds|tear gas} to disperse crowds at a rally in {PLACE} {TIME}{SOURCE}.",
    "{Police|Officers} detain protesters during a demonstration {CAUSE} in {PLACE}.",
    "{NUM} people were {held|detained} in {PLACE} as they tried to {rally|march} {CAUSE}{SOURCE}.",
    "{Police|Security forces} {stopped|blocked} a {march|rally} in {PLACE} and {pushed back|scattered} the crowd{SOURCE}.",
    "{Police|Forces} suppressed a peaceful {sit-in|demonstration} organised by {PROTESTERS} in {PLACE} {CAUSE}{SOURCE}.",
    "{Police|Riot police} {used|fired} {tear gas|pepper spray} on {a crowd|protesters} in {PLACE} after {banning|outlawing} the gathering{SOURCE}.",
)
add("PEACE_PROTEST",
    "A {planned|delayed} peaceful protest by {PROTESTERS} {went ahead|took place} in {PLACE} {TIME}{SOURCE}.",
    "{NUMBIG} {PROTESTERS} gathered in {PLACE} {TIME} to {honour|remember} {the victims|those killed}{SOURCE}.",
    "{PROTESTERS} {occupied|filled} {the main square|the station hall|a park} in {PLACE}, {holding|waving} {banners|placards} {CAUSE}.",
    "{PROTESTERS} demonstrated outside {the courthouse|the ministry} in {PLACE} over the {jailing|detention} of {an activist|a union leader}.",
    "{Large|Mass} demonstrations {CAUSE} {spread to|were held in} several cities {TIME}{SOURCE}.",
    "{PROTESTERS} {marched|rallied} in {PLACE} and nearby towns to {condemn|denounce} {the arrests|the killings|the new law}.",
    "{NUMBIG} people {began|started} {a march|protests} in {PLACE}, {walking|marching} to the {city hall|port}{SOURCE}.",
)
add("VIOL_DEMONSTR",
    "{PROTESTERS} {forced|blocked} {roads|offices} {closed|shut} in {PLACE} {TIME} as their protests grew {angrier|more violent}{SOURCE}.",
    "{Violent|Angry} protests {broke out|flared} in {PLACE} {TIME}{SOURCE}.",
    "Clashes broke out between police and demonstrators protesting {CAUSE} in {PLACE}{SOURCE}.",
    "A {protester|demonstrator} {hurls|throws} a {Molotov cocktail|rock|bottle} at police during a demonstration in {PLACE}.",
    "Protesters turned violent in {PLACE} as {police|officers} tried to end the demonstration{SOURCE}.",
    "{Activists|Protesters} rioted in {PLACE} {TIME}, {building|setting up} barricades{SOURCE}.",
    "Protests {CAUSE} in {PLACE} turned into {riots|unrest}, with {offices|cars} set ablaze{SOURCE}.",
    "{Hundreds of|Thousands of} protesters {blocked|occupied} {a highway|the airport road} in {PLACE}, scuffling with police{SOURCE}.",
)
add("MOB_VIOL",
    "Vigilantes {murdered|killed} {NUM} people in {PLACE} {after rumours spread|over suspicions of theft}{SOURCE}.",
    "{Mobs|Crowds} {stormed|raided} {stores|shops} in {PLACE} and {beat|attacked} {shopkeepers|guards}{SOURCE}.",
    "Mob {attacks|violence} against {Muslim|Christian|migrant} {families|traders} {returned to|hit} {PLACE} {TIME}{SOURCE}.",
    "{Local vigilantes|A vigilante group} {clashed with|fought} {bandits|raiders} in {PLACE}, killing {NUM}{SOURCE}.",
    "{Two|Three} men were beaten by {a mob|an angry crowd} in {PLACE} {after being accused of theft|over a land dispute}{SOURCE}.",
)
add("CHEM_WEAP",
    "{Civilians|Residents} in {PLACE} were {hit|attacked} with {suspected toxic gas|a suspected chemical agent} {TIME}{SOURCE}.",
    "{NUM} people {struggled to breathe|were choking} after {shells|rockets} {fell|landed} on {PLACE}, {doctors|medics} suspected a chemical agent{SOURCE}.",
    "{REBEL} fired mortar rounds containing poisonous gas on {STATE} in {PLACE}{SOURCE}.",
    "{STATE} {used|deployed} {mustard agent|sarin} against {PLACE}, {inspectors|experts} concluded.",
    "{Chlorine|Chemical} {bombs|munitions} were {dropped|used} on {PLACE}, {a watchdog|investigators} {said|confirmed}.",
)
add("AIR_STRIKE",
    "The aerial bombardment of {REBEL} positions in {PLACE} left {scores of|dozens of} fighters dead and wounded{SOURCE}.",
    "{Warships|Bombers} launched {NUM} {cruise missiles|Tomahawk missiles} at {an airfield|targets} in {PLACE}{SOURCE}.",
)
add("SUIC_BOMB",
    "{Attackers|Militants} {detonated|set off} suicide {vests|bombs} {outside|inside} {a hotel|an embassy} in {PLACE}{SOURCE}.",
)
add("ART_MISS_ATTACK",
    "{STATE} launched artillery attacks on {PLACE} in response to rocket fire{SOURCE}.",
    "{Tank|Artillery} fire hit {STATE} positions in {PLACE}, killing {NUM} {soldiers|guards}{SOURCE}.",
    "{STATE} fired {NUM} {artillery|mortar|tank} shells at {PLACE}{SOURCE}.",
    "{Missiles|Rockets} fired from {PLACE} {landed|fell} near {a town|a base}{SOURCE}.",
)
add("REM_EXPLOS",
    "{Suspected militants|Extremists|Attackers} hit {the airport|a market|a station} in {PLACE} with explosives, killing {NUM}{SOURCE}.",
    "A mine planted by {REBEL} went off near a police vehicle in {PLACE}{SOURCE}.",
    "{Two|Three} IEDs exploded in {PLACE}, destroying armoured vehicles and killing {NUM} soldiers{SOURCE}.",
    "A home-made explosive device planted by {REBEL} detonated next to {a vehicle|a checkpoint} in {PLACE}{SOURCE}.",
)
add("GRENADE",
    "{NUM} people were hurt in {two|three} grenade attacks in {PLACE}{SOURCE}.",
    "{Militants|Attackers} {caused|set off} {a grenade explosion|grenade blasts} in {PLACE}{SOURCE}.",
)
add("SEX_VIOL",
    "{STATE} {sexually abused|raped} {women|detainees} during {the unrest|the raids} in {PLACE}, a rights group said.",
    "{STATE} {sexually abused|assaulted} women {displaced|fleeing} from {PLACE}{SOURCE}.",
    "{Videos|Witnesses} showed {men|a group of men} sexually assaulting women in {PLACE}.",
    "A woman was raped on a bus in {PLACE} in front of her children{SOURCE}.",
    "{Young men|Soldiers|Guards} are accused of {gang rapes|raping women} in {PLACE}{SOURCE}.",
)
add("ATTACK",
    "{REBEL} {executed|killed} {NUM} {men|people} in {PLACE} {accused of spying|as punishment}{SOURCE}.",
    "{ATTACKER} {raided|stormed} {PLACE} and {attacked|shot at} {residents|villagers}{SOURCE}.",
    "{ATTACKER} carried out a massacre in {PLACE}, killing {NUM} people{SOURCE}.",
    "{ATTACKER} opened fire {in a clinic|at a market} in {PLACE}, killing {NUM} people{SOURCE}.",
)
add("ABDUCT_DISSAP",
    "{NUM} {party members|travellers} were kidnapped by {REBEL} near {PLACE}{SOURCE}.",
    "{STATE} have kidnapped {an activist|dozens of people} in a series of raids in {PLACE}{SOURCE}.",
    "{NUM} {border guards|soldiers|volunteers} were abducted by {REBEL} in {PLACE}{SOURCE}.",
    "Unknown men abducted {NUM} opposition members in {PLACE} {TIME}{SOURCE}.",
)
add("AGREEMENT",
    "{OFFICIAL} {promised|agreed} to release {NUMBIG} {rebel|insurgent} prisoners under the deal{SOURCE}.",
    "{OFFICIAL} said a deal had been reached with {mutinous soldiers|the rebels} in {PLACE}.",
    "{REBEL} have surrendered and agreed to join the government side in {PLACE}{SOURCE}.",
)
add("ARREST",
    "{Security agents|Police} {keep detaining|continue to arrest} {organisers of protests|strike leaders} in {PLACE}{SOURCE}.",
    "{A party leader|An opposition figure} and {NUM} other activists were arrested in {PLACE} {TIME}{SOURCE}.",
    "Authorities arrested {a pro-democracy activist|a union leader} on charges of {organising an illegal protest|sedition}{SOURCE}.",
    "{NUMBIG} activists have been arrested in {PLACE} as the authorities tighten the clampdown{SOURCE}.",
    "{Army and police teams|Security forces} {are conducting|carried out} raids to {detain|arrest} {activists|clerics} in {PLACE}{SOURCE}.",
)
add("CHANGE_TO_GROUP_ACT",
    "{STATE} have deployed troops in areas near {PLACE}, where {REBEL} withdrew forces in recent days{SOURCE}.",
    "{REBEL} {pull back|withdraw} from {PLACE}{SOURCE}.",
    "Large numbers of {STATE} have been dispatched to {PLACE} during the past week{SOURCE}.",
    "{STATE} reinforced their air defence systems along the border near {PLACE}{SOURCE}.",
    "A new {army command|militia|special unit} was {formed|created}{SOURCE}.",
    "{Tanks|Armoured vehicles|Troops} {headed|moved} to {PLACE} as reinforcements{SOURCE}.",
)
add("DISR_WEAP",
    "{NUM} {revolvers|rifles|pistols} and {NUM} rounds of ammunition were seized from the suspects{SOURCE}.",
    "{Unexploded bombs|Mortar bombs|Old shells} were found by {farmers|children} near {PLACE}{SOURCE}.",
    "Army engineers discovered {WEAPONS} and {WEAPONS} hidden on a farm near {PLACE}{SOURCE}.",
    "An explosive device was found close to {the airport|a church|a hotel} in {PLACE} and defused{SOURCE}.",
    "{STATE} destroyed {dozens of|hundreds of} {WEAPONS} during an operation in {PLACE}{SOURCE}.",
    "Air defences intercepted missiles fired at {PLACE}{SOURCE}.",
    "{Police|Officers} {found|intercepted} {a parcel bomb|letter bombs} at {a post office|a sorting office} in {PLACE}{SOURCE}.",
    "A stash of {WEAPONS} was found in {an abandoned house|a cave} near {PLACE}{SOURCE}.",
    "{WEAPONS} and {WEAPONS} were discovered {buried|hidden} near {PLACE}{SOURCE}.",
)
add("HQ_ESTABLISHED",
)
add("PROPERTY_DISTRUCT",
    "{Hoodlums|Thugs} {looted|ransacked} {houses|shops} in {PLACE} and {burned|torched} them{SOURCE}.",
    "{OFFICIAL} condemned the {destruction|burning} of {public property|government offices} in {PLACE}.",
    "{A shop|Stores} {was|were} looted in {PLACE} {TIME}{SOURCE}.",
    "{Foreign-owned|Migrant} shops were burned in {PLACE}{SOURCE}.",
    "{NUMBIG} people {looted|plundered} {shops|warehouses} in {PLACE}{SOURCE}.",
)
add("NON_VIOL_TERRIT_TRANSFER",
    "{REBEL} recaptured {PLACE} after {STATE} pulled out of the city{SOURCE}.",
    "The coalition withdrew from the base near {PLACE} and handed control back to {STATE}{SOURCE}.",
    "{Districts|Territory} {was|were} handed over to {STATE} under the peace deal{SOURCE}.",
)
add("OTHER",
    "{NUMBIG} people have fled {PLACE} {since the killings|after the massacre}{SOURCE}.",
    "The {regime|military} {launched|tested} a {new rocket|ballistic missile|spy satellite}{SOURCE}.",
)

# Events that did not (yet) happen keep their sub-type; the modality step marks them.
add("ATTACK",
    "{ATTACKER} {threatened|vowed} to kill {CIVILIANS} in {PLACE} unless they {left|paid}{SOURCE}.",
    "The cell was {planning|plotting|preparing} to {assassinate|kill} {officials|judges|journalists} in {PLACE}{SOURCE}.",
    "{REBEL} were poised to carry out more {assassinations|killings} in {PLACE}{SOURCE}.",
    "{ATTACKER} had planned to massacre {worshippers|villagers} in {PLACE}, police said.",
)
add("ARMED_CLASH",
    "{REBEL} threatened to attack {TARGET_MIL} in {PLACE} if {STATE} did not withdraw{SOURCE}.",
    "{STATE} {is|are} preparing to launch an offensive against {REBEL} near {PLACE}{SOURCE}.",
    "{REBEL} vowed to fight {STATE} in {PLACE} until the end{SOURCE}.",
    "{OFFICIAL} warned that fighting could break out in {PLACE} {within days|soon}.",
)
add("REM_EXPLOS",
    "{REBEL} {planned|plotted} to bomb {a market|a stadium|a church} in {PLACE}{SOURCE}.",
    "{REBEL} threatened to blow up {the bridge|the pipeline|government buildings} in {PLACE}{SOURCE}.",
)
add("ABDUCT_DISSAP",
    "{REBEL} threatened to kidnap {aid workers|foreigners|students} in {PLACE}{SOURCE}.",
)
add("PEACE_PROTEST",
    "{PROTESTERS} plan to march in {PLACE} {next week|on Friday} {CAUSE}{SOURCE}.",
    "{PROTESTERS} {vowed|threatened} to take to the streets of {PLACE} {CAUSE}.",
)
