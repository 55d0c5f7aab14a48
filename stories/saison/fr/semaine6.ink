// Semaine 6 : le conflit entre le CCAS et les Jardins au sujet de M. Haddad, la médiation, Cap emploi.

=== semaine6 ===
Lundi. Les nouvelles de la semaine tombent une à une. # scene: office
-> agenda ->
{ relais_petite_enfance && not is_solved("dumas", "garde_enfants"):
    Bonne nouvelle, enfin : une assistante maternelle accepte les horaires décalés à partir de juillet pour le fils de Mme Dumas. # speaker: rpe # mood: happy # solve: dumas garde_enfants
}
{ dossier_dumas && not is_solved("dumas", "formation"):
    Mme Leroy vous écrit : Mme Dumas est admise au CAP cuisine, rentrée en septembre. # solve: dumas formation
}
{ not dossier_dumas:
    La commission des Toques s’est tenue sans le dossier de Mme Dumas. Prochaine session en janvier.
}
{ tilleuls:
    Commission d’attribution aux Tilleuls : Mme Melnyk et son fils auront leur T1 bis en juillet. # solve: oksana logement
}
M. Vidal vous appelle, de mauvaise humeur. # scene: phone
{ bond("ccas", "jardins") < 50:
    Mme Caron m’accuse de braconner ses allocataires ! Si c’est comme ça, je ne prends plus personne qui vient du CCAS. # speaker: jardins # mood: annoyed
  - else:
    M. Haddad pourrait commencer lundi, mais Mme Caron veut le garder à son atelier le mardi et le jeudi. Il faut trancher. # speaker: jardins # mood: worried
}
{ semaine5.ecoute.raison:
    Et puis, Mme Caron et moi, on s’est parlé : vous nous avez donné raison à tous les deux. Alors, vous pensez quoi, vraiment ? # speaker: jardins # mood: annoyed # trust: jardins -3 # trust: ccas -3 # score: confiance -2 Ce qu’on a dit à chacun en privé finit par se savoir : les deux partenaires découvrent qu’on leur a tenu le même discours, et doutent désormais de votre parole. La confiance repose sur l’intégrité.
}
Nadia passe la tête par la porte de votre bureau. # scene: office
J’ai entendu. Qu’est-ce que tu proposes ? # speaker: nadia
* [Donner raison à M. Vidal : un vrai contrat vaut mieux que trois mois d’atelier]
    Vous appelez M. Vidal : M. Haddad commencera lundi. Il vous remercie chaleureusement. Puis Mme Caron, qui l’apprend de votre bouche. # refer: karim jardins # trust: jardins +5 # score: reseau +1 M. Haddad commence tout de suite, dans la structure d’insertion qui peut l’embaucher. # score: conflits -2 Prendre parti pour le partenaire dont on se sent proche, sans entendre l’autre, règle la semaine et abîme le réseau.
    Très bien. Je note que Relais Insertion a choisi son camp. # speaker: ccas # mood: annoyed # trust: ccas -10 # bond: ccas jardins -10
    -> hub
* [Demander à Nadia de trancher : c’est à la direction de décider]
    Ce n’est pas à moi de décider pour le CCAS et les Jardins. Je veux bien animer une rencontre, si tu la prépares. # speaker: nadia # score: conflits -1 Remonter tout de suite à la hiérarchie, c’est chercher un arbitre plutôt qu’un accord : les partenaires doivent construire la solution ensemble.
    -> mediation
* [Proposer une rencontre à trois, animée par Nadia]
    Bonne idée. Je l’anime, en tierce personne neutre ; toi, tu la prépares. # speaker: nadia # term: mediation # score: conflits +2 Quand les positions se figent, une médiation menée par une tierce personne neutre permet une décision collective qui respecte les objectifs de chacun. # score: ethique -1 Réunir ses deux référents pour parler de M. Haddad, sans lui, expose sa situation : il faudra l’associer à la décision.
    Encore une réunion ! Mon poste attendra une semaine de plus, alors. # speaker: jardins # mood: annoyed
    -> mediation

= mediation
Mardi soir, il faut préparer la rencontre. Nadia range déjà son bureau. # scene: office
+ [La préparer avec Nadia : qui anime, qui reformule, qui note]
    Une demi-heure suffit : elle anime, vous reformulez, et vous lui résumez les positions de chacun. # score: equipe +2 Préparer une médiation à deux, en se répartissant les rôles et en partageant ce que l’on sait : c’est le travail d’équipe au service du réseau.
