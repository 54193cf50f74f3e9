"""Sentence templates per class for the event-training generator (written by us).

``{SLOT}`` draws from ``vocab.py``; ``{a|b|c}`` picks one alternative.  Each class
has templates in several tenses and voices (headline present, past, passive).
"""

T: dict[str, list[str]] = {}

T["GOV_REGAINS_TERIT"] = [
    "{STATE} {retook|recaptured|regained control of|liberated|took back|won back} {PLACE} from {REBEL} {TIME}{SOURCE}.",
    "{STATE} have {recaptured|retaken|liberated|regained} the town of {PLACE} after {heavy|days of|fierce} fighting with {REBEL}{SOURCE}.",
    "{STATE} {drove|pushed|forced} {REBEL} out of {PLACE} {TIME} and {regained|restored} control of the {town|district|city}{SOURCE}.",
    "The army {says|said} it has {recaptured|retaken|liberated} {PLACE} {UNIT} from {REBEL}.",
    "{PLACE} was {recaptured|retaken|liberated} by {STATE} {TIME} after {months|a year|weeks} under {REBEL} control.",
    "{STATE} {seized|took} control of {PLACE} from {REBEL} after {a fierce battle|heavy clashes|an offensive}{SOURCE}.",
    "Backed by air support, {STATE} {regained|retook} several villages around {PLACE} from {REBEL}.",
    "Government troops {reclaim|retake|recapture} {PLACE} from {REBEL} after {two-day|week-long|fierce} battle.",
    "{STATE} cleared {REBEL} from {PLACE} {TIME}, restoring government control over the {town|area|highway}{SOURCE}.",
    "The {military|army} announced the liberation of {PLACE} from {REBEL} {TIME}.",
    "{STATE} {advanced into|stormed} {PLACE} and {retook|recaptured} it from {REBEL}, killing {NUM} fighters{SOURCE}.",
    "After {a counteroffensive|a week of fighting|heavy fighting}, {STATE} regained the {strategic|key} town of {PLACE}.",
    "{REBEL} were {driven|pushed} out of {PLACE} as {STATE} {retook|regained} the {town|hilltops|district centre}.",
]
T["NON_STATE_ACTOR_OVERTAKES_TER"] = [
    "{REBEL} {captured|seized|overran|took over|took control of} {PLACE} {TIME} after {heavy|fierce|days of} fighting with {STATE}{SOURCE}.",
    "{REBEL} have {seized|captured|overrun} a {district centre|military base|town|border crossing} in {PLACE}{SOURCE}.",
    "{PLACE} fell to {REBEL} {TIME} after {STATE} {were routed|were defeated|lost a battle} there{SOURCE}.",
    "{REBEL} {stormed and seized|overran and captured} the town of {PLACE}, {killing|wounding} {NUM} soldiers.",
    "{REBEL} {capture|seize|overrun} {PLACE} after {clashes|a battle|an assault} with {STATE}.",
    "{REBEL} {gained|took} control of {PLACE} {UNIT} following {an assault|a battle|an offensive} on government positions{SOURCE}.",
    "The {town|district|village} of {PLACE} is now under the control of {REBEL}, who {overran|captured} it {TIME} after fighting the army.",
    "{REBEL} {recaptured|retook} {PLACE} from {STATE} in a {counteroffensive|surprise assault|dawn attack}{SOURCE}.",
    "{REBEL} {overran|seized} several army {posts|checkpoints|bases} and took control of {PLACE} {TIME}.",
    "After {hours|days} of fighting, {REBEL} {captured|seized} the {district headquarters|airport|oil field|main road} in {PLACE}.",
]
T["ARMED_CLASH"] = [
    "{STATE} {clashed|fought|exchanged fire} with {REBEL} in {PLACE} {TIME}{SOURCE}.",
    "{REBEL} {attack|ambush|storm} {TARGET_MIL} in {PLACE}, {killing|leaving} {NUM} {soldiers|police officers} dead.",
    "{NUM} {soldiers|police officers|militiamen} died when {REBEL} ambushed {a convoy|a patrol|their vehicle} near {PLACE}{SOURCE}.",
    "{STATE} killed {NUM} {militants|insurgents|rebels} during {an operation|a raid|a gun battle} in {PLACE} {TIME}{SOURCE}.",
    "{REBEL} and {REBEL} {clashed|fought} over control of {PLACE} {TIME}, leaving {NUM} fighters dead{SOURCE}.",
    "{NUM} {militants|insurgents} were killed when {STATE} {responded|returned fire} after an attack on {TARGET_MIL} in {PLACE}.",
    "{STATE} launched an offensive against {REBEL} {positions|hideouts} in {PLACE}, killing {NUM} fighters{SOURCE}.",
    "{STATE} {kill|neutralise} {NUM} {terrorists|militants|insurgents} in {PLACE} gunfight.",
    "{NUM} {soldiers|policemen} were killed in a {Taliban|militant|rebel|jihadist} attack on {a checkpoint|their base|a security post} in {PLACE}{SOURCE}.",
]
T["FORCE_AGAINST_PROTEST"] = [
    "{NUM} protesters were killed when {police|security forces|troops|soldiers} used live ammunition to disperse a {march|rally|demonstration} in {PLACE}{SOURCE}.",
    "{Police|Security forces|Soldiers} {shot dead|killed|gunned down} {NUM} demonstrators during {a peaceful protest|a march|an opposition rally} in {PLACE}{SOURCE}.",
    "{Police|Troops} {beat|clubbed} {PROTESTERS} with batons, leaving {NUM} of them in hospital with serious injuries{SOURCE}.",
    "{Security forces|Police} fired live rounds at a peaceful {sit-in|march|rally} in {PLACE}, {killing|seriously wounding} {NUM} {protesters|demonstrators}.",
    "A protester was killed and {NUM} others badly injured after police fired on a {march|crowd of demonstrators} in {PLACE} {TIME}.",
    "{Soldiers|Police} violently broke up a peaceful protest in {PLACE}, {killing|critically injuring} {NUM} people{SOURCE}.",
    "{Police|Soldiers} kill {NUM} protesters in {PLACE} as crackdown on demonstrations intensifies.",
    "{NUM} demonstrators were {hospitalised|seriously injured} after {police|troops} attacked a peaceful {student|opposition|women's} march in {PLACE}{SOURCE}.",
]
T["PROTEST_WITH_INTER"] = [
    "{Police|Riot police|Security forces} {dispersed|broke up} a {protest|demonstration|rally} by {PROTESTERS} in {PLACE} {TIME} using {tear gas|water cannon|batons|pepper spray}{SOURCE}.",
    "{Police|Authorities} {detained|arrested} {NUM} protesters during a {demonstration|march|rally} {CAUSE} in {PLACE} {TIME}{SOURCE}.",
    "{Riot police|Police} used water cannon and rubber bullets to break up a peaceful {rally|march|sit-in} in {PLACE}.",
    "{Police|Security forces} {suppressed|blocked|broke up} a peaceful march of {PROTESTERS} {CAUSE} in {PLACE}{SOURCE}.",
    "Police {disperse|break up} {student|opposition|anti-government} protest in {PLACE} with tear gas.",
    "{NUM} demonstrators were detained as police broke up a {protest|rally|vigil} in {PLACE} {TIME}.",
    "A {sit-in|protest|march} {CAUSE} in {PLACE} was broken up by police, who {detained|arrested} several organisers{SOURCE}.",
    "Officers used pepper spray and batons to {clear|disperse} {PROTESTERS} from a square in {PLACE}{SOURCE}.",
]
T["PEACE_PROTEST"] = [
    "{NUMBIG} {PROTESTERS} {marched|rallied|demonstrated|gathered} in {PLACE} {TIME} {CAUSE}{SOURCE}.",
    "{PROTESTERS} took to the streets of {PLACE} {TIME} {CAUSE}{SOURCE}.",
    "{PROTESTERS} staged a peaceful {protest|sit-in|march|demonstration} in {PLACE} {CAUSE}.",
    "A peaceful {march|rally|vigil|protest} was held in {PLACE} {TIME} {CAUSE}{SOURCE}.",
    "{PROTESTERS} {protest|rally|march} in {PLACE} {CAUSE}.",
    "{NUMBIG} people joined a {march|demonstration|rally} in {PLACE} {CAUSE}, which passed off peacefully{SOURCE}.",
    "{PROTESTERS} held a {sit-in|vigil|demonstration} outside the {parliament|governor's office|ministry|courthouse} in {PLACE} {CAUSE}.",
    "Demonstrators gathered in {PLACE} {TIME} carrying placards and chanting slogans {CAUSE}.",
    "{PROTESTERS} blocked no roads and dispersed peacefully after a {rally|march} in {PLACE} {CAUSE}{SOURCE}.",
    "Protests {CAUSE} spread to {PLACE} {TIME}, where {NUMBIG} people marched peacefully.",
    "{PROTESTERS} {demonstrated|protested} in front of the {embassy|town hall|central bank} in {PLACE} {CAUSE}.",
    "Opposition supporters staged {a rally|demonstrations} in several cities including {PLACE} {TIME}{SOURCE}.",
]
T["VIOL_DEMONSTR"] = [
    "{PROTESTERS} {threw stones|hurled rocks|threw petrol bombs} at police in {PLACE} {TIME} during a protest {CAUSE}{SOURCE}.",
    "{Protesters|Demonstrators|Rioters} {set fire to|torched|burned} {cars|a police station|government buildings|tyres} in {PLACE} {CAUSE}{SOURCE}.",
    "A protest {CAUSE} in {PLACE} turned violent {TIME} when demonstrators clashed with police{SOURCE}.",
    "{Protesters|Demonstrators} clashed with {police|security forces} in {PLACE} and erected barricades {CAUSE}.",
    "Rioting broke out in {PLACE} {TIME} as angry demonstrators {looted shops|smashed windows|burned vehicles}{SOURCE}.",
    "{Protesters|Demonstrators} {blocked roads with burning tyres|barricaded streets|vandalised offices} in {PLACE} {CAUSE}.",
    "{Youths|Protesters|Demonstrators} {pelted|attacked} police with {stones|bottles|fireworks} in {PLACE} {TIME}{SOURCE}.",
    "{Protesters|Rioters} {riot|clash with police} in {PLACE} {CAUSE}.",
    "Demonstrators stormed the {governor's office|parliament building|police station} in {PLACE} and set it ablaze{SOURCE}.",
    "Violent protests erupted in {PLACE} {TIME}, with demonstrators {burning|ransacking} {banks|offices|shops}{SOURCE}.",
    "{Protesters|Demonstrators} {shut down|blocked} main roads in {PLACE} with {barricades|burning tyres} {CAUSE}{SOURCE}.",
    "{Rioters|Protesters} threw Molotov cocktails at {riot police|officers} during a demonstration in {PLACE}.",
]
T["MOB_VIOL"] = [
    "A mob {lynched|beat to death|burned alive} {a suspected thief|a man accused of witchcraft|two suspected kidnappers} in {PLACE} {TIME}{SOURCE}.",
    "Vigilantes {killed|lynched|beat} {NUM} suspected {bandits|thieves|cattle rustlers} in {PLACE}{SOURCE}.",
    "A mob {attacked|stormed} {a police station|a clinic|a village} in {PLACE} after rumours spread {TIME}{SOURCE}.",
    "Mob violence {erupted|broke out} in {PLACE} {TIME}, with residents attacking {CIVILIANS}{SOURCE}.",
    "Villagers {armed with machetes|armed with sticks} {attacked|chased} {NUM} {herders|suspects} in {PLACE}, killing {NUM}{SOURCE}.",
    "{Residents|Vigilantes|A mob} {lynch|kill} {suspected thief|alleged kidnapper|two suspects} in {PLACE}.",
    "Rival groups of youths fought with machetes and clubs in {PLACE} {TIME}, leaving {NUM} people injured{SOURCE}.",
    "A local vigilante group fought off {armed bandits|attackers} in {PLACE}, killing {NUM} of them{SOURCE}.",
]
T["CHEM_WEAP"] = [
    "{Government forces|Rebels|Militants|The army} used {chlorine gas|sarin|mustard gas|a nerve agent|poison gas} in an attack on {PLACE} {TIME}{SOURCE}.",
    "A suspected chemical weapons attack on {PLACE} killed {NUM} civilians {TIME}{SOURCE}.",
    "Investigators {confirmed|found} that {sarin|chlorine|sulfur mustard} was used in an attack on {PLACE}.",
    "{Shells|Rockets|Barrel bombs} filled with {toxic gas|chlorine|poisonous gas} {hit|struck|landed in} {PLACE}, {killing|sickening} {NUM} people{SOURCE}.",
    "Doctors in {PLACE} treated {NUM} patients for symptoms of {nerve agent|chemical} exposure after an attack {TIME}.",
    "The watchdog said {chemical weapons|chlorine munitions|a toxic chemical} had been used against civilians in {PLACE}.",
    "{Chemical attack|Gas attack} kills {NUM} in {PLACE}, activists say.",
    "{Residents|Fighters} in {PLACE} reported choking and blurred vision after {projectiles|rockets} released {a yellow gas|poisonous fumes}{SOURCE}.",
]
T["AIR_STRIKE"] = [
    "{Warplanes|Fighter jets|Military aircraft|Drones} {struck|bombed|pounded|hit} {PLACE} {TIME}, {killing|wounding} {NUM} people{SOURCE}.",
    "{Air strikes|Airstrikes|Drone strikes} {targeted|hit} {REBEL} {positions|hideouts|camps} in {PLACE}{SOURCE}.",
    "A {drone strike|US drone strike|coalition air strike} killed {a senior commander|NUM militants} near {PLACE} {TIME}{SOURCE}.",
    "{Helicopter gunships|Military helicopters} {attacked|fired on} {REBEL} {convoys|positions} in {PLACE} {TIME}.",
    "Air raid on {PLACE} {market|hospital|village} kills {NUM}.",
    "Aerial bombardment of {PLACE} left {NUM} people dead and many wounded{SOURCE}.",
    "{Warplanes|Jets} dropped {barrel bombs|bombs} on {PLACE} {TIME}, destroying {homes|a school|a bridge}{SOURCE}.",
    "{Warships|Bombers} launched cruise missiles at {an airbase|military targets} in {PLACE}{SOURCE}.",
    "{An armed drone|A drone} hit a vehicle carrying {REBEL} in {PLACE}, killing all on board{SOURCE}.",
    "{NUM} people died when {jets|aircraft|planes} bombed {a market|a village|a wedding} in {PLACE}{SOURCE}.",
]
T["SUIC_BOMB"] = [
    "A suicide car bomb {struck|hit|targeted} {TARGET_MIL} in {PLACE} {TIME}{SOURCE}.",
    "Suicide bombing kills {NUM} in {PLACE}.",
    "A bomber wearing an explosive vest detonated it {at|inside} a {wedding|crowded market|mosque} in {PLACE}{SOURCE}.",
    "An attacker drove an explosives-laden vehicle into {TARGET_MIL} in {PLACE} and blew it up{SOURCE}.",
    "Suicide bombers {struck|attacked} {PLACE} {TIME}, killing {NUM} people, rescue workers said.",
]
T["ART_MISS_ATTACK"] = [
    "{STATE} {shelled|bombarded} {PLACE} {TIME}, killing {NUM} civilians{SOURCE}.",
    "{Rockets|Missiles|Mortar rounds|Artillery shells} fired by {REBEL} {hit|struck|landed in} {PLACE} {TIME}, {killing|wounding} {NUM} people{SOURCE}.",
    "{REBEL} fired {rockets|mortars|missiles} at {PLACE} {TIME}{SOURCE}.",
    "A {ballistic missile|rocket|mortar shell} {hit|struck} {a residential area|a market|an airport} in {PLACE}{SOURCE}.",
    "{Tanks|Artillery units} {pounded|shelled} {REBEL} positions {near|outside} {PLACE} {TIME}{SOURCE}.",
    "{The army|Government troops} fired {NUM} {shells|rockets|mortar bombs} at {PLACE} overnight{SOURCE}.",
    "{REBEL} launched {a missile attack|a rocket barrage} on {PLACE}, damaging {homes|a power station}{SOURCE}.",
    "Missiles {struck|slammed into} {PLACE} {TIME}, {killing|injuring} {NUM} people{SOURCE}.",
    "{STATE} used {heavy artillery|multiple rocket launchers|mortars} against villages around {PLACE}{SOURCE}.",
]
T["REM_EXPLOS"] = [
    "A roadside bomb {killed|wounded} {NUM} {soldiers|civilians|passengers|policemen} in {PLACE} {TIME}{SOURCE}.",
    "An improvised explosive device {exploded|went off|detonated} near {a convoy|a market|a bus|a police vehicle} in {PLACE}, {killing|wounding} {NUM} people{SOURCE}.",
    "A car bomb {exploded|went off|ripped through} {a busy street|a market|a checkpoint} in {PLACE} {TIME}{SOURCE}.",
    "Militants detonated {a car bomb|an explosive device|a roadside bomb} targeting {TARGET_MIL} in {PLACE}{SOURCE}.",
    "A {magnetic|sticky} bomb attached to a {car|vehicle} exploded in {PLACE} {TIME}, killing {a local official|a driver}{SOURCE}.",
    "A {child|farmer|herder} was killed when {an unexploded shell|old ordnance|a landmine} went off in a field near {PLACE}{SOURCE}.",
    "Twin {bomb blasts|explosions} rocked {PLACE} {TIME}, leaving {NUM} dead{SOURCE}.",
    "A bomb planted {in a bag|on a motorbike|under a bridge} exploded in {PLACE}, wounding {NUM} people{SOURCE}.",
]
T["GRENADE"] = [
    "{NUM} people were injured when {a hand grenade|a grenade} was thrown into {a crowd|a market|a restaurant} in {PLACE}{SOURCE}.",
    "Grenade {blast|attack} {injures|kills} {NUM} in {PLACE}.",
    "A grenade exploded {outside|inside} {a nightclub|a church|a police station} in {PLACE}, {killing|wounding} {NUM}{SOURCE}.",
    "{ATTACKER} on a motorbike tossed a grenade into {a house|a bar|a wedding} in {PLACE}{SOURCE}.",
    "Two grenade attacks {targeted|hit} {a CRPF camp|police stations|security posts} in {PLACE} {TIME}{SOURCE}.",
]
T["SEX_VIOL"] = [
    "{Soldiers|Militiamen|Gunmen|Security forces|Fighters} {raped|sexually assaulted} {NUM} women in {PLACE} {TIME}{SOURCE}.",
    "A {woman|girl|teenager} was {gang-raped|raped|sexually assaulted} by {soldiers|armed men|militiamen} in {PLACE}{SOURCE}.",
    "Rights groups accused {STATE} of {rape|sexual violence|sexual abuse} against women in {PLACE}.",
    "{REBEL} {abused|raped} women and girls {in|near} {PLACE}, a {report|UN report|rights group} said.",
    "{Survivors|Women} described {being raped|sexual violence} by {armed men|troops} during the raid on {PLACE}{SOURCE}.",
    "{Soldiers|Police officers} stripped and {sexually assaulted|abused} detainees in {PLACE}{SOURCE}.",
    "{NUM} cases of rape by {soldiers|fighters|militiamen} were reported in {PLACE} {TIME}{SOURCE}.",
    "Gang rape of {girl|woman} by {armed men|militiamen} sparks outrage in {PLACE}.",
]
T["ATTACK"] = [
    "{ATTACKER} {kill|massacre} {NUM} {villagers|civilians|farmers} in {PLACE}.",
    "{ATTACKER} {assassinated|shot dead} {a local official|a journalist|a judge|a tribal elder|an off-duty policeman|a district governor} in {PLACE} {TIME}{SOURCE}.",
    "{ATTACKER} {stabbed|hacked} {NUM} {CIVILIANS} to death in {PLACE} {TIME}{SOURCE}.",
    "{STATE} {shot dead|killed|tortured} {NUM} unarmed {CIVILIANS} in {PLACE}, rights groups said.",
    "A massacre in {PLACE} left {NUM} {CIVILIANS} dead {TIME}{SOURCE}.",
    "{ATTACKER} {burned|torched} a village in {PLACE} and killed {NUM} residents{SOURCE}.",
    "An {aid worker|activist|election official|off-duty soldier} was shot dead by {ATTACKER} outside his home in {PLACE}{SOURCE}.",
    "{ATTACKER} {killed|murdered} {a policeman|a police officer|an officer} {in his home|on his way home|at a market} in {PLACE}{SOURCE}.",
]
T["ABDUCT_DISSAP"] = [
    "{NUM} {CIVILIANS} were {kidnapped|abducted} by {ATTACKER} {from their homes|on a highway|from a school} in {PLACE}{SOURCE}.",
    "{ATTACKER} {kidnap|abduct} {NUM} {students|passengers|villagers} in {PLACE}.",
    "{REBEL} took {NUM} {CIVILIANS} hostage in {PLACE} {TIME}{SOURCE}.",
    "{A journalist|An activist|A local politician|A priest} was abducted by {ATTACKER} in {PLACE} and has not been seen since{SOURCE}.",
    "{Plainclothes agents|Security agents|Men in uniform} {whisked away|seized} {an activist|a critic|a blogger} in {PLACE} {TIME}, and his family does not know where he is held{SOURCE}.",
    "Rights groups reported the forced disappearance of {NUM} {activists|opposition members} in {PLACE}.",
    "{ATTACKER} stopped a {bus|convoy of vehicles} near {PLACE} and {kidnapped|abducted} {NUM} passengers{SOURCE}.",
    "The abduction of {NUM} {CIVILIANS} by {REBEL} in {PLACE} was confirmed by {officials|residents}.",
]
T["AGREEMENT"] = [
    "The government and {REBEL} signed a peace {deal|agreement|accord} in {PLACE} {TIME}{SOURCE}.",
    "{NUM} {REBEL} surrendered to {STATE} in {PLACE} {TIME}{SOURCE}.",
    "{NUM} {militants|fighters|insurgents} laid down their weapons and surrendered to {the authorities|the army|security forces} in {PLACE}{SOURCE}.",
    "The government released {NUM} {rebel fighters|prisoners|detained militants} in exchange for {NUM} soldiers{SOURCE}.",
    "{Warring parties|The two sides} agreed to resume peace talks in {PLACE} {TIME}{SOURCE}.",
    "{REBEL} agreed to an evacuation deal that will let fighters leave {PLACE}{SOURCE}.",
    "{NUM} {fighters|militants} of {REBEL} {surrender|lay down arms} in {PLACE}.",
    "The army and mutinous soldiers reached an agreement to end the mutiny in {PLACE}{SOURCE}.",
    "Peace talks between the government and {REBEL} opened in {PLACE} {TIME}{SOURCE}.",
]
T["ARREST"] = [
    "{Police|Security forces|Intelligence agents} arrested {an opposition leader|a senior militant commander|a prominent activist|the former minister} in {PLACE}{SOURCE}.",
    "{Police|Security forces} {busted|dismantled} a {militant|terrorist|rebel} cell in {PLACE} and arrested its {NUM} members{SOURCE}.",
    "{NUM} {opposition activists|party members|journalists|protest organisers} were arrested in {PLACE} {TIME}{SOURCE}.",
    "{Police|Authorities} {detained|rounded up} {NUMBIG} people {over alleged links to|suspected of supporting} {REBEL} in {PLACE}{SOURCE}.",
    "{Police|Soldiers} {arrest|detain} {NUM} suspected {militants|jihadists|rebel collaborators} in {PLACE}.",
    "A senior {AQAP|IS|al-Shabaab|Taliban|Boko Haram} {commander|operative} was {arrested|captured|taken into custody} in {PLACE} {TIME}{SOURCE}.",
    "{Special forces|Commandos} {captured|apprehended} {a wanted militant leader|a bomb maker|an IS recruiter} in a raid on {PLACE}{SOURCE}.",
    "{Police|Authorities} arrested {a journalist|a blogger|a union leader} for criticising the government{SOURCE}.",
    "{NUMBIG} people have been detained in a crackdown on the opposition in {PLACE}{SOURCE}.",
    "{Police|Security forces} raided the homes of {opposition figures|activists} in {PLACE} and detained {NUM} of them{SOURCE}.",
]
