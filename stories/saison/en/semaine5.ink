// Week 5: a new young person, the Les Toques panel, Mr Haddad's back, a disagreement building between the CCAS and Les Jardins.

=== semaine5 ===
Monday morning. The week gets off to a busy start. # scene: office
-> agenda ->
{ not knows_need("karim", "mobilite"):
    { happened("karim_car"):
        Mr Haddad drops by, downcast: since his car gave up on him, he hasn't left Valmoran. The first bus reaches Les Jardins at 8.05; the job starts at 7.30. # need: karim mobilite
      - else:
        Mr Haddad drops by, downcast: his car has failed its roadworthiness test. The first bus reaches Les Jardins at 8.05; the job starts at 7.30. # need: karim mobilite
    }
}
{ trop_partage:
    Ms Haddou from "Mots Partagés" calls you.
    A volunteer read your message on the channel. She talked about Ms Melnyk's situation in front of the whole workshop. Ms Melnyk didn't come back on Tuesday. # speaker: langues # mood: sad # trust: langues -5
}
{ bond("ccas", "jardins") < 50:
    An email from Ms Caron, copied to Nadia: "Les Jardins are recruiting our RSA recipients without consulting us." Mr Vidal has replied to all. Tempers are rising.
  - else:
    Ms Caron and Mr Vidal still can't agree on Mr Haddad's timetable. Each of them calls you to ask for your opinion.
}
Then Ms Lambert from the mission locale calls you. # scene: phone
I have a young man, Léo Martin, nineteen. He's had to leave his father's home; he's sleeping at friends' places. He did a season as a kitchen assistant and would like to train. You know Les Tilleuls, I believe? # speaker: mission_locale
+ [Share out the roles: she stays his lead adviser, you put together the housing application]
    That suits me very well. I'll send him to you tomorrow, and you keep me posted. # speaker: mission_locale # mood: happy # score: reseau +2 Each to their own mission: the mission locale stays the young person's lead adviser, Relais Insertion brings its link with housing. # score: confiance +1 Respecting the existing adviser's place is what makes her want to send you other young people.
