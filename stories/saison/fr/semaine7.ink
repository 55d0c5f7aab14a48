// Semaine 7 : les résultats arrivent ; garder l’emploi de M. Haddad ; préparer l’été, boucler la boucle avec les partenaires.

=== semaine7 ===
Lundi. Les premiers résultats de la saison arrivent. # scene: office
-> agenda ->
{ open_pledges("france_travail") > 0:
    { trust("france_travail") >= 50:
        France Travail confirme, comme promis : la place en préparation à l’emploi d’aide-comptable est à Mme Melnyk, en septembre. # pledge_kept: france_travail # refer: oksana france_travail # solve: oksana emploi
      - else:
        Vendredi est passé sans nouvelles de France Travail. La place de Mme Melnyk reste à confirmer. # pledge_broken: france_travail
    }
}
M. Haddad a commencé aux Jardins il y a une semaine.
{ tremplin.sam:
    { not is_solved("dumas", "emploi"):
        La convention de stage de Mme Dumas au Bistrot du Marché est signée : trois semaines en juillet. Merci pour le coup de pouce de Sam ! # speaker: tremplin # mood: happy # solve: dumas emploi
      - else:
        Le Bistrot du Marché est ravi de Mme Dumas, et cherche déjà un deuxième apprenti. Merci pour le coup de pouce de Sam ! # speaker: tremplin # mood: happy
    }
}
{ tremplin && not tremplin.sam:
    Je cherche toujours un stage pour Mme Dumas, ne vous inquiétez pas ! Ça va venir ! # speaker: tremplin # mood: happy
}
{ semaine5.leo && not semaine5.leo.inscrit:
    Léo a fait sa journée d’immersion aux Toques. Il en revient décidé : ce sera la cuisine, en septembre. # solve: leo formation
    Mme Leroy vous appelle dans la foulée.
    Il a tenu toute la journée, et il a posé les bonnes questions. Je lui ai gardé sa place. Des jeunes qui savent pourquoi ils viennent, envoyez-m’en quand vous voulez. # speaker: cfp_cuisine # mood: happy # trust: cfp_cuisine +3 # score: confiance +1 Une orientation choisie par la personne tient : la partenaire qui a attendu votre réponse sait désormais que les candidats que vous lui adressez viendront. La confiance se bâtit sur des engagements qui tiennent.
}
{ semaine5.leo.inscrit:
    Léo ne s’est pas présenté à la réunion de rentrée des Toques. # trust: cfp_cuisine -3 # score: confiance -2 Une place confirmée pour un jeune qui ne l’avait pas choisie : il ne vient pas, et la partenaire a perdu une place qu’un autre aurait prise. Elle regardera vos prochaines orientations de plus près.
    On l’a inscrit, d’accord. Mais lui, il voulait quoi ? # speaker: cfp_cuisine # mood: annoyed
}
{ semaine5.leo_tilleuls && not is_solved("leo", "logement") && open_promises("habitat") == 0:
    La chambre des Tilleuls est partie à un autre jeune : le dossier de Léo n’est pas arrivé à temps. Il dort toujours chez des copains.
}
{ open_pledges("cap_emploi") > 0:
    Vendredi est passé : Mme Royer ne vous a pas donné la date de l’étude de poste. # pledge_broken: cap_emploi
    -> relance_cap ->
}
-> appel_vidal

= relance_cap
M. Haddad, lui, attend, avec son dos.
* [Dire sur le canal que Cap emploi se fait attendre]
    Deux partenaires ajoutent un émoji. Mme Royer vous appelle, froide : elle aurait préféré un coup de fil. # scene: channel # trust: cap_emploi -10 # score: confiance -2 Reprocher publiquement à un partenaire un engagement manqué, c’est l’exposer devant tout le réseau : la confiance se répare en parlant directement. # score: numerique -1 Le canal partagé sert à coordonner, pas à régler ses comptes.
* [Demander à M. Vidal d’aménager le poste lui-même]
    M. Vidal improvise. Mme Royer l’apprend par lui, et ne comprend pas pourquoi vous ne l’avez pas appelée. # trust: cap_emploi -5 # score: confiance -2 Contourner un partenaire qui a manqué un engagement, sans lui en parler, abîme la confiance des deux côtés.
* [Appeler Mme Royer : vous attendiez cette date, qu’est-ce qui bloque ?]
    Je suis désolée. Le médecin du travail était absent toute la semaine. Je vous donne la date d’ici mardi prochain, promis. # speaker: cap_emploi # mood: sad # score: confiance +2 Dire simplement au partenaire qu’un engagement n’a pas été tenu, sans reproche, et chercher avec lui ce qui bloque : la confiance mutuelle va dans les deux sens. # term: confiance_mutuelle
    Elle le note devant vous. # pledge: cap_emploi 1 Donner la date de l’étude de poste aux Jardins
-
->->

= appel_vidal
M. Vidal vous appelle. # scene: phone
Trois retards en quatre jours, et il laisse les caisses aux autres. L’équipe râle. Je veux bien être patient, mais si ça continue, je ne vais pas au bout de sa période d’essai. Vous pouvez le recadrer ? # speaker: jardins # mood: annoyed
* [Proposer de venir jeudi, pour les entendre tous les deux]
    Jeudi ? D’ici là, c’est moi qui gère. Bon. Venez. # speaker: jardins # mood: annoyed # score: conflits +2 Entendre les deux parties avant de chercher un arrangement : c’est le point de départ d’une médiation, sans prendre parti. # score: confiance -1 M. Vidal attendait un soutien immédiat : lui demander d’attendre jeudi lui coûte, et il vous le fait sentir.
