// Week 3: the first promises fall due; housing for Ms Melnyk.

=== semaine3 ===
Monday morning, at your desk. Claire has left a croissant on your keyboard, with a note: "Good luck: the third week is always when everything happens at once." # scene: office
-> panne_karim ->
-> agenda ->
{ not semaine1.mission_locale:
    -> appel_lambert ->
}
{ not knows_need("dumas", "garde_enfants"):
    Ms Dumas calls you, worried: her mother is going back to Portugal in June. Who will look after her son in the evenings, during the course? # need: dumas garde_enfants
}
{ not knows_need("oksana", "logement"):
    Ms Melnyk comes to reception, alone, her voice tight: the family hosting them needs the room back in July. She hadn't dared say so in front of her son. You listen to her for a good hour. # need: oksana logement # time: 1
}
-> hub

= appel_lambert
Ms Lambert from the mission locale calls you. Her tone is cold. # scene: phone
Ms Dumas tells me she's being followed by you and is preparing a CAP. I'd have liked to hear it from you: I'm her lead adviser. # speaker: mission_locale # mood: annoyed
* [Acknowledge the oversight and suggest sharing out the roles]
    You apologise and suggest she stays the lead adviser; you handle training and childcare, and you keep her informed. # score: communication +1 Acknowledging an oversight and clarifying who does what restores open communication with the partner.
    Well. All right. Keep me posted, this time. # speaker: mission_locale
* [Remind her that Ms Dumas came to you of her own accord, not through the mission locale]
    Very well. Each to their own, then. # speaker: mission_locale # mood: annoyed # trust: mission_locale -5 # score: communication -1 Defending yourself instead of restoring the link leaves the partner feeling bypassed.
-
->->

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2 && not toques} [Visit Les Toques de Valmoran, for Ms Dumas # place: cfp_cuisine] -> toques -> hub
* {time_left() >= 2 && toques && not dossier_dumas} [Put together the application file with Ms Dumas] -> dossier_dumas -> hub
* {dossier_dumas && not nouvelles_lambert} [Tell Ms Lambert where Ms Dumas stands # place: mission_locale] -> nouvelles_lambert -> hub
* {time_left() >= 2} [Visit Les Tilleuls, about housing for Ms Melnyk # place: habitat] -> tilleuls -> hub
* {not tilleuls} [Ask the CCAS for housing for Ms Melnyk # place: ccas] -> ccas_logement
* {open_promises("jardins") > 0} [Confirm Mr Haddad's application to Mr Vidal # place: jardins] -> confirmer
* {time_left() >= 2 && knows_need("karim", "mobilite")} [Visit "Roule ma Poule", about Mr Haddad's travel # place: mobilite] -> roule_ma_poule -> hub
* {time_left() >= 2} [Visit "Tremplin Stages", about a placement for Ms Dumas # place: tremplin] -> tremplin -> hub
* {open_promises("langues") > 0} [Present Relais Insertion to the learners at "Mots Partagés" # place: langues] -> presentation_langues -> hub
+ [Close the week] -> fin

= ccas_logement
You call Ms Caron: might the CCAS have a housing solution for Ms Melnyk? You know her, it'll be simpler. # scene: phone # time: 1 # refer: oksana ccas
The CCAS? We do financial aid and social support, not housing allocation. Try Les Tilleuls instead. # speaker: ccas # mood: annoyed # trust: ccas -2
Half a day lost, and Ms Melnyk is no further forward.
-> hub

= confirmer
You call Mr Haddad first. # scene: phone # time: 1
Les Jardins? Yes. I'd just like to finish what I started with Ms Caron, if that's possible. # speaker: karim # agree: karim jardins
You call Mr Vidal back: Mr Haddad is keen on the post. # keep: jardins # refer: karim jardins
{ appel_ccas:
    And Ms Caron knows? Good. We'll sort out the hours together. # speaker: jardins # mood: happy
  - else:
    And the CCAS, are they on board? # speaker: jardins
    You haven't spoken to Ms Caron yet. # bond: ccas jardins -5
    Another turf war, I can feel it coming. # speaker: jardins # mood: annoyed
}
-> hub

= fin
Friday evening. Some things are moving; others will have to wait, and so will some partners. # week
-> semaine4