+ [Offer to take over everything: a single follow-up, it'll be simpler]
    He already has a youth commitment contract with us. I'll send him to you for the housing, and we'll see. # speaker: mission_locale # mood: annoyed # trust: mission_locale -3 # score: reseau -2 Opening a second full follow-up for a young person already supported by the mission locale doubles the work and blurs his bearings.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* [See Léo Martin] -> leo
* {semaine5.leo && time_left() >= 2} [Go with Léo to Les Tilleuls, to the young workers' hostel # place: habitat] -> leo_tilleuls
* {dossier_dumas && time_left() >= 2} [Go with Ms Dumas to the Les Toques admissions panel # place: cfp_cuisine] -> commission
* [See Mr Haddad, who has asked to see you alone] -> sante_karim -> hub
* {not tremplin && time_left() >= 2} [Visit "Tremplin Stages", about a placement for Ms Dumas # place: tremplin] -> tremplin -> hub
* {knows_need("karim", "mobilite") && not roule_ma_poule && time_left() >= 2} [Visit "Roule ma Poule", about Mr Haddad's travel # place: mobilite] -> roule_ma_poule -> hub
* {not tilleuls && time_left() >= 2} [Visit Les Tilleuls, about housing for Ms Melnyk # place: habitat] -> tilleuls -> hub
* [Hear Ms Caron and Mr Vidal separately # place: jardins] -> ecoute
* {dossier_dumas && not nouvelles_lambert} [Tell Ms Lambert where Ms Dumas stands # place: mission_locale] -> nouvelles_lambert -> hub
+ [Close the week] -> fin

= leo
Léo Martin, 19, hood up, a sports bag at his feet: everything he owns. # scene: office # time: 1
You explain what you will pass on to Les Tilleuls, and why. He shrugs, then says yes to the hostel. # consent: leo # need: leo logement # agree: leo habitat
I liked cooking, last summer. But I dunno if it's for me. Electrics, that tempts me too. # speaker: leo # need: leo formation
Ms Leroy told you this morning that she had one place left on the CAP cuisine, to be confirmed before Friday.
* [Suggest a taster day at Les Toques, even if the place goes]
    You call Ms Leroy to arrange a day in the kitchen next week. He'll decide afterwards. Ms Leroy sighs: the place won't necessarily wait for him. # meet: cfp_cuisine # score: ethique +2 Offering to try before choosing leaves the decision with the person: deciding with him. # score: confiance -1 The partner wanted an answer by Friday: keeping her waiting has a cost, to be accepted and explained to her.
    One day, OK. I'll see. # speaker: leo # agree: leo cfp_cuisine # refer: leo cfp_cuisine
* (inscrit) [Confirm the place at once: it's a chance, and Ms Leroy is waiting]
    You call Les Toques in front of him: sorted in five minutes. Ms Leroy thanks you for being quick. Léo says thanks, without looking up. # meet: cfp_cuisine # refer: leo cfp_cuisine # score: confiance +1 Answering quickly a partner who is holding a place keeps up trust.
-
-> hub

= leo_tilleuls
At Les Tilleuls, Ms Petit shows Léo a room in the young workers' hostel. Léo looks at the window, the bed, the little desk. # scene: territory # time: 2 # refer: leo habitat
While Léo fills in the admission form, Ms Petit takes you aside.
A room comes free at the end of the month. The panel ranks applications by urgency: tell me what happened at his father's, and I'll know how to make his case. # speaker: habitat
* [Tell her his story is his: the application will show the urgency, he'll tell it if he wants]
    Ms Petit nods, a little curtly: she will defend a file she knows poorly. # score: ethique +2 Shared professional secrecy covers only what serves: "no home, staying with friends" is enough to show the urgency; the rest belongs to Léo. # score: reseau -1 Ms Petit knows the panel and will defend a thinner file: losing a partner's support is a real cost, accepted to protect the person. # term: secret_partage
* [Sum up for her the break with his father: she'll defend his file better]
    Ms Petit takes notes. She has what she needs to convince the panel. Léo, three metres away, doesn't know what is being said about him. # share: leo habitat # score: reseau +1 The partner knows the panel: with all the details, she will defend the file better. # score: ethique -2 Telling Léo's family story without him, beyond what his application needs, steps outside shared professional secrecy.
-
I also need his complete file: ID, income, housing benefit application. The last time someone promised me a file, I waited a month for it. When will I have it? # speaker: habitat
+ ["In a fortnight": his ID card has to be replaced]
    A fortnight is tight, but it's honest. I'll hold the room. # speaker: habitat # commit: habitat 2 Send Léo Martin's complete file # score: confiance +1 Announcing a realistic deadline, and explaining why: the partner can plan, and trust holds.
+ ["Next week": the room mustn't slip away from him]
    Next week. I'm counting on you. # speaker: habitat # commit: habitat 1 Send Léo Martin's complete file # score: confiance -1 Promising a tight deadline to please, when his ID card has to be replaced: the promise may well not hold.
-
-> hub

= commission
Wednesday, the Les Toques admissions panel. Ms Dumas, very upright on her chair, talks about her mother's restaurant and the Sunday dishes. # scene: territory # time: 2
Admitted. Starting in September. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
{ happened("cfp_session"):
    -> alternance
}
Ms Dumas comes out smiling. In the corridor, she shakes your hand a little too hard.
-> hub

= alternance
There are also places left in our new work-study session: three days in the restaurant, two at the centre, and a wage. But she needs an employer, and evening work. I have to fill the session before Friday. # speaker: cfp_cuisine
In the corridor, Ms Dumas whispers: "A wage, I need one. But evenings, with my son..."
* [Advise her to take the work-study: she needs a wage, and the place is there]
    Ms Dumas nods. Ms Leroy writes her name down, delighted to fill her session. You have the feeling that today, Ms Dumas would say yes to anything. # score: reseau +1 Work-study meets her need for an income: it's the right resource in the network, provided she chooses it. # score: ethique -2 Firm advice in front of a panel looks like a decision taken for her: she must be able to weigh the evenings and the childcare herself.
* [Set out the two routes side by side, and give her until Thursday]
    She asks her questions: the hours, the childcare, the wage. She negotiates: work-study, yes, if the restaurant lets her go at 8 pm. Ms Leroy will wait until Thursday, without enthusiasm. # score: ethique +2 Setting out the options and their constraints, then letting the person choose and negotiate: it's her pathway, not yours. # score: confiance -1 The partner has to wait for her answer: that is the price of a free choice, best explained to her.
-
{ is_solved("dumas", "garde_enfants") && tremplin.sam:
    Le Bistrot du Marché agrees to take her on a work-study contract, and to let her go at 8 pm. Ms Dumas signs: training and a wage, all at once. # solve: dumas emploi
  - else:
    It would take both an employer and evening childcare: not everything is ready. Ms Dumas will start in September, on the standard course.
}
-> hub

= ecoute
You call Ms Caron, then Mr Vidal. # scene: phone # time: 1
For people who've been out of work for years, skipping the remobilisation means setting them up to fail within a month. # speaker: ccas
Three months of workshop, and the job will be gone. Working is a way of getting going again too. # speaker: jardins
Each of them is waiting for you to say they are right.
* (raison) [Tell each of them you understand their point of view, and that they have a case]
    Each hangs up reassured, and convinced you're on their side. # bond: ccas jardins -5 # score: confiance +1 Each feels supported, and the relationship warms up, for now. # score: conflits -2 Agreeing with each side in private calms the moment and hardens the conflict: sooner or later they'll find out they were told the same thing.
* [Restate their position, without judging it, and suggest a three-way meeting]
    Ms Caron hangs up a little disappointed: she hoped for an ally. So does Mr Vidal. But each knows the other will be heard in the same way. # score: conflits +2 Hearing each party separately, without deciding or taking sides, lets you understand the positions before bringing them together. # score: confiance -1 Staying neutral disappoints whoever expected support: that is the price of impartiality.
-
-> hub

= fin
Friday. Next week, you'll have to decide where Mr Haddad starts. # week
-> semaine6
