// Week 5: a new young person, the Les Toques panel, a disagreement building between the CCAS and Les Jardins.

=== semaine5 ===
Monday morning. The week gets off to a busy start. # scene: office
-> agenda ->
{ not knows_need("karim", "mobilite"):
    { happened("karim_car"):
        Mr Haddad drops by, downcast: since his car gave up on him, he hasn't left Valmoran. With no transport, no post at Les Jardins at 7.30. # need: karim mobilite
      - else:
        Mr Haddad drops by, downcast: his car has failed its roadworthiness test. Without it, no post at Les Jardins at 7.30. # need: karim mobilite
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
* [Offer to take over everything: you'll open a full follow-up at Relais Insertion, it'll be simpler for him]
    He already has a youth commitment contract with us. I'll send him to you for the housing, and we'll see. # speaker: mission_locale # mood: annoyed # trust: mission_locale -3 # score: reseau -2 Opening a second full follow-up for a young person already supported by the mission locale doubles the work and blurs his bearings.
* [Agree how to share the roles: she stays lead adviser, you put together the housing application and keep her informed]
    That suits me very well. I'll send him to you tomorrow. # speaker: mission_locale # mood: happy # score: reseau +2 Each to their own mission: the mission locale stays the young person's lead adviser, Relais Insertion brings its link with housing.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* [See Léo Martin] -> leo
* {semaine5.leo && time_left() >= 2} [Go with Léo to Les Tilleuls, to the young workers' hostel # place: habitat] -> leo_tilleuls
* {dossier_dumas && time_left() >= 2} [Go with Ms Dumas to the Les Toques admissions panel # place: cfp_cuisine] -> commission
* {not tremplin && time_left() >= 2} [Visit "Tremplin Stages", about a placement for Ms Dumas # place: tremplin] -> tremplin -> hub
* {knows_need("karim", "mobilite") && not roule_ma_poule && time_left() >= 2} [Visit "Roule ma Poule", about Mr Haddad's travel # place: mobilite] -> roule_ma_poule -> hub
* {not tilleuls && time_left() >= 2} [Visit Les Tilleuls, about housing for Ms Melnyk # place: habitat] -> tilleuls -> hub
* [Hear Ms Caron and Mr Vidal separately # place: jardins] -> ecoute
+ [Close the week] -> fin

= leo
Léo Martin, 19, hood up, a sports bag at his feet: everything he owns. # scene: office # time: 1
You explain what you will pass on to Les Tilleuls and Les Toques, and why. He shrugs, then says yes. # consent: leo # need: leo logement # agree: leo habitat
I liked cooking, last summer. But I dunno if it's for me. Electrics, that tempts me too. # speaker: leo # need: leo formation
* [Suggest a taster day at Les Toques before he decides]
    You arrange a taster day in the kitchen for next week. He'll decide afterwards. # score: ethique +2 Offering to try before choosing leaves the decision with the person: deciding with him.
    One day, OK. I'll see. # speaker: leo # agree: leo cfp_cuisine # refer: leo cfp_cuisine
* (inscrit) [Sign him straight up for the CAP cuisine: you know Ms Leroy, and there are places left]
    You call Les Toques in front of him: sorted in five minutes. Léo says thanks, without looking up. # refer: leo cfp_cuisine # score: ethique -2 Choosing the path for the person, even with the best intentions, is deciding for him rather than with him.
-
-> hub

= leo_tilleuls
At Les Tilleuls, Ms Petit shows Léo a room in the young workers' hostel. Léo looks at the window, the bed, the little desk. # scene: territory # time: 2 # refer: leo habitat
A room comes free in week 7. I need his complete file: ID, income, housing benefit application. The last time someone promised me a file, I waited a month for it. When will I have it? # speaker: habitat
* ["In two weeks": Léo has lost his ID card, it has to be replaced first]
    Two weeks is tight, but it's honest. I'll hold the room. # speaker: habitat # commit: habitat 2 Send Léo Martin's complete file # score: confiance +1 Announcing a realistic deadline, and explaining why: the partner can plan, and trust holds.
* ["Next week": the room mustn't slip away from him]
    Next week. I'm counting on you. # speaker: habitat # commit: habitat 1 Send Léo Martin's complete file
-
-> hub

= commission
Wednesday, admissions panel at Les Toques. Ms Dumas, sitting very upright, talks about her mother's restaurant and the Sunday dishes. # scene: territory # time: 2
Accepted. Starts in September. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
{ happened("cfp_session"):
    -> alternance
}
Ms Dumas comes out smiling. In the corridor, she shakes your hand a little too hard.
-> hub

= alternance
There are also places left in our new work-study session: three days in a restaurant, two at the centre, and a wage. But she needs an employer, and evening work. # speaker: cfp_cuisine
* [Set out both routes, with their constraints, and let her choose]
    She thinks for a long time, then asks her questions: the hours, childcare, the wage. # score: ethique +2 Laying out the options and their constraints, then letting the person choose: it's her pathway, not yours.
* [Firmly advise the work-study route: it's paid, she can't turn that down]
    Ms Dumas nods. You have the feeling that today she would say yes to anything. # score: ethique -2 Strong advice in front of a panel looks like a decision made for her: the person must be able to weigh up the constraints herself.
-
{ is_solved("dumas", "garde_enfants") && tremplin.sam:
    The Bistrot du Marché agrees to take her on as an apprentice. Ms Dumas signs: training and a job, in one go. # solve: dumas emploi
  - else:
    She would need both an employer and evening childcare: not everything is ready. Ms Dumas will start in September, on the standard course.
}
-> hub

= ecoute
You call Ms Caron, then Mr Vidal. # scene: phone # time: 1
For people who've been out of work for years, skipping remobilisation means setting them up to fail within a month. # speaker: ccas
Three months of workshop, and the post will be gone. Working is remobilising too. # speaker: jardins
* [Listen to each, reformulate their position, and announce a three-way meeting]
    Each hangs up a little calmer: they have been heard, and they know the other will be too. # score: conflits +1 Hearing each party separately, without taking a decision, lets you understand the positions before bringing them together.
* [Tell each that you understand and rather agree with them: it'll calm things down]
    Each hangs up reassured, and convinced you are on their side. # bond: ccas jardins -5 # score: conflits -2 Agreeing with each side in private soothes the moment and hardens the conflict: sooner or later, they will find out they were told the same thing.
-
-> hub

= fin
Friday. Next week, a decision will have to be made for Mr Haddad. # week
-> semaine6
