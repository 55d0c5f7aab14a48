// Semaine 2 : cartographier le territoire autour de Mme Dumas et de M. Haddad.

=== semaine2 ===
Lundi, point rapide avec Nadia devant la carte du territoire : une dizaine de pastilles, la plupart encore grises. Des noms, pas encore des visages. # scene: office
-> panne_karim ->
-> agenda ->
Cette semaine, va voir les partenaires qui comptent pour tes situations. Tout ne tiendra pas dans ton agenda : commence par ce qui presse. # speaker: nadia
Et va les voir chez eux. Un partenaire, on le comprend mieux dans ses murs, avec ses contraintes, qu’au bout du fil. # speaker: sam
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2} [Rendre visite aux Toques de Valmoran, pour Mme Dumas # place: cfp_cuisine] -> toques -> hub
* {time_left() >= 2} [Rendre visite aux Jardins de Valmoran, pour M. Haddad # place: jardins] -> jardins
* [Appeler Mme Caron, référente RSA de M. Haddad # place: ccas] -> appel_ccas -> hub
* {time_left() >= 2 && knows_need("dumas", "garde_enfants")} [Rendre visite au Relais Petite Enfance, pour la garde du fils de Mme Dumas # place: rpe] -> relais_petite_enfance -> hub
* {open_promises("langues") > 0} [Présenter Relais Insertion aux apprenants de « Mots Partagés » # place: langues] -> presentation_langues -> hub
* {not mots_partages} [Passer à « Mots Partagés » pour Mme Melnyk # place: langues] -> mots_partages -> hub
+ [Clore la semaine] -> fin

= jardins
Aux Jardins de Valmoran, M. Bruno Vidal vous fait traverser les serres, bottes aux pieds. Quinze salariés en insertion, des paniers de légumes livrés dans tout le canton, et un encadrant qui connaît chacun par son prénom. # scene: territory # time: 2
J’ai un poste en CDDI qui s’ouvre le 16 juin : maraîchage, vingt-six heures par semaine, début à 7 h 30, avec un accompagnement socioprofessionnel. Il me faut quelqu’un de fiable. Votre M. Haddad serait partant ? # speaker: jardins
{ semaine1.karim.freins:
    Vous signalez qu’il faudra régler la question du trajet.
    Pour le trajet, il n’y a pas de bus avant 8 heures. Le reste, on verra avec lui. # speaker: jardins
}
Je vous le réserve ? Dites oui, et c’est fait. # speaker: jardins # mood: happy
* (oui) [Dire oui tout de suite : un poste comme ça ne se refuse pas]
    Marché conclu ! # speaker: jardins # mood: happy # refer: karim jardins # trust: jardins +5 # score: confiance +1 Répondre vite à un partenaire qui cherche quelqu’un, c’est ce qui fait qu’il pensera encore à vous.
    Vous repartez avec le sourire. Il faudra prévenir M. Haddad. Et Mme Caron ? Plus tard. # bond: ccas jardins -5
* (appel) [Appeler M. Haddad depuis les serres, et lui laisser la décision]
    M. Haddad pose trois questions sur les horaires, puis se décide. # score: communication -1 Mme Caron, sa référente RSA, apprendra par d’autres qu’il s’engage ailleurs, pendant son atelier : prévenez-la avant, pas après.
    Les Jardins ? Oui. Sept heures et demie, je me débrouillerai. # speaker: karim # mood: happy # agree: karim jardins
    M. Vidal note son nom sur son carnet. # refer: karim jardins # trust: jardins +3 # bond: ccas jardins -5
* [Consulter M. Haddad et Mme Caron, puis répondre d’ici vendredi]
    D’accord. Mais ne traînez pas : j’ai d’autres candidats. # speaker: jardins # commit: jardins 1 Confirmer ou non la candidature de M. Haddad # trust: jardins -2 # score: communication +2 Dire à chacun ce que vous allez faire, et avec qui, avant de trancher : M. Haddad décide, et sa référente RSA n’aura pas de surprise.
-
-> hub

= fin
Vendredi. Sur votre carte, de nouveaux noms, de nouveaux numéros, et déjà des promesses à tenir. # week
-> semaine3
