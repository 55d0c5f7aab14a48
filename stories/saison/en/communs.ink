// Shared scenes: offered from the hubs of several weeks, played only once.

=== panne_karim ===
{ happened("karim_car") && not knows_need("karim", "mobilite"):
    Mr Haddad has left you a message: his car is at the garage, and the repair costs more than the car is worth. Without it, he cannot work outside Valmoran. # need: karim mobilite
}
->->

=== agenda ===
{ open_promises("cfp_cuisine") > 0:
    In your diary: Ms Dumas's application file, promised to Les Toques de Valmoran.
}
{ open_promises("jardins") > 0:
    In your diary: your answer to Mr Vidal at Les Jardins about Mr Haddad's application.
}
{ open_promises("langues") > 0:
    In your diary: the presentation promised to the learners at "Mots Partagés".
}
{ open_promises("habitat") > 0:
    In your diary: Léo's complete file, promised to Les Tilleuls.
}
->->

=== accord_dumas ===
{ not has_consent("dumas"):
    -> demander
}
->->

= demander
Before talking about Ms Dumas, you realise she has never agreed to your presenting her to partners.
* [Carry on: she's bound to agree, it's to help her]
    You carry on. You'll mention it to her later.
* [Step out and call her for two minutes: tell her what you'll pass on, and to whom]
    Ms Dumas picks up straight away. She agrees, and is touched to be asked. # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # agree: dumas rpe # score: ethique +1 Getting the person's consent before talking about her, even part-way through: she decides what circulates about her.
-
->->

=== mots_partages ===
Ms Lina Haddou shows you round "Mots Partagés": French-for-daily-life workshops, two mornings a week, run mostly by volunteers. On the walls, bus maps, a family benefits office calendar, recipes written in six languages. # scene: territory # time: 1
Ms Melnyk? There's one place left in the Tuesday workshop. I'll sign her up; she starts next week. # speaker: langues # refer: oksana langues
One thing sorted for Ms Melnyk. # solve: oksana langue
In return, I'd like you to come and present Relais Insertion to our learners: many of them are looking for work. When could you come? # speaker: langues
* ["Next week!"]
    Wonderful, I'll tell everyone. # speaker: langues # mood: happy # commit: langues 1 Present Relais Insertion to the learners at Mots Partagés
* ["Not for three weeks, but I'll stick to that date"]
    Three weeks, noted. Thank you for not promising lightly. # speaker: langues # commit: langues 3 Present Relais Insertion to the learners at Mots Partagés # score: confiance +1 Offering a date you can keep rather than one that pleases: trust rests on commitments honoured.
* ["We'll see: my diary is very full at the moment"]
    Oh. Well. Let me know, then. # speaker: langues # mood: sad # score: communication -1 A "we'll see" leaves the partner without an answer: better to say clearly what you can do, and when.
-
->->

=== presentation_langues ===
Saturday morning, you present Relais Insertion to the learners at "Mots Partagés": about twenty people, lots of questions. # scene: territory # time: 1
You promised, and here you are. That counts, here. # speaker: langues # mood: happy # keep: langues
How do you write a CV in France? Do you need a photo? Who recognises diplomas? You answer, you take notes, you promise to come back in September.
In the front row, Ms Melnyk gives you a little wave. Two learners book appointments at Relais Insertion.
->->

=== appel_ccas ===
Ms Martine Caron, a social worker at the CCAS, takes your call. # scene: phone # time: 1
Mr Haddad? I'm his RSA support worker: he signed his commitment contract with me, and the Département funds my workshop. # speaker: ccas
He starts my remobilisation workshop next month: Tuesdays and Thursdays, for three months. The long-term unemployed, you don't throw them in at the deep end without preparation. # speaker: ccas
{ semaine1.karim.tout:
    And he missed our last appointment: apparently you're handling everything now? # speaker: ccas # mood: annoyed # trust: ccas -5
}
{ semaine2.jardins.oui:
    -> deja
}
* [Tell her about the post at Les Jardins and suggest discussing it with Mr Vidal, the three of you]
    You describe the integration contract post at Les Jardins de Valmoran, and suggest talking it through together with Mr Vidal. # score: communication +2 Informing the support worker early and offering to discuss it openly, all three together: no surprises, and everyone keeps their place.
    An integration contract… Why not, as long as the workshop isn't sacrificed. Thank you for telling me first. # speaker: ccas # bond: ccas jardins +5
* [Stay vague: "we'll see what comes up for him"]
    You'd rather not mention Les Jardins until something is settled. # score: communication -2 Keeping a lead from the person's support worker sets her up for a nasty surprise: she will hear it from others.
    Fine. Keep me posted. # speaker: ccas # bond: ccas jardins -5
-
->->

= deja
* [Say nothing for now: it isn't signed yet]
    You keep the news for later. # score: communication -2 Ms Caron will hear from others that Mr Haddad has been placed elsewhere: surprises damage trust between partners.
    Fine. Keep me posted. # speaker: ccas # bond: ccas jardins -5
* [Tell her you have already put Mr Haddad forward at Les Jardins, and suggest discussing it again, the three of you]
    You tell her everything, including that you should have called her first. # score: communication +2 Breaking unwelcome news early is better than a surprise: open communication defuses conflicts.
    I'd have preferred to know before. But thank you for telling me. # speaker: ccas # mood: annoyed # trust: ccas -3
-
->->

=== toques ===
Ms Hélène Leroy runs "Les Toques de Valmoran". Spotless office, schedule on the wall, curt tone. # scene: territory # time: 2
The admissions panel for the CAP cuisine meets in week 5: two trainers, a chef from the town and me. The Region funds the places and scrutinises our pass rates. # speaker: cfp_cuisine
So I only look at complete applications. Tell me about your candidate. # speaker: cfp_cuisine
-> accord_dumas ->
* [Tell her everything: leaving school, the little brothers, her mother, so Ms Leroy sees how brave she is]
    Ms Leroy listens without taking a single note. # share: dumas cfp_cuisine # score: ethique -2 Family history is of no use to an admissions panel: share only what the partner needs, and leave the rest to the person.
* [Talk about her cooking experience, her motivation and her availability]
    Ms Leroy takes notes. # share: dumas cfp_cuisine # score: ethique +2 Pass on only what serves the partner's mission: skills, motivation, availability.
-
Good. I need her complete file before the panel. When will you send it? # speaker: cfp_cuisine
* ["Next Friday, without fail"]
    Next Friday, then. Noted. # speaker: cfp_cuisine # commit: cfp_cuisine 1 Send Ms Dumas's application file
* ["In two weeks at the latest: I need to put it together with her first"]
    That's just before the panel. But it's honest: noted. # speaker: cfp_cuisine # commit: cfp_cuisine 2 Send Ms Dumas's application file # score: confiance +1 Announcing a realistic date rather than a reassuring one: trust is built on commitments kept.
-
->->

=== dossier_dumas ===
Ms Dumas arrives with her papers in a clear plastic wallet. The hardest part remains: the covering letter. # scene: office # time: 2
{ not has_consent("dumas"):
    First of all, you explain what will go to Les Toques, and why. She gives her consent. # consent: dumas
}
* [Write the letter for her: you know what panels expect]
    Twenty minutes, and the letter is perfect. Ms Dumas reads it through without a word. # score: ethique -1 Writing in the person's place takes her project away from her; the panel will hear a voice other than her own.
* [Help her write it in her own words, even if it takes longer]
    It takes three drafts. The last one talks about her mother's restaurant and the Sunday dishes: it's her, through and through. # score: ethique +1 Supporting without doing it for her: a project the person puts into words is a project she can defend.
-
{ open_promises("cfp_cuisine") > 0:
    That same evening, the file goes to Les Toques through their secure messaging. # refer: dumas cfp_cuisine # keep: cfp_cuisine
  - else:
    The file reaches Les Toques late. Ms Leroy acknowledges it in one curt line. # refer: dumas cfp_cuisine # trust: cfp_cuisine -3
}
->->

=== relais_petite_enfance ===
The Relais Petite Enfance occupies the ground floor of the public services centre at the entrance to Valmoran. It doesn't look after children itself: it knows every registered childminder in the area, their places and their hours. # scene: territory # time: 2
-> accord_dumas ->
* [Go straight there: no need to bother Claire for a simple appointment]
    At reception, you're handed a general registration form. # score: equipe -1 Without calling on the colleague who knows the right contacts, you join the common queue: the synergy of skills begins in-house.
    Ms Aïcha Benson eventually sees you, between two appointments. # refer: dumas rpe
    I'll put her on the list. Evenings will be difficult. We'll call you back. # speaker: rpe
* [Call Claire first, who knows this service well]
    Ask for Ms Benson, and mention the late hours straight away: evenings in a kitchen, that's the real issue. # speaker: claire # score: equipe +2 Drawing on the colleague who knows the childcare services saves time and gets it right: this is the synergy of skills.
    Ms Aïcha Benson sees you at once. # refer: dumas rpe
    Evenings? I have a childminder, Ms Da Silva, who accepts late hours. I'll call her… She has a place from June. # speaker: rpe # mood: happy # solve: dumas garde_enfants
-
->->

=== roule_ma_poule ===
Mr Yann Le Gall, of the "Roule ma Poule" mobility platform, sees you between two scooters being serviced. # scene: territory # time: 2
{ happened("karim_car"):
    With a car fit for the scrapyard, we need to move fast. # speaker: mobilite
  - else:
    As long as his car still runs, we have a bit of leeway. But twenty years is old. # speaker: mobilite
}
I can rent him a scooter for two euros a day from Monday, or put him down for the community garage for a reconditioned used car: two months' wait. I just need your referral form. # speaker: mobilite
* [Choose the scooter for him: it's the quickest]
    Sorted in ten minutes. That evening, Mr Haddad calls you back, worried: he has never ridden a two-wheeler. Mr Le Gall adds a training session. # refer: karim mobilite # score: ethique -1 Choosing for the person saves ten minutes and loses his buy-in: decide with him, not for him.
* [Call Mr Haddad from Mr Le Gall's office, so he can choose]
    Mr Haddad asks questions, hesitates, then chooses the scooter with a training session, and stays on the community garage list for later. # agree: karim mobilite # refer: karim mobilite # score: ethique +1 Decide with the person, not for him: he's the one who will ride it, and he will stick better to a choice he made.
-
From Monday, Mr Haddad will have a way to get around. # solve: karim mobilite
->->

=== tremplin ===
"Tremplin Stages" occupies a small office covered in posters. Mr Julien Roux shakes your hand warmly. # scene: territory # time: 2
-> accord_dumas ->
A restaurant placement for Ms Dumas? No problem, we always find something! # speaker: tremplin # mood: happy # refer: dumas tremplin
On the wall, a board of current placements; lots of empty boxes. Mr Roux follows your gaze and smiles: placement agreement season is always a bit of a rush.
You think of Sam, who knows half the restaurant owners in Valmoran.
* [Trust Mr Roux: he seems sure of himself, no need to involve Sam]
    Mr Roux notes her profile and promises to call you back very soon. # score: equipe -1 Not calling on the colleague who knows the restaurant owners means doing without an asset: the synergy of skills also happens in-house.
* (sam) [Call Sam so he can introduce Mr Roux to the chef at the Bistrot du Marché]
    Sam makes the call within the hour. Paul Girard, the chef at the Bistrot du Marché, agrees to take Ms Dumas for a work-experience placement this summer. # score: equipe +2 A colleague's network complements the partner's: this is the synergy of skills.
    With Sam, we save three weeks. I'll handle the placement agreement. # speaker: tremplin # mood: happy
-
->->

=== tilleuls ===
"Les Tilleuls" social residence. Ms Claudine Petit, the director, sees you from behind a pile of files. # scene: territory # time: 2
Ms Melnyk asked you to put forward her housing application: you come with her agreement. # agree: oksana habitat
Housing for a mother and her twelve-year-old son? A studio flat may come free in July. I don't decide alone: the allocation panel brings together the landlord, the SIAO housing service and the residence. # speaker: habitat # refer: oksana habitat
I need a copy of her residence permit and proof of income quickly, or her application won't go through. # speaker: habitat
* [Photograph the documents in her file and send them to her right away by messaging app, from your phone]
    Three photos, one message: it's sent before you've even left her office. # score: numerique -2 A residence permit travelling through a personal messaging app stays stored on two phones: the quick tool is not the safe one.
* [Send them to her through the network's secure exchange platform]
    The documents go that same evening through the secure exchange platform, accessible to Ms Petit alone. # score: numerique +2 Personal documents travel by a secure route, to the one recipient who needs them: this is the right use of digital tools.
-
Allocation panel in week 6. I'll keep you informed. # speaker: habitat
->->

=== dossier_leo ===
Léo comes back with the receipt for his ID card application, his payslips from the summer, and the housing benefit application you filled in together. # scene: office # time: 1
The file goes to Les Tilleuls through the secure platform. # keep: habitat
File complete. The hostel room is Léo's in week 7. # speaker: habitat # mood: happy # solve: leo logement
->->
