// Shared scenes: offered from the hubs of several weeks, played only once.

=== panne_karim ===
{ happened("karim_car") && not knows_need("karim", "mobilite"):
    Mr Haddad has left you a message: his car is at the garage, and the repair costs more than the car is worth. Without it, he cannot work outside Valmoran. # need: karim mobilite
}
->->

// At the start of the week: the counsellor's promises, then the partners' own, kept or not.
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
{ open_pledges("france_travail") > 0:
    In your inbox: the dates of the next forklift licence session, sent by Mr Nguyen as promised. # pledge_kept: france_travail
}
{ open_pledges("rpe") > 0 && is_solved("dumas", "garde_enfants"):
    Ms Benson, at the Relais Petite Enfance, confirms the evening place with Ms Da Silva, as promised. # pledge_kept: rpe
}
{ open_pledges("tremplin") > 0 && tremplin.sam:
    Mr Roux sends you Ms Dumas's immersion agreement, signed by the mission locale, as promised. # pledge_kept: tremplin
}
{ broken_pledges("rpe") > 0 && not relance_rpe:
    -> relance_rpe ->
}
{ broken_pledges("tremplin") > 0 && not relance_tremplin:
    -> relance_tremplin ->
}
->->

=== relance_rpe ===
Ms Benson, at the Relais Petite Enfance, was to call you back before Friday about an evening place. No news, and Ms Dumas's mother leaves for Portugal soon.
* [Tell Ms Dumas not to count on the Relais any more, and search with her on the CAF website]
    You spend an hour on the website with her: two childminders, neither in the evening. Ms Dumas leaves discouraged, and wary of the Relais. # score: ethique +1 Keeping her informed and searching with her leaves her in charge of her own steps. # score: confiance -2 Running down a partner to the person, without having told the partner about the missed call, damages a relationship she will still need.
* [Call Ms Benson: Ms Dumas is waiting, where is the list at?]
    Oh, sorry! With the registrations for September, I'm swamped. Ms Da Silva takes evenings: I'll call her right away. # speaker: rpe # mood: sad # trust: rpe +3 # score: confiance +2 Telling the partner simply, without reproach, that a commitment was not kept keeps the relationship open: mutual trust is built there too.
    An hour later it's done: Ms Da Silva will look after Ms Dumas's son in the evenings, from June. # solve: dumas garde_enfants