* [Lui promettre d’appeler M. Haddad ce soir pour le recadrer]
    Merci. Je savais que je pouvais compter sur vous. # speaker: jardins # mood: happy # score: communication +1 M. Vidal a une réponse claire, tout de suite. # score: conflits -2 Promettre de recadrer la personne sans l’avoir entendue, c’est prendre parti pour l’employeur : la médiation suppose d’écouter les deux.
    Le soir, M. Haddad vous écoute sans rien dire, puis raccroche.
* {knows_need("karim", "sante")} [Défendre M. Haddad : avec son dos, c’est à l’équipe de s’adapter]
    Son dos ? Il ne m’en a jamais parlé. # speaker: jardins # mood: worried # share: karim jardins # score: ethique -2 Une donnée de santé n’appartient qu’à la personne : la dire à l’employeur sans son accord rompt le secret professionnel partagé. # score: conflits -1 Prendre la défense de l’une des parties, c’est renoncer à la position de tiers.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* {time_left() >= 2} [Aller aux Jardins, voir M. Vidal et M. Haddad # place: jardins] -> suivi_jardins -> hub
* [Réunion d’équipe : organiser l’été] -> equipe
* {time_left() >= 2} [Rendre compte aux partenaires de ce que sont devenues vos orientations] -> boucler
* {time_left() >= 2} [Rassembler les faits de la saison pour le bilan des partenariats] -> preparer
* {time_left() >= 2} [Passer voir les partenaires perdus de vue, sans rien à demander] -> tournee
* {tremplin.sam && is_solved("dumas", "formation")} [Accorder les Toques et Tremplin Stages sur le calendrier de Mme Dumas # place: tremplin] -> calendrier
* {open_promises("habitat") > 0} [Compléter le dossier de Léo pour les Tilleuls # place: habitat] -> leo_dossier -> hub
+ [Clore la semaine] -> fin

= equipe
Jeudi, réunion d’équipe. Vous partez trois semaines en congé fin juillet : il faut organiser la suite. # scene: office # time: 1
Qui reprend tes situations pendant ton absence ? # speaker: nadia
* [Écrire une note de relais par situation, et répartir avec Claire et Sam]
    Vous y passez la soirée que vous gardiez pour rassembler les chiffres du bilan. # score: equipe +2 Une note de relais et une répartition selon les compétences de chacun : l’équipe prend le relais sans rien perdre. # score: evaluation -1 Le bilan sera moins préparé : le temps donné à l’équipe est pris ailleurs.
    Je prends Mme Dumas : je connais le Bistrot. # speaker: sam
    Et moi Léo et Mme Melnyk. Avec ta note, je saurai qui appeler. # speaker: claire # mood: happy
    { knows_need("karim", "sante"):
        -> note_karim ->
    }
* [Dire à Claire qu’elle pourra vous appeler au besoin : tout est dans le logiciel]
    Dans le logiciel… D’accord. J’espère que tout y est. # speaker: claire # mood: worried # score: equipe -2 Passer un relais sans transmission, c’est laisser la collègue reconstituer seule chaque situation : la synergie suppose de dire qui fait quoi.
    Vous gardez la soirée pour rassembler les chiffres du bilan. # score: evaluation +1 Vous aurez le temps de préparer le bilan sur des faits.
-
-> hub

= note_karim
Reste M. Haddad, que Claire suivra aussi. Que mettez-vous dans sa note ?
* [Tout ce qu’il vous a confié de son dos : Claire doit pouvoir répondre à M. Vidal]
    Claire lit la note, un peu gênée : elle en sait désormais plus que M. Vidal, et que le médecin du travail. # score: equipe +1 Claire a tous les éléments pour reprendre la situation. # score: ethique -2 Même au sein de l’équipe, le secret partagé ne couvre que ce qui est utile au suivi : les détails de santé confiés par M. Haddad n’en font pas partie.
* [L’aménagement en cours, les contacts de Cap emploi, et ce qu’il accepte que l’on dise]
    Claire devra l’appeler pour en savoir plus, s’il le veut. # score: ethique +2 Ne transmettre à la collègue que ce qui sert le suivi, dans les limites de ce que la personne a accepté : c’est le secret professionnel partagé, en équipe aussi. # score: conflits -1 Si M. Vidal appelle Claire pendant votre absence, elle en saura moins : un malentendu peut repartir, et il faudra l’apaiser.
-
->->

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
Vous reprenez vos notes de la saison : orientations, réponses, délais, engagements tenus ou non, de votre côté comme de celui des partenaires. # scene: office # time: 2 # score: evaluation +1 Rassembler les faits avant un bilan permet de juger les partenariats sur ce qui s’est passé, pas sur des impressions.
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
* [Trancher pour la formation : le diplôme d’abord]
    Mme Leroy vous remercie. Vous l’annoncez à M. Roux. Il s’incline, vexé. # trust: tremplin -3 # bond: cfp_cuisine tremplin -5 # score: confiance +1 Mme Leroy apprécie que sa formation passe en premier. # score: conflits -2 Trancher seul entre deux partenaires règle la question et laisse un perdant : mieux vaut une solution construite ensemble.
* [Organiser un appel à trois, avec Mme Dumas, pour répartir les jours]
    Stage du mercredi au samedi, remise à niveau le mardi. Chacun y laisse un jour ; M. Roux doit rappeler le chef, et ne s’en cache pas. # bond: cfp_cuisine tremplin +10 # score: conflits +2 Réunir les parties, avec la personne, et répartir le temps de chacun : le désaccord se règle avant de devenir un conflit. # score: confiance -1 Chaque partenaire cède quelque chose, et le fait savoir : un compromis a un coût, partagé.
-
-> hub

= fin
Vendredi. Plus qu’une semaine : le bilan approche. # week
-> semaine8