+ [La préparer seul ce soir : vous connaissez le dossier mieux que personne]
    Vous y passez la soirée. Le lendemain, Nadia découvre vos notes en même temps que les partenaires. # score: equipe -1 Garder la préparation pour soi quand une collègue anime la rencontre : elle arrive sans les éléments, et l’équipe parle moins d’une seule voix.
-
Mercredi, salle de réunion de Relais Insertion. Mme Caron d’un côté, M. Vidal de l’autre, Nadia au bout de la table. # scene: meeting # time: 2
Je ne suis pas contre l’emploi. Je suis contre l’échec. Mes allocataires ont besoin d’un sas avant de reprendre. # speaker: ccas
Et moi, mes postes n’attendent pas. Un CDDI, c’est aussi un accompagnement. # speaker: jardins
* [Poser sur la table le planning que vous avez préparé]
    Chacun y cherche d’abord ce qu’il perd. # score: conflits -1 Arriver avec une solution toute faite, c’est décider seul pour tout le monde : les partenaires s’y plient, sans y adhérer.
* (ensemble) [Reformuler l’objectif commun, puis demander à chacun ce qu’il peut ajuster]
    « Vous voulez tous les deux que M. Haddad tienne dans la durée. » Un silence. Puis Mme Caron propose de déplacer son atelier, et M. Vidal d’alléger le premier mois. # score: conflits +2 Reformuler l’objectif commun et faire ajuster chacun : c’est la réallocation des responsabilités et du temps, décidée ensemble.
-
* [Régler ça entre professionnels, et le lui expliquer ce soir]
    La réunion tient dans l’heure ; Mme Caron et M. Vidal apprécient. M. Haddad, lui, l’apprendra au téléphone. # score: conflits -1 Un accord trouvé sans la personne concernée oublie l’essentiel : son intérêt, qui est au centre du différend.
* [Inviter M. Haddad pour la seconde partie]
    M. Haddad arrive à 11 heures, intimidé. Il écoute, puis parle : les départs à l’aube, le vendredi qui l’arrangerait, sa peur de ne pas tenir. La réunion déborde ; Mme Caron décale un rendez-vous. # score: conflits +1 Remettre la personne au centre du différend rappelle à chacun pourquoi il est là. # score: ethique +1 C’est son parcours qui se décide : l’entendre, c’est décider avec lui.
    Les Jardins, je veux bien. Et l’atelier le vendredi matin, ça m’irait. # speaker: karim # agree: karim jardins
-
{ semaine6.mediation.ensemble:
    L’accord tient en trois lignes : M. Haddad commence aux Jardins lundi, quatre jours par semaine ; l’atelier du CCAS passe au vendredi matin ; Mme Caron reste sa référente RSA et M. Vidal lui fait un point chaque mois. # refer: karim jardins # bond: ccas jardins +15 # trust: ccas +5 # trust: jardins +5
  - else:
    Ils acceptent votre planning du bout des lèvres : M. Haddad commencera lundi aux Jardins. # refer: karim jardins # bond: ccas jardins +5
}
-> hub

