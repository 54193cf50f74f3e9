"""Broader phrasings for the classes with the most varied wording (written by us).

Riots, mobs, looting, force against protesters, bombs and weapons seizures are
reported in many ways; these templates widen the verbs, nouns and sentence
shapes the classifier sees for them.
"""

from templates import T


def add(label: str, *templates: str) -> None:
    T.setdefault(label, []).extend(templates)


add("VIOL_DEMONSTR",
    "{Rioters|Protesters|Demonstrators} {smashed|broke} the windows of {banks|shops|government offices} and {set|lit} fires in {PLACE}{SOURCE}.",
    "Street battles raged in {PLACE} {TIME} as {protesters|demonstrators} fought {police|riot police|security forces}{SOURCE}.",
    "{Several|Dozens of|Many} {police officers|policemen} were injured when {protesters|demonstrators|rioters} attacked them with {stones|iron bars|sticks} in {PLACE}{SOURCE}.",
    "What began as a peaceful {march|rally} in {PLACE} ended in {rioting|clashes|violence} {TIME}{SOURCE}.",
    "{Protesters|Demonstrators} {stormed|attacked|invaded} {the parliament|a police station|the town hall} in {PLACE}, {ransacking|burning|damaging} {offices|vehicles}{SOURCE}.",
    "Unrest {spread|escalated} in {PLACE} {TIME}, with {youths|protesters} {burning tyres|throwing stones|erecting barricades}{SOURCE}.",
    "{Police|Security forces} used tear gas against {rioters|stone-throwing protesters} who had {blocked|barricaded} {the main road|the highway|a bridge} in {PLACE}{SOURCE}.",
    "{Supporters|Followers} of {the opposition|the candidate|the cleric} rioted in {PLACE} {TIME} after {the verdict|the results|his arrest}{SOURCE}.",
    "{PROTESTERS} {vandalised|damaged|defaced} {statues|shops|public buildings} during a {march|protest} in {PLACE} {CAUSE}{SOURCE}.",
    "Riots over {fuel prices|food prices|the election|police killings} {broke out|erupted|spread} in {PLACE} {TIME}{SOURCE}.",
)
add("MOB_VIOL",
    "{Residents|Villagers|A crowd} {attacked|beat|stoned} {a man|two men|a suspected thief} {accused|suspected} of {theft|kidnapping|witchcraft} in {PLACE}{SOURCE}.",
    "{Members of two communities|Rival clans|Youths from neighbouring villages} clashed with {machetes|sticks and stones|clubs} in {PLACE}, {wounding|killing} {NUM}{SOURCE}.",
    "A {lynch mob|crowd of villagers|mob of youths} {killed|burned|hacked to death} {a suspected cattle thief|a man accused of sorcery} in {PLACE} {TIME}{SOURCE}.",
    "{Mobs|Gangs of youths|Crowds} {attacked|targeted} {migrants|foreigners|members of the minority} and their {shops|homes} in {PLACE}{SOURCE}.",
    "{Vigilantes|A vigilante group|Local defence volunteers} {killed|captured and beat|fought} {NUM} {bandits|raiders|suspected robbers} in {PLACE}{SOURCE}.",
    "{Angry residents|A crowd} {set fire to|burned|destroyed} the house of {a man|a family} {accused of|suspected of} {murder|theft|witchcraft} in {PLACE}{SOURCE}.",
)
add("PROPERTY_DISTRUCT",
    "{Shops|Houses|Warehouses|Offices} were {looted|ransacked|burned|vandalised} in {PLACE} {TIME}{SOURCE}.",
    "{ATTACKER} {destroyed|burned|razed} {crops|granaries|houses|a market} in {PLACE} {TIME}{SOURCE}.",
    "{Unknown people|Arsonists|Attackers} {set fire to|torched|burned down} {a church|a mosque|a school|a party office} in {PLACE}{SOURCE}.",
    "{Residents|Officials|Business owners} {counted the damage|complained} after {looters|hoodlums|thugs} {ransacked|emptied|attacked} {shops|businesses} in {PLACE}{SOURCE}.",
    "{Government|Public|Private} {property|buildings|vehicles} {worth millions|were destroyed} in {PLACE} {TIME}{SOURCE}.",
    "{Looting|Vandalism|Arson} {hit|swept|spread through} {PLACE} {TIME}, {officials|residents|traders} said.",
    "{REBEL} {plundered|pillaged|seized} {livestock|food stocks|shops} in {PLACE} and burned {homes|the market}{SOURCE}.",
)
add("FORCE_AGAINST_PROTEST",
    "{Police|Security forces|Troops} {killed|shot|seriously wounded} {NUM} people when they {opened fire on|fired live rounds at} {a peaceful protest|demonstrators} in {PLACE}{SOURCE}.",
    "{A protester|A student|A young demonstrator} was {shot dead|killed|beaten to death} by {police|security forces|soldiers} during {a protest|a march|a rally} in {PLACE} {TIME}{SOURCE}.",
    "The {crackdown|violent dispersal|repression} of {peaceful|largely peaceful} {protests|demonstrations} in {PLACE} left {NUM} dead{SOURCE}.",
    "{Rights groups|Witnesses|Medics} said {police|troops} used {excessive force|live ammunition|lethal force} against {peaceful protesters|demonstrators} in {PLACE}, killing {NUM}.",
    "{Dozens of|Many|Scores of} {protesters|demonstrators} were {hospitalised|seriously injured|wounded by gunfire} after {police|security forces} {attacked|charged|fired on} a peaceful {march|rally} in {PLACE}{SOURCE}.",
)
add("REM_EXPLOS",
    "An explosion {hit|rocked|struck} {a market|a bus|a police station|a checkpoint} in {PLACE} {TIME}, and officials said {a bomb|an explosive device} had been {planted|hidden}{SOURCE}.",
    "{Militants|Attackers|Insurgents} {blew up|bombed|detonated explosives at} {a bridge|a pipeline|a police post|a convoy} in {PLACE} {TIME}{SOURCE}.",
)
add("AIR_STRIKE",
    "{Airstrikes|Air raids|Drone attacks|Bombing raids} {killed|wounded|hit} {NUM} {people|civilians|fighters} in {PLACE} {TIME}{SOURCE}.",
    "{Military aircraft|Jets|Planes|Drones} {struck|targeted|bombed|attacked} {a convoy|a hideout|a village|a town} {near|in} {PLACE}{SOURCE}.",
    "The {air force|military} said it had {bombed|struck|destroyed} {REBEL} {positions|bases|depots} in {PLACE}{SOURCE}.",
)
add("DISR_WEAP",
    "{Police|Troops|Security forces} {seized|recovered|confiscated} {WEAPONS} during {a search|a raid|an operation} in {PLACE}{SOURCE}.",
    "{A bomb|An explosive device|A grenade|A landmine} was {found|discovered|spotted} {near|in|under} {a school|a road|a car|a market} in {PLACE} and {defused|made safe|destroyed}{SOURCE}.",
    "{Air defences|The army|Anti-aircraft units} {intercepted|downed|shot down} {NUM} {drones|rockets|missiles} over {PLACE}{SOURCE}.",
    "{Weapons|Arms|Explosives} {were found|were discovered|were uncovered} {in a house|in a vehicle|in a hideout|buried on a farm} in {PLACE}{SOURCE}.",
)
add("ATTACK",
    "{CIVILIANS} were {shot|hacked|killed|executed} by {ATTACKER} in {PLACE} {TIME}{SOURCE}.",
)
