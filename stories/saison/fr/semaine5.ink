// Semaine 5 : un nouveau jeune, la commission des Toques, le dos de M. Haddad, un désaccord qui monte entre le CCAS et les Jardins.

=== semaine5 ===
Lundi matin. La semaine commence fort. # scene: office
-> agenda ->
{ not knows_need("karim", "mobilite"):
    { happened("karim_car"):
        M. Haddad passe vous voir, dépité : depuis que sa voiture l’a lâché, il ne sort plus de Valmoran. Le premier bus arrive aux Jardins à 8 h 05 ; le poste commence à 7 h 30. # need: karim mobilite
      - else:
        M. Haddad passe vous voir, dépité : sa voiture n’a pas passé le contrôle technique. Le premier bus arrive aux Jardins à 8 h 05 ; le poste commence à 7 h 30. # need: karim mobilite
    }
}
{ trop_partage:
    Mme Haddou, de « Mots Partagés », vous appelle.
    Une bénévole a lu votre message sur le canal. Elle a parlé de la situation de Mme Melnyk devant tout l’atelier. Mme Melnyk n’est pas revenue mardi. # speaker: langues # mood: sad # trust: langues -5
}
{ bond("ccas", "jardins") < 50:
    Un courriel de Mme Caron, en copie à Nadia : « Les Jardins recrutent nos allocataires du RSA sans nous consulter. » M. Vidal a répondu à tous. Le ton monte.
  - else:
    Mme Caron et M. Vidal ne s’entendent toujours pas sur l’emploi du temps de M. Haddad. Chacun vous appelle pour avoir votre avis.
}
Puis Mme Lambert, de la mission locale, vous appelle. # scene: phone
J’ai un jeune, Léo Martin, dix-neuf ans. Il a dû quitter le domicile de son père ; il dort chez des copains. Il a fait une saison comme commis de cuisine et voudrait se former. Vous connaissez Les Tilleuls, je crois ? # speaker: mission_locale
+ [Vous répartir les rôles : elle reste référente, vous montez la demande de logement]
    Ça me va très bien. Je vous l’envoie demain, et vous me tenez au courant. # speaker: mission_locale # mood: happy # score: reseau +2 Chacun sa mission : la mission locale reste référente du jeune, Relais Insertion apporte son lien avec le logement. # score: confiance +1 Respecter la place du référent existant, c’est ce qui lui donne envie de vous adresser d’autres jeunes.
+ [Proposer de tout reprendre : un seul suivi, ce sera plus simple]
    Il a déjà un contrat d’engagement jeune chez nous. Je vous l’envoie pour le logement, et on verra. # speaker: mission_locale # mood: annoyed # trust: mission_locale -3 # score: reseau -2 Ouvrir un second suivi complet pour un jeune déjà accompagné par la mission locale, c’est doubler le travail et brouiller ses repères.
-
-> hub

