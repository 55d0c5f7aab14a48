// Week 2: mapping the territory around Ms Dumas and Mr Haddad.

=== semaine2 ===
Monday, a quick catch-up with Nadia in front of the map of the territory: a dozen markers, most of them still grey. Names, not yet faces. # scene: office
-> panne_karim ->
-> agenda ->
This week, go and see the partners who matter for your cases. Not everything will fit in your diary: start with what's urgent. # speaker: nadia
And go and see them on their own ground. You understand a partner better inside their walls, with their constraints, than at the end of a phone line. # speaker: sam
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2} [Visit Les Toques de Valmoran, for Ms Dumas # place: cfp_cuisine] -> toques -> hub
* {time_left() >= 2} [Visit Les Jardins de Valmoran, for Mr Haddad # place: jardins] -> jardins
* [Call Ms Caron, Mr Haddad's RSA support worker # place: ccas] -> appel_ccas -> hub
* {time_left() >= 2 && knows_need("dumas", "garde_enfants")} [Visit the Relais Petite Enfance, about childcare for Ms Dumas's son # place: rpe] -> relais_petite_enfance -> hub
* {open_promises("langues") > 0} [Present Relais Insertion to the learners at "Mots Partagés" # place: langues] -> presentation_langues -> hub
* {not mots_partages} [Drop in at "Mots Partagés" for Ms Melnyk # place: langues] -> mots_partages -> hub
+ [Close the week] -> fin

= jardins
At Les Jardins de Valmoran, Mr Bruno Vidal leads you through the greenhouses in his wellies. Fifteen employees on integration contracts, vegetable boxes delivered all over the canton, and a supervisor who knows everyone by their first name. # scene: territory # time: 2
I've got an integration contract post (CDDI) opening on 16 June: market gardening, twenty-six hours a week, starting at 7.30, with social and vocational support. I need someone reliable. Would your Mr Haddad be up for it? # speaker: jardins
{ semaine1.karim.freins:
    You point out that travel will need sorting.
    As for getting here, there's no bus before 8. The rest, we'll see with him. # speaker: jardins
}
Shall I hold it for him? Say yes and it's done. # speaker: jardins # mood: happy
* (oui) [Say yes straight away: you don't turn down a post like that]
    It's a deal! # speaker: jardins # mood: happy # refer: karim jardins # trust: jardins +5 # score: confiance +1 Answering quickly a partner who is looking for someone is what makes him think of you again.
    You leave with a smile. You'll have to let Mr Haddad know. And Ms Caron? Later. # bond: ccas jardins -5
* (appel) [Call Mr Haddad from the greenhouses, and leave the decision to him]
    Mr Haddad asks three questions about the hours, then makes up his mind. # score: communication -1 Ms Caron, his RSA support worker, will hear from others that he is committing elsewhere, during her workshop: tell her before, not after.
    Les Jardins? Yes. Half past seven, I'll manage. # speaker: karim # mood: happy # agree: karim jardins
    Mr Vidal writes his name in his notebook. # refer: karim jardins # trust: jardins +3 # bond: ccas jardins -5
* [Consult Mr Haddad and Ms Caron, then answer by Friday]
    All right. But don't hang about: I have other candidates. # speaker: jardins # commit: jardins 1 Confirm whether Mr Haddad is applying # trust: jardins -2 # score: communication +2 Telling everyone what you will do, and with whom, before deciding: Mr Haddad decides, and his RSA support worker will not be caught by surprise.
-
-> hub

= fin
Friday. On your map, new names, new numbers, and already promises to keep. # week
-> semaine3