= hub
{time_left() <= 0: -> fin}
* {agreed("karim", "cap_emploi") && time_left() >= 2} [Accompagner M. Haddad à Cap emploi # place: cap_emploi] -> cap_emploi_rdv -> hub
* [Faire un point d’étape sur le canal partagé du réseau] -> canal
* {happened("ft_contact") && time_left() >= 2} [Rencontrer Mme Marchand, la nouvelle interlocutrice de France Travail # place: france_travail] -> marchand
* {not happened("ft_contact")} [Appeler M. Nguyen, à France Travail, pour Mme Melnyk # place: france_travail] -> nguyen
* {open_promises("habitat") > 0} [Compléter le dossier de Léo pour les Tilleuls # place: habitat] -> leo_dossier -> hub
+ [Clore la semaine] -> fin

= canal
Le canal partagé du réseau, vendredi matin. Vous n’y avez rien posté depuis la réunion mensuelle. # scene: channel # time: 1
* [Poster un point pratique : dates, places libres, et un merci aux partenaires]
    Votre message est court et pratique. Les réponses suivent. # score: numerique +1 Le canal partagé sert à coordonner : des dates, des places, des remerciements, sans information personnelle.
    Merci pour le point ! Deux places à l’atelier du mardi, si besoin. # speaker: langues
    Le garage solidaire aura deux voitures prêtes en juillet. # speaker: mobilite
    Bien reçu. Il nous reste des stages en restauration pour juillet, si vous avez des candidats. # speaker: tremplin
    Réunion d’information pour les familles jeudi : tout le monde est bienvenu. # speaker: rpe # score: confiance +1 Donner des nouvelles sans rien demander entretient la relation : les partenaires répondent à qui leur écrit aussi quand tout va bien.
* [Relancer publiquement Mme Petit : « Où en sont les dossiers de Léo Martin et de Mme Melnyk ? »]
    Votre question s’affiche devant vingt-quatre membres. # score: numerique -2 Relancer un partenaire en public, en nommant des personnes accompagnées : mauvais destinataire, mauvais canal. Un message privé, ou un appel, suffisait.
    Je vous appelle. Et évitez les noms, ici. # speaker: habitat # mood: annoyed
-
-> hub

= marchand
À l’agence France Travail, Mme Elsa Marchand vous reçoit. Elle a repris le portefeuille de M. Nguyen il y a peu. # scene: territory # time: 2
Je découvre tout. M. Nguyen ne m’a pas laissé grand-chose sur Relais Insertion. # speaker: france_travail
* [Lui demander de poursuivre ce que faisait M. Nguyen]
    Je verrai ce que je peux faire. # speaker: france_travail # score: confiance -1 La confiance était nouée avec une personne, pas avec une institution : avec une nouvelle interlocutrice, elle est à reconstruire, pas à réclamer.
* [Prendre le temps de présenter Relais Insertion et vos situations en commun]
    Merci, ça m’aide vraiment. Et je vous renvoie l’ascenseur. # speaker: france_travail # mood: happy # trust: france_travail +10 # score: confiance +2 Une nouvelle interlocutrice ne connaît pas l’histoire du partenariat : prendre le temps de la reconstruire, c’est réinvestir dans la confiance.
-
Pour Mme Melnyk, une préparation à l’emploi d’aide-comptable, avec du français renforcé, démarre en septembre. Je vérifie qu’il reste une place et je vous le confirme d’ici vendredi prochain. # speaker: france_travail # pledge: france_travail 1 Confirmer une place en préparation à l’emploi pour Mme Melnyk
Vous en parlez à Mme Melnyk le soir même. Elle accepte, si la place se confirme. # agree: oksana france_travail
-> hub

= nguyen
M. Nguyen décroche tout de suite. # scene: phone # time: 1
* [Lui donner d’abord des nouvelles de M. Haddad]
    Ça fait plaisir d’avoir des nouvelles ! D’habitude, on n’en a jamais. # speaker: france_travail # mood: happy # trust: france_travail +5 # score: communication +1 Dire au partenaire ce que sont devenues les personnes suivies en commun : c’est la communication ouverte qui nourrit le réseau.
* [Aller droit au but : lui demander une place pour Mme Melnyk, sans détour]
    Toujours pressés, à Relais Insertion… # speaker: france_travail # score: communication -1 N’appeler que pour demander, sans jamais donner de nouvelles, réduit le partenariat à un guichet.
-
Pour Mme Melnyk, une préparation à l’emploi d’aide-comptable, avec du français renforcé, démarre en septembre. Je vérifie qu’il reste une place et je vous le confirme d’ici vendredi prochain. # speaker: france_travail # pledge: france_travail 1 Confirmer une place en préparation à l’emploi pour Mme Melnyk
Vous en parlez à Mme Melnyk le soir même. Elle accepte, si la place se confirme. # agree: oksana france_travail
-> hub

= fin
Vendredi soir. Le réseau a tangué ; reste à voir ce qu’il en garde. # week
-> semaine7

=== leo_dossier ===
Léo revient avec le récépissé de sa demande de carte d’identité, ses fiches de paie de l’été, et la demande d’aide au logement remplie ensemble. # scene: office # time: 1
Le dossier part aux Tilleuls par la plateforme d’échange sécurisée. # keep: habitat
Dossier complet. La chambre du foyer est à Léo à la fin du mois. # speaker: habitat # mood: happy # solve: leo logement
->->