= hub
{time_left() <= 0: -> fin}
* [Recevoir Léo Martin] -> leo
* {semaine5.leo && time_left() >= 2} [Accompagner Léo aux Tilleuls, au foyer de jeunes travailleurs # place: habitat] -> leo_tilleuls
* {dossier_dumas && time_left() >= 2} [Accompagner Mme Dumas à la commission d’admission des Toques # place: cfp_cuisine] -> commission
* [Recevoir M. Haddad, qui a demandé à vous voir seul] -> sante_karim -> hub
* {not tremplin && time_left() >= 2} [Rendre visite à « Tremplin Stages », pour un stage de Mme Dumas # place: tremplin] -> tremplin -> hub
* {knows_need("karim", "mobilite") && not roule_ma_poule && time_left() >= 2} [Rendre visite à « Roule ma Poule », pour les trajets de M. Haddad # place: mobilite] -> roule_ma_poule -> hub
* {not tilleuls && time_left() >= 2} [Rendre visite aux Tilleuls, pour le logement de Mme Melnyk # place: habitat] -> tilleuls -> hub
* [Entendre séparément Mme Caron et M. Vidal # place: jardins] -> ecoute
* {dossier_dumas && not nouvelles_lambert} [Dire à Mme Lambert où en est Mme Dumas # place: mission_locale] -> nouvelles_lambert -> hub
+ [Clore la semaine] -> fin

= leo
Léo Martin, 19 ans, capuche sur la tête, un sac de sport à ses pieds : toutes ses affaires. # scene: office # time: 1
Vous lui expliquez ce que vous transmettrez aux Tilleuls, et pourquoi. Il hausse les épaules, puis dit oui pour le foyer. # consent: leo # need: leo logement # agree: leo habitat
La cuisine, j’ai aimé, l’été dernier. Mais je sais pas si c’est pour moi. L’électricité, ça me tente aussi. # speaker: leo # need: leo formation
Mme Leroy vous a dit ce matin qu’il lui restait une place au CAP cuisine, à confirmer avant vendredi.
* [Lui proposer une journée d’immersion aux Toques, quitte à perdre la place]
    Vous appelez Mme Leroy pour organiser une journée en cuisine la semaine prochaine. Il décidera après. Mme Leroy soupire : la place ne l’attendra pas forcément. # meet: cfp_cuisine # score: ethique +2 Proposer de découvrir avant de choisir laisse la décision à la personne : c’est décider avec elle. # score: confiance -1 Le partenaire voulait une réponse vendredi : le laisser attendre a un coût, qu’il faut assumer et lui expliquer.
    Une journée, OK. Je verrai bien. # speaker: leo # agree: leo cfp_cuisine # refer: leo cfp_cuisine
* (inscrit) [Confirmer la place tout de suite : c’est une chance, et Mme Leroy l’attend]
    Vous appelez les Toques devant lui : c’est réglé en cinq minutes. Mme Leroy vous remercie d’avoir fait vite. Léo dit merci, sans lever les yeux. # meet: cfp_cuisine # refer: leo cfp_cuisine # score: confiance +1 Répondre vite au partenaire qui réserve une place entretient la confiance.
-
-> hub

= leo_tilleuls
Aux Tilleuls, Mme Petit fait visiter à Léo une chambre du foyer de jeunes travailleurs. Léo regarde la fenêtre, le lit, le petit bureau. # scene: territory # time: 2 # refer: leo habitat
Pendant que Léo remplit la fiche d’accueil, Mme Petit vous prend à part.
Une chambre se libère à la fin du mois. La commission classe les demandes par urgence : racontez-moi ce qui s’est passé chez son père, je saurai le défendre. # speaker: habitat
* [Lui dire que son histoire est à lui : la demande dira l’urgence, il racontera s’il le veut]
    Mme Petit hoche la tête, un peu sèche : elle défendra un dossier qu’elle connaît mal. # score: ethique +2 Le secret professionnel partagé ne couvre que ce qui sert : « sans logement, hébergé chez des amis » suffit à dire l’urgence ; le reste appartient à Léo. # score: reseau -1 Mme Petit connaît la commission et défendra un dossier plus mince : se priver de l’appui d’une partenaire est un coût réel, qu’on accepte pour protéger la personne. # term: secret_partage
* [Lui résumer la rupture avec son père : elle défendra mieux son dossier]
    Mme Petit prend des notes. Elle a de quoi convaincre la commission. Léo, à trois mètres, ne sait pas ce qui se dit de lui. # share: leo habitat # score: reseau +1 La partenaire connaît la commission : avec tous les éléments, elle défendra mieux le dossier. # score: ethique -2 Raconter l’histoire familiale de Léo sans lui, au-delà de ce que sa demande exige, c’est sortir du secret professionnel partagé.
-
Il me faut aussi son dossier complet : pièce d’identité, ressources, demande d’aide au logement. La dernière fois qu’on m’a promis un dossier, je l’ai attendu un mois. Je l’ai quand ? # speaker: habitat
+ [« Dans quinze jours » : sa carte d’identité est à refaire]
    Quinze jours, c’est juste, mais c’est honnête. Je garde la chambre. # speaker: habitat # commit: habitat 2 Envoyer le dossier complet de Léo Martin # score: confiance +1 Annoncer un délai réaliste, en expliquant pourquoi : le partenaire peut s’organiser, et la confiance tient.
+ [« La semaine prochaine » : la chambre ne doit pas lui échapper]
    La semaine prochaine. Je compte sur vous. # speaker: habitat # commit: habitat 1 Envoyer le dossier complet de Léo Martin # score: confiance -1 Promettre un délai serré pour faire plaisir, alors que sa carte d’identité est à refaire : la promesse risque de ne pas tenir.
-
-> hub

= commission
Mercredi, commission d’admission aux Toques. Mme Dumas, très droite sur sa chaise, parle du restaurant de sa mère et des plats du dimanche. # scene: territory # time: 2
Admise. Rentrée en septembre. # speaker: cfp_cuisine # mood: happy # solve: dumas formation
{ happened("cfp_session"):
    -> alternance
}
Mme Dumas sort en souriant. Dans le couloir, elle vous serre la main un peu trop fort.
-> hub

= alternance
Il reste aussi des places dans notre nouvelle session en alternance : trois jours au restaurant, deux au centre, et un salaire. Mais il faut un employeur, et des soirs de travail. Je dois remplir la session avant vendredi. # speaker: cfp_cuisine
Dans le couloir, Mme Dumas vous glisse : « Un salaire, il m’en faut un. Mais les soirs, avec mon fils… »
* [Lui conseiller l’alternance : elle a besoin d’un salaire, et la place est là]
    Mme Dumas acquiesce. Mme Leroy note son nom, ravie de boucler sa session. Vous avez l’impression qu’aujourd’hui, Mme Dumas dirait oui à tout. # score: reseau +1 L’alternance répond à son besoin d’un revenu : c’est la bonne ressource du réseau, encore faut-il qu’elle la choisisse. # score: ethique -2 Un conseil appuyé devant une commission ressemble à une décision prise à sa place : elle doit pouvoir peser elle-même les soirs et la garde.
* [Poser les deux voies côte à côte, et lui laisser jusqu’à jeudi]
    Elle pose ses questions : les horaires, la garde, le salaire. Elle négocie : l’alternance, oui, si le restaurant la libère à 20 heures. Mme Leroy, elle, attendra jeudi, sans enthousiasme. # score: ethique +2 Éclairer les options et leurs contraintes, puis laisser la personne choisir et négocier : c’est son parcours, pas le vôtre. # score: confiance -1 Le partenaire doit attendre sa réponse : c’est le prix d’un choix libre, qu’il vaut mieux lui expliquer.
-
{ is_solved("dumas", "garde_enfants") && tremplin.sam:
    Le Bistrot du Marché accepte de la prendre en alternance, et de la libérer à 20 heures. Mme Dumas signe : une formation et un salaire, d’un coup. # solve: dumas emploi
  - else:
    Il faudrait à la fois un employeur et une garde le soir : tout n’est pas prêt. Mme Dumas entrera en septembre, en formation classique.
}
-> hub

= ecoute
Vous appelez Mme Caron, puis M. Vidal. # scene: phone # time: 1
Pour des gens éloignés de l’emploi depuis des années, sauter la remobilisation, c’est les mettre en échec au bout d’un mois. # speaker: ccas
Trois mois d’atelier, et le poste sera parti. Travailler, c’est aussi se remobiliser. # speaker: jardins
Chacun attend que vous disiez qu’il a raison.
* (raison) [Dire à chacun que vous comprenez son point de vue, et qu’il a des arguments]
    Chacun raccroche rassuré, et persuadé que vous êtes de son côté. # bond: ccas jardins -5 # score: confiance +1 Chacun se sent soutenu, et la relation en sort réchauffée, pour l’instant. # score: conflits -2 Donner raison à chacun en privé apaise l’instant et durcit le conflit : tôt ou tard, ils découvriront qu’on leur a dit la même chose.
* [Reformuler sa position, sans la juger, et proposer une rencontre à trois]
    Mme Caron raccroche un peu déçue : elle espérait un allié. M. Vidal aussi. Mais chacun sait que l’autre sera entendu de la même façon. # score: conflits +2 Entendre chaque partie séparément, sans trancher ni prendre parti, permet de comprendre les positions avant de les réunir. # score: confiance -1 Rester neutre déçoit celui qui attendait un soutien : c’est le prix de l’impartialité.
-
-> hub

= fin
Vendredi. La semaine prochaine, il faudra décider où commence M. Haddad. # week
-> semaine6
