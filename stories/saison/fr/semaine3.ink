// Semaine 3 : les premières promesses arrivent à échéance ; le logement de Mme Melnyk.

=== semaine3 ===
Lundi matin, à votre bureau. Claire a laissé un croissant sur votre clavier, avec un mot : « Courage : la troisième semaine, c’est toujours là que tout arrive en même temps. » # scene: office
-> panne_karim ->
-> agenda ->
{ not semaine1.mission_locale:
    -> appel_lambert ->
}
{ not knows_need("dumas", "garde_enfants"):
    Mme Dumas vous appelle, inquiète : sa mère repart au Portugal en juin. Qui gardera son fils le soir, pendant la formation ? # need: dumas garde_enfants
}
{ not knows_need("oksana", "logement"):
    Mme Melnyk passe à l’accueil, seule, la voix serrée : la famille qui les héberge a besoin de la chambre en juillet. Elle n’avait pas osé le dire devant son fils. Vous l’écoutez une bonne heure. # need: oksana logement # time: 1
}
-> hub

= appel_lambert
Mme Lambert, de la mission locale, vous appelle. Le ton est froid. # scene: phone
Mme Dumas m’apprend qu’elle est suivie chez vous et qu’elle prépare un CAP. J’aurais aimé l’apprendre de vous : c’est moi, sa référente. # speaker: mission_locale # mood: annoyed
* [Reconnaître l’oubli et proposer de vous répartir les rôles]
    Vous vous excusez et proposez qu’elle reste référente ; vous gérez formation et garde, et vous la tenez informée. # score: communication +1 Reconnaître un oubli et clarifier qui fait quoi rétablit une communication ouverte avec le partenaire.
    Bon. D’accord. Tenez-moi au courant, cette fois. # speaker: mission_locale
* [Lui rappeler que Mme Dumas est venue d’elle-même, sans passer par la mission locale]
    Très bien. Chacun son chemin, alors. # speaker: mission_locale # mood: annoyed # trust: mission_locale -5 # score: communication -1 Se défendre au lieu de rétablir le lien : le partenaire reste avec l’impression d’avoir été contourné.
-
->->

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2 && not toques} [Rendre visite aux Toques de Valmoran, pour Mme Dumas # place: cfp_cuisine] -> toques -> hub
* {time_left() >= 2 && toques && not dossier_dumas} [Monter le dossier de candidature avec Mme Dumas] -> dossier_dumas -> hub
* {dossier_dumas && not nouvelles_lambert} [Dire à Mme Lambert où en est Mme Dumas # place: mission_locale] -> nouvelles_lambert -> hub
* {time_left() >= 2} [Rendre visite aux Tilleuls, pour le logement de Mme Melnyk # place: habitat] -> tilleuls -> hub
* {not tilleuls} [Demander au CCAS un logement pour Mme Melnyk # place: ccas] -> ccas_logement
* {open_promises("jardins") > 0} [Confirmer à M. Vidal la candidature de M. Haddad # place: jardins] -> confirmer
* {time_left() >= 2 && knows_need("karim", "mobilite")} [Rendre visite à « Roule ma Poule », pour les trajets de M. Haddad # place: mobilite] -> roule_ma_poule -> hub
* {time_left() >= 2} [Rendre visite à « Tremplin Stages », pour un stage de Mme Dumas # place: tremplin] -> tremplin -> hub
* {open_promises("langues") > 0} [Présenter Relais Insertion aux apprenants de « Mots Partagés » # place: langues] -> presentation_langues -> hub
+ [Clore la semaine] -> fin

= ccas_logement
Vous appelez Mme Caron : le CCAS aurait-il une solution de logement pour Mme Melnyk ? Vous la connaissez, ce sera plus simple. # scene: phone # time: 1 # refer: oksana ccas
Le CCAS ? Nous, ce sont les aides et l’accompagnement social, pas l’attribution de logements. Voyez plutôt Les Tilleuls. # speaker: ccas # mood: annoyed # trust: ccas -2
Une demi-journée de perdue, et Mme Melnyk n’a pas avancé.
-> hub

= confirmer
Vous appelez d’abord M. Haddad. # scene: phone # time: 1
Les Jardins ? Oui. Je voudrais juste finir ce que j’ai commencé avec Mme Caron, si c’est possible. # speaker: karim # agree: karim jardins
Vous rappelez M. Vidal : M. Haddad est partant pour le poste. # keep: jardins # refer: karim jardins
{ appel_ccas:
    Et Mme Caron est au courant ? Tant mieux. On réglera les horaires ensemble. # speaker: jardins # mood: happy
  - else:
    Et le CCAS, il est d’accord ? # speaker: jardins
    Vous n’avez pas encore parlé à Mme Caron. # bond: ccas jardins -5
    Encore une histoire de chasse gardée, je le sens venir. # speaker: jardins # mood: annoyed
}
-> hub

= fin
Vendredi soir. Certaines choses avancent ; d’autres attendront, et certains partenaires aussi. # week
-> semaine4
