// Semaine 7 : les résultats arrivent ; préparer l’été, boucler la boucle avec les partenaires.

=== semaine7 ===
Lundi. Les premiers résultats de la saison arrivent. # scene: office
-> agenda ->
{ is_solved("karim", "mobilite"):
    { semaine6.mediation && bond("ccas", "jardins") >= 50:
        M. Haddad a commencé aux Jardins : scooter à 7 h 15, atelier du CCAS le vendredi. Mme Caron et M. Vidal font le point chaque mois. # solve: karim emploi
      - else:
        M. Haddad a commencé aux Jardins, mais il jongle : Mme Caron le relance pour l’atelier, M. Vidal pour les horaires. Il tient, pour l’instant. # solve: karim emploi
    }
  - else:
    M. Haddad n’a pas pu commencer aux Jardins : sans moyen de transport, impossible d’être là à 7 h 30. M. Vidal a donné le poste à quelqu’un d’autre. # trust: jardins -5
}
{ tremplin.sam && not is_solved("dumas", "emploi"):
    Le stage d’immersion de Mme Dumas au Bistrot du Marché est signé : trois semaines en juillet. # solve: dumas emploi
}
{ tremplin && not tremplin.sam:
    Je cherche toujours un stage pour Mme Dumas, ne vous inquiétez pas ! Ça va venir ! # speaker: tremplin # mood: happy
}
{ semaine5.leo && not semaine5.leo.inscrit:
    Léo a fait sa journée d’immersion aux Toques. Il en revient décidé : ce sera la cuisine, en septembre. # solve: leo formation
}
{ semaine5.leo.inscrit:
    Léo ne s’est pas présenté à la réunion de rentrée des Toques. # trust: cfp_cuisine -3
    On l’a inscrit, d’accord. Mais lui, il voulait quoi ? # speaker: cfp_cuisine # mood: annoyed
}
{ semaine5.leo_tilleuls && not is_solved("leo", "logement") && open_promises("habitat") == 0:
    La chambre des Tilleuls est partie à un autre jeune : le dossier de Léo n’est pas arrivé à temps. Il dort toujours chez des copains.
}
-> hub

= hub
{time_left() <= 0: -> fin}
* [Réunion d’équipe : organiser l’été] -> equipe
* {time_left() >= 2} [Rendre compte aux partenaires de ce que sont devenues vos orientations] -> boucler
* {time_left() >= 2} [Rassembler les faits de la saison pour le bilan des partenariats] -> preparer
* {time_left() >= 2} [Passer voir les partenaires perdus de vue, sans rien à demander] -> tournee
* {tremplin.sam && is_solved("dumas", "formation")} [Accorder les Toques et Tremplin Stages sur le calendrier de Mme Dumas # place: tremplin] -> calendrier
* {open_promises("habitat") > 0} [Compléter le dossier de Léo pour les Tilleuls # place: habitat] -> dossier_leo -> hub
+ [Clore la semaine] -> fin

= equipe
Jeudi, réunion d’équipe. Vous partez trois semaines en congé fin juillet : il faut organiser la suite. # scene: office # time: 1
Qui reprend tes situations pendant ton absence ? # speaker: nadia
* [Dire à Claire qu’elle pourra vous appeler au besoin : tout est dans le logiciel]
    Dans le logiciel… D’accord. J’espère que tout y est. # speaker: claire # mood: worried # score: equipe -2 Passer un relais sans transmission, c’est laisser la collègue reconstituer seule chaque situation : la synergie suppose de dire qui fait quoi.
* [Préparer une note de relais par situation et répartir avec Claire et Sam, selon leurs réseaux]
    Je prends Mme Dumas : je connais le Bistrot. # speaker: sam # score: equipe +2 Une note de relais et une répartition selon les compétences de chacun : l’équipe prend le relais sans rien perdre.
    Et moi Léo et Mme Melnyk. Avec ta note, je saurai qui appeler. # speaker: claire # mood: happy
-
-> hub

= boucler
Vous prenez une journée pour rendre compte aux partenaires de ce que sont devenues les personnes orientées. # scene: phone # time: 2
* [Appeler chacun : ce qu’est devenue la personne orientée, et un merci précis]
    Merci de ce retour. C’est rare, et ça m’aide à défendre nos places devant le financeur. # speaker: cfp_cuisine # mood: happy # score: communication +2 Dire à chaque partenaire ce que son travail a produit, c’est fermer la boucle : la communication ouverte ne s’arrête pas à l’orientation.
    Ah, formidable ! Tenez-moi au courant pour la suite. # speaker: mission_locale # mood: happy
    Vous laissez aussi un message à Roule ma Poule, au Relais Petite Enfance et à Mots Partagés. # meet: mobilite # meet: rpe # meet: langues
* [Poster un message collectif sur le canal : « Merci à tous pour cette saison ! »]
    Quelques pouces levés. Personne ne sait vraiment ce que sont devenues les personnes orientées. # score: communication -1 Un merci collectif ne dit à personne ce que son travail a produit : la boucle reste ouverte.
-
-> hub

= preparer
Vous reprenez vos notes de la saison : orientations, réponses, délais, promesses tenues ou non, de votre côté comme de celui des partenaires. # scene: office # time: 2 # score: evaluation +1 Rassembler les faits avant un bilan permet de juger les partenariats sur ce qui s’est passé, pas sur des impressions.
Le tableau n’est pas flatteur pour tout le monde, vous compris.
-> hub

= tournee
Vous faites le tour des partenaires que vous voyez le moins, sans rien avoir à leur demander. # scene: territory # time: 2 # score: confiance +2 Garder le contact quand on n’a besoin de rien : c’est ce qui rend la confiance solide le jour où l’on a besoin de quelque chose.
Une visite pour rien ? Ça ne m’arrive jamais. Entrez donc. # speaker: mobilite # mood: happy
Restez pour le café : on a plein de projets pour la rentrée. # speaker: langues # mood: happy
Des familles à nous envoyer cet été ? Il nous reste des places en juillet. # speaker: rpe
-> hub

= calendrier
Mme Leroy et M. Roux vous appellent le même jour. Les Toques veulent Mme Dumas en remise à niveau le mardi et le jeudi de juillet ; le Bistrot la veut du mardi au samedi. # scene: phone # time: 1
* [Trancher pour la formation : le diplôme passe avant le stage]
    Vous l’annoncez à M. Roux. Il s’incline, vexé. # trust: tremplin -3 # bond: cfp_cuisine tremplin -5 # score: conflits -1 Trancher seul entre deux partenaires règle la question et laisse un perdant : mieux vaut une solution construite ensemble.
* [Organiser un appel à trois, avec Mme Dumas, pour répartir les jours]
    Stage du mercredi au samedi, remise à niveau le mardi. Chacun y laisse un peu ; Mme Dumas y gagne. # bond: cfp_cuisine tremplin +10 # score: conflits +2 Réunir les parties, avec la personne, et répartir les responsabilités : le désaccord se règle avant de devenir un conflit.
-
-> hub

= fin
Vendredi. Plus qu’une semaine : le bilan approche. # week
-> semaine8