* [Ask Claire for a childminder's number, without going back to the Relais]
    Claire gives you the number of Ms Da Silva, who takes evenings. It's sorted; the Relais will never know why you stopped calling. # solve: dumas garde_enfants # score: equipe +1 Drawing on a colleague who knows the field saves time. # score: confiance -2 Going round a partner who missed a commitment, without telling them, damages trust on both sides.
-
->->

=== relance_tremplin ===
Mr Roux, at Tremplin Stages, was to call you back before Friday with a placement lead for Ms Dumas. Nothing.
* [Call Mr Roux: you were waiting for his call, what's holding things up?]
    You're right, I let it slip: it's placement agreement season. I'll call you back on Thursday, with a date this time. # speaker: tremplin # mood: sad # trust: tremplin +3 # score: confiance +2 Telling the partner, without reproach, that a commitment was not kept, and agreeing on what comes next: mutual trust is repaired by talking.
* [Ask Sam to call the Bistrot du Marché, without mentioning it to Mr Roux]
    Sam calls Mr Girard, who is happy to meet Ms Dumas. Mr Roux keeps searching, not knowing he is searching for nothing. # score: equipe +1 A colleague's network can unblock a situation. # score: confiance -2 Going round a partner without telling him what is wrong leaves him working for nothing and damages the relationship.
* [Say at the team meeting that Tremplin Stages doesn't follow up its cases]
    Sam rolls his eyes, Claire makes a note to send them nobody else. # score: evaluation +1 Keeping track of what works or not with a partner feeds the partnership review. # score: confiance -2 Judging a partner in front of the team without having spoken to them is running them down: they had no chance to explain.
-
->->

=== accord_dumas ===
{ not has_consent("dumas"):
    -> demander
}
->->

= demander
Before talking about Ms Dumas, you realise she has never agreed to your presenting her to partners.
* [Carry on: you'll tell her this evening what you passed on]
    You carry on. You'll mention it to her later.
* [Step out and call her for two minutes to ask for her consent]
    Ms Dumas picks up straight away. She agrees, and is touched to be asked. # consent: dumas # agree: dumas cfp_cuisine # agree: dumas tremplin # agree: dumas rpe # score: ethique +1 Getting the person's consent before talking about her, even part-way through: she decides what circulates about her.
-
->->

=== nouvelles_lambert ===
You call Ms Lambert at the mission locale: she is Ms Dumas's lead adviser. # scene: phone # time: 1
You tell her where the plan stands: the application has gone to Les Toques, and the admissions board meets on 10 June. # share: dumas mission_locale
Thank you, that's exactly what I needed. I'll note it in her file, and we'll talk it over with her at our monthly appointment. # speaker: mission_locale # mood: happy # score: communication +1 Keeping the person's lead adviser informed after each step: everyone knows where she stands, without waiting for the monthly meeting. # score: reseau +1 The division of roles agreed with the mission locale holds because you keep it alive: the lead adviser keeps her mission, and nobody redoes anyone else's work.
->->

=== mots_partages ===
Ms Lina Haddou shows you round "Mots Partagés": French-for-daily-life workshops, two mornings a week, run mostly by volunteers. On the walls, bus maps, a family benefits office calendar, recipes written in six languages. # scene: territory # time: 1
Ms Melnyk? There's one place left in the Tuesday workshop. I'll sign her up; she starts next week. # speaker: langues # refer: oksana langues
One thing sorted for Ms Melnyk. # solve: oksana langue
A little reciprocity: I'd like you to come and present Relais Insertion to our learners: many of them are looking for work. When could you come? # speaker: langues # term: reciprocite
* ["In three weeks, and I'll stick to that date"]
    Three weeks, noted. Thank you for not promising lightly. # speaker: langues # commit: langues 3 Present Relais Insertion to the learners at Mots Partagés # score: confiance +2 Offering a date you can keep rather than one that pleases: trust rests on commitments honoured. # score: reseau -1 Three weeks is long for learners who are looking for work now.
* ["We'll see: my diary is very full at the moment"]
    Oh. Well. Let me know, then. # speaker: langues # mood: sad # score: communication -1 A "we'll see" leaves the partner without an answer: better to say clearly what you can do, and when.
* ["Next week!"]
    Wonderful, I'll tell everyone. # speaker: langues # mood: happy # commit: langues 1 Present Relais Insertion to the learners at Mots Partagés # score: reseau +1 Meeting twenty jobseekers early widens your network. # score: confiance -1 A date squeezed into an already full diary is a fragile promise: if you don't keep it, trust pays.
-
->->

=== presentation_langues ===
Saturday morning, you present Relais Insertion to the learners at "Mots Partagés": about twenty people, lots of questions. # scene: territory # time: 1
You promised, and here you are. That counts, here. # speaker: langues # mood: happy # keep: langues
How do you write a CV in France? Do you need a photo? Who recognises diplomas? You answer, you take notes, you promise to come back in September.
In the front row, Ms Melnyk gives you a little wave. Two learners book appointments at Relais Insertion.
->->

=== appel_ccas ===
Ms Martine Caron, the RSA support worker at the CCAS, the town's social services, takes your call. # scene: phone # time: 1
Mr Haddad? I'm his RSA support worker: he signed his mutual commitment contract with me, and the Département funds my workshop. # speaker: ccas
He starts my remobilisation workshop next month: Tuesdays and Thursdays, for three months. The long-term unemployed, you don't throw them in at the deep end without preparation. # speaker: ccas
{ semaine1.karim.tout:
    And he missed our last appointment: apparently you're handling everything now? # speaker: ccas # mood: annoyed # trust: ccas -5
}
{ semaine2.jardins.oui || semaine2.jardins.appel:
    -> deja
}
* [Tell her about Les Jardins, and suggest discussing it with Mr Vidal, the three of you]
    You describe the integration contract post at Les Jardins de Valmoran, and suggest talking it through together with Mr Vidal. # score: communication +2 Informing the support worker early and offering to discuss it openly, all three together: no surprises, and everyone keeps their place. # score: ethique -1 Mr Haddad has not heard of this post yet: his support worker learns of it before him.
    An integration contract… Why not, as long as the workshop isn't sacrificed. Thank you for telling me first. # speaker: ccas # bond: ccas jardins +5
* [Talk to Mr Haddad first, and call Ms Caron back afterwards]
    You listen to Ms Caron talk about her workshop, without mentioning Les Jardins: Mr Haddad must hear it first. # score: ethique +1 The person should be the first to learn what concerns him, and decide what to do with it. # score: communication -1 Ms Caron hangs up without knowing a lead is taking shape for him: call her back soon, before she hears it from others.
    Fine. Keep me posted. # speaker: ccas
* [Wait until the post is certain before telling her about Les Jardins: nothing is settled]
    You don't mention Les Jardins until something is settled. # score: communication -2 Keeping a lead from the person's support worker sets her up for a nasty surprise: she will hear it from others.
    Fine. Keep me posted. # speaker: ccas # bond: ccas jardins -5
-
->->

= deja
* [Tell her he is already put forward at Les Jardins, and suggest talking it over, the three of you]
    You tell her everything, including that you should have called her first. # score: communication +2 Breaking unwelcome news early is better than a surprise: open communication defuses conflicts.
    I'd have preferred to know before. But thank you for telling me. # speaker: ccas # mood: annoyed # trust: ccas -3
* [Say nothing for now: nothing is signed at Les Jardins yet, better to wait]
    You keep the news for later. # score: communication -2 Ms Caron will hear from others that Mr Haddad has been placed elsewhere: surprises damage trust between partners.
    Fine. Keep me posted. # speaker: ccas # bond: ccas jardins -5
-
->->

=== toques ===
Ms Hélène Leroy, head of admissions at "Les Toques de Valmoran", sees you. Spotless office, schedule on the wall, curt tone. # scene: territory # time: 2
The admissions panel for the CAP cuisine meets on Tuesday 10 June: two trainers, a chef from the town and me. The Region funds the places and scrutinises our pass rates. # speaker: cfp_cuisine
So I only look at complete applications. Tell me about your candidate. # speaker: cfp_cuisine
-> accord_dumas ->
* [Explain why she left the lycée as well: the panel will understand her pathway]
    Ms Leroy nods and writes "left in first year, family reasons". # share: dumas cfp_cuisine # score: communication +1 The partner understands the file. # score: ethique -1 The reasons for leaving school belong to the person: it is for her to choose what she tells the panel.
* [Tell her everything: her little brothers, her mother, the restaurant, so Ms Leroy sees how brave she is]
    Ms Leroy listens without taking a single note. # share: dumas cfp_cuisine # score: ethique -2 Family history is of no use to an admissions panel: share only what the partner needs, and leave the rest to the person.
* [Talk about her experience, her motivation, her availability, and nothing else]
    Ms Leroy takes notes, then looks up: "And eight years without a qualification, how do we explain that?" # share: dumas cfp_cuisine # score: ethique +2 Pass on only what serves the partner's mission: skills, motivation, availability. Her story belongs to her. # score: confiance -1 Ms Leroy feels she is not being told everything: prepare Ms Dumas to answer her question herself in front of the panel.
-
Good. I need her complete file before the panel. When will you send it? # speaker: cfp_cuisine
* ["In two weeks: I need to put it together with her first"]
    That's just before the panel. But it's honest: noted. # speaker: cfp_cuisine # commit: cfp_cuisine 2 Send Ms Dumas's application file # score: confiance +1 Announcing a realistic date rather than a reassuring one: trust is built on commitments kept.
* ["Next Friday, without fail: you'll have it before all the other files"]
    Next Friday, then. Noted. # speaker: cfp_cuisine # commit: cfp_cuisine 1 Send Ms Dumas's application file
-
->->

=== dossier_dumas ===
Ms Dumas arrives with her papers in a clear plastic wallet. The hardest part remains: the covering letter. # scene: office # time: 2
{ not has_consent("dumas"):
    First of all, you explain what will go to Les Toques, and why. She gives her consent: this CAP is what she wants. # consent: dumas # agree: dumas cfp_cuisine
}
* [Ask her to write it at home and send it to you as a photo by text message]
    That evening, three photos arrive on your phone: a letter that is hers, in her own words, and her ID card thrown in. # score: ethique +1 A letter written by the person carries her voice. # score: numerique -1 Personal documents photographed and sent by text stay on two phones: documents travel by a secure route.
* [Help her write it in her own words, even if it takes longer]
    It takes three drafts. The last one talks about her mother's restaurant and the Sunday dishes: it's her, through and through. # score: ethique +1 Supporting without doing it for her: a project the person puts into words is a project she can defend.
* [Write the letter for her: you know what panels expect]
    Twenty minutes, and the letter is perfect. Ms Dumas reads it through without a word. # score: ethique -1 Writing in the person's place takes her project away from her; the panel will hear a voice other than her own.
-
{ open_promises("cfp_cuisine") > 0:
    The file goes to Les Toques through their secure messaging, within the time promised. # refer: dumas cfp_cuisine # keep: cfp_cuisine
  - else:
    The file reaches Les Toques late. Ms Leroy acknowledges it in one curt line. # refer: dumas cfp_cuisine # trust: cfp_cuisine -3
}
->->

=== relais_petite_enfance ===
The Relais Petite Enfance, the local childminding information service, occupies the ground floor of the public services centre at the entrance to Valmoran. It doesn't look after children itself: it knows every registered childminder in the area, their places and their hours. # scene: territory # time: 2
-> accord_dumas ->
Ms Dumas asked you to help her find evening childcare: you come with her agreement. # agree: dumas rpe
* [Call Claire first, who knows this service well]
    Ask for Ms Benson, and mention the late hours straight away: evenings in a kitchen, that's the real issue. # speaker: claire # score: equipe +2 Drawing on the colleague who knows the childcare services saves time and gets it right: this is the synergy of skills.
    Ms Aïcha Benson sees you at once. # refer: dumas rpe
    Evenings? I have a childminder, Ms Da Silva, who accepts late hours. She has a place from June: I'll talk to her and confirm by next Friday. # speaker: rpe # mood: happy # solve: dumas garde_enfants # pledge: rpe 1 Confirm the evening place with Ms Da Silva
* [Go straight there: Claire is in appointments all morning]
    At reception, you're handed a general registration form. # score: equipe -1 Without calling on the colleague who knows the right contacts, you join the common queue: the synergy of skills begins in-house.
    Ms Aïcha Benson eventually sees you, between two appointments. # refer: dumas rpe
    I'll put her on the list. Evenings will be difficult. I'll call you back by next Friday if a place comes free. # speaker: rpe # pledge: rpe 1 Call back if an evening place comes free
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
* [Take the scooter for him: it's the quickest, he can start on Monday]
    Sorted in ten minutes. That evening, Mr Haddad calls you back, worried: he has never ridden a two-wheeler. Mr Le Gall adds a training session. # refer: karim mobilite
* [Call Mr Haddad from Mr Le Gall's office, so he can choose]
    Mr Haddad asks questions, hesitates, then makes up his mind. # score: ethique +1 Decide with the person, not for him: he's the one who will ride it, and he will stick better to a choice he made.
    The scooter, with a training session. And keep me on the garage list, for later. # speaker: karim # agree: karim mobilite
    You fill in the referral form with Mr Le Gall. # refer: karim mobilite
-
From Monday, Mr Haddad will have a way to get around. # solve: karim mobilite
->->

=== tremplin ===
"Tremplin Stages" occupies a small office covered in posters. Mr Julien Roux shakes your hand warmly. # scene: territory # time: 2
-> accord_dumas ->
A restaurant placement for Ms Dumas? No problem, we always find something! # speaker: tremplin # mood: happy # refer: dumas tremplin
On the wall, a board of current placements; lots of empty boxes. Mr Roux follows your gaze and smiles: placement agreement season is always a bit of a rush.
You think of Sam, who knows half the restaurant owners in Valmoran.
* (sam) [Call Sam so he can introduce Mr Roux to the chef at the Bistrot du Marché]
    Sam makes the call within the hour. Paul Girard, the chef at the Bistrot du Marché, agrees to take Ms Dumas for an immersion this summer. # score: equipe +2 A colleague's network complements the partner's: this is the synergy of skills.
    With Sam, we save three weeks. I'll sort it out with Ms Lambert at the mission locale: she is the one who prescribes the PMSMP. You'll have the agreement within a fortnight. # speaker: tremplin # mood: happy # term: pmsmp # pledge: tremplin 2 Send Ms Dumas's immersion agreement
* [Leave it to Mr Roux: finding placements is his job, and he knows the restaurant trade]
    Mr Roux notes her profile.
    I'll call you back by next Friday with a lead. # speaker: tremplin # pledge: tremplin 1 Call back with a placement lead for Ms Dumas # score: confiance +1 Trusting the partner in his role is the basis of a partnership. # score: equipe -1 Not calling on the colleague who knows the restaurant owners means doing without an asset: the synergy of skills also happens in-house.
-
->->

=== tilleuls ===
"Les Tilleuls" social residence. Ms Claudine Petit, the director, sees you from behind a pile of files. # scene: territory # time: 2
Ms Melnyk asked you to put forward her housing application: you come with her agreement. # agree: oksana habitat
Housing for a mother and her twelve-year-old son? A studio flat may come free in July. I don't decide alone: the allocation panel brings together the landlord, the SIAO housing service and the residence. # speaker: habitat # refer: oksana habitat
I need a copy of her residence permit and proof of income quickly, or her application won't go through. # speaker: habitat
* [Let Ms Melnyk bring them to her herself, tomorrow]
    Ms Melnyk drops by the next day, papers in hand. Ms Petit was at a panel: the documents will wait until Monday. # score: ethique +1 The person keeps hold of her own papers. # score: confiance -1 The partner asked for them quickly: the file arrives after the deadline she set.
* [Send them to her through the network's secure exchange platform]
    The documents go that same evening through the secure exchange platform, accessible to Ms Petit alone. # score: numerique +2 Personal documents travel by a secure route, to the one recipient who needs them: this is the right use of digital tools.
* [Photograph them and send them to her right away from your phone]
    Three photos, one message: it's sent before you've even left her office. Ms Petit has everything within the hour. # score: confiance +1 The partner has what she asked for, right away. # score: numerique -2 A residence permit travelling through a personal messaging app stays stored on two phones: the quick tool is not the safe one.
-
Allocation panel on 19 June. I'll keep you informed. # speaker: habitat
->->
