"""Everyday news that is not political violence: local crime, courts, civic life, quotes.

These keep the classifier quiet on general news, where words like "found",
"battle", "agree" or "march" appear without any conflict event.
"""

from templates import T

PERSON = ["a man", "a woman", "a 34-year-old man", "a teenager", "a local resident", "the suspect", "a driver",
          "a neighbour", "a former employee", "a 19-year-old", "an elderly woman", "the homeowner", "a student"]

T["ORG_CRIME"] = T.get("ORG_CRIME", []) + [
    "{A woman|A man|A jogger} was stabbed {TIME} near {a park|a shopping centre|her home} in {PLACE}, police said.",
    "Police said {a man|a neighbour|the suspect} shot and killed {his wife|a neighbour|a co-worker} after an argument.",
    "{Two|Three} people were charged with arson after a fire destroyed {a barn|an empty house|a warehouse}.",
    "{A man|A woman} accused of {murder|killing his brother|robbing a store} appeared in court {TIME}.",
    "A jury convicted {a man|the defendant} of {murder|armed robbery|assault} {TIME}.",
    "A convicted killer asked the court to delay his execution.",
    "{A man|A teenager} was charged with {sexual assault|assault|burglary} after an incident at {a bar|a party|a school}.",
    "Officers arrested {three|two|four} people after finding {a meth lab|stolen goods|drugs} in {a car|a house|a trailer}.",
    "Police found {a body|a missing man|a stolen car} in {a parked vehicle|a lake|a wooded area} {TIME}.",
    "{A man|A woman} was sentenced to {ten years|life} in prison for {the killing|the robbery|fraud}.",
    "A gang of thieves broke into {a pharmacy|a jewellery shop|several cars} in {PLACE} {TIME}.",
    "A domestic dispute ended with {a man|a woman} shot in the leg, police said.",
]
T["NONE"] = T.get("NONE", []) + [
    "More information about the {festival|choir|club|event} can be found on its website.",
    "{Students|Pupils} at {the academy|the high school} celebrated {the holiday|graduation|the end of term} with a party.",
    "The {city council|school board|county commission} {agreed|voted} to {raise fees|approve the plan|hire a new manager} {TIME}.",
    "The {team|club} won the {battle|game|match} {TIME} with a late goal.",
    "{He|She} found {a puppy|a wallet|an old letter} on {his|her} doorstep one morning.",
    "The {museum|library|theatre} will open a new exhibition in March.",
    "{Residents|Parents|Shoppers} lined up early for the {sale|festival|parade} {TIME}.",
    "The {company|firm|bank} agreed to buy its rival for $2 billion.",
    "Stocks rallied after the {central bank|government} announced new measures.",
    "The {hospital|clinic|school} will {expand|close|relocate} next year, officials said.",
    "\"We're happy with the result,\" {the coach|the mayor|the director} said.",
    "{Firefighters|Crews} were called to {a house fire|a grass fire|a crash} on {Main Street|the highway} {TIME}.",
    "No injuries were reported.",
    "The {road|bridge|highway} will be closed for repairs until {Friday|next week|June}.",
    "The veteran suffered injuries in {the Gulf War|the war} decades ago and now lives in {PLACE}.",
    "The {election|primary|referendum} will be held on {Tuesday|March 3|November 8}.",
    "The conflict has killed more than {NUMBIG} people since {2014|2011|2003}.",
    "The region has suffered years of violence and poverty.",
    "The {minister|president|governor} visited {PLACE} to open a new {school|hospital|road}.",
    "Weather forecasters expect {snow|rain|sunshine} over the weekend.",
    "The {singer|band|actor} will perform in {PLACE} next month.",
    "The report said {unemployment|crime|poverty} had {fallen|risen} over the past year.",
    "{She|He} said the {agreement|contract|plan} would create hundreds of jobs.",
    "The {mine|factory|plant} employs about {NUMBIG} workers.",
    "{Officers|Volunteers} {set up|established} a {food bank|help desk|training programme} for families.",
    "The company's shares fell after it {missed|cut} its profit forecast.",
    "The war ended in {2003|1995|1988}, but its scars remain.",
    "A new book recounts the battle for the city in {1944|1916|1863}.",
    "Analysts said the {talks|deal|vote} could {boost|hurt} the economy.",
]

T["MAN_MADE_DISASTER"] = T.get("MAN_MADE_DISASTER", []) + [
    "{Two|Three} people died when their car collided with a truck on the highway {TIME}.",
    "A driver lost control and struck {a pedestrian|two women|a school bus}, police said.",
    "{Firefighters|Crews} launched an attack on the flames and brought the blaze under control.",
]
T["ORG_CRIME"] = T.get("ORG_CRIME", []) + [
    "Deputies arrested {a teen|a man|a woman} on {a weapons charge|drug charges|a burglary warrant} {TIME}.",
    "Officers made {NUM} drink-driving arrests during the holiday weekend.",
    "{A man|A teacher|A coach} was charged with sexually assaulting a child over several years.",
    "{A man|A woman} was arraigned on charges of {assault|theft|arson} {TIME}.",
    "A teenager was stabbed during a fight outside a school, police said.",
]
